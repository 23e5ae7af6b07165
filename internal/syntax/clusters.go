package syntax

import (
	"cmp"
	"iter"
	"math"
	"math/rand/v2"
	"slices"
	"unicode"
	"unicode/utf8"
)

// ClusterOptions sets how Cluster groups words.
type ClusterOptions struct {
	MinCount int    // least count of a word to be clustered
	Contexts int    // the commonest words serve as contexts, the rest by shape
	Dim      int    // dimensions of the projected context vectors
	Top, Sub int    // clusters: Top groups, each split into Sub
	Iter     int    // k-means passes at each level
	Seed     uint64 // projection and initialisation
	VocabMin int    // least count of a word kept in the vocabulary (0: none)
}

// Clusters are word classes learnt from unannotated text: a word's class
// stands in for it where the treebanks never saw it.
type Clusters struct {
	// Of maps a lower-cased word to its path: the top group in the bits
	// above Shift, the sub-cluster below.
	Of    map[string]uint32
	Shift uint
	// Caps tells how often a word is written with a capital inside a
	// sentence: 1 under a tenth of the time, 2 under half, 3 under nine
	// tenths, 4 more (names); words seen fewer than three times there
	// have none.
	Caps map[string]uint8
	// Vocab holds the words seen at least VocabMin times.
	Vocab map[string]bool
	Words int // running words read
}

// Corpus is unannotated text read once and held as word ids.
type Corpus struct {
	forms []string // id -> the form as written
	seq   []int32  // ids, -1 after each sentence
}

// NewCorpus reads sentences of words as written.
func NewCorpus(sentences iter.Seq[[]string]) *Corpus {
	c := &Corpus{}
	ids := map[string]int32{}
	for s := range sentences {
		for _, w := range s {
			id, ok := ids[w]
			if !ok {
				id = int32(len(c.forms))
				ids[w] = id
				c.forms = append(c.forms, w)
			}
			c.seq = append(c.seq, id)
		}
		c.seq = append(c.seq, -1)
	}
	return c
}

// Words returns the number of running words.
func (c *Corpus) Words() int { return len(c.seq) - c.sentences() }

func (c *Corpus) sentences() int {
	n := 0
	for _, id := range c.seq {
		if id < 0 {
			n++
		}
	}
	return n
}

// each calls fn with the forms of every sentence (the slice is reused).
func (c *Corpus) each(fn func(forms []string)) {
	var s []string
	for _, id := range c.seq {
		if id < 0 {
			fn(s)
			s = s[:0]
			continue
		}
		s = append(s, c.forms[id])
	}
}

// Cluster groups the lower-cased words of c that occur between the same
// neighbours (the commonest words, left and right): context counts,
// square-rooted and normalised (Hellinger), are projected on Dim random
// directions and clustered by k-means twice, into Top groups and each of
// those into Sub. Deterministic: the same text and options give the same
// clusters.
func Cluster(c *Corpus, o ClusterOptions) *Clusters {
	ids := map[string]int32{}
	var names []string
	var counts []int
	lower := make([]int32, len(c.forms)) // form id -> lower-cased id
	for i, f := range c.forms {
		w := lowerWord(f)
		id, ok := ids[w]
		if !ok {
			id = int32(len(names))
			ids[w] = id
			names = append(names, w)
			counts = append(counts, 0)
		}
		lower[i] = id
	}
	seq := make([]int32, len(c.seq)) // word ids, -1 between sentences
	for i, id := range c.seq {
		seq[i] = -1
		if id >= 0 {
			seq[i] = lower[id]
			counts[seq[i]]++
		}
	}
	out := &Clusters{Of: map[string]uint32{}, Caps: map[string]uint8{}, Words: c.Words()}
	capCount := make([]int32, len(names))
	inner := make([]int32, len(names))
	for i, id := range c.seq {
		if id < 0 || i == 0 || c.seq[i-1] < 0 {
			continue // a sentence's first word is capitalised anyway
		}
		l := lower[id]
		inner[l]++
		if r, _ := utf8.DecodeRuneInString(c.forms[id]); unicode.IsUpper(r) {
			capCount[l]++
		}
	}
	for l, n := range inner {
		if n < 3 {
			continue
		}
		r := float64(capCount[l]) / float64(n)
		switch {
		case r < 0.1:
			out.Caps[names[l]] = 1
		case r < 0.5:
			out.Caps[names[l]] = 2
		case r < 0.9:
			out.Caps[names[l]] = 3
		default:
			out.Caps[names[l]] = 4
		}
	}
	if o.VocabMin > 0 {
		out.Vocab = map[string]bool{}
		for i, n := range names {
			if counts[i] >= o.VocabMin {
				out.Vocab[n] = true
			}
		}
	}
	// words by falling count, ties by spelling
	byCount := make([]int32, len(names))
	for i := range byCount {
		byCount[i] = int32(i)
	}
	slices.SortFunc(byCount, func(a, b int32) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(names[a], names[b])
	})
	// context index: the commonest words, then shape classes
	const nShapes = 4 // boundary, number, punctuation, other
	ctx := make([]int32, len(names))
	for i := range ctx {
		ctx[i] = -1
	}
	for r, id := range byCount {
		if r >= o.Contexts {
			break
		}
		ctx[id] = int32(r)
	}
	shapeCtx := func(id int32) int {
		if id < 0 {
			return o.Contexts
		}
		if c := ctx[id]; c >= 0 {
			return int(c)
		}
		w := names[id]
		switch {
		case w[0] >= '0' && w[0] <= '9':
			return o.Contexts + 1
		case isPunctWord(w):
			return o.Contexts + 2
		}
		return o.Contexts + 3
	}
	nCtx := o.Contexts + nShapes
	// the words to cluster, commonest first
	var vocab []int32
	row := make([]int32, len(names))
	for i := range row {
		row[i] = -1
	}
	for _, id := range byCount {
		if counts[id] < o.MinCount {
			break
		}
		if isPunctWord(names[id]) {
			continue
		}
		row[id] = int32(len(vocab))
		vocab = append(vocab, id)
	}
	V := len(vocab)
	if V == 0 {
		return out
	}
	cnt := make([]uint32, V*2*nCtx)
	for i, id := range seq {
		if id < 0 || row[id] < 0 {
			continue
		}
		var l, r int32 = -1, -1
		if i > 0 {
			l = seq[i-1]
		}
		if i+1 < len(seq) {
			r = seq[i+1]
		}
		base := int(row[id]) * 2 * nCtx
		cnt[base+shapeCtx(l)]++
		cnt[base+nCtx+shapeCtx(r)]++
	}
	// random projection of Hellinger vectors
	rng := rand.New(rand.NewPCG(o.Seed, 0x853c49e6748fea9b))
	proj := make([]float32, 2*nCtx*o.Dim)
	for i := range proj {
		if rng.IntN(2) == 0 {
			proj[i] = -1
		} else {
			proj[i] = 1
		}
	}
	vec := make([]float32, V*o.Dim)
	for v := 0; v < V; v++ {
		c := cnt[v*2*nCtx : (v+1)*2*nCtx]
		total := 0.0
		for _, x := range c {
			total += float64(x)
		}
		dst := vec[v*o.Dim : (v+1)*o.Dim]
		for k, x := range c {
			if x == 0 {
				continue
			}
			wgt := float32(math.Sqrt(float64(x) / total))
			p := proj[k*o.Dim : (k+1)*o.Dim]
			for d := range dst {
				dst[d] += wgt * p[d]
			}
		}
		normalise(dst)
	}
	all := make([]int32, V)
	for i := range all {
		all[i] = int32(i)
	}
	top := kmeans(vec, o.Dim, all, o.Top, o.Iter, rng)
	shift := uint(bitsFor(o.Sub))
	for g := 0; g < o.Top; g++ {
		var members []int32
		for i, c := range top {
			if c == g {
				members = append(members, int32(i))
			}
		}
		if len(members) == 0 {
			continue
		}
		sub := kmeans(vec, o.Dim, members, min(o.Sub, len(members)), o.Iter, rng)
		for j, v := range members {
			out.Of[names[vocab[v]]] = uint32(g)<<shift | uint32(sub[j])
		}
	}
	out.Shift = shift
	return out
}

func bitsFor(n int) int {
	b := 0
	for 1<<b < n {
		b++
	}
	return b
}

func isPunctWord(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func normalise(v []float32) {
	s := 0.0
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	n := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= n
	}
}

// kmeans clusters the rows members of vec (unit vectors) into k groups by
// cosine, from a k-means++ start; it returns each member's group.
func kmeans(vec []float32, dim int, members []int32, k, iters int, rng *rand.Rand) []int {
	n := len(members)
	assign := make([]int, n)
	if k <= 1 {
		return assign
	}
	row := func(i int) []float32 { m := int(members[i]); return vec[m*dim : (m+1)*dim] }
	cent := make([]float32, k*dim)
	// k-means++ seeding on cosine distance
	first := rng.IntN(n)
	copy(cent[:dim], row(first))
	dist := make([]float64, n)
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	for c := 1; c < k; c++ {
		prev := cent[(c-1)*dim : c*dim]
		total := 0.0
		for i := 0; i < n; i++ {
			d := 1 - float64(dot(row(i), prev))
			if d < 0 {
				d = 0
			}
			if d < dist[i] {
				dist[i] = d
			}
			total += dist[i] * dist[i]
		}
		x := rng.Float64() * total
		pick := n - 1
		for i := 0; i < n; i++ {
			x -= dist[i] * dist[i]
			if x <= 0 {
				pick = i
				break
			}
		}
		copy(cent[c*dim:(c+1)*dim], row(pick))
	}
	sum := make([]float64, k*dim)
	for it := 0; it < iters; it++ {
		for i := 0; i < n; i++ {
			r := row(i)
			best, bs := 0, math.Inf(-1)
			for c := 0; c < k; c++ {
				s := float64(dot(r, cent[c*dim:(c+1)*dim]))
				if s > bs {
					best, bs = c, s
				}
			}
			assign[i] = best
		}
		clear(sum)
		for i := 0; i < n; i++ {
			s := sum[assign[i]*dim : (assign[i]+1)*dim]
			for d, x := range row(i) {
				s[d] += float64(x)
			}
		}
		for c := 0; c < k; c++ {
			s := sum[c*dim : (c+1)*dim]
			norm := 0.0
			for _, x := range s {
				norm += x * x
			}
			if norm == 0 {
				continue // empty: keep the old centre
			}
			inv := 1 / math.Sqrt(norm)
			for d := range s {
				cent[c*dim+d] = float32(s[d] * inv)
			}
		}
	}
	return assign
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
