package dgraph_test

import (
	"context"
	"fmt"
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

// TestSimilarNamesAgreeWithMatch checks flagSimilar's pairs against match
// asked of the whole graph for each rare person (dgraph.SimilarByMatch):
// a rare person with more people one edit away than match's first 10, a
// letter of two bytes replaced, a short name, people who are not rare.
func TestSimilarNamesAgreeWithMatch(t *testing.T) {
	article := func(id string, names ...string) kg.Record {
		r := kg.Record{Article: kg.Article{ID: id, Source: id + ".txt", Published: "2021-02-09"}}
		for i, n := range names {
			r.Entities = append(r.Entities, person(fmt.Sprintf("e%d", i+1), n))
		}
		return r
	}
	// Twelve people one edit from "Jean Marilo", in three articles each:
	// they are not rare, so only "Jean Marilo" searches, and match keeps
	// the first 10 of the 13 it finds.
	common := []string{"Jean Marila", "Jean Marile", "Jean Marili", "Jean Marilu", "Jean Marily", "Jean Marilos",
		"Jean Marilon", "Jean Mariloa", "Jean Marlo", "Jean Mrilo", "Jean Marilx", "Jean Marilé",
		"Hélène Dubéis", "AlxBo"}
	recs := []kg.Record{
		article("c1", common...), article("c2", common...), article("c3", common...),
		article("r1", "Jean Marilo", "Hélène Dubais", "Zoé Laurent", "Al Bo"),
		article("r2", "Zoë Laurent", "Marie Curie", "Marie Curiel", "Marie Kurie"),
	}
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		if _, err := s.Load(ctx, recs, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		res, err := s.Summarise(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		want, err := dgraph.SimilarByMatch(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		show := func(pairs []dgraph.SimilarNames) string {
			var lines []string
			for _, p := range pairs {
				lines = append(lines, p.A.Name+" ~ "+p.B.Name+": "+p.Decision)
			}
			return strings.Join(lines, "\n")
		}
		if show(res.Similar) != show(want) {
			t.Errorf("similar names:\n%s\nmatch over the graph finds\n%s", show(res.Similar), show(want))
		}
		marilo := 0
		for _, p := range want {
			if p.A.Name == "Jean Marilo" || p.B.Name == "Jean Marilo" {
				marilo++
			}
		}
		if marilo < 9 || marilo > 10 {
			t.Errorf("%d pairs with Jean Marilo, want the 9 or 10 of match's first 10:\n%s", marilo, show(want))
		}
		if !strings.Contains(show(want), "Hélène Dubais ~ Hélène Dubéis: flagged: surname one edit apart") {
			t.Errorf("no pair for a replaced letter of two bytes:\n%s", show(want))
		}
	})
}
