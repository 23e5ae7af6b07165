package relations

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/text"
)

func itoa(i int) string { return strconv.Itoa(i) }

// roles records holds_role for every named person's title outside
// quotations, once per person, title and country; a title given without
// its country is dropped when the same title comes with one.
func (w *work) roles() {
	type key struct {
		person int
		title  string
	}
	// A description resolved to a person named elsewhere ("a salué le
	// vice-président guatémaltèque") is no fact of its own, and does not
	// stand for the named title either: the country it states is not
	// borrowed (descriptions resolve to the wrong person too often).
	skip := func(i int, r entities.Role) bool {
		return w.superseded[i] || w.titledByTree[i] || r.Person < 0 || r.Title == "" || r.InQuote || r.Plural || w.a.Entities[r.Person].Type != kg.Person
	}
	described := func(r entities.Role) bool { return r.Definite && !r.Lede && r.First >= 0 && w.resolved(r.First) }
	withCountry := map[key]bool{}
	for i, r := range w.a.Roles {
		if r.Country < 0 || skip(i, r) {
			continue
		}
		if !described(r) {
			withCountry[key{r.Person, text.Fold(normalTitle(r.Title, 0))}] = true
		}
	}
	for i, r := range w.a.Roles {
		if skip(i, r) {
			continue
		}
		if w.office[i] {
			// "le chef de l'État" resolved to the holder of the office on
			// the day: the title as written, the office's country when
			// the article names it.
			w.add(r.Sentence, Fact{Subj: r.Person, Obj: r.Country, Rule: ruleOfficeRole, Relation: kg.Relation{Predicate: kg.HoldsRole,
				Role: normalTitle(r.Title, w.a.Entities[r.Person].Gender), Confidence: confidence(ruleOfficeRole, "", "")}, from: r.First, to: r.Last})
			continue
		}
		if described(r) {
			continue
		}
		if r.Country < 0 && withCountry[key{r.Person, text.Fold(normalTitle(r.Title, 0))}] {
			continue
		}
		if r.Country >= 0 {
			switch w.a.Entities[r.Country].Type {
			case kg.GPE, kg.Org, kg.Loc:
			default:
				r.Country = -1
			}
		}
		title := r.Title
		if (r.Lede || r.Definite) && r.Last > r.First && len(w.t) == len(w.d.Sentences) {
			// "L'ex-ministre de l'Environnement estime …", "le ministre de
			// la Santé en a profité": with no name to end it, an unnamed
			// title can run into its clause's verb and clitics.
			for k := r.Last - 1; k > r.First+1; k-- {
				t := w.d.Tokens[k]
				if !strings.HasSuffix(title, " "+t.Text) || !w.isVerb(r.Sentence, k) && t.Norm != "en" && t.Norm != "y" {
					break
				}
				title = strings.TrimSuffix(title, " "+t.Text)
			}
		}
		w.add(r.Sentence, Fact{Subj: r.Person, Obj: r.Country, Rule: ruleRole, Relation: kg.Relation{Predicate: kg.HoldsRole, Role: normalTitle(title, w.a.Entities[r.Person].Gender), Confidence: confidence(ruleRole, "", "")},
			from: r.First, to: r.Last})
	}
}

// resolved reports whether the unit starting at token first is a
// description resolved to a person named elsewhere (not a naming title).
func (w *work) resolved(first int) bool {
	ui := w.g.unitAt[first]
	return ui >= 0 && w.a.Units[ui].Kind == entities.UnitDescription
}

// isVerb reports whether token t of sentence si is parsed a verb or an
// auxiliary.
func (w *work) isVerb(si, t int) bool {
	s := w.tree(si)
	k := s.WordOf(t)
	return k >= 0 && (s.Words[k].UPOS == syntax.VERB || s.Words[k].UPOS == syntax.AUX)
}
