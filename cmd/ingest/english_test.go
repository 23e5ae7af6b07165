package main

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// TestFrenchAndEnglishMeet ingests a French and an English article about
// the same meeting and checks, on every backend, that the people and
// countries both name are one node each, known by both languages'
// spellings, with facts from both articles.
func TestFrenchAndEnglishMeet(t *testing.T) {
	const dir = "testdata/bilingual"
	// Facts name their article by its source, the path as given.
	fr, en := dir+"/geneve-fr.txt", dir+"/geneva-en.txt"
	shared := []struct {
		french, english string // names as each article spells them
		key             string // the canonical key both must get
		aliases         []string
	}{
		{"Vladimir Poutine", "Vladimir Putin", "Q7747", []string{"Vladimir Putin", "Putin"}},
		{"Antony Blinken", "Blinken", "PERSON:antony blinken", []string{"Blinken"}},
		{"États-Unis", "United States", "Q30", []string{"United States", "américain"}},
		{"Israël", "Israel", "Q801", []string{"Israel", "israélien"}},
	}
	for _, b := range dgraphtest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			if b.Name != "embedded" {
				s := openStore(t, b.URI)
				s.DropAll(dgraphtest.Context(t))
				s.Close()
			}
			code, _, errs := runIngest(t, "--dgraph", b.URI, "--published", "2022-01-21", dir)
			if code != 0 || !strings.Contains(errs, "2 articles ok") {
				t.Fatalf("exit %d: %s", code, errs)
			}
			s := openStore(t, b.URI)
			defer s.Close()
			ctx := dgraphtest.Context(t)
			for _, e := range shared {
				fi, err := s.EntityInfo(ctx, e.french)
				if err != nil {
					t.Fatalf("entity %q: %v", e.french, err)
				}
				ei, err := s.EntityInfo(ctx, e.english)
				if err != nil {
					t.Fatalf("entity %q: %v", e.english, err)
				}
				if fi.Entity.Key != e.key || ei.Entity.Key != e.key {
					t.Errorf("%q is %q and %q is %q, want both %q", e.french, fi.Entity.Key, e.english, ei.Entity.Key, e.key)
				}
				if fi.Articles != 2 {
					t.Errorf("%s: in %d articles, want 2", e.key, fi.Articles)
				}
				have := map[string]bool{fi.Entity.Name: true}
				for _, a := range fi.Aliases {
					have[a] = true
				}
				for _, a := range e.aliases {
					if !have[a] {
						t.Errorf("%s: aliases %q lack %q", e.key, fi.Aliases, a)
					}
				}
				byArticle := factsByArticle(t, s, e.key)
				if byArticle[fr] == 0 || byArticle[en] == 0 {
					t.Errorf("%s: facts per article %v, want some from both %s (French) and %s (English)", e.key, byArticle, fr, en)
				}
			}
			// The same event, told twice, joins the same two nodes.
			facts, err := s.Events(ctx, kg.EventQuery{Actor: "Blinken", Target: "Lavrov", FactFilter: kg.FactFilter{Cameo: "040"}})
			if err != nil {
				t.Fatal(err)
			}
			met := map[string]bool{}
			for _, f := range facts {
				if f.Predicate == "met" && f.Date == "2022-01-21" {
					met[f.Article.Source] = true
				}
			}
			if !met[fr] || !met[en] {
				t.Errorf("Blinken met Lavrov on 2022-01-21 in articles %v, want both", met)
			}
			// English quotations land on the French-named node.
			_, quotes, err := s.Quotes(ctx, "Poutine", 10)
			if err != nil {
				t.Fatal(err)
			}
			var said []string
			for _, q := range quotes {
				said = append(said, q.Quote)
			}
			if !containsString(said, "We do not want war") || !containsString(said, "Nous ne voulons pas la guerre") {
				t.Errorf("Poutine's quotes %q, want the French and the English one", said)
			}
		})
	}
}

// factsByArticle counts the facts an entity takes part in, per article.
func factsByArticle(t *testing.T, s *dgraph.Store, key string) map[string]int {
	t.Helper()
	_, facts, err := s.Timeline(dgraphtest.Context(t), key, kg.FactFilter{}, 100)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, f := range facts {
		out[f.Article.Source]++
	}
	return out
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
