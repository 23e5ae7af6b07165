package dgraph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// labels lists the display_name of every node of a type, sorted.
func labels(t *testing.T, ctx context.Context, s *dgraph.Store, typ string) []string {
	t.Helper()
	js, err := s.Query(ctx, `{ n(func: type(`+typ+`)) { display_name } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		N []struct {
			L string `json:"display_name"`
		} `json:"n"`
	}
	if err := json.Unmarshal(js, &out); err != nil {
		t.Fatal(err)
	}
	var ls []string
	for _, n := range out.N {
		ls = append(ls, n.L)
	}
	slices.Sort(ls)
	return ls
}

func TestLabelsAndDays(t *testing.T) {
	later := call("a2")
	later.Article.Published = "2021-03-01"
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		if _, err := s.Load(ctx, []kg.Record{call("a1"), later}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		want := map[string][]string{
			"Entity":  {"Ashkenazi", "Blinken", "CPI", "Israël"},
			"Fact":    {"is ministre…", "is ministre…", "rebuke CPI", "rebuke CPI", "said «La…»", "said «La…»", "talk Blinken", "talk Blinken"},
			"Article": {"Appel a1", "Appel a2"},
			"Mention": nil,
		}
		for typ, w := range want {
			if got := labels(t, ctx, s, typ); !slices.Equal(got, w) {
				t.Errorf("%s labels = %q, want %q", typ, got, w)
			}
		}
		// A search by name finds the entity, not its mentions, facts or
		// articles; mention text has its own index.
		js, err := s.Query(ctx, `{ n(func: anyofterms(name, "Ashkenazi")) { dgraph.type } m(func: eq(mention.text, "Gabi Ashkenazi")) { count(uid) } }`, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(js); got != `{"n":[{"dgraph.type":["Entity"]}],"m":[{"count":2}]}` {
			t.Errorf("a name search answered %s, want one entity, and two mentions by their text", got)
		}
		// Every fact of a dated article has a day; a role's first and
		// last day are those of the articles saying so, from facts and from
		// summaries alike.
		js, err = s.Query(ctx, `{ undated(func: type(Fact)) @filter(NOT has(fact.date) AND NOT has(fact.reported)) { count(uid) } }`, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(js); got != `{"undated":[{"count":0}]}` {
			t.Errorf("undated facts: %s, want none", got)
		}
		for _, when := range []string{"from facts", "from summaries"} {
			if when == "from summaries" {
				if _, err := s.Summarise(ctx, false); err != nil {
					t.Fatal(err)
				}
			}
			info, err := s.EntityInfo(ctx, "Gabi Ashkenazi")
			if err != nil {
				t.Fatal(err)
			}
			if len(info.Roles) != 1 || info.Roles[0].First != "2021-02-08" || info.Roles[0].Last != "2021-03-01" || info.Roles[0].Facts != 2 {
				t.Errorf("%s: roles = %+v, want one, seen first 2021-02-08 and last 2021-03-01", when, info.Roles)
			}
		}
	})
}

func TestRDFWriterLabels(t *testing.T) {
	var b bytes.Buffer
	w := dgraph.NewRDFWriter(&b)
	if _, err := w.Write(call("a1")); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{`<display_name> "Ashkenazi" .`, `<display_name> "talk Blinken" .`, `<display_name> "Appel a1" .`, `<fact.reported> "2021-02-08" .`} {
		if !strings.Contains(out, want) {
			t.Errorf("RDF lacks %s", want)
		}
	}
	if n := strings.Count(out, "<name>"); n != 4 {
		t.Errorf("RDF writes name %d times, want once per entity (4)", n)
	}
}

// TestSummariseRelabelsAnOlderGraph: a graph loaded before labels, days
// reported and path weights gets them from ingest --summarise, and loses
// the names that made a search by name find facts and articles.
func TestSummariseRelabelsAnOlderGraph(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		if _, err := s.Load(ctx, []kg.Record{call("a1")}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Summarise(ctx, false); err != nil {
			t.Fatal(err)
		}
		const look = `{ named(func: has(name)) { dgraph.type } labels(func: has(display_name)) { count(uid) }
  reported(func: has(fact.reported)) { count(uid) }
  weights(func: type(Fact)) { fact.subject @facets(weight) { uid } } }`
		fresh, err := s.Query(ctx, look, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := dgraph.MakeLabelsLegacy(ctx, s); err != nil {
			t.Fatal(err)
		}
		if old, _ := s.Query(ctx, look, nil); string(old) == string(fresh) {
			t.Fatalf("the graph made legacy looks fresh: %s", old)
		}
		res, err := s.Summarise(ctx, true)
		if err != nil {
			t.Fatal(err)
		}
		if res.Labels == 0 || res.Displays == 0 {
			t.Errorf("a refresh of all relabelled %d nodes and %d facts, want some of each", res.Labels, res.Displays)
		}
		rebuilt, err := s.Query(ctx, look, nil)
		if err != nil {
			t.Fatal(err)
		}
		if string(rebuilt) != string(fresh) {
			t.Errorf("after a refresh of all:\n%s\nwant, as loaded now:\n%s", rebuilt, fresh)
		}
		again, err := s.Summarise(ctx, true)
		if err != nil || again.Labels != 0 || again.Displays != 0 {
			t.Errorf("a second refresh rewrote %d labels and %d facts (%v), want none", again.Labels, again.Displays, err)
		}
	})
}
