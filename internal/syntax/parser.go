package syntax

// The parser is arc-hybrid (Kuhlmann et al. 2011) with the root at the
// end of the buffer: SHIFT moves the buffer's first word b0 onto the
// stack, LEFT-l makes b0 the head of the stack's top s0 and pops it,
// RIGHT-l makes s1 (the word under s0) its head and pops it. Only the last
// word on the stack may attach to the root, so every tree has one root.
// A move is chosen first, then the label of the arc it makes, by a second
// classifier that sees the dependent's finished subtree.

// pword is what the parser reads of a word.
type pword struct {
	w, l, c uint64 // form, lemma, cluster
	p       uint64 // UPOS
	m       uint64 // UPOS refined by a few features (VerbForm, PronType...)
}

// state is a parser configuration with the children lists its features
// read.
type state struct {
	n     int // words; n is the root
	stack []int
	b0    int
	head  []int // -1: none yet
	label []int
	// leftmost two and rightmost two children, counts, label sets
	lc1, lc2, rc1, rc2 []int
	nl, nr             []int
	ls, rs             []uint64
}

func (s *state) reset(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.b0 = 0
	grow := func(x []int) []int {
		if cap(x) < n+1 {
			return make([]int, n+1)
		}
		return x[:n+1]
	}
	s.head, s.label = grow(s.head), grow(s.label)
	s.lc1, s.lc2, s.rc1, s.rc2 = grow(s.lc1), grow(s.lc2), grow(s.rc1), grow(s.rc2)
	s.nl, s.nr = grow(s.nl), grow(s.nr)
	if cap(s.ls) < n+1 {
		s.ls, s.rs = make([]uint64, n+1), make([]uint64, n+1)
	}
	s.ls, s.rs = s.ls[:n+1], s.rs[:n+1]
	for i := 0; i <= n; i++ {
		s.head[i], s.label[i] = -1, -1
		s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = -1, -1, -1, -1
		s.nl[i], s.nr[i] = 0, 0
		s.ls[i], s.rs[i] = 0, 0
	}
}

func (s *state) terminal() bool { return len(s.stack) == 0 && s.b0 == s.n }

func (s *state) canShift() bool { return s.b0 < s.n }
func (s *state) canLeft() bool  { return len(s.stack) > 0 && (s.b0 < s.n || len(s.stack) == 1) }
func (s *state) canRight() bool { return len(s.stack) > 1 }

func (s *state) s(i int) int {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return -1
}

func (s *state) b(i int) int {
	if s.b0+i <= s.n {
		return s.b0 + i
	}
	return -1
}

func (s *state) addArc(h, d, l int) {
	s.head[d], s.label[d] = h, l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		s.nl[h]++
		s.ls[h] |= bit
		// left children arrive right to left
		s.lc2[h] = s.lc1[h]
		s.lc1[h] = d
	} else {
		s.nr[h]++
		s.rs[h] |= bit
		s.rc2[h] = s.rc1[h]
		s.rc1[h] = d
	}
}

// apply performs move c (valid in s), labelling its arc l.
func (s *state) apply(c, l int) {
	switch c {
	case moveShift:
		s.stack = append(s.stack, s.b0)
		s.b0++
	case moveLeft:
		s0 := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.addArc(s.b0, s0, l)
	default:
		s0 := s.stack[len(s.stack)-1]
		s1 := s.stack[len(s.stack)-2]
		s.stack = s.stack[:len(s.stack)-1]
		s.addArc(s1, s0, l)
	}
}

// Parser feature templates.
const (
	pS0wp uint64 = iota + 400
	pS0w
	pS0p
	pB0wp
	pB0w
	pB0p
	pB1wp
	pB1w
	pB1p
	pB2wp
	pB2w
	pB2p
	pS1wp
	pS1w
	pS1p
	pS2p
	pS0l
	pB0l
	pS1l
	pS0m
	pB0m
	pS1m
	pS0wpB0wp
	pS0wpB0w
	pS0wB0wp
	pS0wpB0p
	pS0pB0wp
	pS0wB0w
	pS0pB0p
	pB0pB1p
	pS1wpS0wp
	pS1wS0w
	pS1pS0p
	pS1pS0w
	pS1wS0p
	pB0pB1pB2p
	pS0pB0pB1p
	pS1pS0pB0p
	pS0pS0lcpB0p
	pS0pS0rcpB0p
	pS0pB0pB0lcp
	pS2pS1pS0p
	pS1pS1rcpS0p
	pS0wD
	pS0pD
	pB0wD
	pB0pD
	pS0wB0wD
	pS0pB0pD
	pS1pS0pD
	pS0wVr
	pS0pVr
	pS0wVl
	pS0pVl
	pB0wVl
	pB0pVl
	pS1pVr
	pS0lcw
	pS0lcp
	pS0lcl
	pS0rcw
	pS0rcp
	pS0rcl
	pB0lcw
	pB0lcp
	pB0lcl
	pS1rcp
	pS1rcl
	pS0lc2w
	pS0lc2p
	pS0lc2l
	pS0rc2w
	pS0rc2p
	pS0rc2l
	pB0lc2w
	pB0lc2p
	pB0lc2l
	pS0pS0lclS0lc2l
	pS0pS0rclS0rc2l
	pB0pB0lclB0lc2l
	pS0wSr
	pS0pSr
	pS0wSl
	pS0pSl
	pB0wBl
	pB0pBl
	pS1pSr
	pS0mB0m
	pS1mS0m
	pS0lB0p
	pS0pB0l
	pS1lS0p
	pS1pS0l
	pS0lB0l
	pS0c
	pB0c
	pS1c
	pS0cB0c
	pS0cB0p
	pS0pB0c
	pS1cS0c
	pS1pS0c
	pPunct
)

var noWord = pword{w: hstr("<none>"), l: hstr("<none>"), c: 97, p: 97, m: 97}
var rootWord = pword{w: hstr("<root>"), l: hstr("<root>"), c: 96, p: 96, m: 96}

func (s *state) word(words []pword, i int) *pword {
	switch {
	case i < 0:
		return &noWord
	case i == s.n:
		return &rootWord
	}
	return &words[i]
}

func dist(a, b int) uint64 {
	d := b - a
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 10:
		return 6
	}
	return 7
}

func child(x []int, i int) int {
	if i < 0 {
		return -1
	}
	return x[i]
}

func lab(s *state, i int) uint64 {
	if i < 0 {
		return 999
	}
	return uint64(s.label[i])
}

func val(x []int, i int) uint64 {
	if i < 0 {
		return 99
	}
	return uint64(min(x[i], 5))
}

func set(x []uint64, i int) uint64 {
	if i < 0 {
		return 1<<63 | 1
	}
	return x[i]
}

// features appends the features of state s.
func (s *state) features(words []pword, punctBetween []int, out []uint32) []uint32 {
	i0, i1, i2 := s.s(0), s.s(1), s.s(2)
	j0, j1, j2 := s.b(0), s.b(1), s.b(2)
	s0, s1, s2 := s.word(words, i0), s.word(words, i1), s.word(words, i2)
	b0, b1, b2 := s.word(words, j0), s.word(words, j1), s.word(words, j2)
	s0lc, s0rc, b0lc, s1rc := child(s.lc1, i0), child(s.rc1, i0), child(s.lc1, j0), child(s.rc1, i1)
	s0lc2, s0rc2, b0lc2 := child(s.lc2, i0), child(s.rc2, i0), child(s.lc2, j0)
	ws0lc, ws0rc, wb0lc, ws1rc := s.word(words, s0lc), s.word(words, s0rc), s.word(words, b0lc), s.word(words, s1rc)
	ws0lc2, ws0rc2, wb0lc2 := s.word(words, s0lc2), s.word(words, s0rc2), s.word(words, b0lc2)
	var d, d1 uint64 = 99, 99
	var pb uint64 = 99
	if i0 >= 0 {
		d = dist(i0, j0)
		if i1 >= 0 {
			d1 = dist(i1, i0)
		}
		if j0 < s.n {
			pb = uint64(min(punctBetween[j0]-punctBetween[i0], 3))
		}
	}
	out = append(out,
		f2(pS0wp, s0.w, s0.p), f1(pS0w, s0.w), f1(pS0p, s0.p),
		f2(pB0wp, b0.w, b0.p), f1(pB0w, b0.w), f1(pB0p, b0.p),
		f2(pB1wp, b1.w, b1.p), f1(pB1w, b1.w), f1(pB1p, b1.p),
		f2(pB2wp, b2.w, b2.p), f1(pB2w, b2.w), f1(pB2p, b2.p),
		f2(pS1wp, s1.w, s1.p), f1(pS1w, s1.w), f1(pS1p, s1.p),
		f1(pS2p, s2.p),
		f1(pS0l, s0.l), f1(pB0l, b0.l), f1(pS1l, s1.l),
		f1(pS0m, s0.m), f1(pB0m, b0.m), f1(pS1m, s1.m),
		f3(pS0wpB0wp, mix(s0.w, s0.p), b0.w, b0.p),
		f3(pS0wpB0w, s0.w, s0.p, b0.w),
		f3(pS0wB0wp, s0.w, b0.w, b0.p),
		f3(pS0wpB0p, s0.w, s0.p, b0.p),
		f3(pS0pB0wp, s0.p, b0.w, b0.p),
		f2(pS0wB0w, s0.w, b0.w),
		f2(pS0pB0p, s0.p, b0.p),
		f2(pB0pB1p, b0.p, b1.p),
		f3(pS1wpS0wp, mix(s1.w, s1.p), s0.w, s0.p),
		f2(pS1wS0w, s1.w, s0.w),
		f2(pS1pS0p, s1.p, s0.p),
		f2(pS1pS0w, s1.p, s0.w),
		f2(pS1wS0p, s1.w, s0.p),
		f3(pB0pB1pB2p, b0.p, b1.p, b2.p),
		f3(pS0pB0pB1p, s0.p, b0.p, b1.p),
		f3(pS1pS0pB0p, s1.p, s0.p, b0.p),
		f3(pS0pS0lcpB0p, s0.p, ws0lc.p, b0.p),
		f3(pS0pS0rcpB0p, s0.p, ws0rc.p, b0.p),
		f3(pS0pB0pB0lcp, s0.p, b0.p, wb0lc.p),
		f3(pS2pS1pS0p, s2.p, s1.p, s0.p),
		f3(pS1pS1rcpS0p, s1.p, ws1rc.p, s0.p),
		f2(pS0wD, s0.w, d), f2(pS0pD, s0.p, d),
		f2(pB0wD, b0.w, d), f2(pB0pD, b0.p, d),
		f3(pS0wB0wD, s0.w, b0.w, d), f3(pS0pB0pD, s0.p, b0.p, d),
		f3(pS1pS0pD, s1.p, s0.p, d1),
		f2(pS0wVr, s0.w, val(s.nr, i0)), f2(pS0pVr, s0.p, val(s.nr, i0)),
		f2(pS0wVl, s0.w, val(s.nl, i0)), f2(pS0pVl, s0.p, val(s.nl, i0)),
		f2(pB0wVl, b0.w, val(s.nl, j0)), f2(pB0pVl, b0.p, val(s.nl, j0)),
		f2(pS1pVr, s1.p, val(s.nr, i1)),
		f1(pS0lcw, ws0lc.w), f1(pS0lcp, ws0lc.p), f1(pS0lcl, lab(s, s0lc)),
		f1(pS0rcw, ws0rc.w), f1(pS0rcp, ws0rc.p), f1(pS0rcl, lab(s, s0rc)),
		f1(pB0lcw, wb0lc.w), f1(pB0lcp, wb0lc.p), f1(pB0lcl, lab(s, b0lc)),
		f1(pS1rcp, ws1rc.p), f1(pS1rcl, lab(s, s1rc)),
		f1(pS0lc2w, ws0lc2.w), f1(pS0lc2p, ws0lc2.p), f1(pS0lc2l, lab(s, s0lc2)),
		f1(pS0rc2w, ws0rc2.w), f1(pS0rc2p, ws0rc2.p), f1(pS0rc2l, lab(s, s0rc2)),
		f1(pB0lc2w, wb0lc2.w), f1(pB0lc2p, wb0lc2.p), f1(pB0lc2l, lab(s, b0lc2)),
		f3(pS0pS0lclS0lc2l, s0.p, lab(s, s0lc), lab(s, s0lc2)),
		f3(pS0pS0rclS0rc2l, s0.p, lab(s, s0rc), lab(s, s0rc2)),
		f3(pB0pB0lclB0lc2l, b0.p, lab(s, b0lc), lab(s, b0lc2)),
		f2(pS0wSr, s0.w, set(s.rs, i0)), f2(pS0pSr, s0.p, set(s.rs, i0)),
		f2(pS0wSl, s0.w, set(s.ls, i0)), f2(pS0pSl, s0.p, set(s.ls, i0)),
		f2(pB0wBl, b0.w, set(s.ls, j0)), f2(pB0pBl, b0.p, set(s.ls, j0)),
		f2(pS1pSr, s1.p, set(s.rs, i1)),
		f2(pS0mB0m, s0.m, b0.m),
		f2(pS1mS0m, s1.m, s0.m),
		f2(pS0lB0p, s0.l, b0.p),
		f2(pS0pB0l, s0.p, b0.l),
		f2(pS1lS0p, s1.l, s0.p),
		f2(pS1pS0l, s1.p, s0.l),
		f2(pS0lB0l, s0.l, b0.l),
		f3(pPunct, s0.p, b0.p, pb),
	)
	if s0.c != 0 || b0.c != 0 || s1.c != 0 {
		out = append(out,
			f1(pS0c, s0.c), f1(pB0c, b0.c), f1(pS1c, s1.c),
			f2(pS0cB0c, s0.c, b0.c), f2(pS0cB0p, s0.c, b0.p), f2(pS0pB0c, s0.p, b0.c),
			f2(pS1cS0c, s1.c, s0.c), f2(pS1pS0c, s1.p, s0.c),
		)
	}
	return out
}

// Label feature templates.
const (
	lbHw uint64 = iota + 600
	lbHp
	lbHl
	lbHm
	lbDw
	lbDp
	lbDl
	lbDm
	lbHpDp
	lbHlDp
	lbHpDl
	lbHlDl
	lbHmDm
	lbDirD
	lbHpDpDir
	lbHpDpD
	lbDlc1w
	lbDlc1p
	lbDpDlc1w
	lbHlDlc1w
	lbHpDlc1w
	lbDlc2w
	lbDls
	lbDrs
	lbDpDls
	lbHls
	lbHrs
	lbHpHls
	lbHmDpDir
	lbDwDir
	lbHpDwDir
	lbDrc1p
	lbDpDrc1w
	lbHlDlc1wDir
	lbDmDls
)

// labelFeatures appends the features that choose the relation of a new
// arc h -> d; d's subtree is complete, h's is not.
func (s *state) labelFeatures(words []pword, h, d int, out []uint32) []uint32 {
	hw, dw := s.word(words, h), s.word(words, d)
	dir := uint64(0)
	if d > h {
		dir = 1
	}
	var dd uint64
	if d < h {
		dd = dist(d, h)
	} else {
		dd = dist(h, d)
	}
	if h == s.n {
		dd = 98
	}
	lc1, lc2, rc1 := s.lc1[d], s.lc2[d], s.rc1[d]
	wl1, wl2, wr1 := s.word(words, lc1), s.word(words, lc2), s.word(words, rc1)
	return append(out,
		f1(lbHw, hw.w), f1(lbHp, hw.p), f1(lbHl, hw.l), f1(lbHm, hw.m),
		f1(lbDw, dw.w), f1(lbDp, dw.p), f1(lbDl, dw.l), f1(lbDm, dw.m),
		f2(lbHpDp, hw.p, dw.p), f2(lbHlDp, hw.l, dw.p), f2(lbHpDl, hw.p, dw.l),
		f2(lbHlDl, hw.l, dw.l), f2(lbHmDm, hw.m, dw.m),
		f2(lbDirD, dir, dd),
		f3(lbHpDpDir, hw.p, dw.p, dir),
		f3(lbHpDpD, hw.p, dw.p, dd),
		f1(lbDlc1w, wl1.w), f1(lbDlc1p, wl1.p),
		f2(lbDpDlc1w, dw.p, wl1.w),
		f2(lbHlDlc1w, hw.l, wl1.w),
		f2(lbHpDlc1w, hw.p, wl1.w),
		f1(lbDlc2w, wl2.w),
		f1(lbDls, s.ls[d]), f1(lbDrs, s.rs[d]),
		f2(lbDpDls, dw.p, s.ls[d]),
		f1(lbHls, s.ls[h]), f1(lbHrs, s.rs[h]),
		f2(lbHpHls, hw.p, s.ls[h]),
		f3(lbHmDpDir, hw.m, dw.p, dir),
		f2(lbDwDir, dw.w, dir),
		f3(lbHpDwDir, hw.p, dw.w, dir),
		f1(lbDrc1p, wr1.p),
		f2(lbDpDrc1w, dw.p, wr1.w),
		f3(lbHlDlc1wDir, hw.l, wl1.w, dir),
		f2(lbDmDls, dw.m, s.ls[d]),
	)
}

// arc returns the head and dependent of move c (1 LEFT, 2 RIGHT) in s.
func (s *state) arc(c int) (h, d int) {
	if c == moveLeft {
		return s.b0, s.s(0)
	}
	return s.s(1), s.s(0)
}

// Moves.
const (
	moveShift = iota
	moveLeft
	moveRight
	nMoves
)

// parse fills heads (-1 for the root) and labels of words.
func (m *Model) parse(words []pword, punctBetween []int, st *state, buf []uint32, scores []int32, heads, labels []int) []uint32 {
	n := len(words)
	st.reset(n)
	if m.joint {
		L := len(m.labels)
		for !st.terminal() {
			buf = st.features(words, punctBetween, buf[:0])
			m.trans.score(buf, scores[:1+2*L])
			c := bestJoint(st, scores, L, m.rootLabel)
			switch {
			case c == 0:
				st.apply(moveShift, 0)
			case c <= L:
				st.apply(moveLeft, c-1)
			default:
				st.apply(moveRight, c-1-L)
			}
		}
	}
	for !st.terminal() {
		buf = st.features(words, punctBetween, buf[:0])
		m.trans.score(buf, scores[:nMoves])
		c := bestMove(st, scores)
		l := 0
		if c != moveShift {
			h, d := st.arc(c)
			if h == n {
				l = m.rootLabel
			} else {
				buf = st.labelFeatures(words, h, d, buf[:0])
				m.labw.score(buf, scores[:len(m.labels)])
				l = bestLabel(scores[:len(m.labels)], m.rootLabel)
			}
		}
		st.apply(c, l)
	}
	for i := 0; i < n; i++ {
		h := st.head[i]
		if h == n {
			h = -1
		}
		heads[i], labels[i] = h, st.label[i]
	}
	return buf
}

func bestLabel[T int32 | float64](scores []T, root int) int {
	best := -1
	for l, s := range scores {
		if l != root && (best < 0 || s > scores[best]) {
			best = l
		}
	}
	return best
}

// bestMove returns the best-scoring move valid in st.
func bestMove[T int32 | float64](st *state, scores []T) int {
	best := -1
	if st.canShift() {
		best = moveShift
	}
	if st.canLeft() && (best < 0 || scores[moveLeft] > scores[best]) {
		best = moveLeft
	}
	if st.canRight() && (best < 0 || scores[moveRight] > scores[best]) {
		best = moveRight
	}
	return best
}

// bestJoint returns the best valid class of a joint model: 0 is SHIFT,
// 1+l LEFT-l, 1+L+l RIGHT-l; the root label only on the arc into the root.
func bestJoint[T int32 | float64](st *state, scores []T, L, root int) int {
	best := -1
	better := func(c int) {
		if best < 0 || scores[c] > scores[best] {
			best = c
		}
	}
	if st.canShift() {
		better(0)
	}
	if st.canLeft() {
		if st.b0 == st.n {
			return 1 + root
		}
		for l := 0; l < L; l++ {
			if l != root {
				better(1 + l)
			}
		}
	}
	if st.canRight() {
		for l := 0; l < L; l++ {
			if l != root {
				better(1 + L + l)
			}
		}
	}
	return best
}
