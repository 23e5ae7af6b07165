package relations

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
)

// pairNouns are the heads of "les deux ministres": the two people (or
// countries) the previous sentences named.
var pairNouns = map[string]string{
	"ministres": kg.Person, "hommes": kg.Person, "femmes": kg.Person, "dirigeants": kg.Person,
	"dirigeantes": kg.Person, "chefs": kg.Person, "presidents": kg.Person, "presidentes": kg.Person,
	"responsables": kg.Person, "diplomates": kg.Person, "leaders": kg.Person, "homologues": kg.Person,
	"chanceliers": kg.Person, "premiers": kg.Person, "interlocuteurs": kg.Person,
	"pays": kg.GPE, "voisins": kg.GPE, "allies": kg.GPE, "gouvernements": kg.GPE,
}

// pairSubject resolves "les deux ministres" before the verb at v to the
// two entities of that type the text named last: walking back from the
// phrase, sentence by sentence (at most three), it takes the distinct
// entities until a sentence brings the count to two or more, and answers
// only when it is exactly two. It returns their units, or nil.
func (w *work) pairSubject(si, v int) []int {
	s := w.d.Sentences[si]
	toks := w.d.Tokens
	k := v - 1
	for k > s.First && auxiliaries[toks[k].Norm] {
		k--
	}
	if k-2 < s.First || toks[k-1].Norm != "deux" || (toks[k-2].Norm != "les" && toks[k-2].Norm != "ces") {
		return nil
	}
	typ, ok := pairNouns[toks[k].Norm]
	if !ok {
		return nil
	}
	return w.pairBefore(si, k-2, typ)
}

// pairBefore returns the units of the two entities of type typ the text
// named last before token phrase, or nil.
func (w *work) pairBefore(si, phrase int, typ string) []int {
	// lastUnit keeps, per entity, its latest unit before the phrase.
	lastUnit := map[int]int{}
	var order []int
	for sj := si; sj >= 0 && sj >= si-3; sj-- {
		for ui := len(w.a.Units) - 1; ui >= 0; ui-- {
			u := w.a.Units[ui]
			if u.Sentence != sj || u.First >= phrase || u.Entity < 0 || w.d.InQuote[u.First] || !w.g.argUnit(ui) {
				continue
			}
			t := w.a.Entities[u.Entity].Type
			// "les deux pays" are countries, not the cities of the visit.
			if t != typ || typ == kg.Person && !w.namedPerson(u.Entity) || typ == kg.GPE && w.a.Entities[u.Entity].ISO == "" {
				continue
			}
			if _, seen := lastUnit[u.Entity]; !seen {
				lastUnit[u.Entity] = ui
				order = append(order, u.Entity)
			}
		}
		if len(order) >= 2 {
			break
		}
	}
	if len(order) != 2 {
		return nil
	}
	// Earlier mention first, as for "X et Y".
	return []int{lastUnit[order[0]], lastUnit[order[1]]}
}

// topics reads "de l'Iran et de la Syrie" after token from, the last
// token of a talk verb or of its partner: the entities talked about,
// leaving out the parties.
func (w *work) topics(s text.Sentence, from int, parties []int) []int {
	toks := w.d.Tokens
	k := from + 1
	for k < s.Last && k-from <= 4 && (skippable[toks[k].Norm] || timeWords[toks[k].Norm]) && !ofPreps[toks[k].Norm] {
		k++
	}
	var out []int
	for k < s.Last && ofPreps[toks[k].Norm] {
		k++
		if k < s.Last && articles[toks[k].Norm] && w.g.unitAt[k] < 0 {
			k++
		}
		if k >= s.Last {
			break
		}
		ui := w.g.unitAt[k]
		if ui < 0 || w.a.Units[ui].Entity < 0 || w.a.Units[ui].First != k || !w.g.argUnit(ui) {
			break
		}
		e := w.a.Units[ui].Entity
		party := false
		for _, p := range parties {
			party = party || w.a.Units[p].Entity == e
		}
		if !party {
			out = append(out, e)
		}
		k = w.a.Units[ui].Last
		if k+1 < s.Last && (toks[k].Norm == "et" || toks[k].Text == ",") {
			k++
		}
	}
	return out
}

// namedPerson reports whether a person entity looks like one: a first and
// last name, or a title. A lone capitalised word typed PERSON is too often
// a company or a place to stand for one of "les deux hommes".
func (w *work) namedPerson(e int) bool {
	if strings.Contains(w.a.Entities[e].Name, " ") {
		return true
	}
	for _, r := range w.a.Roles {
		if r.Person == e {
			return true
		}
	}
	return false
}
