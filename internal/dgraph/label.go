package dgraph

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// Labels are what a graph view draws on a node: display_name, on entities,
// facts and articles (the node types people look at), never on mentions, so
// that a search by name finds entities only.
//
// Ratel labels a node with the first of its predicates, in alphabetical
// order, whose name contains "name" (the pattern is fixed in its source),
// and draws at most labelMax characters of it: a longer label becomes its
// first nine characters and "...". Hence the predicate's name (display_name
// sorts before name, so an entity answering both is labelled by the short
// one) and labels of at most labelMax characters, cut by us where a cut
// still reads: "Ashkenazi", "met Blinken", "said «Nous…»", "is ministre",
// "Cour pénale…". The full text stays in the node's other predicates.
const labelMax = 12

// entityLabel is an entity's label: its name when short enough; for a
// person, the surname ("Ashkenazi", "Le Drian"); for an organisation of
// three words or more, its initials ("Cour pénale internationale" -> CPI);
// otherwise the name cut after a word.
func entityLabel(name, typ string) string {
	name = strings.Join(strings.Fields(name), " ")
	if utf8.RuneCountInString(name) <= labelMax {
		return name
	}
	words := strings.Fields(name)
	switch typ {
	case "PERSON":
		if s := surname(words); utf8.RuneCountInString(s) <= labelMax {
			return s
		}
		return cut(words[len(words)-1], labelMax)
	case "ORG":
		if a := initials(words); a != "" {
			return a
		}
	}
	return cut(name, labelMax)
}

// particles start a surname: "Jean-Yves Le Drian", "Ursula von der Leyen".
var particles = map[string]bool{
	"le": true, "la": true, "de": true, "du": true, "des": true, "d'": true,
	"von": true, "van": true, "der": true, "den": true, "da": true, "di": true,
	"al": true, "el": true, "ben": true, "bin": true, "ibn": true, "abu": true,
}

// surname is a person's last word with the particles before it; the last
// word alone when that is too long ("Ursula von der Leyen" -> Leyen).
func surname(words []string) string {
	i := len(words) - 1
	for i > 1 && particles[strings.ToLower(words[i-1])] {
		i--
	}
	return strings.Join(words[i:], " ")
}

// minor words are left out of initials.
var minor = map[string]bool{
	"de": true, "des": true, "du": true, "la": true, "le": true, "les": true,
	"et": true, "pour": true, "of": true, "the": true, "for": true, "and": true,
	"d": true, "l": true, "en": true, "sur": true, "à": true, "au": true, "aux": true,
}

// initials of a name's significant words, when there are three or more of
// them: two would make too many clashes ("Corée du Nord", "Union
// européenne").
func initials(words []string) string {
	var b strings.Builder
	n := 0
	for _, w := range words {
		for _, p := range []string{"d'", "l'", "d’", "l’", "D'", "L'", "D’", "L’"} {
			w = strings.TrimPrefix(w, p)
		}
		if w == "" || minor[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return ""
		}
		b.WriteRune(unicode.ToUpper(r))
		n++
	}
	if n < 3 || n > labelMax {
		return ""
	}
	return b.String()
}

// verbs are the short forms fact labels use of predicates: a verb of at
// most six letters leaves room for the other end ("talk Lavrov", "accuse
// Russie"). A predicate not listed reads as it is, underscores as spaces.
var verbs = map[string]string{
	"spoke_with": "talk", "phoned": "call", "negotiated_with": "negot.",
	"agreed_with": "agree", "visited": "visit", "hosted": "host",
	"sanctions": "sanct.", "investigates": "probe", "attacked": "attack",
	"urged": "urge", "sued": "sue", "criticized": "rebuke", "threatens": "threat",
	"thanked": "thank", "supported": "back", "rejected": "reject",
	"praised": "praise", "opposes": "oppose", "demands": "demand",
	"defended": "defend", "accused": "accuse",
}

// factLabel is a fact's label: its verb and its other end, as the other
// end's own label reads ("met Blinken"); a statement's opening words ("said
// «Nous…»"); a role ("is ministre"). object is nil when the fact has none.
func factLabel(pred, role, quote string, object *kg.EntityRef) string {
	switch {
	case pred == kg.Said && quote != "":
		return cut("said «"+strings.Join(strings.Fields(quote), " "), labelMax-1) + "»"
	case pred == kg.HoldsRole && role != "":
		return cut("is "+strings.Join(strings.Fields(role), " "), labelMax)
	}
	verb := verbs[pred]
	if verb == "" {
		verb = strings.ReplaceAll(pred, "_", " ")
	}
	if object == nil || object.Name == "" {
		return cut(verb, labelMax)
	}
	room := labelMax - utf8.RuneCountInString(verb) - 1
	if room < 4 {
		return cut(verb, labelMax)
	}
	other := []rune(entityLabel(object.Name, object.Type))
	if len(other) > room {
		other = []rune(strings.TrimRightFunc(string(other[:room-1]), unicode.IsSpace) + "…")
	}
	return verb + " " + string(other)
}

// articleLabel is an article's label: its title, else its file name
// without extension, cut.
func articleLabel(title, source string) string {
	if strings.TrimSpace(title) == "" {
		base := source[strings.LastIndexAny(source, `/\`)+1:]
		if i := strings.LastIndexByte(base, '.'); i > 0 {
			base = base[:i]
		}
		title = base
	}
	return cut(strings.Join(strings.Fields(title), " "), labelMax)
}

// cut shortens s to at most n runes, "…" included: after the last whole
// word that fits when that keeps half of it, else in the middle of one.
func cut(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	head := rs[:n-1]
	if sp := strings.LastIndexFunc(string(head), unicode.IsSpace); sp >= 0 {
		words := []rune(strings.TrimRightFunc(string(head)[:sp], func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsPunct(r) && r != ')' && r != '»'
		}))
		// A minor word before the cut reads badly: "Conseil de…".
		if f := strings.Fields(string(words)); len(f) > 1 && minor[strings.ToLower(f[len(f)-1])] {
			words = []rune(strings.Join(f[:len(f)-1], " "))
		}
		if len(words) >= (n-1)/2 {
			head = words
		}
	}
	return strings.TrimRightFunc(string(head), unicode.IsSpace) + "…"
}
