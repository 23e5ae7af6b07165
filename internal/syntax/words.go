package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/text"
)

// From the project's tokens to the words Universal Dependencies parses:
// contractions become two words ("du" is "de le"), clitics written after
// a verb are split off ("a-t-il" is "a -t-il"), a title and its full stop
// are one word ("M."), and so are the groups of a number ("50 000").

// contractions maps a folded contraction to its two words.
var contractions = map[string][2]string{
	"du": {"de", "le"}, "au": {"à", "le"}, "aux": {"à", "les"}, "des": {"de", "les"},
	"auquel": {"à", "lequel"}, "auxquels": {"à", "lesquels"}, "auxquelles": {"à", "lesquelles"},
	"duquel": {"de", "lequel"}, "desquels": {"de", "lesquels"}, "desquelles": {"de", "lesquelles"},
}

// clitics are the pronouns written after a verb, hyphen included, longest
// first within a family.
var clitics = []string{
	"-t-elles", "-t-elle", "-t-ils", "-t-il", "-t-on",
	"-elles", "-elle", "-ils", "-il", "-on", "-je", "-tu", "-nous", "-vous", "-ce",
	"-moi", "-toi", "-lui", "-leur", "-les", "-le", "-la", "-en", "-y", "-là", "-ci",
}

// strayInversion are the inverted subjects that careless copy writes
// apart from their verb: "a t-elle témoigné", "ajoute t-il".
var strayInversion = map[string]bool{"t-il": true, "t-elle": true, "t-ils": true, "t-elles": true, "t-on": true}

// notClitic lists hyphenated words whose end looks like a clitic.
var notClitic = map[string]bool{
	"celui-ci": true, "celle-ci": true, "ceux-ci": true, "celles-ci": true,
	"celui-là": true, "celle-là": true, "ceux-là": true, "celles-là": true,
	"rendez-vous": true, "vis-à-vis": true, "c'est-à-dire": true, "est-à-dire": true,
	"peut-être": true, "va-et-vient": true, "ci-ci": true,
}

// titles take their full stop into the word ("M.", "Mme.").
var titles = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "mlles": true, "dr": true,
	"pr": true, "me": true, "mgr": true, "st": true, "ste": true, "gal": true, "gen": true,
}

// words turns tokens [first, last) of d into parser words, without
// predictions. contract decides whether an ambiguous "des" or "du" is a
// contraction.
func (m *Model) words(d *text.Doc, first, last int) []Word {
	toks := d.Tokens
	out := make([]Word, 0, last-first+4)
	add := func(form string, tok, start, end int) {
		out = append(out, Word{Form: form, Token: tok, Start: start, End: end, Head: -1})
	}
	for i := first; i < last; i++ {
		t := &toks[i]
		switch t.Kind {
		case text.Number:
			// "50 000": groups of three digits after a single space
			j := i
			for j+1 < last && isDigits(toks[j+1].Text) && len(toks[j+1].Text) == 3 && isDigits(toks[j].Text) &&
				(j > i || len(t.Text) <= 3) && isThinSpace(d.Text[toks[j].End:toks[j+1].Start]) {
				j++
			}
			if j > i {
				add(d.Text[t.Start:toks[j].End], i, t.Start, toks[j].End)
				i = j
				continue
			}
			if h := hourSplit(t.Text); h > 0 {
				// "14h30" is "14 h 30"
				add(t.Text[:h], i, t.Start, t.Start+h)
				hEnd := h + 1
				add(t.Text[h:hEnd], i, t.Start+h, t.Start+hEnd)
				if hEnd < len(t.Text) {
					add(t.Text[hEnd:], i, t.Start+hEnd, t.End)
				}
				continue
			}
		case text.Punct:
			if j := editedWord(toks, i, last); j > 0 {
				// "(s)on propos", "(s)es amis": the writer's bracket inside
				// a quoted word; the word read is the one with its letters.
				add(toks[i+1].Text+toks[i+3].Text, i, t.Start, toks[j].End)
				i = j
				continue
			}
		case text.Word:
			if i+1 < last && toks[i+1].Text == "." && !toks[i+1].Space && i+2 < last &&
				(titles[t.Norm] || isInitial(t.Text)) {
				add(d.Text[t.Start:toks[i+1].End], i, t.Start, toks[i+1].End)
				i++
				continue
			}
			if i+1 < last && !toks[i+1].Space && toks[i+1].Kind == text.Word &&
				(t.Norm == "quelqu'" && strings.HasPrefix(toks[i+1].Norm, "un") && len(toks[i+1].Norm) <= 4 ||
					t.Norm == "c'" && toks[i+1].Norm == "est-a-dire") {
				add(d.Text[t.Start:toks[i+1].End], i, t.Start, toks[i+1].End)
				i++
				continue
			}
			if two, ok := contractions[t.Norm]; ok && (t.Norm != "des" && t.Norm != "du" || m.isContraction(d, i, first, last)) {
				a, b := two[0], two[1]
				switch {
				case t.Upper:
					a, b = strings.ToUpper(a), strings.ToUpper(b)
				case t.Cap:
					a = capitalise(a)
				}
				add(a, i, t.Start, t.End)
				add(b, i, t.Start, t.End)
				continue
			}
			if strayInversion[strings.ToLower(t.Text)] {
				// "a t-elle témoigné": the inverted subject written
				// apart from its verb is that subject.
				add("-"+t.Text, i, t.Start, t.End)
				continue
			}
			if strings.ContainsRune(t.Text, '-') || strings.ContainsRune(t.Text, '‑') {
				if parts := splitGluedDash(t.Text); len(parts) > 1 {
					off := t.Start
					for _, p := range parts {
						add(p, i, off, off+len(p))
						off += len(p)
					}
					continue
				}
				parts := splitClitics(t.Text)
				if len(parts) > 1 {
					off := t.Start
					for _, p := range parts {
						add(p, i, off, off+len(p))
						off += len(p)
					}
					continue
				}
			}
		}
		add(t.Text, i, t.Start, t.End)
	}
	return out
}

// editedWord returns the last token of a word a writer edited with a
// bracket at its start, "(" letters ")" letters with no space between,
// as "(s)on" for a quoted "on" that is "son"; 0 otherwise.
func editedWord(toks []text.Token, i, last int) int {
	if i+3 >= last || toks[i].Text != "(" || toks[i+2].Text != ")" {
		return 0
	}
	in, after := toks[i+1], toks[i+3]
	if in.Kind != text.Word || after.Kind != text.Word || in.Space || toks[i+2].Space || after.Space ||
		len(in.Text) > 3 || in.Cap || in.Upper || after.Cap || after.Upper {
		return 0
	}
	return i + 3
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isThinSpace reports whether s is one space, no-break space or narrow
// no-break space: the separators of digit groups.
func isThinSpace(s string) bool {
	return s == " " || s == "\u00a0" || s == "\u202f" || s == "\u2009"
}

// hourSplit returns the length of the hours of "14h" or "14h30" (0 when s
// is not a time).
func hourSplit(s string) int {
	h := 0
	for h < len(s) && h < 2 && s[h] >= '0' && s[h] <= '9' {
		h++
	}
	if h == 0 || h >= len(s) || (s[h] != 'h' && s[h] != 'H') {
		return 0
	}
	rest := s[h+1:]
	if rest != "" && (len(rest) != 2 || !isDigits(rest)) {
		return 0
	}
	return h
}

func isInitial(s string) bool {
	r, w := utf8.DecodeRuneInString(s)
	return w == len(s) && unicode.IsUpper(r)
}

func capitalise(s string) string {
	r, w := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[w:]
}

// splitClitics splits the clitics off the end of a hyphenated verb form:
// "a-t-il" -> "a", "-t-il"; "donne-le-moi" -> "donne", "-le", "-moi".
func splitClitics(s string) []string {
	low := strings.ToLower(strings.ReplaceAll(s, "‑", "-"))
	if notClitic[low] || len(low) != len(s) {
		return nil
	}
	var tail []string
	end := len(low)
	for {
		found := false
		for _, c := range clitics {
			if end > len(c) && strings.HasSuffix(low[:end], c) {
				// the part before must be a word, not a hyphen
				if low[end-len(c)-1] == '-' {
					continue
				}
				if (c == "-là" || c == "-ci") && notClitic[low[:end]] {
					continue
				}
				tail = append(tail, s[end-len(c):end])
				end -= len(c)
				found = true
				break
			}
		}
		if !found || strings.ContainsRune(low[:end], '-') && !endsVerbLike(low[:end]) {
			break
		}
	}
	if len(tail) == 0 || end == 0 {
		return nil
	}
	out := []string{s[:end]}
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// splitGluedDash splits a dash glued between two words by wire or OCR text
// when an elided clitic follows it, which no compound has: "Etat-n'a" is
// "Etat", "-", "n'", "a" ("main-d'oeuvre" stays whole).
func splitGluedDash(s string) []string {
	for i := 1; i < len(s)-2; i++ {
		if s[i] != '-' {
			continue
		}
		rest := s[i+1:]
		for _, e := range []string{"n", "s", "qu", "j", "c", "m"} {
			if len(rest) > len(e)+1 && strings.EqualFold(rest[:len(e)], e) {
				r, w := utf8.DecodeRuneInString(rest[len(e):])
				if (r == '\'' || r == '’') && len(rest) > len(e)+w {
					return []string{s[:i], "-", rest[:len(e)+w], rest[len(e)+w:]}
				}
			}
		}
	}
	return nil
}

// endsVerbLike reports whether a hyphenated remainder may still end in a
// clitic ("donne-le" in "donne-le-moi").
func endsVerbLike(s string) bool {
	for _, c := range clitics {
		if strings.HasSuffix(s, c) {
			return true
		}
	}
	return false
}

// Contraction feature templates.
const (
	cBias uint64 = iota + 800
	cPrev
	cPrev2
	cNext
	cNext2
	cPrevSuf
	cNextSuf
	cPrevNext
	cForm
	cPrevCap
	cNextCap
)

// contractionFeats describes a "des"/"du" between the lower-cased
// neighbours prev2 prev _ next next2.
func contractionFeats(form, prev2, prev, next, next2 string, prevCap, nextCap bool, out []uint32) []uint32 {
	return append(out,
		f1(cBias, 0),
		f1(cForm, hstr(form)),
		f2(cPrev, hstr(form), hstr(prev)),
		f1(cPrev2, hstr(prev2)),
		f2(cNext, hstr(form), hstr(next)),
		f1(cNext2, hstr(next2)),
		f1(cPrevSuf, hstr(suffix(prev, 3))),
		f1(cNextSuf, hstr(suffix(next, 3))),
		f2(cPrevNext, hstr(prev), hstr(next)),
		f1(cPrevCap, b2u(prevCap)),
		f1(cNextCap, b2u(nextCap)),
	)
}

func suffix(s string, n int) string {
	j := len(s)
	for k := 0; k < n && j > 0; k++ {
		_, w := utf8.DecodeLastRuneInString(s[:j])
		j -= w
	}
	return s[j:]
}

// isContraction decides whether token i ("des" or "du") is de + les / de
// + le rather than an article.
func (m *Model) isContraction(d *text.Doc, i, first, last int) bool {
	if m.contract == nil || m.contract.n == 0 {
		return true
	}
	at := func(k int) (string, bool) {
		if k < first || k >= last {
			return "<s>", false
		}
		return lowerWord(d.Tokens[k].Text), d.Tokens[k].Cap
	}
	p2, _ := at(i - 2)
	p1, pc := at(i - 1)
	n1, nc := at(i + 1)
	n2, _ := at(i + 2)
	var buf [16]uint32
	feats := contractionFeats(d.Tokens[i].Norm, p2, p1, n1, n2, pc, nc, buf[:0])
	var scores [2]int32
	m.contract.score(feats, scores[:])
	return scores[1] >= scores[0]
}
