package dgraph

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// exportPage is how many articles one export query reads.
const exportPage = 200

type exportEntityNode struct {
	Key      string   `json:"entity.key"`
	Name     string   `json:"name"`
	Type     string   `json:"entity.type"`
	Wikidata string   `json:"entity.wikidata"`
	Aliases  []string `json:"entity.alias"`
}

// Export reads the whole graph back as records, one per article, in
// article key order; loading them (Load, `ingest --records`, or
// RDFWriter and `dgraph live`) rebuilds the same graph. Entities keep their
// canonical keys and every alias.
func (s *Store) Export(ctx context.Context, emit func(kg.Record) error) error {
	for offset := 0; ; offset += exportPage {
		q := `{
  a(func: type(Article), orderasc: article.key, first: ` + strconv.Itoa(exportPage) + `, offset: ` + strconv.Itoa(offset) + `) {
    ` + articleFields + `
    mentions: ~mention.article {
      mention.text mention.start mention.end mention.sentence
      mention.entity { ` + exportEntity + ` }
    }
    facts: ~fact.article {
      fact.predicate fact.cameo fact.role fact.quote fact.modality fact.date
      fact.sentence fact.start fact.end fact.evidence fact.confidence fact.extractor
      fact.subject { ` + exportEntity + ` }
      fact.object { ` + exportEntity + ` }
      fact.about { ` + exportEntity + ` }
    }
  }
}`
		var out struct {
			A []struct {
				articleNode
				Mentions []struct {
					Text     string           `json:"mention.text"`
					Start    int              `json:"mention.start"`
					End      int              `json:"mention.end"`
					Sentence int              `json:"mention.sentence"`
					Entity   exportEntityNode `json:"mention.entity"`
				} `json:"mentions"`
				Facts []struct {
					Predicate  string             `json:"fact.predicate"`
					Cameo      string             `json:"fact.cameo"`
					Role       string             `json:"fact.role"`
					Quote      string             `json:"fact.quote"`
					Modality   string             `json:"fact.modality"`
					Date       string             `json:"fact.date"`
					Sentence   int                `json:"fact.sentence"`
					Start      int                `json:"fact.start"`
					End        int                `json:"fact.end"`
					Evidence   string             `json:"fact.evidence"`
					Confidence float64            `json:"fact.confidence"`
					Extractor  string             `json:"fact.extractor"`
					Subject    exportEntityNode   `json:"fact.subject"`
					Object     *exportEntityNode  `json:"fact.object"`
					About      []exportEntityNode `json:"fact.about"`
				} `json:"facts"`
			} `json:"a"`
		}
		if err := s.query(ctx, q, nil, &out); err != nil {
			return fmt.Errorf("dgraph: export from article %d: %w", offset, err)
		}
		for _, a := range out.A {
			rec := kg.Record{Article: kg.Article{
				ID: a.Key, Source: a.Source, Title: a.Title, Author: a.Author, URL: a.URL,
				Published: day(a.Published), Lang: a.Lang, Sentences: a.Sentences,
			}}
			ids := map[string]int{} // entity key -> index in rec.Entities
			local := func(e exportEntityNode) string {
				i, ok := ids[e.Key]
				if !ok {
					aliases := append([]string(nil), e.Aliases...)
					sort.Strings(aliases)
					i = len(rec.Entities)
					ids[e.Key] = i
					rec.Entities = append(rec.Entities, kg.Entity{
						ID: "e" + strconv.Itoa(i+1), Key: e.Key, Type: e.Type, Name: e.Name,
						Wikidata: e.Wikidata, Aliases: aliases,
					})
				}
				return rec.Entities[i].ID
			}
			// Entities in key order, mentions in text order: the same
			// graph always exports the same records.
			sort.SliceStable(a.Mentions, func(i, j int) bool {
				if a.Mentions[i].Entity.Key != a.Mentions[j].Entity.Key {
					return a.Mentions[i].Entity.Key < a.Mentions[j].Entity.Key
				}
				return a.Mentions[i].Start < a.Mentions[j].Start
			})
			for _, m := range a.Mentions {
				i := ids[m.Entity.Key]
				if _, ok := ids[m.Entity.Key]; !ok {
					local(m.Entity)
					i = ids[m.Entity.Key]
				}
				rec.Entities[i].Mentions = append(rec.Entities[i].Mentions,
					kg.Mention{Text: m.Text, Start: m.Start, End: m.End, Sentence: m.Sentence})
			}
			for _, f := range a.Facts {
				r := kg.Relation{
					Subject: local(f.Subject), Predicate: f.Predicate, Cameo: f.Cameo,
					Role: f.Role, Quote: f.Quote, Modality: f.Modality, Date: day(f.Date),
					Sentence: f.Sentence, Start: f.Start, End: f.End, Evidence: f.Evidence,
					Confidence: f.Confidence, Extractor: f.Extractor,
				}
				if f.Object != nil && f.Object.Key != "" {
					r.Object = local(*f.Object)
				}
				for _, t := range f.About {
					r.About = append(r.About, local(t))
				}
				sort.Strings(r.About)
				rec.Relations = append(rec.Relations, r)
			}
			sort.SliceStable(rec.Relations, func(i, j int) bool {
				a, b := rec.Relations[i], rec.Relations[j]
				if a.Sentence != b.Sentence {
					return a.Sentence < b.Sentence
				}
				return kg.FactKey("", a, rec.Entities[num(a.Subject)].Key, keyOf(rec, a.Object)) <
					kg.FactKey("", b, rec.Entities[num(b.Subject)].Key, keyOf(rec, b.Object))
			})
			if err := emit(rec); err != nil {
				return err
			}
		}
		if len(out.A) < exportPage {
			return nil
		}
	}
}

// num is the index of a local entity id "eN".
func num(id string) int {
	n, _ := strconv.Atoi(id[1:])
	return n - 1
}

func keyOf(r kg.Record, id string) string {
	if id == "" {
		return ""
	}
	return r.Entities[num(id)].Key
}
