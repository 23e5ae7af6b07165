package dgraph_test

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/kg"
)

func TestSimilarNamesAreFlagged(t *testing.T) {
	typo := call("a2")
	typo.Entities[0] = person("e1", "Gabi Ashekenazi")
	others := kg.Record{
		Article: kg.Article{ID: "a3", Source: "a3.txt", Published: "2021-02-09"},
		Entities: []kg.Entity{
			person("w1", "Li Wei"), person("w2", "Li Wen"),
			{ID: "k1", Type: kg.Person, Name: "Jean Martin", Wikidata: "Q1"},
			{ID: "k2", Type: kg.Person, Name: "Jean Marton", Wikidata: "Q2"},
		},
	}
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		if _, err := s.Load(ctx, []kg.Record{call("a1"), typo, others}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		res, err := s.Summarise(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range res.Similar {
			got = append(got, p.A.Name+" ~ "+p.B.Name+": "+p.Decision)
		}
		want := []string{
			"Gabi Ashekenazi ~ Gabi Ashkenazi: flagged: surname one edit apart",
			"Jean Martin ~ Jean Marton: kept apart: surname one edit apart, but two Wikidata ids",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("similar names:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		js, err := s.Query(ctx, `{ e(func: eq(name, "Gabi Ashekenazi")) { entity.similar @facets(edits, decision) { name } } n(func: has(entity.similar)) { count(uid) } }`, nil)
		if err != nil {
			t.Fatal(err)
		}
		if w := `{"e":[{"entity.similar":[{"name":"Gabi Ashkenazi","entity.similar|decision":"flagged: surname one edit apart","entity.similar|edits":1}]}],"n":[{"count":2}]}`; string(js) != w {
			t.Errorf("flags in the graph: %s\nwant %s", js, w)
		}
	})
}
