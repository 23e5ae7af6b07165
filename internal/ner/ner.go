// Package ner tags person, organisation and place names in tokenised text
// with an averaged-perceptron BIO tagger trained by cmd/train-ner.
package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"

	"github.com/newsgraph/newsgraph/internal/text"
)

// Entity types the model proposes. LOC covers countries and cities too:
// the training data does not tell them apart.
const (
	Person = "PER"
	Org    = "ORG"
	Loc    = "LOC"
)

// Tags are the BIO classes, in the order of the model's weights.
var tagNames = [...]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

const nTags = len(tagNames)

// tagType is the entity type of tag c ("" for O).
func tagType(c int) string {
	if c == 0 {
		return ""
	}
	return tagNames[c][2:]
}

func isInside(c int) bool { return c > 0 && c%2 == 0 }

// TagIndex returns the class of a BIO tag such as "B-PER", or -1.
func TagIndex(tag string) int {
	for i, t := range tagNames {
		if t == tag {
			return i
		}
	}
	return -1
}

// allowed reports whether tag c may follow tag prev: I-X only continues X.
func allowed(prev, c int) bool {
	if !isInside(c) {
		return true
	}
	return prev == c || prev == c-1
}

// Model is a trained tagger; it is read-only and safe for concurrent use.
type Model struct {
	index map[uint64]int32 // feature hash -> offset of its nTags weights
	table table            // the same, for fast lookups
	w     []float32
	// Threshold is the least margin (best score minus the runner-up) a
	// span's every token needs for the held-out precision target the
	// training command aimed at.
	Threshold float32
	// TypeThreshold is the least margin from which the model's type of a
	// span is right often enough (the training command's --type-accuracy,
	// on held-out spans whose boundaries are right) to overrule a guess.
	TypeThreshold float32
}

// Span is a tagged name over tokens [First, Last) of the tagged slice.
type Span struct {
	First, Last int
	Type        string
	// Margin is the smallest score margin over the span's tokens: how sure
	// the model is; compare it with Model.Threshold.
	Margin float32
}

const magic = "NGNER2\n"

// Load reads a gzipped model as written by Save.
func Load(gz []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("ner: model: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("ner: model: %w", err)
	}
	if !bytes.HasPrefix(b, []byte(magic)) || len(b) < len(magic)+16 {
		return nil, fmt.Errorf("ner: model: not a newsgraph NER model")
	}
	b = b[len(magic):]
	n := int(binary.LittleEndian.Uint32(b))
	thr := math.Float32frombits(binary.LittleEndian.Uint32(b[4:]))
	scale := math.Float32frombits(binary.LittleEndian.Uint32(b[8:]))
	typeThr := math.Float32frombits(binary.LittleEndian.Uint32(b[12:]))
	b = b[16:]
	const rec = 8 + 2*nTags
	if len(b) != n*rec {
		return nil, fmt.Errorf("ner: model: %d bytes of weights, want %d", len(b), n*rec)
	}
	m := &Model{index: make(map[uint64]int32, n), w: make([]float32, n*nTags), Threshold: thr, TypeThreshold: typeThr}
	for i := 0; i < n; i++ {
		r := b[i*rec:]
		m.index[binary.LittleEndian.Uint64(r)] = int32(i * nTags)
		for c := 0; c < nTags; c++ {
			m.w[i*nTags+c] = float32(int16(binary.LittleEndian.Uint16(r[8+2*c:]))) * scale
		}
	}
	m.table = newTable(m.index, m.w)
	return m, nil
}

// table is an open-addressing hash table from feature hash to its
// weights, stored inline so that a lookup touches one cache line: tagging
// spends its time in these lookups. Key 0 marks an empty slot; feature 0
// is stored as 1.
type table struct {
	slots []slot
	mask  uint64
}

type slot struct {
	key uint64
	w   [nTags]float32
}

func newTable(index map[uint64]int32, w []float32) table {
	n := 1
	for n < 2*len(index)+1 {
		n <<= 1
	}
	t := table{slots: make([]slot, n), mask: uint64(n - 1)}
	for k, off := range index {
		k = nonZero(k)
		i := k & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i].key = k
		copy(t.slots[i].w[:], w[off:int(off)+nTags])
	}
	return t
}

func nonZero(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

func (t *table) get(k uint64) *[nTags]float32 {
	k = nonZero(k)
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		switch s.key {
		case k:
			return &s.w
		case 0:
			return nil
		}
	}
}

// Save writes m gzipped, weights quantised to 16 bits; features whose
// weights all round to zero are dropped.
func (m *Model) Save(w io.Writer) error {
	var max float32
	for _, x := range m.w {
		max = float32(math.Max(float64(max), math.Abs(float64(x))))
	}
	scale := max / 32767
	if scale == 0 {
		scale = 1
	}
	var body bytes.Buffer
	n := 0
	rec := make([]byte, 8+2*nTags)
	for _, key := range slices.Sorted(maps.Keys(m.index)) {
		off := m.index[key]
		keep := false
		for c := 0; c < nTags; c++ {
			q := int16(math.Round(float64(m.w[int(off)+c] / scale)))
			keep = keep || q != 0
			binary.LittleEndian.PutUint16(rec[8+2*c:], uint16(q))
		}
		if !keep {
			continue
		}
		binary.LittleEndian.PutUint64(rec, key)
		body.Write(rec)
		n++
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	head := make([]byte, 16)
	binary.LittleEndian.PutUint32(head, uint32(n))
	binary.LittleEndian.PutUint32(head[4:], math.Float32bits(m.Threshold))
	binary.LittleEndian.PutUint32(head[8:], math.Float32bits(scale))
	binary.LittleEndian.PutUint32(head[12:], math.Float32bits(m.TypeThreshold))
	for _, p := range [][]byte{[]byte(magic), head, body.Bytes()} {
		if _, err := zw.Write(p); err != nil {
			return err
		}
	}
	return zw.Close()
}

// Features is the number of features the model keeps weights for.
func (m *Model) Features() int { return len(m.index) }

// Tag tags every sentence of d; spans index d.Tokens.
func (m *Model) Tag(d *text.Doc) []Span {
	var out []Span
	var buf []uint64
	for _, s := range d.Sentences {
		toks := d.Tokens[s.First:s.Last]
		var spans []Span
		spans, buf = m.tagSentence(newView(toks), buf)
		for _, sp := range spans {
			sp.First += s.First
			sp.Last += s.First
			out = append(out, sp)
		}
	}
	return out
}

// tagSentence decodes greedily left to right.
func (m *Model) tagSentence(v sentenceView, buf []uint64) ([]Span, []uint64) {
	var spans []Span
	prev, prev2 := 0, 0
	var scores [nTags]float32
	cur := Span{First: -1}
	for i, t := range v.toks {
		if prev == 0 && !t.Cap {
			// A name never starts with a lower-case word, a number or a
			// mark here: skip scoring what could only open one (three in
			// four tokens of news text).
			prev2, prev = prev, 0
			continue
		}
		buf = v.static(i, buf[:0])
		buf = dynamic(v, i, tagNames[prev], tagNames[prev2], buf)
		m.score(buf, &scores)
		best, margin := decide(&scores, prev)
		if cur.First >= 0 && !isInside(best) {
			cur.Last = i
			spans = append(spans, cur)
			cur.First = -1
		}
		switch {
		case best == 0:
		case !isInside(best):
			cur = Span{First: i, Type: tagType(best), Margin: margin}
		default:
			cur.Margin = min(cur.Margin, margin)
		}
		prev2, prev = prev, best
	}
	if cur.First >= 0 {
		cur.Last = len(v.toks)
		spans = append(spans, cur)
	}
	return spans, buf
}

func (m *Model) score(feats []uint64, scores *[nTags]float32) {
	*scores = [nTags]float32{}
	for _, f := range feats {
		w := m.table.get(f)
		if w == nil {
			continue
		}
		for c := range scores {
			scores[c] += w[c]
		}
	}
}

// decide picks the best tag allowed after prev and its margin over the
// runner-up.
func decide(scores *[nTags]float32, prev int) (int, float32) {
	best, second := -1, float32(math.Inf(-1))
	for c := 0; c < nTags; c++ {
		if !allowed(prev, c) {
			continue
		}
		switch {
		case best < 0 || scores[c] > scores[best]:
			if best >= 0 {
				second = scores[best]
			}
			best = c
		case scores[c] > second:
			second = scores[c]
		}
	}
	return best, scores[best] - second
}
