package syntax

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/text"
)

// A script turns a form into its lemma: take the form (lower-cased unless
// keep), cut its last cut runes and append add ("reçus" -> "recevoir" is
// lower, cut 3, add "evoir").
type script struct {
	keep bool
	cut  int
	add  string
}

func (s script) String() string {
	k := "l"
	if s.keep {
		k = "k"
	}
	return k + strconv.Itoa(s.cut) + "|" + s.add
}

func parseScript(s string) (script, bool) {
	if len(s) < 3 {
		return script{}, false
	}
	n, add, ok := strings.Cut(s[1:], "|")
	cut, err := strconv.Atoi(n)
	if !ok || err != nil || (s[0] != 'k' && s[0] != 'l') {
		return script{}, false
	}
	return script{keep: s[0] == 'k', cut: cut, add: add}, true
}

// makeScript finds the script from form to lemma that keeps the longest
// common prefix, preferring the lower-cased form.
func makeScript(form, lemma string) script {
	best := script{cut: -1}
	bestPrefix := -1
	for _, keep := range []bool{false, true} {
		base := form
		if !keep {
			base = strings.ToLower(form)
		}
		p := commonPrefix(base, lemma)
		if p > bestPrefix {
			bestPrefix = p
			best = script{keep: keep, cut: utf8.RuneCountInString(base[p:]), add: lemma[p:]}
		}
	}
	return best
}

func commonPrefix(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) {
		ra, wa := utf8.DecodeRuneInString(a[i:])
		rb, wb := utf8.DecodeRuneInString(b[i:])
		if ra != rb || wa != wb {
			break
		}
		i += wa
	}
	return i
}

// apply runs s on form; false when form is too short.
func (s script) apply(form, lower string) (string, bool) {
	base := lower
	if s.keep {
		base = form
	}
	j := len(base)
	for k := 0; k < s.cut; k++ {
		if j == 0 {
			return "", false
		}
		_, w := utf8.DecodeLastRuneInString(base[:j])
		j -= w
	}
	if s.add == "" {
		return base[:j], j > 0
	}
	return base[:j] + s.add, true
}

type lexKey struct {
	form string
	pos  UPOS
}

// Lemma feature templates.
const (
	lBias uint64 = iota + 300
	lSuf
	lBundle
	lBundleSuf
	lShape
	lPre
)

func lemmaFeats(x *info, p UPOS, bundle uint16, out []uint32) []uint32 {
	pp := uint64(p)
	return append(out,
		f2(lBias, pp, 0),
		f2(lSuf, pp, x.suf[0]), f2(lSuf, pp, x.suf[1]), f2(lSuf, pp, x.suf[2]), f2(lSuf, pp, x.suf[3]), f2(lSuf, pp, x.suf[4]),
		f2(lBundle, pp, uint64(bundle)),
		f3(lBundleSuf, pp, uint64(bundle), x.suf[1]),
		f3(lBundleSuf, pp, uint64(bundle), x.suf[2]),
		f2(lShape, pp, x.shape),
		f2(lPre, pp, x.pre[0]),
	)
}

// lemma returns the lemma of a word: from the training lexicon when the
// form was seen with this tag, else by the best edit script that applies.
func (m *Model) lemma(form string, x *info, p UPOS, bundle uint16, buf []uint32, scores []int32) (string, []uint32) {
	if l, ok := m.lexicon[lexKey{form, p}]; ok {
		return l, buf
	}
	if l, ok := m.lexLower[lexKey{x.lower, p}]; ok {
		return l, buf
	}
	if p == VERB || p == AUX {
		// "rencontrerai", "condamneraient": a future or conditional of a
		// verb the lexicons know, whose forms the treebanks lack.
		if l := m.futureLemma(x.lower); l != "" {
			return l, buf
		}
	}
	buf = lemmaFeats(x, p, bundle, buf[:0])
	m.lemw.score(buf, scores)
	verb := (p == VERB || p == AUX) && m.newsWord != nil
	first := ""
	for _, c := range m.scriptOrder(scores) {
		l, ok := m.scripts[c].apply(form, x.lower)
		if !ok {
			continue
		}
		if first == "" {
			first = l
		}
		if verb && m.infinitive(l, x.lower, l == first) || !verb && (m.vocab == nil || m.vocab[l] || p == PROPN) {
			return l, buf
		}
	}
	if first == "" {
		return form, buf
	}
	return first, buf
}

// SetNewsWords gives the model the words of the news (folded, as
// text.Fold gives them), against which it checks the infinitive it
// guesses for a verb form its lexicons lack: of the likeliest scripts,
// the first that gives one wins ("disent" -> "dire", not "diser"). Call
// it before the first parse: the model is read-only once in use.
func (m *Model) SetNewsWords(known func(folded string) bool) { m.newsWord = known }

// infinitive reports whether l may be the lemma of verb form lower: an
// infinitive the lexicons know, or one the news writes. A script other
// than the likeliest must keep most of the lemma's stem from the form
// ("disent" -> "dire", "précisant" -> "préciser", "prenant" ->
// "prendre"), three letters of it at least unless the lexicons know the
// verb ("avais" -> "avoir"): those that rewrite the word ("peiné" ->
// "voir", "âgé" -> "être", "rejoignait" -> "rejeter") guess at another.
func (m *Model) infinitive(l, lower string, likeliest bool) bool {
	if !likeliest {
		p := utf8.RuneCountInString(lower[:commonPrefix(l, lower)])
		if p < 2 || p < 3 && !m.verbLemmas[l] || 3*p < 2*(utf8.RuneCountInString(l)-2) {
			return false // "rejoignait" is not "rejeter", "sommé" not "soir"
		}
	}
	if m.verbLemmas[l] {
		return true
	}
	if !strings.HasSuffix(l, "er") && !strings.HasSuffix(l, "ir") && !strings.HasSuffix(l, "re") {
		return false
	}
	return m.newsWord(text.Fold(l))
}

// futureLemma returns the infinitive a future or conditional form is of,
// when that infinitive is a verb the lexicons know; "" otherwise.
func (m *Model) futureLemma(lower string) string {
	for _, ends := range [][]string{conditionalEndings, futureEndings} {
		for _, e := range ends {
			st, ok := strings.CutSuffix(lower, e)
			if !ok || len(st) < 3 {
				continue
			}
			if l, ok := irregularFuture[st]; ok {
				return l
			}
			for _, l := range []string{st, st + "e"} { // "rencontrer-ai", "prendr-ai"
				if m.verbLemmas[l] && futureStem(l) == st {
					return l
				}
			}
		}
	}
	return ""
}

// irregularFuture are the verbs by their irregular future stems.
var irregularFuture = func() map[string]string {
	out := make(map[string]string, len(futureStems))
	for l, st := range futureStems {
		if st != l {
			out[st] = l
		}
	}
	return out
}()

// scriptOrder returns the script classes by falling score, the best few
// only: a lemma outside them is not worth checking.
func (m *Model) scriptOrder(scores []int32) []int {
	const k = 4
	var top [k]int
	n := 0
	for c, s := range scores {
		if n < k {
			top[n] = c
			n++
		} else if s <= scores[top[k-1]] {
			continue
		} else {
			top[k-1] = c
		}
		for j := n - 1; j > 0 && scores[top[j]] > scores[top[j-1]]; j-- {
			top[j], top[j-1] = top[j-1], top[j]
		}
	}
	return top[:n]
}
