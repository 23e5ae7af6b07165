package relations

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
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

// pairTitles are the pairNouns that say the two people hold an office:
// "les deux présidents" are two of the people the article gives a title,
// when it gives two, not the historical figure named in between ("Mount
// Vernon, demeure de George Washington").
var pairTitles = set("ministres", "dirigeants", "dirigeantes", "chefs", "presidents", "presidentes", "responsables",
	"diplomates", "leaders", "homologues", "chanceliers", "premiers")

// pairBefore returns the units of the two entities of type typ the text
// named last before token phrase, or nil; with titled, only people the
// article gives a role count.
func (w *work) pairBefore(si, phrase int, typ string, titled bool) []int {
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
			if t != typ || typ == kg.Person && !w.namedPerson(u.Entity) || typ == kg.GPE && w.a.Entities[u.Entity].ISO == "" ||
				titled && !w.titled(u.Entity) {
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

// titled reports whether the article gives person e a role.
func (w *work) titled(e int) bool {
	for _, r := range w.a.Roles {
		if r.Person == e {
			return true
		}
	}
	return false
}

// namedPerson reports whether a person entity looks like one: a first and
// last name, or a title. A lone capitalised word typed PERSON is too often
// a company or a place to stand for one of "les deux hommes".
func (w *work) namedPerson(e int) bool {
	return strings.Contains(w.a.Entities[e].Name, " ") || w.titled(e)
}
