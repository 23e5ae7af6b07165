package relations

import (
	"strings"

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
		if t := wd.Token; t <= q.Open || q.Close >= 0 && t >= q.Close || len(w.chargeFrames(s, v)) == 0 {
			continue
		}
		if !dated {
			dated, day = true, nearest(w.dates, q.Open)
			if sv := sayingVerb(w.d, s, q); sv >= 0 {
				day, from = w.clauseDate(s, sv, "") // the day of the saying
			}
		}
		for _, f := range w.chargeFrames(s, v) {
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
				charged = charged || len(w.chargeFrames(s, c)) > 0
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
				for _, f := range w.chargeFrames(s, c) {
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
	if f.target == "attr" {
		if !toldAttribute(s, v) {
			return
		}
	} else if wd.UPOS != syntax.VERB || !toldAct(s, v) {
		return
	}
	c := clauseOf(s, v)
	if c.negated || c.wished || c.modality != "" || c.passive && f.target != "attr" || c.reflex {
		return // "n'a pas menti", "s'est trompé", "a été trompé"
	}
	if f.target == "obj" && len(s.Dependents(v, "obj")) == 0 {
		return
	}
	if r := wd.Rel(); r == "acl" || r == "acl:relcl" || r == "csubj" {
		return // "un gouvernement qui ment": a description, its subject a pronoun's antecedent
	}
	for _, a := range s.Dependents(v, "advcl") {
		if markedBy(s, a, "si") {
			return // "« Si c'est le cas, Zoom est complice »": supposed
		}
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
	subj := s.Dependents(v, "nsubj") // (and nsubj:pass: "est lâche" tagged a passive)
	if f.target == "attr" && len(subj) == 1 && s.Words[subj[0]].UPOS == syntax.NOUN && agentNouns[text.Fold(s.Words[subj[0]].Form)] {
		// "« Les propos de Nicolas Hulot sont indignes »", "« Le bilan de
		// X est très mauvais »": blaming what someone did or said blames them.
		if a := authors(s, subj); len(a) == 1 && a[0] != subj[0] {
			subj = a
		}
	}
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
	if f.target == "attr" && s.Words[subj[0]].UPOS != syntax.PROPN && u.Kind != entities.UnitRolePerson && !honorifics[text.Fold(s.Words[subj[0]].Form)] {
		return // "l'ouragan Laura est dangereux", "la proximité de Clinton avec … est dangereuse": not the name's own
	}
	if w.medium(u.Entity) && w.medium(speaker) {
		return
	}
	tok := wordToken(s, v)
	rule := ruleTreeCharge
	if root(f.cameo) == "05" {
		rule = ruleTreePraise // "« X a été exemplaire »"
	}
	w.add(si, Fact{Subj: speaker, Obj: u.Entity, Rule: rule, Relation: kg.Relation{Predicate: f.predicate, Cameo: f.cameo,
		Date: day, DateFrom: from, DateConfidence: dayConfidence[from], Confidence: eventConfidence(rule, f, ""),
		Trigger: f.kind + " " + f.lemma}, from: min(at, u.First, tok), to: max(at, u.Last, tok+1)})
}

// chargeFrames returns the charges that word v makes of its subject: a
// charge verb's, a blaming attribute's ("est incompétent", "est un
// menteur"), or that of an attribute's adjective ("est un président
// immature").
func (w *work) chargeFrames(s *syntax.Sentence, v int) []frame {
	wd := s.Words[v]
	var out []frame // (a new slice: appending to the lexicon's would write into it)
	if wd.UPOS == syntax.VERB {
		for _, f := range w.x.lex.charges[wd.Lemma] {
			if f.target != "attr" {
				out = append(out, f)
			}
		}
	}
	if (s.Dependent(v, "cop") >= 0 || wd.UPOS == syntax.VERB && s.Dependent(v, "aux:pass") >= 0) && s.Case(v) == "" {
		// By the form: the tagger makes verbs of some ("est lâche",
		// "est hypocrite") and misreads their lemmas.
		out = append(out, w.x.lex.attributes[strings.ToLower(wd.Form)]...)
		if len(out) == 0 && wd.UPOS == syntax.NOUN {
			for _, a := range s.Dependents(v, "amod") {
				for _, f := range w.x.lex.attributes[strings.ToLower(s.Words[a].Form)] {
					if root(f.cameo) == "11" { // (not "« TikTok est un succès formidable »")
						out = append(out, f)
					}
				}
			}
		}
	}
	return out
}

// honorifics head a name they stand before: "Monsieur Castaner est un
// menteur".
var honorifics = set("monsieur", "madame", "m.", "mme", "mr")

// toldAttribute reports whether word v, an adjective or a noun, is
// said of its subject as a fact: with a copula in the indicative,
// present or past ("est", "a été", "était"), not a future, a
// conditional, a subjunctive or an infinitive ("pourrait être").
func toldAttribute(s *syntax.Sentence, v int) bool {
	if s.Dependent(v, "cop") < 0 && s.Dependent(v, "aux:pass") < 0 || s.Case(v) != "" {
		return false // (not "est en danger")
	}
	finite := false
	for _, k := range s.Children(v) {
		if r := s.Words[k].Rel(); r != "cop" && r != "aux" {
			continue
		}
		f := s.Words[k].Feats
		switch f.VerbForm {
		case syntax.VerbFormFin:
			if f.Mood != syntax.MoodInd || f.Tense == syntax.TenseFut {
				return false
			}
			finite = true
		case syntax.VerbFormPart:
		default:
			return false
		}
	}
	return finite
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

// ruleTreeReproach: a speaker whose verb of reproach brings in a
// quotation reproaches whoever the quotation is about, its subject:
// "« Biden se cache », a raillé Donald Trump", "Marine Le Pen dénonce :
// « Le gouvernement abandonne les agriculteurs »". The verbs are the
// lexicon's criticisms whose target may be a clause (flag clause): the
// quotation is that clause.
const ruleTreeReproach = "tree-reproach"

// ruleTreePraise: the same for a verb of praise whose target may be a
// clause: "« Benoît Maria a dédié une grande partie de sa vie aux
// populations vulnérables », a salué le vice-président guatémaltèque".
const ruleTreePraise = "tree-praise"

// sufferers are the predicates whose subject undergoes what is told:
// "« Jean Dupont est mort sous les coups », dénonce X" reproaches no Jean
// Dupont.
var sufferers = set("mourir", "décéder", "succomber", "périr", "mort", "victime", "blesser", "blessé", "souffrir", "subir",
	"disparaître", "perdre", "tomber", "vivre", "devoir", "pouvoir", "avoir")

// quoteReproach records the reproach that speaker's verb of saying makes
// of the subject of quotation q in sentence si.
func (w *work) quoteReproach(si int, s *syntax.Sentence, q text.Quote, speaker int) {
	if q.Close < 0 || question(w.d, w.d.Sentences[si]) || questionIn(w.d, q) {
		return
	}
	sv := sayingVerb(w.d, s, q)
	if sv < 0 {
		return
	}
	var f frame
	for _, fr := range w.x.lex.verbs[s.Words[sv].Lemma] {
		if r := root(fr.cameo); fr.clause && (r == "11" || r == "05") && (!fr.refl || clauseOf(s, sv).reflex) && !fr.qualify { // ("a jugé" reproaches only with a negative attribute)
			f = fr
		}
	}
	if f.lemma == "" || !toldAct(s, sv) {
		return
	}
	if c := clauseOf(s, sv); c.negated || c.wished || c.modality != "" || c.passive {
		return
	}
	inQuote := func(k int) bool {
		t := wordToken(s, k)
		return t > q.Open && t < q.Close
	}
	// The verb's own object or clause, outside the quotation, is its
	// target ("a dénoncé la réforme : « … »"); the name after an incise
	// verb is its subject, parsed as the object.
	for _, c := range s.Children(sv) {
		k := int(c)
		switch s.Words[k].Rel() {
		case "obj", "ccomp", "xcomp":
		default:
			continue
		}
		if inQuote(k) {
			continue
		}
		if us := w.unitsOf(s, k); len(us) == 1 && w.a.Units[us[0]].Entity == speaker {
			continue
		}
		return
	}
	// The quotation's first clause: its first word whose head is outside.
	h := -1
	for k := range s.Words {
		if inQuote(k) && (s.Words[k].Head < 0 || !inQuote(s.Words[k].Head)) {
			h = k
			break
		}
	}
	if h < 0 || sufferers[s.Words[h].Lemma] || len(w.chargeFrames(s, h)) > 0 {
		return // a charge is tree-charge's
	}
	if c := clauseOf(s, h); c.passive {
		return // "« X a été abandonné »": X is who suffers it
	}
	for _, a := range s.Dependents(h, "advcl") {
		if markedBy(s, a, "si") {
			return // "« Si c'est le cas, Zoom est complice … »": supposed
		}
	}
	subj := s.Dependents(h, "nsubj")
	if len(subj) != 1 || subj[0] > h || s.Words[subj[0]].UPOS == syntax.PRON || len(s.Dependents(subj[0], "conj")) > 0 {
		return
	}
	first, last := s.Subtree(subj[0])
	for first < subj[0] && s.Words[first].UPOS == syntax.PUNCT {
		first++ // the opening mark, hung on the name
	}
	for last > subj[0] && s.Words[last].UPOS == syntax.PUNCT {
		last--
	}
	if !inQuote(subj[0]) {
		// 'Benoît Maria « a dédié sa vie aux plus vulnérables », a salué
		// X': a partial quotation whose subject, just before it, opens
		// the sentence.
		if !w.opensPartialQuote(si, s, h, first, last, q) {
			return
		}
	} else if t := wordToken(s, first) - 1; t != q.Open && (t <= q.Open || w.d.Tokens[t].Text != ",") {
		// The subject opens the quotation, or follows the comma after an
		// opening adverbial ("« Malheureusement, le gouverneur … »"): not
		// a name after a parenthesis the parser misread ("« Mon
		// opposition au (traité …) Ceta m'a valu … »"), nor in its
		// second sentence.
		return
	}
	us := w.unitsOf(s, subj[0])
	if len(us) != 1 {
		return
	}
	u := w.a.Units[us[0]]
	if u.Entity < 0 || u.Entity == speaker || u.Kind == entities.UnitDemonym {
		return
	}
	if u.Kind == entities.UnitDescription && w.a.Entities[u.Entity].Type != kg.Person {
		return // "« Le président propage … »": the one the article gave the title
	}
	if !w.headedBy(s, subj[0], u) {
		return // "« Mon opposition au Ceta m'a valu … »": the name is under the subject, not it
	}
	switch w.a.Entities[u.Entity].Type {
	case kg.Person, kg.Org:
	case kg.GPE:
		// A country reproached for an act done to something: not "« la
		// France ne mérite pas cela »", "« Paris est devenue une ville
		// qu'on quitte »", described, not reproached.
		obj := s.Dependents(h, "obj")
		if s.Words[h].UPOS != syntax.VERB || copulas[s.Words[h].Lemma] || len(obj) == 0 || s.Words[obj[0]].UPOS == syntax.PRON || clauseOf(s, h).negated {
			return
		}
	default:
		return
	}
	if w.ownCountry(speaker, u.Entity) || w.medium(u.Entity) && w.medium(speaker) {
		return // "« La CGT fait des propositions », regrette son secrétaire général"
	}
	day, from := w.clauseDate(s, sv, "")
	tok := wordToken(s, sv)
	rule := ruleTreeReproach
	if root(f.cameo) == "05" {
		rule = ruleTreePraise
	}
	w.add(si, Fact{Subj: speaker, Obj: u.Entity, Rule: rule, Relation: kg.Relation{Predicate: f.predicate, Cameo: f.cameo,
		Date: day, DateFrom: from, DateConfidence: dayConfidence[from], Confidence: eventConfidence(rule, f, ""),
		Trigger: f.kind + " " + f.lemma}, from: min(q.Open, tok), to: max(q.Close+1, tok+1)})
}

// opensPartialQuote reports whether the subject words [first, last] of
// the quoted clause headed by h stand right before quotation q, or before
// only h's auxiliaries ("Édouard Philippe a « tenté de trouver des
// coupables »"), and open their sentence, or follow only a phrase of h
// fronted before a comma ("Dans sa présentation du plan, Édouard Philippe
// a « tenté … »").
func (w *work) opensPartialQuote(si int, s *syntax.Sentence, h, first, last int, q text.Quote) bool {
	for k := last + 1; k < len(s.Words) && wordToken(s, k) < q.Open; k++ {
		if d := s.Words[k]; d.UPOS != syntax.AUX || d.Head != h {
			return false
		}
	}
	if wordToken(s, first) == w.d.Sentences[si].First {
		return true
	}
	if first < 2 || s.Words[first-1].Form != "," {
		return false
	}
	for k := 0; k < first-1; k++ {
		c := k
		for c >= 0 && s.Words[c].Head != h {
			c = s.Words[c].Head
		}
		if c < 0 {
			return false
		}
		if r := s.Words[c].Rel(); r != "obl" && r != "advcl" && r != "advmod" && r != "punct" {
			return false
		}
	}
	return true
}

// copulas are the verbs that describe their subject.
var copulas = set("être", "devenir", "rester", "demeurer", "sembler", "paraître")

// headedBy reports whether unit u names the noun phrase headed by word k:
// k itself, or a name set beside it with no preposition ("le préfet
// Lallement", "la marque Renault"), not one in a complement ("mon
// opposition au Ceta").
func (w *work) headedBy(s *syntax.Sentence, k int, u entities.Unit) bool {
	covers := func(k int) bool {
		t := wordToken(s, k)
		return t >= u.First && t < u.Last
	}
	if covers(k) {
		return true
	}
	for _, c := range s.Children(k) {
		c := int(c)
		switch s.Words[c].Rel() {
		case "appos", "flat", "nmod":
			if s.Case(c) == "" && covers(c) {
				return true
			}
		}
	}
	return false
}
