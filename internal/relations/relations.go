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
	enVerbs map[string]trigger // folded English verb form → its trigger
	lex     *lexicon           // French events read from trees (data/events_fr.tsv)
	offices []term             // who held an office when (data/offices.tsv)
}

// New builds the trigger tables and reads the event lexicon.
func New() (*Extractor, error) {
	lex, err := readLexicon(eventsFr)
	if err != nil {
		return nil, err
	}
	offices, err := readOffices(officesTSV)
	if err != nil {
		return nil, err
	}
	return &Extractor{enVerbs: buildEnVerbs(), lex: lex, offices: offices}, nil
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
	w := &work{x: x, a: a, d: a.Doc, t: trees, g: newArgs(a), seen: map[string]bool{}, pub: pub, hasPub: hasPub, lastSpeaker: -1, lastSpeakerSent: -1, lastSubj: -1, lastSubjSent: -1, lastPairSent: -2, speaking: -1, deceased: -1, superseded: map[int]bool{}, office: map[int]bool{}, titledByTree: map[int]bool{}, namedSpeakers: map[int]bool{}}
	if hasPub {
		w.allDates = Dates(w.d, 0, len(w.d.Tokens), pub)
	}
	w.resolveOffices()
	w.resolveAnaphors()
	w.mendTrees(w.mendGluedNames, w.mendFrontedSubject, w.mendTimeAgent)
	if a.Doc.Lang != "en" && len(w.t) == len(a.Doc.Sentences) {
		w.deceased = w.findDeceased()
	}
	for si := range a.Doc.Sentences {
		if a.Doc.IsSectionHead(si) {
			// "- « Ils profitent » -": a title between paragraphs, not a
			// quotation or an act; "Il" after it is who the paragraph
			// before was about. Its titles are titles: "- Kellyanne
			// Conway, conseillère de la première heure -".
			if a.Doc.Lang != "en" && len(w.t) == len(a.Doc.Sentences) {
				w.treeRoles(si)
			}
			w.carry(si)
			continue
		}
		w.sentence(si)
		w.noteLeadingSubject(si)
	}
	w.firstPersonEvents()
	w.headlineDays()
	w.roles()
	w.dropSubsumedRoles()
	return w.out
}

// dropSubsumedRoles removes a person's title that another title of theirs
// in the article says more fully, with the same country or the other's:
// "le président" beside "le président de la République", "l'ancien
// ministre" beside "l'ancien ministre de la Transition écologique". Not
// "l'ancien ministre" beside "ministre de la Culture", which says another
// thing.
func (w *work) dropSubsumedRoles() {
	var roles []int // indexes of the role facts in w.out
	for i, f := range w.out {
		if f.Predicate == kg.HoldsRole {
			roles = append(roles, i)
		}
	}
	if len(roles) < 2 {
		return
	}
	words := make(map[int]map[string]bool, len(roles))
	for _, i := range roles {
		m := map[string]bool{}
		for _, f := range strings.FieldsFunc(text.Fold(w.out[i].Role), func(r rune) bool { return r == ' ' || r == '\'' || r == '’' || r == '-' }) {
			if !titleFillers[f] {
				m[f] = true
			}
		}
		words[i] = m
	}
	subsumed := func(i, j int) bool {
		a, b := w.out[i], w.out[j]
		if a.Subj != b.Subj || a.Obj >= 0 && a.Obj != b.Obj {
			return false
		}
		wa, wb := words[i], words[j]
		if len(wa) >= len(wb) {
			return false
		}
		for f := range wa {
			if !wb[f] {
				return false
			}
		}
		return true
	}
	drop := map[int]bool{}
	for _, i := range roles {
		for _, j := range roles {
			if i != j && subsumed(i, j) {
				drop[i] = true
				break
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	out := w.out[:0]
	for i, f := range w.out {
		if !drop[i] {
			out = append(out, f)
		}
	}
	w.out = out
}

// titleFillers are the words a title's complement is joined by (folded).
var titleFillers = set("de", "du", "des", "d", "l", "la", "le", "les", "et", "a", "au", "aux")

// carry lets what the sentence before si said about who speaks and who
// acts reach past si, a section head.
func (w *work) carry(si int) {
	if w.lastSubjSent == si-1 {
		w.lastSubjSent = si
	}
	if w.lastSpeakerSent == si-1 {
		w.lastSpeakerSent = si
	}
	if w.lastPairSent == si-1 {
		w.lastPairSent = si
	}
}

// prev returns the sentence before si, past section heads; -1 at the
// start.
func (w *work) prev(si int) int {
	p := si - 1
	for p >= 0 && w.d.IsSectionHead(p) {
		p--
	}
	return p
}

// work is the state of one Extract call.
type work struct {
	x      *Extractor
	a      *entities.Analysis
	d      *text.Doc
	t      []syntax.Sentence
	worth  []bool // the sentences worth a tree (WorthATree), made when first asked
	g      *args
	out    []Fact
	seen   map[string]bool
	pub    time.Time
	hasPub bool
	dates  []dateMention
	// lastSpeaker is the entity of the latest attributed quotation and its
	// sentence, for "a-t-il ajouté".
	lastSpeaker, lastSpeakerSent int
	lastQuoteEnd                 int    // the closing mark of lastSpeaker's quotation
	lastQuoteRule                string // the rule that found lastSpeaker
	// namedSpeakers are the entities a quotation so far named as its
	// speaker (by an incise, an introduction, "selon" or a colon).
	namedSpeakers map[int]bool
	// lastSubj is the person last seen as a clause's subject and its
	// sentence, for "Il s'est rendu ..." in the next one.
	lastSubj, lastSubjSent int
	// lastPair are the units of the named parties a main clause had as
	// its coordinated subject, and its sentence, for "Ils" in the next.
	lastPair     []int
	lastPairSent int
	// scene is the first day the sentence names, its sentence and token:
	// a clause in the perfect after it that names none happened that day
	// ("Dimanche, X a annoncé ... et a appelé ...").
	scene     string
	sceneSent int
	sceneTok  int
	// allDates are the document's date mentions, for the day of an act
	// whose sentence names none.
	allDates []dateMention
	// superseded are the recogniser's roles (indexes in a.Roles) a tree
	// gave whole: "ministre" of "le ministre des Technologies, X".
	superseded map[int]bool
	// office are the descriptions (indexes in a.Roles) resolved to the
	// holder of their office (offices.go).
	office map[int]bool
	// titledByTree are the recogniser's titles a tree tied to a name
	// (roles_fr.go, nameTitle).
	titledByTree map[int]bool
	// deceased is the person whose death the article opens with, or -1:
	// whom a tribute salutes when it names no one (tributes.go).
	deceased int
	// quoted are the quotations whose speaker a person or a body is,
	// found by an incise, an introduction or a pronoun, for what "je"
	// (a person's) and "nous" do in them.
	quoted []quotedSpan
	// speaking is the speaker whose quotation the first-person pass
	// reads, or -1: "je" is that speaker, and no other pronoun is
	// resolved there (the pass runs after the article's last sentence).
	speaking int
	// weSpeaking: the pass reads a clause whose subject is "nous", the
	// speaker's side (weActs).
	weSpeaking bool
}

// quotedSpan is a quotation, its marks' tokens, and its speaker.
type quotedSpan struct{ open, close, speaker int }

func (w *work) sentence(si int) {
	s := w.d.Sentences[si]
	w.dates = nil
	if w.hasPub {
		w.dates = Dates(w.d, s.First, s.Last, w.pub)
		if len(w.dates) > 0 {
			w.scene, w.sceneSent, w.sceneTok = w.dates[0].date, si, w.dates[0].tok
		}
	}
	if w.d.Lang == "en" {
		w.sentenceEn(si)
		return
	}
	// French: events, quotations and titles are read from the trees; a
	// document parsed without them (none in this program) yields only
	// the recogniser's titles.
	if len(w.t) != len(w.d.Sentences) {
		return
	}
	w.treeEvents(si)
	w.clauseCharges(si, w.tree(si))
	w.statementsFr(si)
	w.tributes(si)
	w.requests(si)
	w.noteReportedSpeaker(si)
	w.treeRoles(si)
	w.noteRootSubject(si)
}

// negative are the words that make "qualifier de" a criticism.
var negative = set("scandaleux", "scandaleuse", "scandaleuses", "inacceptable", "inacceptables", "illegal", "illegale",
	"illegales", "illegaux", "illegitime", "illegitimes", "honteux", "honteuse", "honteuses", "irresponsable",
	"irresponsables", "absurde", "absurdes", "dangereux", "dangereuse", "dangereuses", "injuste", "injustes",
	"inadmissible", "inadmissibles", "ridicule", "ridicules", "erronee", "errone", "erronees", "provocation",
	"provocatrice", "hostile", "hostiles", "terroriste", "terroristes", "criminel", "criminelle", "criminelles",
	"mensonger", "mensongere", "mensongeres", "inquietant", "inquietante", "regrettable", "deplorable",
	"odieux", "odieuse", "grave", "insultant", "insultante", "choquant", "choquante", "antisemite", "raciste")

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
	return w.dateOfMention(m, modality)
}

// dateOfMention is the day date mention m gives a clause of modality: a
// future's bare weekday ("lundi") is the next one, a future dated before
// publication none.
func (w *work) dateOfMention(m dateMention, modality string) string {
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

// medium reports whether entity e is a news medium by its name or an
// alias (data/media.txt).
func (w *work) medium(e int) bool {
	en := w.a.Entities[e]
	if en.Type != kg.Org {
		return false
	}
	for _, n := range append([]string{en.Name}, en.Aliases...) {
		n = text.Fold(n)
		// "Parisien" named without its article ("les colonnes du
		// Parisien") is "Le Parisien".
		if media[n] || media["le "+n] || media["la "+n] || media["les "+n] || media["l'"+n] {
			return true
		}
		if entities.LocalStation(n) {
			return true // "France Bleu Occitanie"
		}
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

// foreignTo reports whether party e is known not to be country c's: a
// body or country other than c, or a person the article gave a title of
// another country.
func (w *work) foreignTo(e, c int) bool {
	if e < 0 || e == c {
		return false
	}
	switch w.a.Entities[e].Type {
	case kg.GPE, kg.Org:
		return !w.ownCountry(e, c)
	}
	foreign := false
	for _, r := range w.a.Roles {
		if r.Person == e && r.Country >= 0 {
			if r.Country == c {
				return false
			}
			foreign = foreign || w.a.Entities[r.Country].Type == kg.GPE
		}
	}
	return foreign
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

// headlineDays dates an undated event of the headline by the same event
// told with its day in the lede: "Emmanuel Macron interpellé par la femme
// d'Yvan Colonna" over "Emmanuel Macron a été interpellé, ce mardi 6
// février, par la femme d'Yvan Colonna". The day is the lede's, estimated
// (kg.DateContext): the headline itself names none.
func (w *work) headlineDays() {
	n := w.headlineSentences()
	for i := range w.out {
		f := &w.out[i]
		if f.Sentence >= n || f.Date != "" || f.Obj < 0 || f.Predicate == kg.Said || f.Predicate == kg.HoldsRole {
			continue
		}
		for _, g := range w.out {
			if g.Sentence >= n && g.Sentence <= n+2 && g.Date != "" && g.Subj == f.Subj && g.Obj == f.Obj &&
				g.Predicate == f.Predicate && g.Modality == f.Modality {
				f.Date, f.DateFrom, f.DateConfidence = g.Date, kg.DateContext, dayConfidence[kg.DateContext]
				break
			}
		}
	}
}

// headlineSentences is how many sentences the headline has: those of the
// text's first line, when a line follows it (at most three: a text of
// one paragraph has no headline); 0 when there is none.
func (w *work) headlineSentences() int {
	for si := 1; si < len(w.d.Sentences) && si <= 3; si++ {
		if t := w.d.Sentences[si].First; t < len(w.d.Tokens) && w.d.Tokens[t].Newline {
			return si
		}
	}
	return 0
}
