package relations

import (
	"github.com/newsgraph/newsgraph/internal/kg"
)

// pronounSubject resolves "il" or "elle" as the subject of the verb at v
// to the person who was the subject of the previous clause, in this
// sentence or the one before ("Viktor Orbán s'est rendu à Moscou, où il a
// rencontré Vladimir Poutine"; "X a remercié Y. Il s'est ensuite rendu
// à Z."). News French keeps its topic as subject; an object is not taken.
// It returns the person's unit, or nil.
func (w *work) pronounSubject(si, v int) []int {
	s := w.d.Sentences[si]
	toks := w.d.Tokens
	if v == s.First {
		return nil // "Dénonçant ...": a participle opens the sentence
	}
	k := v - 1
	for k > s.First && auxiliaries[toks[k].Norm] {
		k--
	}
	if n := toks[k].Norm; n != "il" && n != "elle" || w.d.InQuote[k] {
		return nil
	}
	if k > s.First && (toks[k-1].Norm == "qu'" || toks[k-1].Norm == "que") {
		return nil // "X a dit qu'il ...": handled by subjects, or unknown
	}
	// "Mark Rutte ne s'est pas opposé à Madrid, mais il a rappelé ...":
	// the sentence's own leading subject comes first, whatever became of
	// its verb.
	if ui := w.leadingPerson(si); ui >= 0 && w.a.Units[ui].First < k {
		return []int{ui}
	}
	if w.lastSubj < 0 || w.lastSubjSent < si-1 {
		return nil
	}
	for ui := len(w.a.Units) - 1; ui >= 0; ui-- {
		if u := w.a.Units[ui]; u.Entity == w.lastSubj && u.First < k {
			return []int{ui}
		}
	}
	return nil
}

// noteSubject records a clause's single person subject.
func (w *work) noteSubject(si int, subs []int) {
	if len(subs) != 1 {
		w.lastSubj, w.lastSubjSent = -1, si
		return
	}
	e := w.a.Units[subs[0]].Entity
	if e < 0 || w.a.Entities[e].Type != kg.Person {
		w.lastSubj, w.lastSubjSent = -1, si
		return
	}
	w.lastSubj, w.lastSubjSent = e, si
}

// noteLeadingSubject records the subject of a sentence that had no event:
// the person its first unit names, when that unit opens the sentence and
// no preposition governs it ("Kassym-Jomart Tokaïev a remporté
// l'élection").
func (w *work) noteLeadingSubject(si int) {
	if w.lastSubjSent == si { // the sentence's events named its subject
		return
	}
	if ui := w.leadingPerson(si); ui >= 0 {
		w.lastSubj, w.lastSubjSent = w.a.Units[ui].Entity, si
	}
}

// leadingPerson returns the unit of the person that opens sentence si as
// its subject, or -1.
func (w *work) leadingPerson(si int) int {
	s := w.d.Sentences[si]
	for ui, u := range w.a.Units {
		if u.Sentence != si || w.d.InQuote[u.First] {
			continue
		}
		if u.First-s.First > 2 || u.Entity < 0 || w.g.governed(ui) || w.a.Entities[u.Entity].Type != kg.Person {
			return -1
		}
		return ui
	}
	return -1
}
