package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// info is what the models read of one word, hashed once per sentence.
type info struct {
	lower string
	w     uint64    // lower-cased form
	shape uint64    // "Xx", "d", "x-x" ...
	suf   [5]uint64 // last 1..5 letters
	pre   [3]uint64 // first 1..3 letters
	amb   uint64    // the tags the word had in training (0: unseen)
	clus  [2]uint64 // word cluster, at two depths (0: none)
	caps  uint64    // how often news capitalises the word (0: too rare)
	known bool
}

var (
	hStart = hstr("<s>")
	hEnd   = hstr("</s>")
)

// lowerWord lower-cases s, allocating only when it has upper case.
func lowerWord(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

func shapeOf(s string) uint64 {
	var buf [12]byte
	n := 0
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
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
	return hstr(string(buf[:n]))
}

// fillInfo computes the hashed attributes of forms into out.
func (m *Model) fillInfo(forms []string, out []info) {
	for i, f := range forms {
		in := &out[i]
		in.lower = lowerWord(f)
		in.w = hstr(in.lower)
		in.shape = shapeOf(f)
		// suffixes and prefixes by runes
		s := in.lower
		j := len(s)
		for k := 0; k < len(in.suf); k++ {
			if j > 0 {
				_, w := utf8.DecodeLastRuneInString(s[:j])
				j -= w
				in.suf[k] = mix(uint64(k+1), hstr(s[j:]))
			} else {
				in.suf[k] = mix(uint64(k+1), hstr(s))
			}
		}
		j = 0
		for k := 0; k < len(in.pre); k++ {
			if j < len(s) {
				_, w := utf8.DecodeRuneInString(s[j:])
				j += w
			}
			in.pre[k] = mix(uint64(k+11), hstr(s[:j]))
		}
		in.amb, in.known = 0, false
		if a, ok := m.dict[in.lower]; ok {
			in.amb, in.known = uint64(a)+1, true
		}
		in.caps = uint64(m.caps[in.lower])
		in.clus = [2]uint64{}
		if c, ok := m.clusters[in.lower]; ok {
			in.clus = [2]uint64{uint64(c>>m.clusterShift) + 1, uint64(c) + 1}
		}
	}
}
