package relations

import (
	"github.com/newsgraph/newsgraph/internal/entities"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
)

// statements records who said each quotation of sentence si: the speaker
// named after it ("», a tweeté Ashkenazi"), before a colon ("X : «"), or as
// subject of a verb of saying before it ("X a déclaré ... « ... »").
func (w *work) statements(si int) {
	w.quotations(si, w.speakerAfter, w.speakerBefore)
}

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

// speakerAfter reads "», a déclaré X", "», a-t-il ajouté", "», estime X".
func (w *work) speakerAfter(q text.Quote, s text.Sentence) (int, string) {
	if q.Close < 0 {
		return -1, ""
	}
	toks := w.d.Tokens
	k := q.Close + 1
	if k < s.Last && toks[k].Text == "," {
		k++
	}
	pronoun := false
	var gender byte
	verb := -1
	for j := k; j < s.Last && j <= k+3; j++ {
		n := toks[j].Norm
		if i := strings.Index(n, "-t-"); i > 0 || strings.HasSuffix(n, "-il") || strings.HasSuffix(n, "-elle") || strings.HasSuffix(n, "-ils") {
			pronoun = true
			gender = pronounGender(n)
			if i > 0 {
				n = n[:i]
			} else {
				n = n[:strings.LastIndexByte(n, '-')]
			}
			if isSpeechVerb(n) {
				verb = j
				break
			}
			continue
		}
		if isSpeechVerb(n) {
			verb = j
			break
		}
		if !auxiliaries[n] {
			break
		}
	}
	if verb < 0 {
		return -1, ""
	}
	if pronoun {
		if w.lastSpeakerSent >= 0 && w.lastSpeaker >= 0 && w.d.SentOf[verb]-w.lastSpeakerSent <= 3 && w.lastSpeakerSent <= w.d.SentOf[verb] &&
			w.agrees(w.lastSpeaker, gender) {
			return w.lastSpeaker, ruleSaidPronoun
		}
		if p := w.onlyPerson(w.d.SentOf[verb]); p >= 0 && w.agrees(p, gender) {
			return p, ruleSaidPronoun
		}
		return -1, ""
	}
	j := verb + 1
	for j < s.Last && (personTitles[toks[j].Norm] || toks[j].Text == ".") {
		j++ // "a déclaré M. Macron"
	}
	if j < s.Last && w.g.unitAt[j] < 0 && articles[toks[j].Norm] {
		// "a affirmé le chef de la commission électorale, Nurlan Abdirov"
		for k := j + 1; k < s.Last && k < j+9; k++ {
			if toks[k].Text == "," {
				if k+1 < s.Last {
					if ni := w.g.unitAt[k+1]; ni >= 0 && w.a.Units[ni].First == k+1 && w.a.Units[ni].Entity >= 0 && w.a.Entities[w.a.Units[ni].Entity].Type == kg.Person {
						return w.a.Units[ni].Entity, ruleSaidAfter
					}
				}
				break
			}
			if w.g.unitAt[k] >= 0 && w.a.Units[w.g.unitAt[k]].Entity >= 0 && !w.g.governed(w.g.unitAt[k]) || toks[k].Kind == text.Punct {
				break
			}
		}
	}
	if j < s.Last {
		if ui := w.g.unitAt[j]; ui >= 0 && w.g.argUnit(ui) {
			if e := w.a.Units[ui].Entity; e >= 0 {
				return e, ruleSaidAfter
			}
			if ni := w.g.appositiveName(ui, s.Last); ni >= 0 {
				return w.a.Units[ni].Entity, ruleSaidAfter // "a affirmé le chef de la commission, X"
			}
			return w.describedPerson(ui), ruleSaidTitle
		}
	}
	return -1, ""
}

// speakerBefore reads "X : « ... »" and "X a déclaré (que) ... « ... »".
func (w *work) speakerBefore(q text.Quote, s text.Sentence) (int, string) {
	toks := w.d.Tokens
	o := q.Open
	if o-1 > s.First && toks[o-1].Text == ":" {
		if ui := w.g.unitAt[o-2]; ui >= 0 && w.g.argUnit(ui) {
			return w.a.Units[ui].Entity, ruleSaidColon
		}
	}
	colon := o-1 > s.First && toks[o-1].Text == ":"
	for k := o - 1; k >= s.First && o-k < 30; k-- {
		t := toks[k]
		if w.d.InQuote[k] || text.IsQuoteMark(t) || t.Text == ";" {
			return -1, ""
		}
		if t.Kind == text.Word && isSpeechVerb(t.Norm) && w.g.unitAt[k] < 0 {
			subs, ok := w.g.subjects(k, s.First, 0)
			if ok && len(subs) == 1 {
				return w.a.Units[subs[0]].Entity, ruleSaidBefore
			}
			if p := w.pronounSubject(w.d.SentOf[k], k); p != nil {
				return w.a.Units[p[0]].Entity, ruleSaidPronoun // "Il a ajouté : « … »"
			}
			return -1, ""
		}
		if t.Norm == "selon" && k+1 < s.Last {
			if ui := w.g.unitAt[k+1]; ui >= 0 && w.g.argUnit(ui) {
				return w.a.Units[ui].Entity, ruleSaidBefore
			}
		}
	}
	// "X a défendu son projet : « … »": the colon hands the quotation to
	// the person the clause is about.
	if colon {
		if subs, ok := w.g.subjects(o-1, s.First, 0); ok && len(subs) == 1 {
			if e := w.a.Units[subs[0]].Entity; w.a.Entities[e].Type == kg.Person {
				return e, ruleSaidColon
			}
		}
	}
	return -1, ""
}

var personTitles = set("m", "mme", "mlle", "dr", "pr", "me", "mgr")

// pronounGender is the gender of the subject pronoun a word ends with:
// 'f' for "a-t-elle", 'm' for "a-t-il", 0 for the plurals.
func pronounGender(w string) byte {
	switch {
	case strings.HasSuffix(w, "-elle"):
		return 'f'
	case strings.HasSuffix(w, "-il"):
		return 'm'
	}
	return 0
}

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
	found := -1
	for _, u := range w.a.Units {
		if u.Sentence < si-1 || u.Sentence > si || u.Entity < 0 || w.d.InQuote[u.First] {
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

// describedPerson resolves a title the entity merging left unresolved
// ("a déclaré le ministre") to the one person named earlier with a title
// of the same head; -1 when there is none or more than one.
func (w *work) describedPerson(ui int) int {
	u := w.a.Units[ui]
	if u.Kind != entities.UnitDescription || u.Role < 0 {
		return -1
	}
	head := w.a.Roles[u.Role].Head
	found := -1
	for _, r := range w.a.Roles {
		if r.Person < 0 || r.Plural || r.Homologue || r.InQuote || r.First >= u.First || r.Head != head {
			continue
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
