package ner

import (
	"math/rand/v2"

	"github.com/newsgraph/newsgraph/internal/text"
)

// Example is one tagged sentence.
type Example struct {
	Toks []text.Token
	Tags []int // classes, as TagIndex returns them
}

// trainer is an averaged perceptron over hashed features.
type trainer struct {
	index map[uint64]int32
	w     []float32 // current weights
	acc   []float32 // weights summed over updates, for averaging
	stamp []int32   // update count when acc was last brought up to date
	t     int32
}

func (tr *trainer) slot(f uint64, grow bool) (int, bool) {
	off, ok := tr.index[f]
	if ok {
		return int(off), true
	}
	if !grow {
		return 0, false
	}
	off = int32(len(tr.w))
	tr.index[f] = off
	tr.w = append(tr.w, make([]float32, nTags)...)
	tr.acc = append(tr.acc, make([]float32, nTags)...)
	tr.stamp = append(tr.stamp, make([]int32, nTags)...)
	return int(off), true
}

func (tr *trainer) score(feats []uint64, scores *[nTags]float32) {
	*scores = [nTags]float32{}
	for _, f := range feats {
		if off, ok := tr.slot(f, false); ok {
			for c := range scores {
				scores[c] += tr.w[off+c]
			}
		}
	}
}

func (tr *trainer) update(feats []uint64, c int, delta float32) {
	for _, f := range feats {
		off, _ := tr.slot(f, true)
		k := off + c
		tr.acc[k] += float32(tr.t-tr.stamp[k]) * tr.w[k]
		tr.stamp[k] = tr.t
		tr.w[k] += delta
	}
}

// averaged returns the model with weights averaged over all updates.
func (tr *trainer) averaged() *Model {
	m := &Model{index: tr.index, w: make([]float32, len(tr.w))}
	for k := range tr.w {
		acc := tr.acc[k] + float32(tr.t-tr.stamp[k])*tr.w[k]
		m.w[k] = acc / float32(tr.t)
	}
	m.table = newTable(m.index, m.w)
	return m
}

// Train fits a tagger on examples in epochs passes, visiting them in an
// order shuffled by seed; the same inputs and seed give the same model.
func Train(examples []Example, epochs int, seed uint64) *Model {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	views := make([]sentenceView, len(examples))
	static := make([][][]uint64, len(examples))
	for i, ex := range examples {
		views[i] = newView(ex.Toks)
		static[i] = make([][]uint64, len(ex.Toks))
		for k := range ex.Toks {
			static[i][k] = views[i].static(k, nil)
		}
	}
	tr := &trainer{index: map[uint64]int32{}, t: 1}
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	var feats []uint64
	var scores [nTags]float32
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex, v := examples[i], views[i]
			prev, prev2 := 0, 0
			for k := range ex.Toks {
				feats = append(feats[:0], static[i][k]...)
				feats = dynamic(v, k, tagNames[prev], tagNames[prev2], feats)
				tr.score(feats, &scores)
				guess, _ := decide(&scores, prev)
				if gold := ex.Tags[k]; guess != gold {
					tr.update(feats, gold, 1)
					tr.update(feats, guess, -1)
				}
				tr.t++
				prev2, prev = prev, guess
			}
		}
	}
	return tr.averaged()
}

// TagExample tags one sentence: the classes the model gives its tokens and
// the spans they form.
func (m *Model) TagExample(toks []text.Token) []Span {
	spans, _ := m.tagSentence(newView(toks), nil)
	return spans
}
