package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/text"
)

// Feature templates. A feature is the FNV-1a hash of its template id and
// the strings it joins, so computing one allocates nothing.
const (
	fBias byte = iota + 1
	fNorm
	fShape
	fPrefix3
	fSuffix3
	fSuffix2
	fPrev
	fNext
	fPrev2
	fNext2
	fPrevShape
	fNextShape
	fInitial
	fPrevNorm
	fNormNext
	fKind
	fPrevNormShape
	fNextNormShape
	fPrevTag
	fPrevTags
	fPrevTagNorm
	fPrevTagShape
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return hashByte(h, 0xff)
}

func feat1(t byte, a string) uint64 { return hashString(hashByte(fnvOffset, t), a) }

func feat2(t byte, a, b string) uint64 {
	return hashString(hashString(hashByte(fnvOffset, t), a), b)
}

// shape collapses a token to its pattern: "Xx" for "Macron", "X" for
// "ONU", "Xx-Xx" for "Jean-Yves", "d" for "2021".
func shape(s string) string {
	var buf [16]byte
	n := 0
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n == len(buf) {
			break
		}
		buf[n] = c
		n++
	}
	return string(buf[:n])
}

// sentenceView is one sentence's tokens with their shapes precomputed.
type sentenceView struct {
	toks   []text.Token
	shapes []string
}

// newView prepares toks; shapes are computed when first needed, since the
// tagger skips most lower-case tokens.
func newView(toks []text.Token) sentenceView {
	return sentenceView{toks: toks, shapes: make([]string, len(toks))}
}

func (v sentenceView) norm(i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(v.toks):
		return "</s>"
	}
	return v.toks[i].Norm
}

func (v sentenceView) shape(i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(v.toks):
		return "</s>"
	}
	if v.shapes[i] == "" {
		v.shapes[i] = shape(v.toks[i].Text)
	}
	return v.shapes[i]
}

func affix(s string, n int, suffix bool) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if suffix {
		i := len(s)
		for k := 0; k < n; k++ {
			_, w := utf8.DecodeLastRuneInString(s[:i])
			i -= w
		}
		return s[i:]
	}
	i := 0
	for k := 0; k < n; k++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return s[:i]
}

// static appends the features of token i that do not depend on tags.
func (v sentenceView) static(i int, out []uint64) []uint64 {
	t := v.toks[i]
	nm, sh := t.Norm, v.shape(i)
	initial := "0"
	if i == 0 || (v.toks[i-1].Kind == text.Punct && v.toks[i-1].Text != "," && v.toks[i-1].Text != "(") {
		initial = "1"
	}
	kind := string(rune('0' + t.Kind))
	return append(out,
		feat1(fBias, ""),
		feat1(fNorm, nm),
		feat1(fShape, sh),
		feat1(fPrefix3, affix(nm, 3, false)),
		feat1(fSuffix3, affix(nm, 3, true)),
		feat1(fSuffix2, affix(nm, 2, true)),
		feat1(fPrev, v.norm(i-1)),
		feat1(fNext, v.norm(i+1)),
		feat1(fPrev2, v.norm(i-2)),
		feat1(fNext2, v.norm(i+2)),
		feat2(fPrevShape, v.shape(i-1), sh),
		feat2(fNextShape, sh, v.shape(i+1)),
		feat2(fInitial, initial, sh),
		feat2(fPrevNorm, v.norm(i-1), nm),
		feat2(fNormNext, nm, v.norm(i+1)),
		feat2(fKind, kind, sh),
		feat2(fPrevNormShape, v.norm(i-1), sh),
		feat2(fNextNormShape, v.norm(i+1), sh),
	)
}

// dynamic appends the features that depend on the two previous tags.
func dynamic(v sentenceView, i int, prev, prev2 string, out []uint64) []uint64 {
	return append(out,
		feat1(fPrevTag, prev),
		feat2(fPrevTags, prev2, prev),
		feat2(fPrevTagNorm, prev, v.toks[i].Norm),
		feat2(fPrevTagShape, prev, v.shape(i)),
	)
}
