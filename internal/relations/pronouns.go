package relations

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/text"
)

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
		return
	}
	// A sentence about someone unnamed ("Le grand imam avait effectué
	// une visite") ends what "il" can stand for.
	if si < len(w.t) {
		s := &w.t[si]
		for j, d := range s.Words {
			if d.Head < 0 {
				if ns := s.Dependent(j, "nsubj"); ns >= 0 && s.Words[ns].UPOS == syntax.NOUN && len(w.unitsOf(s, ns)) == 0 {
					if w.lastSubj >= 0 && w.lastSubjSent >= si-1 && w.heldTitle(w.lastSubj, s, ns) {
						// "Boris Johnson a provoqué une polémique. Dans
						// cette tribune, l'ancien ministre a plaidé …":
						// a title the article gave that person goes on
						// with them.
						w.lastSubjSent = si
					} else {
						w.lastSubj, w.lastSubjSent = -1, si
					}
				}
				break
			}
		}
	}
}

// leadingPerson returns the unit of the person that opens sentence si as
// its subject, or -1.
func (w *work) leadingPerson(si int) int {
	s := w.d.Sentences[si]
	if ui := w.afterFrontedParticiple(si); ui >= 0 {
		return ui
	}
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

// afterFrontedParticiple returns the person unit that follows the comma
// closing a sentence's fronted participle phrase ("Interrogé sur France 3
// Normandie, le Premier ministre Édouard Philippe a dit …": the parse made
// the participle the root and left the clause without a subject), or -1.
func (w *work) afterFrontedParticiple(si int) int {
	sn := w.d.Sentences[si]
	if si >= len(w.t) || sn.Last-sn.First < 4 {
		return -1
	}
	s := &w.t[si]
	if len(s.Words) == 0 || s.Words[0].Token != sn.First || s.Words[0].UPOS != syntax.VERB || s.Words[0].Feats.VerbForm != syntax.VerbFormPart {
		return -1
	}
	comma := -1
	for t := sn.First + 1; t < sn.Last && t < sn.First+12; t++ {
		if w.d.Tokens[t].Text == "," {
			comma = t
			break
		}
	}
	if comma < 0 {
		return -1
	}
	for ui, u := range w.a.Units {
		if u.Sentence != si || u.First <= comma {
			continue
		}
		if u.First != comma+1 || u.Entity < 0 || w.d.InQuote[u.First] || w.a.Entities[u.Entity].Type != kg.Person {
			return -1
		}
		return ui
	}
	return -1
}

// heldTitle reports whether noun k is a definite, singular title that
// the article gave person e, a former one for a former one: "l'ancien
// ministre" after "Boris Johnson, l'ancien ministre".
func (w *work) heldTitle(e int, s *syntax.Sentence, k int) bool {
	if !anaphoric(s, k) || s.Words[k].Feats.Number == syntax.NumberPlur || !w.agrees(e, titleWordGender(s, k)) {
		return false
	}
	title, former := formerTitleWord(s, k)
	lemma := strings.TrimPrefix(text.Fold(s.Words[title].Lemma), "ex-")
	if !titleNoun(lemma) {
		return false
	}
	return w.gaveTitle(e, titleStem(lemma), func(t string) bool { return formerTitle(t) == former })
}
