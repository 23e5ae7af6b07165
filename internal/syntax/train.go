package syntax

import (
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/syntax/conllu"
)

// TrainOptions sets how Train fits a model.
type TrainOptions struct {
	TagEpochs   int    // passes of the tagger, morphology and lemma models
	ParseEpochs int    // passes of the parser
	Seed        uint64 // for shuffles and exploration
	// Folds is the number of jackknife folds: the parser learns from tags
	// predicted by taggers that did not see the sentence (1: gold tags).
	Folds int
	// MinLabel is the least count of a relation subtype kept as a label;
	// rarer ones become their universal relation.
	MinLabel int
	// Vocab lists forms of unannotated news (optional): a guessed lemma
	// found there is preferred.
	Vocab map[string]bool
	// Clusters are word classes and capitalisation of unannotated news
	// (optional).
	Clusters *Clusters
	// Joint makes the parser choose move and label together.
	Joint bool
	Log   io.Writer
}

// Train fits a model on annotated sentences.
func Train(data []conllu.Sentence, o TrainOptions) (*Model, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("syntax: train: no sentences")
	}
	log := o.Log
	if log == nil {
		log = io.Discard
	}
	samples := make([]*sample, len(data))
	for i := range data {
		samples[i] = fromCoNLLU(&data[i])
	}
	m := &Model{vocab: o.Vocab}
	if o.Clusters != nil {
		m.clusters, m.clusterShift, m.caps = o.Clusters.Of, o.Clusters.Shift, o.Clusters.Caps
	}
	m.buildBundles(samples)
	m.buildLabels(samples, max(1, o.MinLabel))
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x5851f42d4c957f2d))

	// Jackknifing: tag every fold with a tagger trained on the others.
	folds := max(1, o.Folds)
	psamples := make([]*psample, len(samples))
	if folds == 1 {
		for i, s := range samples {
			psamples[i] = m.goldParseSample(s)
		}
	} else {
		order := rng.Perm(len(samples))
		for k := 0; k < folds; k++ {
			var tr, held []int
			for j, i := range order {
				if j%folds == k {
					held = append(held, i)
				} else {
					tr = append(tr, i)
				}
			}
			sub := &Model{vocab: m.vocab, clusters: m.clusters, clusterShift: m.clusterShift, caps: m.caps,
				bundles: m.bundles, bundleFeats: m.bundleFeats, bundleM: m.bundleM, allowed: m.allowed}
			sub.trainTagging(pick(samples, tr), o.TagEpochs, o.Seed+uint64(k)+1)
			for _, i := range held {
				psamples[i] = sub.predictedParseSample(samples[i], m)
			}
			fmt.Fprintf(log, "jackknife fold %d/%d: %d sentences tagged\n", k+1, folds, len(held))
		}
	}
	m.trainTagging(samples, o.TagEpochs, o.Seed)
	fmt.Fprintf(log, "tagger: %d features UPOS, %d morphology, %d lemma scripts\n", m.pos.n, m.morph.n, len(m.scripts))
	if o.Joint {
		m.joint = true
		m.trainJoint(psamples, o.ParseEpochs, rng)
	} else {
		m.trainParser(psamples, o.ParseEpochs, rng)
	}
	fmt.Fprintf(log, "parser: %d features, %d labels\n", m.trans.n, len(m.labels))
	m.trainContractions(data, o.TagEpochs, rng)
	return m, nil
}

// trainContractions fits the classifier that tells "des" = de + les from
// the article "des" (and the rare partitive "du"), on the surface tokens.
func (m *Model) trainContractions(data []conllu.Sentence, epochs int, rng *rand.Rand) {
	type ex struct {
		feats []uint32
		gold  int
	}
	var exs []ex
	for i := range data {
		toks, multi := surface(&data[i])
		at := func(k int) (string, bool) {
			if k < 0 || k >= len(toks) {
				return "<s>", false
			}
			r, _ := utf8.DecodeRuneInString(toks[k])
			return lowerWord(toks[k]), unicode.IsUpper(r)
		}
		for k, t := range toks {
			lt := lowerWord(t)
			if lt != "des" && lt != "du" {
				continue
			}
			p2, _ := at(k - 2)
			p1, pc := at(k - 1)
			n1, nc := at(k + 1)
			n2, _ := at(k + 2)
			g := 0
			if multi[k] {
				g = 1
			}
			exs = append(exs, ex{contractionFeats(lt, p2, p1, n1, n2, pc, nc, nil), g})
		}
	}
	tr := newTrainer(2)
	sc := make([]float64, 2)
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		for _, x := range exs {
			tr.score(x.feats, sc)
			p := 0
			if sc[1] >= sc[0] {
				p = 1
			}
			if p != x.gold {
				tr.update(x.feats, x.gold, 1)
				tr.update(x.feats, p, -1)
			}
			tr.tick()
		}
	}
	m.contract = tr.freeze()
}

// surface returns the tokens of s as written (a multiword token once) and
// which of them are multiword tokens.
func surface(s *conllu.Sentence) ([]string, []bool) {
	var toks []string
	var multi []bool
	mi := 0
	for i := 0; i < len(s.Words); i++ {
		if mi < len(s.Multi) && s.Multi[mi].First == i+1 {
			toks = append(toks, s.Multi[mi].Form)
			multi = append(multi, true)
			i = s.Multi[mi].Last - 1
			mi++
			continue
		}
		toks = append(toks, s.Words[i].Form)
		multi = append(multi, false)
	}
	return toks, multi
}

func pick(s []*sample, idx []int) []*sample {
	out := make([]*sample, len(idx))
	for i, k := range idx {
		out[i] = s[k]
	}
	return out
}

// buildBundles collects the feature bundles and the ones each UPOS allows.
func (m *Model) buildBundles(samples []*sample) {
	seen := map[string]bool{"_": true}
	for _, s := range samples {
		for _, f := range s.feats {
			seen[f] = true
		}
	}
	delete(seen, "_")
	m.bundles = append([]string{"_"}, slices.Sorted(maps.Keys(seen))...)
	idx := map[string]uint16{}
	for i, b := range m.bundles {
		idx[b] = uint16(i)
	}
	var allowed [nUPOS]map[uint16]bool
	for _, s := range samples {
		for i, f := range s.feats {
			p := s.upos[i]
			if allowed[p] == nil {
				allowed[p] = map[uint16]bool{}
			}
			allowed[p][idx[f]] = true
		}
	}
	for p := range allowed {
		m.allowed[p] = slices.Sorted(maps.Keys(allowed[p]))
	}
	m.decodeBundles()
}

func (m *Model) bundleIndex() map[string]uint16 {
	idx := make(map[string]uint16, len(m.bundles))
	for i, b := range m.bundles {
		idx[b] = uint16(i)
	}
	return idx
}

// buildLabels keeps relations seen at least min times; the rest fall back
// to their universal relation.
func (m *Model) buildLabels(samples []*sample, minCount int) {
	count := map[string]int{}
	for _, s := range samples {
		for _, r := range s.rels {
			count[r]++
		}
	}
	keep := map[string]bool{"root": true, "dep": true}
	for r, c := range count {
		if c >= minCount {
			keep[r] = true
		}
	}
	for r := range count {
		if !keep[r] {
			keep[universal(r)] = true
		}
	}
	m.labels = slices.Sorted(maps.Keys(keep))
	m.rootLabel = slices.Index(m.labels, "root")
}

func (m *Model) labelIndex(rel string) int {
	if i, ok := slices.BinarySearch(m.labels, rel); ok {
		return i
	}
	if i, ok := slices.BinarySearch(m.labels, universal(rel)); ok {
		return i
	}
	i, _ := slices.BinarySearch(m.labels, "dep")
	return i
}

var dictMin = 2

// trainTagging fits the tag dictionary, UPOS tagger, morphology and
// lemmatiser on samples.
func (m *Model) trainTagging(samples []*sample, epochs int, seed uint64) {
	// The tag dictionary leaves out words seen once: in training they
	// stand for the words a text brings that training never saw.
	m.dict = map[string]uint32{}
	freq := map[string]int{}
	for _, s := range samples {
		for _, f := range s.forms {
			freq[lowerWord(f)]++
		}
	}
	for _, s := range samples {
		for i, f := range s.forms {
			if lf := lowerWord(f); freq[lf] >= dictMin {
				m.dict[lf] |= 1 << s.upos[i]
			}
		}
	}
	bidx := m.bundleIndex()
	rng := rand.New(rand.NewPCG(seed, 0x2545f4914f6cdd1d))
	infos := make([][]info, len(samples))
	for i, s := range samples {
		infos[i] = make([]info, len(s.forms))
		m.fillInfo(s.forms, infos[i])
	}
	pos := newTrainer(int(nUPOS))
	morph := newTrainer(len(m.bundles))
	fscores := make([]float64, max(int(nUPOS), len(m.bundles)))
	var buf []uint32
	order := make([]int, len(samples))
	for i := range order {
		order[i] = i
	}
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s, v := samples[si], infos[si]
			tags := make([]UPOS, len(v))
			for i := range v {
				buf = posStatic(v, i, buf[:0])
				buf = posDynamic(v, i, tags, buf)
				sc := fscores[:nUPOS]
				pos.score(buf, sc)
				best := 1
				for c := 2; c < int(nUPOS); c++ {
					if sc[c] > sc[best] {
						best = c
					}
				}
				if g := int(s.upos[i]); best != g {
					pos.update(buf, g, 1)
					pos.update(buf, best, -1)
				}
				pos.tick()
				tags[i] = UPOS(best)
			}
			// morphology, with the gold tag of the word itself
			for i := range v {
				saved := tags[i]
				tags[i] = s.upos[i]
				cands := m.allowed[tags[i]]
				if len(cands) > 1 {
					buf = morphFeats(v, i, tags, buf[:0])
					sc := fscores[:len(m.bundles)]
					morph.score(buf, sc)
					best := cands[0]
					for _, c := range cands[1:] {
						if sc[c] > sc[best] {
							best = c
						}
					}
					if g := bidx[s.feats[i]]; best != g {
						morph.update(buf, int(g), 1)
						morph.update(buf, int(best), -1)
					}
					morph.tick()
				}
				tags[i] = saved
			}
		}
	}
	m.pos = pos.freeze()
	m.morph = morph.freeze()
	m.trainLemmas(samples, infos, bidx, epochs, rng)
}

// trainLemmas builds the lexicon and fits the edit-script classifier on
// rare words, the ones most like words never seen.
func (m *Model) trainLemmas(samples []*sample, infos [][]info, bidx map[string]uint16, epochs int, rng *rand.Rand) {
	type cnt map[string]int
	exact := map[lexKey]cnt{}
	lower := map[lexKey]cnt{}
	add := func(mp map[lexKey]cnt, k lexKey, l string) {
		if mp[k] == nil {
			mp[k] = cnt{}
		}
		mp[k][l]++
	}
	scriptSet := map[string]bool{}
	for _, s := range samples {
		for i, f := range s.forms {
			add(exact, lexKey{f, s.upos[i]}, s.lemmas[i])
			add(lower, lexKey{lowerWord(f), s.upos[i]}, s.lemmas[i])
			scriptSet[makeScript(f, s.lemmas[i]).String()] = true
		}
	}
	best := func(c cnt) string {
		var b string
		for l, n := range c {
			if b == "" || n > c[b] || (n == c[b] && l < b) {
				b = l
			}
		}
		return b
	}
	m.lexicon = map[lexKey]string{}
	m.lexLower = map[lexKey]string{}
	for k, c := range lower {
		m.lexLower[k] = best(c)
	}
	for k, c := range exact {
		// the exact form only where it differs from its lower-cased entry
		if b := best(c); b != m.lexLower[lexKey{lowerWord(k.form), k.pos}] {
			m.lexicon[k] = b
		}
	}
	m.indexVerbs()
	names := slices.Sorted(maps.Keys(scriptSet))
	m.scripts = make([]script, len(names))
	sidx := map[string]int{}
	for i, n := range names {
		m.scripts[i], _ = parseScript(n)
		sidx[n] = i
	}
	type ex struct {
		x      *info
		form   string
		p      UPOS
		bundle uint16
		gold   int
	}
	var exs []ex
	for si, s := range samples {
		for i, f := range s.forms {
			k := lexKey{lowerWord(f), s.upos[i]}
			n := 0
			for _, c := range lower[k] {
				n += c
			}
			if n > 2 {
				continue
			}
			exs = append(exs, ex{&infos[si][i], f, s.upos[i], bidx[s.feats[i]], sidx[makeScript(f, s.lemmas[i]).String()]})
		}
	}
	tr := newTrainer(len(m.scripts))
	sc := make([]float64, len(m.scripts))
	var buf []uint32
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		for _, x := range exs {
			buf = lemmaFeats(x.x, x.p, x.bundle, buf[:0])
			tr.score(buf, sc)
			b := -1
			for c := range sc {
				if _, ok := m.scripts[c].apply(x.form, x.x.lower); !ok {
					continue
				}
				if b < 0 || sc[c] > sc[b] {
					b = c
				}
			}
			if b != x.gold {
				tr.update(buf, x.gold, 1)
				if b >= 0 {
					tr.update(buf, b, -1)
				}
			}
			tr.tick()
		}
	}
	m.lemw = tr.freeze()
}

// psample is a sentence as the parser learns from it: words with their
// (predicted or gold) tags, gold heads (the root is n) and labels.
type psample struct {
	words  []pword
	punct  []int
	heads  []int
	labels []int
}

func (m *Model) goldParseSample(s *sample) *psample {
	n := len(s.forms)
	info := make([]info, n)
	m.fillInfo(s.forms, info)
	bidx := m.bundleIndex()
	ps := &psample{words: make([]pword, n), punct: make([]int, n+1), heads: make([]int, n), labels: make([]int, n)}
	for i := range s.forms {
		ps.words[i] = m.pword(&info[i], s.upos[i], bidx[s.feats[i]], s.lemmas[i])
		ps.punct[i+1] = ps.punct[i]
		if s.upos[i] == PUNCT {
			ps.punct[i+1]++
		}
	}
	m.goldTree(s, ps)
	return ps
}

// predictedParseSample tags s with m (a fold's tagger) and keeps the
// gold tree; full is the model whose labels and hashes are used.
func (m *Model) predictedParseSample(s *sample, full *Model) *psample {
	n := len(s.forms)
	var sc scratch
	sc.reset(n, m.maxClasses())
	m.tag(s.forms, nil, &sc)
	m.parserWords(&sc)
	ps := &psample{words: slices.Clone(sc.pw), punct: slices.Clone(sc.punct), heads: make([]int, n), labels: make([]int, n)}
	full.goldTree(s, ps)
	return ps
}

func (m *Model) goldTree(s *sample, ps *psample) {
	n := len(s.forms)
	for i := range s.forms {
		h := s.heads[i] - 1
		if h < 0 {
			h = n
		}
		ps.heads[i] = h
		ps.labels[i] = m.labelIndex(s.rels[i])
		if h == n {
			ps.labels[i] = m.rootLabel
		}
	}
}

// trainParser fits the move and label classifiers with a dynamic oracle
// (Goldberg and Nivre 2013): after the first pass the parser follows its
// own mistakes nine times in ten and learns the best move from there.
func (m *Model) trainParser(samples []*psample, epochs int, rng *rand.Rand) {
	L := len(m.labels)
	moves := newTrainer(nMoves)
	labels := newTrainer(L)
	sc := make([]float64, max(nMoves, L))
	var st state
	var buf []uint32
	order := make([]int, len(samples))
	for i := range order {
		order[i] = i
	}
	inStack := []bool{}
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			ps := samples[si]
			n := len(ps.words)
			st.reset(n)
			if cap(inStack) < n+1 {
				inStack = make([]bool, n+1)
			}
			inStack = inStack[:n+1]
			clear(inStack)
			for !st.terminal() {
				buf = st.features(ps.words, ps.punct, buf[:0])
				moves.score(buf, sc[:nMoves])
				pred := bestMove(&st, sc)
				costs := moveCosts(&st, ps, inStack)
				least := minValid(costs[:]...)
				next := pred
				if costs[pred] != least {
					gold := -1
					for c := range nMoves {
						if costs[c] == least && (gold < 0 || sc[c] > sc[gold]) {
							gold = c
						}
					}
					moves.update(buf, gold, 1)
					moves.update(buf, pred, -1)
					if e == 0 || rng.Float64() >= 0.9 {
						next = gold
					}
				}
				moves.tick()
				l := 0
				if next != moveShift {
					h, d := st.arc(next)
					switch {
					case h == n:
						l = m.rootLabel
					default:
						buf = st.labelFeatures(ps.words, h, d, buf[:0])
						labels.score(buf, sc[:L])
						l = bestLabel(sc[:L], m.rootLabel)
						if ps.heads[d] == h && ps.labels[d] != m.rootLabel {
							if g := ps.labels[d]; l != g {
								labels.update(buf, g, 1)
								labels.update(buf, l, -1)
								l = g
							}
							labels.tick()
						}
					}
				}
				applyTracked(&st, next, l, inStack)
			}
		}
	}
	m.trans = moves.freeze()
	m.labw = labels.freeze()
}

func applyTracked(st *state, c, l int, inStack []bool) {
	if c == moveShift {
		inStack[st.b0] = true
	} else {
		inStack[st.s(0)] = false
	}
	st.apply(c, l)
}

// moveCosts returns the number of gold arcs each move makes unreachable
// (Goldberg and Nivre 2013, arc-hybrid); -1 when the move is not valid.
func moveCosts(st *state, ps *psample, inStack []bool) [nMoves]int {
	costs := [nMoves]int{-1, -1, -1}
	b0 := st.b0
	if st.canShift() {
		c := 0
		for _, s := range st.stack {
			if ps.heads[s] == b0 {
				c++
			}
		}
		if h := ps.heads[b0]; h < b0 && inStack[h] && h != st.s(0) {
			c++
		}
		costs[moveShift] = c
	}
	if len(st.stack) == 0 {
		return costs
	}
	s0 := st.s(0)
	deps := 0
	for d := b0; d < st.n; d++ {
		if ps.heads[d] == s0 {
			deps++
		}
	}
	h := ps.heads[s0]
	if st.canLeft() {
		c := deps
		if h != b0 && (h == st.s(1) || h > b0) {
			c++
		}
		costs[moveLeft] = c
	}
	if st.canRight() {
		c := deps
		if h >= b0 {
			c++
		}
		costs[moveRight] = c
	}
	return costs
}

func minValid(xs ...int) int {
	m := -1
	for _, x := range xs {
		if x >= 0 && (m < 0 || x < m) {
			m = x
		}
	}
	return m
}

// trainJoint fits a parser whose classes are labelled moves, with the
// dynamic oracle: a move that makes a gold arc must carry its label.
func (m *Model) trainJoint(samples []*psample, epochs int, rng *rand.Rand) {
	L := len(m.labels)
	tr := newTrainer(1 + 2*L)
	sc := make([]float64, 1+2*L)
	var st state
	var buf []uint32
	order := make([]int, len(samples))
	for i := range order {
		order[i] = i
	}
	inStack := []bool{}
	move := func(c int) (int, int) {
		switch {
		case c == 0:
			return moveShift, 0
		case c <= L:
			return moveLeft, c - 1
		}
		return moveRight, c - 1 - L
	}
	for e := 0; e < epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			ps := samples[si]
			n := len(ps.words)
			st.reset(n)
			if cap(inStack) < n+1 {
				inStack = make([]bool, n+1)
			}
			inStack = inStack[:n+1]
			clear(inStack)
			for !st.terminal() {
				buf = st.features(ps.words, ps.punct, buf[:0])
				tr.score(buf, sc)
				pred := bestJoint(&st, sc, L, m.rootLabel)
				costs := moveCosts(&st, ps, inStack)
				least := minValid(costs[:]...)
				zero := func(c int) bool {
					mv, l := move(c)
					if costs[mv] != least {
						return false
					}
					if mv == moveShift {
						return true
					}
					h, d := st.arc(mv)
					return ps.heads[d] != h || ps.labels[d] == l
				}
				next := pred
				if !zero(pred) {
					gold := -1
					for c := range sc {
						mv, l := move(c)
						if costs[mv] < 0 || !zero(c) {
							continue
						}
						if mv != moveShift {
							h, _ := st.arc(mv)
							if (h == n) != (l == m.rootLabel) {
								continue
							}
						}
						if gold < 0 || sc[c] > sc[gold] {
							gold = c
						}
					}
					tr.update(buf, gold, 1)
					tr.update(buf, pred, -1)
					if e == 0 || rng.Float64() >= 0.9 {
						next = gold
					}
				}
				tr.tick()
				mv, l := move(next)
				applyTracked(&st, mv, l, inStack)
			}
		}
	}
	m.trans = tr.freeze()
	m.labw = newTrainer(L).freeze()
}
