package dgraph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
)

type articleNode struct {
	UID       string `json:"uid"`
	Key       string `json:"article.key"`
	Source    string `json:"article.source"`
	URL       string `json:"article.url"`
	Title     string `json:"article.title"`
	Author    string `json:"article.author"`
	Published string `json:"article.published"`
	Lang      string `json:"article.lang"`
	Sentences int    `json:"article.sentences"`
}

func (a articleNode) ref() kg.ArticleRef {
	return kg.ArticleRef{ID: a.Key, Source: a.Source, Title: a.Title, Published: day(a.Published)}
}

// Article returns the article with an id (article.key), URL, source as
// given to ingest, or title, and its facts.
func (s *Store) Article(ctx context.Context, id string) (kg.ArticleInfo, error) {
	id = strings.TrimSpace(id)
	if id == "" {
		return kg.ArticleInfo{}, fmt.Errorf("dgraph: article: empty id")
	}
	q := `query q($id: string) {
  a1 as var(func: eq(article.key, $id))
  a2 as var(func: eq(article.url, $id))
  a3 as var(func: eq(article.source, $id))
  a4 as var(func: eq(article.title, $id)) @filter(type(Article))
  a(func: uid(a1, a2, a3, a4), first: 20) @filter(type(Article)) {
    ` + articleFields + `
    ~mention.article { e as mention.entity }
    facts: ~fact.article (orderasc: fact.sentence) { ` + factShown + ` }
  }
  entities(func: uid(e)) { n: count(uid) }
}`
	var out struct {
		A []struct {
			articleNode
			Facts []factNode `json:"facts"`
		} `json:"a"`
		Entities []struct{ N int } `json:"entities"`
	}
	if err := s.query(ctx, q, map[string]string{"$id": id}, &out); err != nil {
		return kg.ArticleInfo{}, fmt.Errorf("dgraph: article %q: %w", id, err)
	}
	switch len(out.A) {
	case 0:
		return kg.ArticleInfo{}, fmt.Errorf("dgraph: article %q: %w", id, kg.ErrNoArticle)
	case 1:
	default:
		var b strings.Builder
		fmt.Fprintf(&b, "dgraph: article %q could be %d articles:", id, len(out.A))
		for _, a := range out.A {
			fmt.Fprintf(&b, "\n  %s (%s)", a.Key, a.Source)
		}
		return kg.ArticleInfo{}, fmt.Errorf("%s", b.String())
	}
	a := out.A[0]
	if err := s.showFacts(ctx, refs(a.Facts, self)); err != nil {
		return kg.ArticleInfo{}, fmt.Errorf("dgraph: article %q: %w", id, err)
	}
	info := kg.ArticleInfo{Article: a.ref(), URL: a.URL, Author: a.Author, Lang: a.Lang, Sentences: a.Sentences, Facts: []kg.Fact{}}
	if len(out.Entities) > 0 {
		info.Entities = out.Entities[0].N
	}
	for _, f := range a.Facts {
		info.Facts = append(info.Facts, f.fact())
	}
	sortBySentence(info.Facts)
	return info, nil
}

func sortBySentence(facts []kg.Fact) {
	sort.SliceStable(facts, func(i, j int) bool {
		if facts[i].Sentence != facts[j].Sentence {
			return facts[i].Sentence < facts[j].Sentence
		}
		return factOrder(facts[i]) < factOrder(facts[j])
	})
}
