package relations

import (
	"github.com/newsgraph/newsgraph/internal/text"
)

// actionNoun is an act named by a noun that a light verb gives to its
// subject: "X a ouvert une enquête sur Y", "X a imposé des sanctions
// contre Y".
type actionNoun struct {
	t      trigger
	lights map[string]bool // folded forms of the light verbs
	preps  []string        // what introduces the target
}

var actionNouns = map[string]actionNoun{
	"enquete": {t: trigger{predicate: "investigates", cameo: "090"},
		lights: set("ouvert", "ouvre", "ouvrent", "ouvrir", "lance", "lancent", "lancer", "mene", "menent", "mener", "diligente"),
		preps:  []string{"sur", "contre", "visant"}},
	"sanctions": {t: trigger{predicate: "sanctions", cameo: "163"},
		lights: set("impose", "imposent", "imposer", "adopte", "adoptent", "adopter", "decrete", "inflige", "infligent", "prononce"),
		preps:  []string{"contre", "a", "au", "aux", "visant"}},
	"embargo": {t: trigger{predicate: "sanctions", cameo: "163"},
		lights: set("impose", "imposent", "imposer", "decrete", "instaure"),
		preps:  []string{"contre", "sur", "a", "au", "aux", "visant"}},
}

// actionEvent records "X a ouvert une enquête sur Y": the light verb
// right before the noun (an article between) must be one the noun takes,
// in a tense with its subject; the target follows the noun.
func (w *work) actionEvent(si, n int, an actionNoun) {
	s := w.d.Sentences[si]
	toks := w.d.Tokens
	l := n - 1
	for l > s.First && (determiners[toks[l].Norm] || toks[l].Norm == "nouvelle" || toks[l].Norm == "nouvelles" || toks[l].Norm == "premieres") {
		l--
	}
	if l == n-1 {
		return // no article: "enquête" used otherwise
	}
	for l > s.First && (skippable[toks[l].Norm] || timeWords[toks[l].Norm]) && !an.lights[toks[l].Norm] {
		l-- // "a ouvert lundi une enquête"
	}
	if l <= s.First || !an.lights[toks[l].Norm] {
		return
	}
	modality, negated := w.clauseModality(s, n)
	for k := l - 1; k >= s.First && k >= l-4; k-- {
		if negators[toks[k].Norm] {
			negated = true
		}
	}
	if negated {
		return
	}
	if m := w.lightModality(s, l); m != "" {
		modality = m
	}
	subs, ok := w.g.subjects(l, s.First, 0)
	if !ok {
		return
	}
	objs := w.g.objects(n, s.Last, trigger{shape: withPrep, preps: an.preps, cameo: an.t.cameo})
	w.noteSubject(si, subs)
	w.pairs(si, l, an.t, subs, objs, modality, ruleAction)
}

// lightModality is the modality of the light verb at l read like a
// trigger's: "pourrait imposer", "va ouvrir".
func (w *work) lightModality(s text.Sentence, l int) string {
	toks := w.d.Tokens
	for k := l - 1; k >= s.First && k >= l-4; k-- {
		n := toks[k].Norm
		switch {
		case hedges[n]:
			return "hedged"
		case futures[n]:
			return "future"
		}
		if !auxiliaries[n] {
			break
		}
	}
	return ""
}
