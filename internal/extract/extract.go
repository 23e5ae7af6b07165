// Package extract turns one article's text into a knowledge-graph record:
// entities, roles, quotations and CAMEO-coded events.
package extract

import (
	"slices"
	"sort"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/relations"
	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/syntax/model"
	"github.com/newsgraph/newsgraph/internal/text"
)

// Version is the extractor version stored in each fact's provenance.
const Version = "newsgraph-rules/0.2"

// Extractor is safe for concurrent use: it holds only read-only tables.
type Extractor struct {
	ents   *entities.Recognizer
	rels   *relations.Extractor
	parser *syntax.Parser // French trees
	// parseAll parses every sentence, not only those worth a tree: the
	// baseline the selection is measured against.
	parseAll bool
}

// New builds an extractor from the embedded gazetteers, word lists and
// models.
func New() (*Extractor, error) {
	ents, err := entities.New()
	if err != nil {
		return nil, err
	}
	return build(ents)
}

func build(ents *entities.Recognizer) (*Extractor, error) {
	rels, err := relations.New()
	if err != nil {
		return nil, err
	}
	m, err := syntax.Load(model.Gzipped())
	if err != nil {
		return nil, err
	}
	m.SetNewsWords(ents.NewsWord)
	return &Extractor{ents: ents, rels: rels, parser: syntax.NewParser(m)}, nil
}

// Extract analyses text. a.Source, a.ID and a.Published come from the
// caller; Sentences is filled here, and Lang too unless the caller stated
// French or English ("en", "en-GB"), which wins over detection: a short
// text has too few common words to tell.
func (x *Extractor) Extract(a kg.Article, text_ string) kg.Record {
	doc := text.Analyze(text_)
	if l := text.LangTag(a.Lang); l == "fr" || l == "en" {
		doc.Lang = l
	}
	a.Lang = doc.Lang
	a.Sentences = len(doc.Sentences)
	an := x.ents.Recognize(doc)
	var trees []syntax.Sentence
	if doc.Lang == "fr" {
		var keep []bool
		if !x.parseAll {
			keep = relations.WorthATree(an)
		}
		trees = x.parser.ParseSentences(doc, keep, personNames(an))
	}
	rec := kg.Record{Article: a, Entities: make([]kg.Entity, 0, len(an.Entities)), Relations: []kg.Relation{}}
	for i, e := range an.Entities {
		ke := kg.Entity{ID: entityID(i), Type: e.Type, Name: e.Name, Aliases: aliases(e), Wikidata: e.Wikidata}
		for _, m := range e.Mentions {
			start, end := doc.Tokens[m.First].Start, doc.Tokens[m.Last-1].End
			ke.Mentions = append(ke.Mentions, kg.Mention{Text: text_[start:end], Start: start, End: end, Sentence: m.Sentence})
		}
		rec.Entities = append(rec.Entities, ke)
	}
	for _, f := range x.rels.Extract(an, trees, a.Published) {
		r := f.Relation
		r.Subject = entityID(f.Subj)
		if f.Obj >= 0 {
			r.Object = entityID(f.Obj)
		}
		for _, t := range f.Topics {
			r.About = append(r.About, entityID(t))
		}
		r.Extractor = Version
		r.Rule = f.Rule
		rec.Relations = append(rec.Relations, r)
	}
	sort.SliceStable(rec.Relations, func(i, j int) bool { return rec.Relations[i].Sentence < rec.Relations[j].Sentence })
	return rec
}

// personNames marks the words of the people's names whose surname opens
// on a capitalised article ("Bruno Le Maire", "Marine Le Pen", "Le
// Drian"): the parser tags them proper nouns, where it would read "Le
// Maire" as "the mayor". Other names it tags well enough, and forcing a
// name the recogniser got wrong ("le Grand Rendez-Vous" taken for a
// person) misleads it.
func personNames(an *entities.Analysis) []bool {
	var names []bool
	toks := an.Doc.Tokens
	for _, e := range an.Entities {
		if e.Type != kg.Person {
			continue
		}
		for _, m := range e.Mentions {
			particle := false
			for k := m.First; k < m.Last-1; k++ {
				if t := toks[k]; (t.Text == "Le" || t.Text == "La") && toks[k+1].Cap {
					particle = true
				}
			}
			if !particle {
				continue
			}
			if names == nil {
				names = make([]bool, len(toks))
			}
			for k := m.First; k < m.Last; k++ {
				if t := toks[k]; t.Kind == text.Word && t.Cap {
					names[k] = true
				}
			}
		}
	}
	return names
}

// aliases are the forms the article names an entity by, then the
// knowledge base's names of it in every language, so that a reader finds
// the Poutine of a French article as Putin whatever the store.
func aliases(e entities.Entity) []string {
	if len(e.Names) == 0 {
		return e.Aliases
	}
	seen := map[string]bool{e.Name: true}
	out := make([]string, 0, len(e.Aliases)+len(e.Names))
	for _, a := range append(slices.Clip(e.Aliases), e.Names...) {
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	return out
}
