package relations

import (
	"github.com/newsgraph/newsgraph/internal/entities"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
)

// quotations records, for each quotation of sentence si long enough to be
// a statement, the speaker that after (the attribution that follows it)
// or else before (the one that leads into it) finds.
func (w *work) quotations(si int, after, before func(text.Quote, text.Sentence) (int, string)) {
	s := w.d.Sentences[si]
	toks := w.d.Tokens
	for _, q := range w.d.Quotes {
		if q.Sentence != si {
			continue
		}
		words := 0
		for k := q.Open + 1; k < len(toks) && toks[k].Start < q.End; k++ {
			if toks[k].Kind == text.Word {
				words++
			}
		}
		if words < 3 || (q.Open > s.First && w.d.InQuote[q.Open-1]) {
			continue
		}
		speaker, rule := after(q, s)
		if speaker < 0 {
			speaker, rule = before(q, s)
		}
		if speaker < 0 || !w.actor(speaker) {
			continue
		}
		w.lastSpeaker, w.lastSpeakerSent = speaker, si
		if w.a.Entities[speaker].Type == kg.Person {
			w.lastSubj, w.lastSubjSent = speaker, si
		}
		quote := strings.TrimSpace(w.d.Text[q.Start:q.End])
		quote = strings.TrimRight(quote, " ,")
		end := q.Close + 1
		if q.Close < 0 {
			end = s.Last
		}
		w.add(si, Fact{Subj: speaker, Obj: -1, Rule: rule, Relation: kg.Relation{Predicate: kg.Said, Cameo: "010", Quote: quote,
			Date: nearest(w.dates, q.Open), Confidence: confidence(rule, "010", "")}, from: q.Open, to: end})
	}
}

var personTitles = set("m", "mme", "mlle", "dr", "pr", "me", "mgr")

// agrees reports whether entity e can be what a pronoun of gender g
// stands for: "elle" is no man, "il" no woman, and a pronoun after a
// quotation is a person's.
func (w *work) agrees(e int, g byte) bool {
	ent := w.a.Entities[e]
	if ent.Type != kg.Person {
		return false
	}
	return g == 0 || ent.Gender == 0 || ent.Gender == g
}

// onlyPerson returns the one person the sentence before si (or si itself,
// outside quotations) names, for "a-t-elle souligné"; -1 when there are
// none or several.
func (w *work) onlyPerson(si int) int {
	found, from := -1, w.prev(si) // (past a section head)
	for _, u := range w.a.Units {
		if u.Sentence < from || u.Sentence > si || u.Entity < 0 || w.d.InQuote[u.First] {
			continue
		}
		if w.a.Entities[u.Entity].Type != kg.Person {
			continue
		}
		if found >= 0 && found != u.Entity {
			return -1
		}
		found = u.Entity
	}
	return found
}

// onlyOfGender returns the one person of gender g that the sentence
// before si (or si itself, outside quotations) names when it names others
// too, each known to be of the other gender: 'Didier Raoult affirme …
// « … »La porte-parole Sibeth Ndiaye avait qualifié …', then « … »,
// avait-elle souligné'. -1 when g is unknown or any person there could
// be meant.
func (w *work) onlyOfGender(si int, g byte) int {
	if g == 0 {
		return -1
	}
	found, from := -1, w.prev(si) // (past a section head)
	for _, u := range w.a.Units {
		if u.Sentence < from || u.Sentence > si || u.Entity < 0 || w.d.InQuote[u.First] {
			continue
		}
		e := w.a.Entities[u.Entity]
		if e.Type != kg.Person {
			continue
		}
		switch {
		case e.Gender == 0:
			return -1
		case e.Gender != g:
		case found >= 0 && found != u.Entity:
			return -1
		default:
			found = u.Entity
		}
	}
	return found
}

// namesPerson reports whether sentence si names a person outside its
// quotations.
func (w *work) namesPerson(si int) bool {
	for _, u := range w.a.Units {
		if u.Sentence == si && u.Entity >= 0 && !w.d.InQuote[u.First] && w.a.Entities[u.Entity].Type == kg.Person {
			return true
		}
	}
	return false
}

// formerTitle reports whether a title is a former one: "ancien
// ministre", "ex-président" (formerPrefixes).
func formerTitle(title string) bool {
	_, former := trimFormer(text.Fold(title))
	return former
}

// describedPerson resolves a title the entity merging left unresolved
// ("a déclaré le ministre") to the one person named earlier with a title
// of the same head, a former one for a former one ("l'ancien ministre de
// l'Intérieur" is not the minister); -1 when there is none or more than
// one.
func (w *work) describedPerson(ui int) int {
	u := w.a.Units[ui]
	if u.Kind != entities.UnitDescription || u.Role < 0 {
		return -1
	}
	head := w.a.Roles[u.Role].Head
	former := formerTitle(w.a.Roles[u.Role].Title)
	found := -1
	for j, r := range w.a.Roles {
		if r.Person < 0 || r.Plural || r.Homologue || r.InQuote || r.First >= u.First || r.Head != head {
			continue
		}
		if former && !formerTitle(r.Title) {
			continue // "l'ancien ministre de l'Intérieur" is not the minister
		}
		if w.office[j] {
			continue // an office's holder on the day ("le chef de l'État") is not who "l'ancien chef de l'État" is
		}
		if w.a.Entities[r.Person].Type != kg.Person {
			continue
		}
		if found >= 0 && found != r.Person {
			return -1
		}
		found = r.Person
	}
	return found
}
