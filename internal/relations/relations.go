// Package relations finds events, roles and quotations between the
// entities of an article and dates them against its publication day.
package relations

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/text"
)

// Extractor holds the trigger tables; it is read-only after New and safe
// for concurrent use.
type Extractor struct {
	verbs   map[string]int     // folded verb form → index into verbSpecs
	enVerbs map[string]trigger // folded English verb form → its trigger
	lex     *lexicon           // French events read from trees (data/events_fr.tsv)
}

// New builds the trigger tables and reads the event lexicon.
func New() (*Extractor, error) {
	lex, err := readLexicon(eventsFr)
	if err != nil {
		return nil, err
	}
	return &Extractor{verbs: buildVerbs(), enVerbs: buildEnVerbs(), lex: lex}, nil
}

// Fact is a relation whose ends are entity indexes of the analysis (Obj is
// -1 when the relation has no object); the caller names them.
type Fact struct {
	kg.Relation
	Subj, Obj int
	// Topics are the entities talks were about ("ont discuté de l'Iran").
	Topics []int
	// Rule names the pattern that produced the fact; Confidence is that
	// rule's measured precision (confidence.go).
	Rule string
	// from and to are the tokens the evidence must show: the fact's
	// words, from its first argument to its last. Zero: the sentence.
	from, to int
}

// Extract returns the events, roles and quotations of an analysed article.
// trees are its French sentences' dependency trees, one per sentence (nil
// for English). published (YYYY-MM-DD or "") anchors relative dates;
// without it no date is given.
func (x *Extractor) Extract(a *entities.Analysis, trees []syntax.Sentence, published string) []Fact {
	pub, hasPub := ParseDay(published)
	w := &work{x: x, a: a, d: a.Doc, t: trees, g: newArgs(a, x.verbs), seen: map[string]bool{}, pub: pub, hasPub: hasPub, lastSpeaker: -1, lastSpeakerSent: -1, lastSubj: -1, lastSubjSent: -1}
	for si := range a.Doc.Sentences {
		w.sentence(si)
		w.noteLeadingSubject(si)
	}
	w.roles()
	return w.out
}

// work is the state of one Extract call.
type work struct {
	x      *Extractor
	a      *entities.Analysis
	d      *text.Doc
	t      []syntax.Sentence
	g      *args
	out    []Fact
	seen   map[string]bool
	pub    time.Time
	hasPub bool
	dates  []dateMention
	// lastSpeaker is the entity of the latest attributed quotation and its
	// sentence, for "a-t-il ajouté".
	lastSpeaker, lastSpeakerSent int
	// lastSubj is the person last seen as a clause's subject and its
	// sentence, for "Il s'est rendu ..." in the next one.
	lastSubj, lastSubjSent int
}

func (w *work) sentence(si int) {
	s := w.d.Sentences[si]
	w.dates = nil
	if w.hasPub {
		w.dates = Dates(w.d, s.First, s.Last, w.pub)
	}
	if w.d.Lang == "en" {
		w.sentenceEn(si)
		return
	}
	if len(w.t) == len(w.d.Sentences) {
		w.treeEvents(si)
		w.statementsFr(si)
		w.treeRoles(si)
		w.noteRootSubject(si)
		return
	}
	toks := w.d.Tokens
	for i := s.First; i < s.Last; i++ {
		if w.d.InQuote[i] || toks[i].Kind != text.Word {
			continue
		}
		if ti, ok := w.x.verbs[toks[i].Norm]; ok {
			// "la demande des États-Unis", "une enquête": nouns.
			noun := i > s.First && determiners[toks[i-1].Norm] && !articles[toks[i-1].Norm] || nounAfterArticle(toks, s, i)
			if !noun {
				w.verbEvent(si, i, verbSpecs[ti].t)
				continue
			}
		}
		if an, ok := actionNouns[toks[i].Norm]; ok {
			w.actionEvent(si, i, an)
			continue
		}
		if tr, ok := nounTriggers[toks[i].Norm]; ok {
			w.nounEvent(si, i, tr)
		}
	}
	w.statements(si)
}

// verbEvent records the events of trigger verb v.
func (w *work) verbEvent(si, v int, tr trigger) {
	s := w.d.Sentences[si]
	toks := w.d.Tokens
	reflexive, passive, negated := false, false, false
	modality := ""
	for k := v - 1; k >= s.First && k >= v-5; k-- {
		n := toks[k].Norm
		switch n {
		case "se", "s'":
			reflexive = true
		case "ne", "n'":
			negated = true
		case "ete":
			passive = true
		case "aurait", "auraient", "serait", "seraient", "pourrait", "pourraient", "devrait", "devraient", "semble", "semblent":
			modality = "hedged"
		case "va", "vont", "doit", "doivent", "compte", "comptent", "prevoit", "prevoient", "devra", "devront":
			if modality == "" {
				modality = "future"
			}
		}
		if !auxiliaries[n] && n != "ete" {
			break
		}
	}
	if v+1 < s.Last && (toks[v+1].Norm == "pas" || toks[v+1].Norm == "jamais") {
		negated = true
	}
	if negated || (tr.reflexive && !reflexive) || (reflexive && !tr.reflexive && !tr.symmetric) {
		return
	}
	if skip, m := w.infinitiveContext(s, v); skip {
		return
	} else if m == "future" && modality == "" {
		modality = m
	} else if m == "hedged" {
		// A wish or purpose inside a plan is the plan's: "doit se rendre à
		// Washington pour rencontrer X" is future.
		if cm, _ := w.clauseModality(s, v); cm == "future" && modality == "" || modality == "future" {
			modality = "future"
		} else {
			modality = m
		}
	}
	if !passive && w.adjectival(s, v) {
		return // "Budapest, accusé de ...": the participle describes, no one acts
	}
	vn := toks[v].Norm
	if strings.HasSuffix(vn, "rait") || strings.HasSuffix(vn, "raient") {
		modality = "hedged"
	} else if modality == "" && len(vn) > 5 && (strings.HasSuffix(vn, "ra") || strings.HasSuffix(vn, "ront")) {
		modality = "future"
	}
	if !passive && v > s.First && (toks[v-1].Norm == "est" || toks[v-1].Norm == "sont") && !reflexive && tr.shape == direct {
		passive = true
	}
	if passive {
		if tr.shape != direct {
			return
		}
		// "Y a été critiqué par X"
		k := v + 1
		for k < s.Last && k <= v+3 && toks[k].Norm != "par" {
			k++
		}
		if k >= s.Last || toks[k].Norm != "par" {
			return
		}
		agents := w.g.objects(k-1, s.Last, trigger{shape: withPrep, preps: []string{"par"}})
		patients, ok := w.g.subjects(v, s.First, 0)
		rule := rulePassive
		if !ok {
			if patients = w.pronounSubject(si, v); patients == nil {
				return
			}
			rule = rulePronoun
		}
		w.noteSubject(si, patients)
		w.pairs(si, v, tr, agents, patients, modality, rule)
		return
	}
	subs, ok := w.g.subjects(v, s.First, 0)
	rule := ruleVerb
	if !ok {
		switch {
		case w.pairSubject(si, v) != nil:
			subs, rule = w.pairSubject(si, v), rulePair
		case w.pronounSubject(si, v) != nil:
			subs, rule = w.pronounSubject(si, v), rulePronoun
		default:
			return
		}
	}
	w.noteSubject(si, subs)
	var objs []int
	switch {
	case tr.qualify:
		objs = w.qualified(si, v, subs)
	case reflexive && !tr.reflexive:
		// "X et Y se sont rencontrés": reciprocal, the pair is the subject.
	case tr.shape != noObject:
		if j := w.enJustice(s, v); j > 0 {
			// "X a attaqué en justice Y", "X poursuit Y en justice"
			tr = trigger{predicate: "sued", cameo: "115", shape: direct}
		} else if tr.lawsuit {
			return
		}
		objs = w.g.objects(v, s.Last, tr)
		if tr.urge && !w.urgedTo(s, objs) {
			return
		}
	}
	if tr.talk {
		from := v
		if len(objs) > 0 {
			from = w.a.Units[objs[len(objs)-1]].Last - 1
		}
		tr.about = w.topics(s, from, append(append([]int(nil), subs...), objs...))
	}
	if len(objs) == 0 && tr.symmetric && len(subs) >= 2 {
		for i := 0; i < len(subs); i++ {
			for j := i + 1; j < len(subs); j++ {
				w.pairs(si, v, tr, subs[j:j+1], subs[i:i+1], modality, reciprocalRule(rule))
			}
		}
		return
	}
	if tr.qualify {
		rule = ruleQualify
	}
	w.pairs(si, v, tr, subs, objs, modality, rule)
}

// enJustice returns the token of "justice" in "en justice" within the
// six words after the verb at v, or -1.
func (w *work) enJustice(s text.Sentence, v int) int {
	toks := w.d.Tokens
	for k := v + 1; k+1 < s.Last && k <= v+6; k++ {
		if toks[k].Norm == "en" && toks[k+1].Norm == "justice" {
			return k + 1
		}
		if toks[k].Kind == text.Punct {
			break
		}
	}
	return -1
}

// urgedTo reports whether "à" follows the objects: "a appelé la Chine à
// la retenue".
func (w *work) urgedTo(s text.Sentence, objs []int) bool {
	if len(objs) == 0 {
		return false
	}
	k := w.a.Units[objs[len(objs)-1]].Last
	return k < s.Last && (w.d.Tokens[k].Norm == "a" || w.d.Tokens[k].Norm == "au" || w.d.Tokens[k].Norm == "aux")
}

// nounAfterArticle reports whether the trigger form at i follows an
// article that is no object pronoun: "la demande" but not "il la
// critique" (a pronoun sits right after the subject pronoun).
func nounAfterArticle(toks []text.Token, s text.Sentence, i int) bool {
	if i == s.First || !articles[toks[i-1].Norm] {
		return false
	}
	return i-2 < s.First || !subjectPronouns[toks[i-2].Norm] && toks[i-2].Norm != "ne" && toks[i-2].Norm != "n'"
}

func reciprocalRule(rule string) string {
	if rule == rulePair {
		return rule
	}
	return ruleReciprocal
}

// negative are the words that make "qualifier de" a criticism.
var negative = set("scandaleux", "scandaleuse", "scandaleuses", "inacceptable", "inacceptables", "illegal", "illegale",
	"illegales", "illegaux", "illegitime", "illegitimes", "honteux", "honteuse", "honteuses", "irresponsable",
	"irresponsables", "absurde", "absurdes", "dangereux", "dangereuse", "dangereuses", "injuste", "injustes",
	"inadmissible", "inadmissibles", "ridicule", "ridicules", "erronee", "errone", "erronees", "provocation",
	"provocatrice", "hostile", "hostiles", "terroriste", "terroristes", "criminel", "criminelle", "criminelles",
	"mensonger", "mensongere", "mensongeres", "inquietant", "inquietante", "regrettable", "deplorable",
	"odieux", "odieuse", "grave", "insultant", "insultante", "choquant", "choquante", "antisemite", "raciste")

// nominalisations tie a noun to the verb whose subject owns it: "une
// décision" is made by whoever "a décidé".
var nominalisations = map[string]string{
	"decision": "decid", "annonce": "annonc", "proposition": "propos", "declaration": "declar",
	"sanctions": "sanction", "attaque": "attaqu", "choix": "choisi", "jugement": "jug", "verdict": "jug",
}

// qualified finds what "X a qualifié de «scandaleuse»" criticises: the
// direct object, or the owner of the antecedent in "une décision que X a
// qualifiée de ...". It returns nothing unless the qualifier is negative.
func (w *work) qualified(si, v int, subs []int) []int {
	s := w.d.Sentences[si]
	toks := w.d.Tokens
	k := v + 1
	// "a qualifié l'Otan de ...", "a qualifié les propos de M. Guterres de ...".
	objs := w.g.objects(v, s.Last, trigger{shape: direct, cameo: "111"})
	if len(objs) > 0 {
		k = w.a.Units[objs[len(objs)-1]].Last
	}
	if k >= s.Last || (toks[k].Norm != "de" && toks[k].Norm != "d'") {
		return nil
	}
	k++
	for k < s.Last && text.IsQuoteMark(toks[k]) {
		k++
	}
	// "de « menace dangereuse »": a negative word among the first three.
	neg := false
	for j := k; j < s.Last && j < k+3 && !text.IsQuoteMark(toks[j]); j++ {
		neg = neg || negative[toks[j].Norm]
	}
	if !neg {
		return nil
	}
	if len(objs) > 0 {
		return objs
	}
	// "une décision que X a qualifiée": antecedent before "que X".
	sub := w.a.Units[subs[0]]
	q := sub.First - 1
	if q <= s.First || (toks[q].Norm != "que" && toks[q].Norm != "qu'") {
		return nil
	}
	noun := q - 1
	stem, ok := nominalisations[toks[noun].Norm]
	if !ok {
		return nil
	}
	if noun+2 < s.Last && (toks[noun+1].Norm == "de" || toks[noun+1].Norm == "du" || toks[noun+1].Norm == "des") {
		if ui := w.g.unitAt[noun+2]; ui >= 0 && w.a.Units[ui].Entity >= 0 {
			return []int{ui}
		}
	}
	for j := noun - 1; j >= s.First; j-- {
		n := toks[j].Norm
		if strings.HasPrefix(n, stem) && n != toks[noun].Norm {
			if owner, ok := w.g.subjects(j, s.First, 0); ok && len(owner) == 1 {
				return owner
			}
			return nil
		}
	}
	return nil
}

// nounEvent records talks named by a noun: "un entretien entre X et Y",
// "X a eu un entretien avec Y".
func (w *work) nounEvent(si, n int, tr trigger) {
	s := w.d.Sentences[si]
	toks := w.d.Tokens
	k := n + 1
	if k < s.Last && toks[k].Kind == text.Word && (strings.HasSuffix(toks[k].Norm, "ique") || strings.HasSuffix(toks[k].Norm, "el") || strings.HasSuffix(toks[k].Norm, "elle")) {
		k++ // "appel téléphonique", "entretien bilatéral"
	}
	for k < s.Last && skippable[toks[k].Norm] && toks[k].Norm != "par" && toks[k].Norm != "en" {
		k++
	}
	if k >= s.Last {
		return
	}
	tr.symmetric = true
	modality, negated := w.clauseModality(s, n)
	if negated {
		return
	}
	switch toks[k].Norm {
	case "entre":
		ends := w.g.objects(k-1, s.Last, trigger{shape: withPrep, preps: []string{"entre"}})
		if len(ends) == 2 {
			w.pairs(si, n, tr, ends[1:], ends[:1], modality, ruleNounBetween)
		}
	case "avec":
		if !w.lightVerbBefore(s, n) {
			return // "les négociations avec X" as a topic, not an event
		}
		subs, ok := w.g.subjects(n, s.First, 0)
		if !ok {
			return
		}
		objs := w.g.objects(k-1, s.Last, trigger{shape: withPrep, preps: []string{"avec"}})
		w.pairs(si, n, tr, subs, objs, modality, ruleNounWith)
	}
}

// lightVerbBefore reports whether the noun at n is the object of a verb
// that makes it an event of the subject: "a eu un entretien", "lors d'une
// réunion".
func (w *work) lightVerbBefore(s text.Sentence, n int) bool {
	for k := n - 1; k >= s.First && k >= n-4; k-- {
		switch w.d.Tokens[k].Norm {
		case "eu", "tenu", "mene", "menait", "organise", "lors", "avoir", "tenir", "mener":
			return true
		}
	}
	return false
}

// pairs records one fact per subject and object unit.
func (w *work) pairs(si, v int, tr trigger, subs, objs []int, modality, rule string) {
	for _, su := range subs {
		for _, ou := range objs {
			se, oe := w.a.Units[su].Entity, w.a.Units[ou].Entity
			if se < 0 || oe < 0 || se == oe || !w.actor(se) || !w.actor(oe) || w.ownCountry(se, oe) || w.ownCountry(oe, se) {
				continue
			}
			if tr.place && w.a.Entities[oe].Type != kg.GPE && w.a.Entities[oe].Type != kg.Loc {
				continue
			}
			if tr.verbal && w.a.Entities[se].Type == kg.Person {
				tr.predicate, tr.cameo = "criticized", "111"
			}
			conf := confidence(rule, tr.cameo, modality)
			us, uo := w.a.Units[su], w.a.Units[ou]
			w.add(si, Fact{Subj: se, Obj: oe, Rule: rule, Topics: tr.about, Relation: kg.Relation{Predicate: tr.predicate, Cameo: tr.cameo, Modality: modality,
				Date: w.dateFor(v, modality), Confidence: conf}, from: min(us.First, uo.First, v), to: max(us.Last, uo.Last, v+1)})
		}
	}
}

// dateFor dates the event at token v. A planned event keeps its date
// only when it lies ahead: "mardi prochain", or a bare weekday moved to
// the coming one ("doit le rencontrer jeudi").
func (w *work) dateFor(v int, modality string) string {
	m, ok := nearestMention(w.dates, v)
	if !ok {
		return ""
	}
	if modality != "future" {
		return m.date
	}
	pub := w.pub.Format("2006-01-02")
	switch {
	case m.date >= pub:
		return m.date
	case m.bareWeekday:
		d, _ := ParseDay(m.date)
		return d.AddDate(0, 0, 7).Format("2006-01-02")
	}
	return ""
}

// actor reports whether an entity can take part in an event.
func (w *work) actor(e int) bool {
	switch w.a.Entities[e].Type {
	case kg.Person, kg.Org, kg.GPE, kg.NORP:
		return true
	}
	return false
}

// ownCountry reports whether country is the one person holds a role for:
// Blinken defending a decision of the United States is no event between
// them.
func (w *work) ownCountry(person, country int) bool {
	for _, r := range w.a.Roles {
		if r.Person == person && r.Country == country {
			return true
		}
	}
	return false
}

// maxEvidence is the longest evidence, in bytes, shown whole: a sentence
// longer than this is most often several glued by a scraper.
const maxEvidence = 400

// evidence returns the bytes that show a fact on tokens [from, to) of
// sentence s: the sentence, or, when it is longer than maxEvidence, the
// part between the glued full stops (or semicolons) around the fact, cut
// to maxEvidence around it if that is still too long.
func (w *work) evidence(s text.Sentence, from, to int) (int, int) {
	if s.End-s.Start <= maxEvidence || to <= from {
		return s.Start, s.End
	}
	toks := w.d.Tokens
	from, to = max(from, s.First), min(to, s.Last)
	first := from
	for first > s.First && !clauseEnd(toks[first-1]) && !toks[first].Glued {
		first--
	}
	last := to
	for last < s.Last && !clauseEnd(toks[last-1]) && !(last > to && toks[last].Glued) {
		last++
	}
	start, end := toks[first].Start, toks[last-1].End
	if end-start > maxEvidence {
		// Still too long: the fact's words with some context either side.
		start = max(start, toks[from].Start-maxEvidence/4)
		end = min(end, max(toks[to-1].End+maxEvidence/4, start+maxEvidence))
		for start > s.Start && w.d.Text[start-1] != ' ' {
			start--
		}
		for end < s.End && w.d.Text[end] != ' ' {
			end++
		}
	}
	return start, end
}

// clauseEnd reports whether t ends a clause inside a run of glued
// sentences: a full stop, question or exclamation mark, or a semicolon.
func clauseEnd(t text.Token) bool {
	if t.Kind != text.Punct {
		return false
	}
	switch t.Text {
	case ".", "!", "?", ";", "…":
		return true
	}
	return false
}

// add appends f once, with its sentence as evidence, or the clause of it
// that holds the fact when the sentence is a long run of glued ones.
func (w *work) add(si int, f Fact) {
	s := w.d.Sentences[si]
	f.Sentence = si
	f.Start, f.End = w.evidence(s, f.from, f.to)
	f.Evidence = strings.Join(strings.Fields(w.d.Text[f.Start:f.End]), " ")
	f.Subject = ""
	key := strings.Join([]string{itoa(f.Subj), f.Predicate, itoa(f.Obj), f.Cameo, f.Role, f.Quote, itoa(si)}, "\x00")
	if w.seen[key] {
		return
	}
	w.seen[key] = true
	w.out = append(w.out, f)
}
