package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// askedStore answers nothing and writes down each question it is asked, so
// that a test sees what a command line becomes without a graph.
type askedStore struct{ asked []string }

func (s *askedStore) ask(format string, a ...any) {
	s.asked = append(s.asked, fmt.Sprintf(format, a...))
}

func (s *askedStore) EntityInfo(_ context.Context, name string) (kg.EntityInfo, error) {
	s.ask("EntityInfo %q", name)
	return kg.EntityInfo{}, nil
}

func (s *askedStore) Neighbors(_ context.Context, name string, opts kg.NeighborOptions) (kg.Neighborhood, error) {
	s.ask("Neighbors %q %+v", name, opts)
	return kg.Neighborhood{}, nil
}

func (s *askedStore) Path(_ context.Context, from, to string, maxHops int) ([]kg.Hop, error) {
	s.ask("Path %q %q %d", from, to, maxHops)
	return nil, nil
}

func (s *askedStore) Events(_ context.Context, q kg.EventQuery) ([]kg.Fact, error) {
	s.ask("Events %+v", q)
	return nil, nil
}

func (s *askedStore) TimelinePage(_ context.Context, name string, f kg.FactFilter, limit, after int) (kg.EntityRef, []kg.Fact, error) {
	s.ask("TimelinePage %q %+v %d %d", name, f, limit, after)
	return kg.EntityRef{}, nil, nil
}

func (s *askedStore) Quotes(_ context.Context, name string, limit int) (kg.EntityRef, []kg.Fact, error) {
	s.ask("Quotes %q %d", name, limit)
	return kg.EntityRef{}, nil, nil
}

func (s *askedStore) Article(_ context.Context, id string) (kg.ArticleInfo, error) {
	s.ask("Article %q", id)
	return kg.ArticleInfo{}, fmt.Errorf("dgraph: article %q: %w", id, kg.ErrNoArticle)
}

func (s *askedStore) Search(_ context.Context, text string, limit int) ([]kg.Match, error) {
	s.ask("Search %q %d", text, limit)
	return nil, nil
}

func (s *askedStore) Stats(context.Context) (kg.Stats, error) {
	s.ask("Stats")
	return kg.Stats{}, nil
}

func (s *askedStore) Export(_ context.Context, emit func(kg.Record) error) error {
	s.ask("Export")
	return emit(kg.Record{Article: kg.Article{ID: "a1"}})
}

func (s *askedStore) Query(_ context.Context, q string, vars map[string]string) ([]byte, error) {
	s.ask("Query %q %v", q, vars)
	return []byte(`{"q":[]}`), nil
}

func (s *askedStore) rdfWriter(w io.Writer) recordWriter { return &askedWriter{s: s} }

type askedWriter struct{ s *askedStore }

func (w *askedWriter) Write(recs ...kg.Record) ([]kg.Refused, error) {
	w.s.ask("rdf Write %s", recs[0].Article.ID)
	return nil, nil
}

// TestCommandsAskTheStore: each command puts its arguments and flags into
// the question it asks the store, and asks nothing else.
func TestCommandsAskTheStore(t *testing.T) {
	o := options{format: "json", maxHops: 3, depth: 2, limit: 7, after: 3, cameo: "04",
		since: "2021-01-01", until: "2021-12-31", actor: "Blinken", target: "Lavrov", vars: varFlag{"who=Blinken"}}
	const filter = "{Cameo:04 Since:2021-01-01 Until:2021-12-31}"
	for _, tc := range []struct {
		cmd  string
		args []string
		want string
	}{
		{"entity", []string{"Blinken"}, `EntityInfo "Blinken"`},
		{"neighbors", []string{"Blinken"}, `Neighbors "Blinken" {Depth:2 FactFilter:` + filter + ` Limit:7 After:3}`},
		{"path", []string{"Blinken", "Lavrov"}, `Path "Blinken" "Lavrov" 3`},
		{"events", nil, `Events {Actor:Blinken Target:Lavrov FactFilter:` + filter + ` Limit:7 After:3}`},
		{"timeline", []string{"Blinken"}, `TimelinePage "Blinken" ` + filter + ` 7 3`},
		{"quotes", []string{"Blinken"}, `Quotes "Blinken" 7`},
		{"article", []string{"https://example.org/a"}, `Article "https://example.org/a"`},
		{"search", []string{"Antony", "Blinken"}, `Search "Antony Blinken" 7`},
		{"stats", nil, `Stats`},
		{"dql", []string{"{ q(func: eq(name, $who)) { name } }"}, `Query "{ q(func: eq(name, $who)) { name } }" map[$who:Blinken]`},
		{"export", nil, `Export; rdf Write a1`},
	} {
		c, ok := lookup(tc.cmd)
		if !ok {
			t.Fatalf("no command %s", tc.cmd)
		}
		s := &askedStore{}
		var out bytes.Buffer
		var err error
		if c.write != nil {
			o := o
			if tc.cmd == "export" {
				o.format = "rdf"
			}
			err = c.write(context.Background(), s, tc.args, o, &out)
		} else {
			_, err = c.answer(context.Background(), s, tc.args, o)
		}
		if tc.cmd == "article" {
			if !strings.Contains(fmt.Sprint(err), "name it by the path ingest was given") {
				t.Errorf("article: error %v, want the ways to name an article", err)
			}
		} else if err != nil {
			t.Errorf("%s: %v", tc.cmd, err)
		}
		if got := strings.Join(s.asked, "; "); got != tc.want {
			t.Errorf("%s asked\n  %s\nwant\n  %s", tc.cmd, got, tc.want)
		}
	}
}
