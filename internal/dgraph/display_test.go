package dgraph_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/synth"
)

// awkward is an article whose facts need care to show as they are stored:
// quotes, backslashes, control characters and bytes that are not UTF-8 in
// names, evidence and quotes; topics listed out of order and twice; a fact
// without date, object or confidence; an entity known by its Wikidata id,
// whose node keeps the name it was created with.
func awkward(id, title string) kg.Record {
	return kg.Record{
		Article: kg.Article{ID: id, Source: id + ".txt", Title: title, URL: "https://example.org/" + id, Published: "2021-03-02", Lang: "fr"},
		Entities: []kg.Entity{
			person("p1", "O'Brien \"the\" \\Bold\x01"),
			person("p2", "Zoé\x7fZ\xff"),
			{ID: "g1", Type: kg.GPE, Name: "l'État hébreu", Wikidata: "Q801"},
			{ID: "o1", Type: kg.Org, Name: "Agence\tmondiale"},
		},
		Relations: []kg.Relation{
			{Subject: "p1", Predicate: "spoke_with", Object: "p2", About: []string{"o1", "g1", "o1"}, Cameo: "040", Date: "2021-03-01",
				Sentence: 2, Evidence: "Il a dit\x02 «\"non\"»\nà Zoé\xfe.", Confidence: 0.75, Extractor: "test"},
			{Subject: "p2", Predicate: kg.Said, Quote: "«Jamais\x1b» \\o/", Sentence: 3, Modality: "hedged"},
			{Subject: "p2", Predicate: "met", Object: "p1", Cameo: "040", Date: "2021-03-02", DateFrom: kg.DatePublished, Sentence: 4},
			{Subject: "p1", Predicate: kg.HoldsRole, Object: "g1", Role: "ministre\tdes \"Affaires\"", Sentence: 0, Confidence: 1},
		},
	}
}

func checkDisplays(t *testing.T, ctx context.Context, s *dgraph.Store, want int) {
	t.Helper()
	n, bad, err := dgraph.DisplayMismatches(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if n < want {
		t.Errorf("read %d facts, want at least %d", n, want)
	}
	for i, b := range bad {
		if i == 5 {
			t.Errorf("... and %d more", len(bad)-5)
			break
		}
		t.Error(b)
	}
}

// TestDisplayValuesShowTheirFacts checks, on every backend, that each
// fact's display value shows what its tree holds, after loads that need
// care, a reprocess that changes the article and one that empties its
// title, and a synthetic corpus loaded by concurrent writers; then that a
// graph without display values (loaded before they existed) answers the
// same, and that a refresh of all writes them again.
func TestDisplayValuesShowTheirFacts(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		// Israël is created first with another name: the display shows the node's.
		if _, err := s.Load(ctx, []kg.Record{call("c1"), awkward("w1", "Premier titre")}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		checkDisplays(t, ctx, s, 7)
		for _, title := range []string{"Titre\x03 revu", ""} {
			r := awkward("w1", title)
			r.Article.URL = ""
			r.Relations[0].Evidence = "Nouvelle preuve " + title
			if _, err := s.Load(ctx, []kg.Record{r}, kg.LoadOptions{Reprocess: true}); err != nil {
				t.Fatal(err)
			}
			checkDisplays(t, ctx, s, 7)
		}
		recs := synth.Records(synth.Config{Seed: 11, Articles: 120})
		loadAll(t, ctx, s, recs)
		checkDisplays(t, ctx, s, 100)

		hubs, tail := hubsAndTail(recs)
		keys := append(append(hubs[:2:2], tail[:2]...), "Q801")
		ends := append(tail[2:5:5], hubs[0])
		time.Sleep(3 * time.Second) // past the refresh's margin
		if _, err := s.Summarise(ctx, false); err != nil {
			t.Fatal(err)
		}
		shown := answers(t, ctx, s, keys, ends, true)
		shown["article"] = articleFacts(t, ctx, s, "w1")

		if err := dgraph.DropDisplays(ctx, s); err != nil {
			t.Fatal(err)
		}
		without := answers(t, ctx, s, keys, ends, true)
		without["article"] = articleFacts(t, ctx, s, "w1")
		sameAnswers(t, "without display values", shown, without)

		res, err := s.Summarise(ctx, true)
		if err != nil {
			t.Fatal(err)
		}
		if res.Displays < 100 {
			t.Errorf("a refresh of all rewrote %d display values, want every fact's", res.Displays)
		}
		checkDisplays(t, ctx, s, 100)
		again, err := s.Summarise(ctx, true)
		if err != nil || again.Displays != 0 {
			t.Errorf("a second refresh of all rewrote %d display values (%v), want none", again.Displays, err)
		}
		rebuilt := answers(t, ctx, s, keys, ends, true)
		rebuilt["article"] = articleFacts(t, ctx, s, "w1")
		sameAnswers(t, "display values rebuilt", shown, rebuilt)
	})
}

func articleFacts(t *testing.T, ctx context.Context, s *dgraph.Store, id string) string {
	t.Helper()
	a, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range a.Facts {
		b.WriteString(strings.Join([]string{f.Subject.Name, f.Predicate, f.Date, f.Article.Title, f.Evidence, f.Quote}, " | "))
		b.WriteString("\n")
	}
	return b.String()
}
