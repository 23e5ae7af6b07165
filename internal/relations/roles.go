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
	withCountry := map[key]bool{}
	for _, r := range w.a.Roles {
		if r.Person >= 0 && r.Country >= 0 {
			withCountry[key{r.Person, text.Fold(normalTitle(r.Title, 0))}] = true
		}
	}
	for i, r := range w.a.Roles {
		if w.superseded[i] {
			continue // a tree gave the same title with its complement
		}
		if r.Person < 0 || r.Title == "" || r.InQuote || r.Plural || r.Definite && !r.Lede && r.First >= 0 && w.resolved(r.First) {
			continue
		}
		if w.a.Entities[r.Person].Type != kg.Person {
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
		if r.Lede && r.Last > r.First {
			// "L'ex-ministre de l'Environnement estime …": with no name to
			// end it, an unnamed title can run into its clause's verb.
			if t := w.d.Tokens[r.Last-1]; strings.HasSuffix(title, " "+t.Text) && w.isVerb(r.Sentence, r.Last-1) {
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
