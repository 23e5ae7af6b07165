package dgraph

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// scanRanking reads a ranking value in the shape ranking writes it (compact
// JSON: an array of [uid, key, events, latest] arrays) without
// encoding/json, whose reflection made decoding the twenty rankings of a
// two-hop answer a quarter of the client's time (docs/PERFORMANCE.md,
// "Two-hop neighbours: the tail"). ok is false for anything else (an
// escaped character in a string, spaces, a number that is not a plain
// integer, another shape), which encoding/json then reads, or refuses.
func scanRanking(v string) (nbs []rankEntry, ok bool) {
	sc := rankScanner{s: v}
	if !sc.next('[') {
		return nil, false
	}
	nbs = make([]rankEntry, 0, strings.Count(v, "],")+1)
	if sc.next(']') {
		return nbs, sc.i == len(v)
	}
	for {
		var e rankEntry
		if !sc.next('[') || !sc.str(&e.uid) || !sc.next(',') || !sc.str(&e.key) || !sc.next(',') ||
			!sc.int(&e.events) || !sc.next(',') || !sc.str(&e.latest) || !sc.next(']') {
			return nil, false
		}
		nbs = append(nbs, e)
		if sc.next(']') {
			return nbs, sc.i == len(v)
		}
		if !sc.next(',') {
			return nil, false
		}
	}
}

// rankScanner is scanRanking's position in the value.
type rankScanner struct {
	s string
	i int
}

// next consumes c if it comes next.
func (sc *rankScanner) next(c byte) bool {
	if sc.i < len(sc.s) && sc.s[sc.i] == c {
		sc.i++
		return true
	}
	return false
}

// str reads a string without escapes, control characters or bytes that
// are not UTF-8, the strings encoding/json would read unchanged.
func (sc *rankScanner) str(to *string) bool {
	if !sc.next('"') {
		return false
	}
	start := sc.i
	for sc.i < len(sc.s) {
		switch c := sc.s[sc.i]; {
		case c == '"':
			v := sc.s[start:sc.i]
			sc.i++
			if !utf8.ValidString(v) {
				return false
			}
			*to = v
			return true
		case c == '\\' || c < 0x20:
			return false
		}
		sc.i++
	}
	return false
}

// int reads an integer written as encoding/json writes one: an optional
// minus, then digits without a leading zero.
func (sc *rankScanner) int(to *int) bool {
	start := sc.i
	sc.next('-')
	digits := sc.i
	for sc.i < len(sc.s) && '0' <= sc.s[sc.i] && sc.s[sc.i] <= '9' {
		sc.i++
	}
	if sc.i == digits || sc.s[digits] == '0' && sc.i-digits > 1 {
		return false
	}
	n, err := strconv.Atoi(sc.s[start:sc.i])
	*to = n
	return err == nil
}
