package entities

import (
	"fmt"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
)

// englishNER is prose's English part-of-speech tagger and entity
// chunker, a second opinion on English names. Its model (a perceptron
// tagger and a maximum-entropy chunker decoded from gob, costly to build:
// docs/PERFORMANCE.md, "Figures behind choices in the code") is loaded
// with the first English article only, once; its tables are only read
// afterwards, which makes it safe for concurrent use.
//
// What it may do was measured on the English audit texts
// (TestEnglishNEREffect): its entity labels, used to type the names the
// rules typed by position alone, made 6 changes of which 1 was right
// ("Turkey" GPE; but "Spotify" and "Apple" GPE, "Kurdish" and "European"
// GPE, "Junta" GPE), and its PERSON label alone 1 change, wrong ("Apple"
// a person). Its part-of-speech tags are better: a lone capitalised word
// the rules guessed a person that prose tags an adjective ("European",
// "Kurdish", "Western") was dropped 4 times, rightly each time. So only
// that is used.
type englishNER struct {
	once     sync.Once
	model    *prose.Model // the tagger
	modelErr error
	// full has the entity chunker too, for measurements only.
	fullOnce sync.Once
	full     *prose.Model
	fullErr  error
}

// load returns the model, building it on the first call; a model that
// could not be built stays an error for every call.
func (e *englishNER) load(withEntities bool) (*prose.Model, error) {
	if withEntities {
		e.fullOnce.Do(func() { e.full, e.fullErr = proseModel(true) })
		return e.full, e.fullErr
	}
	e.once.Do(func() { e.model, e.modelErr = proseModel(false) })
	return e.model, e.modelErr
}

// proseModel builds prose's bundled model, which it exposes only through
// a document.
func proseModel(withEntities bool) (*prose.Model, error) {
	doc, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(withEntities))
	if err != nil {
		return nil, fmt.Errorf("entities: prose's English model: %w", err)
	}
	return doc.Model, nil
}

// proseSpan is an entity prose found, mapped onto d's tokens.
type proseSpan struct {
	first, last int
	label       string // prose's label: PERSON, GPE, ORGANIZATION, ...
}

// analyse runs prose on each sentence of d: the part-of-speech tag of
// each token of d that starts where one of prose's does ("" elsewhere),
// and prose's entities mapped onto d's tokens.
// Entities are asked for only when withEntities: prose's chunker costs
// ten times its tagger.
func (e *englishNER) analyse(d *text.Doc, sents []bool, withEntities bool) (tags []string, spans []proseSpan, err error) {
	m, err := e.load(withEntities)
	if err != nil {
		return nil, nil, err
	}
	tags = make([]string, len(d.Tokens))
	tokAt := make(map[int]int, len(d.Tokens)) // byte offset → token
	for i, t := range d.Tokens {
		tokAt[t.Start] = i
	}
	for si, s := range d.Sentences {
		if !sents[si] {
			continue
		}
		sent := d.Text[s.Start:s.End]
		doc, err := prose.NewDocument(sent, prose.WithSegmentation(false), prose.WithExtraction(withEntities), prose.UsingModel(m))
		if err != nil {
			continue
		}
		pos := 0
		for _, pt := range doc.Tokens() {
			j := strings.Index(sent[pos:], pt.Text)
			if j < 0 {
				continue
			}
			if i, ok := tokAt[s.Start+pos+j]; ok {
				tags[i] = pt.Tag
			}
			pos += j + len(pt.Text)
		}
		from := s.First
		for _, ent := range doc.Entities() {
			words := strings.Fields(ent.Text)
			if len(words) == 0 {
				continue
			}
			for i := from; i+len(words) <= s.Last; i++ {
				ok := true
				for k, w := range words {
					if d.Tokens[i+k].Text != w {
						ok = false
						break
					}
				}
				if ok {
					spans = append(spans, proseSpan{first: i, last: i + len(words), label: ent.Label})
					from = i + len(words)
					break
				}
			}
		}
	}
	return tags, spans, nil
}

// applyEnglishNER lets prose correct the rules on an English document,
// where it was measured to help: a lone capitalised word the rules typed
// a person by position alone is dropped when prose tags it an adjective
// ("European", "Kurdish"). With englishNERTyping (measurement only) its
// entity labels also type such candidates.
func (r *Recognizer) applyEnglishNER(d *text.Doc, cands []cand) []cand {
	if d.Lang != "en" || r.english == nil {
		return cands
	}
	guessed := func(c cand) bool {
		return c.entry < 0 && !c.handle && !c.anaphor && !c.sure && !c.personCue && !c.demonym && !c.acronym
	}
	// A surname of a name given in full ("Orban" after "Viktor Orban")
	// is left to the merging: prose is not asked about it.
	surnames := map[string]bool{}
	for _, c := range cands {
		if c.last-c.first >= 2 {
			surnames[d.Tokens[c.last-1].Norm] = true
		}
	}
	lonePerson := func(c cand) bool {
		return guessed(c) && c.guess == kg.Person && c.last-c.first == 1 && !surnames[c.norm]
	}
	// prose runs only on the sentences it may change something in.
	sents := make([]bool, len(d.Sentences))
	any := false
	for _, c := range cands {
		if lonePerson(c) || r.englishNERTyping != "" && guessed(c) {
			sents[c.sent], any = true, true
		}
	}
	if !any {
		return cands
	}
	tags, spans, err := r.english.analyse(d, sents, r.englishNERTyping != "")
	if err != nil {
		// Recognize has no error to return (nor Extract, which calls
		// it), so here, and only here, the error stops: without prose's
		// model the rules' candidates stand, as for a Recognizer without
		// one. Returning it means an error from Extract (issue #19).
		return cands
	}
	if r.englishNERTyping != "" {
		byFirst := make(map[int]int, len(cands))
		for ci, c := range cands {
			byFirst[c.first] = ci
		}
		for _, sp := range spans {
			ci, ok := byFirst[sp.first]
			if !ok || cands[ci].last != sp.last || !guessed(cands[ci]) {
				continue
			}
			if t := proseType(sp.label); t != "" && (r.englishNERTyping == "all" || t == kg.Person) {
				cands[ci].guess, cands[ci].weak = t, false
			}
		}
	}
	out := cands[:0]
	for _, c := range cands {
		if lonePerson(c) && tags[c.first] == "JJ" {
			continue
		}
		out = append(out, c)
	}
	return out
}

// proseType maps prose's labels to ours; "" for labels we do not keep.
func proseType(label string) string {
	switch label {
	case "PERSON":
		return kg.Person
	case "GPE":
		return kg.GPE
	case "ORGANIZATION", "ORG":
		return kg.Org
	case "NORP":
		return kg.NORP
	case "LOCATION", "LOC", "FACILITY", "FAC":
		return kg.Loc
	}
	return ""
}
