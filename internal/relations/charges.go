package relations

import (
	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/text"
)

// ruleTreeCharge: a speaker who says that someone named lied, cheated or
// betrayed accuses them: "« Nicole Belloubet a menti », a assuré le maire",
// "Ségolène Royal a estimé que Jair Bolsonaro « ment »". The charge verbs
// are the lexicon's (kind charge).
const ruleTreeCharge = "tree-charge"

// quoteCharges records the charges speaker makes in quotation q of
// sentence si.
func (w *work) quoteCharges(si int, s *syntax.Sentence, q text.Quote, speaker int) {
	if question(w.d, w.d.Sentences[si]) || questionIn(w.d, q) {
		return // "« Macron ment-il ? »": asked, not said
	}
	dated := false
	var day, from string
	for v, wd := range s.Words {
		if t := wd.Token; t <= q.Open || q.Close >= 0 && t >= q.Close || len(w.x.lex.charges[wd.Lemma]) == 0 {
			continue
		}
		if !dated {
			dated, day = true, nearest(w.dates, q.Open)
			if sv := sayingVerb(w.d, s, q); sv >= 0 {
				day, from = w.clauseDate(s, sv, "") // the day of the saying
			}
		}
		for _, f := range w.x.lex.charges[wd.Lemma] {
			w.charge(si, s, v, speaker, f, q.Open, day, from)
		}
	}
}

// sayingVerb returns the verb of saying outside quotation q nearest to it
// in its sentence, the incise after it before the one that leads into it,
// or -1.
func sayingVerb(d *text.Doc, s *syntax.Sentence, q text.Quote) int {
	best, dist := -1, 0
	for v, wd := range s.Words {
		t := wd.Token
		if wd.UPOS != syntax.VERB || !speechLemmas[wd.Lemma] || t < 0 || d.InQuote[t] || t > q.Open && (q.Close < 0 || t < q.Close) {
			continue
		}
		n := t - q.Close
		if t < q.Open {
			n = 2 * (q.Open - t) // an incise after the quotation says it before a verb before it does
		}
		if best < 0 || n < dist {
			best, dist = v, n
		}
	}
	return best
}

// clauseCharges records the charges that the speech verbs of sentence si
// report in their "que" clauses outside quotation marks: "X a estimé que
// Y « ment »" (the quotation too short to be a statement of its own).
func (w *work) clauseCharges(si int, s *syntax.Sentence) {
	if question(w.d, w.d.Sentences[si]) {
		return
	}
	for v, wd := range s.Words {
		if wd.UPOS != syntax.VERB || !speechLemmas[wd.Lemma] || wd.Token < 0 || w.d.InQuote[wd.Token] {
			continue
		}
		charged := false
		for _, k := range s.Dependents(v, "ccomp") {
			for _, c := range append([]int{k}, conjuncts(s, k)...) {
				charged = charged || len(w.x.lex.charges[s.Words[c].Lemma]) > 0
			}
		}
		if !charged {
			continue
		}
		c := clauseOf(s, v)
		if c.negated || c.wished || c.modality != "" || w.inverted(s, v) {
			continue
		}
		subs := w.argUnits(si, s, subjectOf(s, v, false))
		if len(subs) != 1 || w.a.Units[subs[0]].Entity < 0 || !w.actor(w.a.Units[subs[0]].Entity) {
			continue
		}
		speaker := w.a.Units[subs[0]].Entity
		for _, k := range s.Dependents(v, "ccomp") {
			if markedBy(s, k, "si") {
				continue // "a demandé si X mentait"
			}
			for _, c := range append([]int{k}, conjuncts(s, k)...) {
				for _, f := range w.x.lex.charges[s.Words[c].Lemma] {
					day, from := w.clauseDate(s, v, "")
					w.charge(si, s, c, speaker, f, wordToken(s, v), day, from)
				}
			}
		}
	}
}

// charge records that speaker accuses the named subject of charge verb v,
// when the verb tells an act: indicative, not future, not denied, not
// supposed, in no clause that is itself denied or hedged.
func (w *work) charge(si int, s *syntax.Sentence, v, speaker int, f frame, at int, day, from string) {
	wd := s.Words[v]
	if wd.UPOS != syntax.VERB || !toldAct(s, v) {
		return
	}
	c := clauseOf(s, v)
	if c.negated || c.wished || c.modality != "" || c.passive || c.reflex {
		return // "n'a pas menti", "s'est trompé", "a été trompé"
	}
	if f.target == "obj" && len(s.Dependents(v, "obj")) == 0 {
		return
	}
	if r := wd.Rel(); r == "acl" || r == "acl:relcl" || r == "csubj" {
		return // "un gouvernement qui ment": a description, its subject a pronoun's antecedent
	}
	// Every clause between the charge and the speaker's words is asserted:
	// not "je ne dis pas que X ment", "si X a menti", "pourrait dire que".
	for k, hops := v, 0; k >= 0 && hops < 6; k, hops = s.Words[k].Head, hops+1 {
		if markedBy(s, k, "si") || markedBy(s, k, "quand") && k != v || markedBy(s, k, "comme") {
			return
		}
		if k != v {
			if gc := clauseOf(s, k); gc.negated || gc.modality == "hedged" || denies(s.Words[k]) {
				return
			}
		}
	}
	subj := s.Dependents(v, "nsubj")
	if len(subj) != 1 || s.Words[subj[0]].UPOS == syntax.PRON {
		return // "il a menti": a pronoun, left alone
	}
	us := w.unitsOf(s, subj[0])
	if len(us) != 1 {
		return
	}
	u := w.a.Units[us[0]]
	if u.Entity < 0 || u.Entity == speaker || u.Kind != entities.UnitName && u.Kind != entities.UnitRolePerson || !w.actor(u.Entity) {
		return
	}
	if w.medium(u.Entity) && w.medium(speaker) {
		return
	}
	tok := wordToken(s, v)
	w.add(si, Fact{Subj: speaker, Obj: u.Entity, Rule: ruleTreeCharge, Relation: kg.Relation{Predicate: f.predicate, Cameo: f.cameo,
		Date: day, DateFrom: from, DateConfidence: dayConfidence[from], Confidence: eventConfidence(ruleTreeCharge, f, ""),
		Trigger: f.kind + " " + f.lemma}, from: min(at, u.First, tok), to: max(at, u.Last, tok+1)})
}

// toldAct reports whether verb v tells an act as done or doing: the
// indicative present or past, simple or compound, not an infinitive, a
// subjunctive, a conditional or a future.
func toldAct(s *syntax.Sentence, v int) bool {
	f := s.Words[v].Feats
	if f.VerbForm == syntax.VerbFormFin {
		return f.Mood == syntax.MoodInd && f.Tense != syntax.TenseFut
	}
	if f.VerbForm != syntax.VerbFormPart {
		return false
	}
	for _, a := range s.Dependents(v, "aux") {
		af := s.Words[a].Feats
		if af.VerbForm != syntax.VerbFormFin || af.Mood != syntax.MoodInd || af.Tense == syntax.TenseFut {
			return false
		}
	}
	return len(s.Dependents(v, "aux")) > 0
}

// questionIn reports whether quotation q ends with a question mark.
func questionIn(d *text.Doc, q text.Quote) bool {
	end := q.Close
	if end < 0 {
		return false
	}
	for k := end - 1; k > q.Open; k-- {
		switch d.Tokens[k].Text {
		case "?", "?!", "!?":
			return true
		case ")", ".", "…":
			continue
		}
		return false
	}
	return false
}
