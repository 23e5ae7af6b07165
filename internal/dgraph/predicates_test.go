package dgraph

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPredicatesInSchema: every predicate the package's code names (in
// queries, mutations, field lists and JSON tags) is one of the schema's, so
// that a misspelt name fails here rather than reading nothing.
func TestPredicatesInSchema(t *testing.T) {
	preds, _ := parseSchema(graph.Schema)
	known := map[string]bool{}
	for _, p := range preds {
		known[p.Predicate] = true
	}
	if len(known) == 0 {
		t.Fatal("no predicate in the schema")
	}
	named := regexp.MustCompile(`\b(?:article|entity|fact|mention)\.[a-z_]+\b`)
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(src), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "//") {
				continue
			}
			for _, m := range named.FindAllString(line, -1) {
				seen++
				if !known[m] {
					t.Errorf("%s: %s is not a predicate of graph/schema.dql", f, m)
				}
			}
		}
	}
	if seen < 100 {
		t.Errorf("only %d predicate names found in the package's code", seen)
	}
}
