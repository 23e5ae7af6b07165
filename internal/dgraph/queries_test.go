package dgraph_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// TestRatelQueries runs every example in graph/queries on the example
// article: each must parse, and its first block must answer with what the
// file promises.
func TestRatelQueries(t *testing.T) {
	want := map[string]string{
		"entity-by-name.dql":  "Gabi Ashkenazi",
		"neighbors.dql":       "Antony Blinken",
		"shortest-path.dql":   "Benjamin Netanyahu",
		"article-facts.dql":   "spoke_with",
		"statements.dql":      "Conseil",
		"timeline.dql":        "2021-02-08",
		"events-by-cameo.dql": "Vladimir Poutine",
		"top-neighbors.dql":   "Antony Blinken",
		"closest.dql":         "Antony Blinken",
	}
	files, err := filepath.Glob("../../graph/queries/*.dql")
	if err != nil || len(files) != len(want) {
		t.Fatalf("graph/queries holds %d files, the test knows %d: %v", len(files), len(want), err)
	}
	text, err := os.ReadFile("../../examples/ashkenazi-blinken.txt")
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	rec := x.Extract(kg.Article{ID: "example", Source: "ashkenazi-blinken.txt", Published: "2021-02-08"}, string(text))
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		if _, err := s.Load(ctx, []kg.Record{rec}, dgraph.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Summarise(ctx, false); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			q, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			js, err := s.Query(ctx, string(q), nil)
			if err != nil {
				t.Errorf("%s: %v", f, err)
				continue
			}
			var blocks map[string]json.RawMessage
			json.Unmarshal(js, &blocks)
			if w := want[filepath.Base(f)]; !strings.Contains(string(js), w) || len(blocks) == 0 {
				t.Errorf("%s answered %.400s\nwant it to mention %q", filepath.Base(f), js, w)
			}
		}
	})
}
