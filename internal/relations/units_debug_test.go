package relations

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/text"
)

// TestDebugUnits prints the units and facts of the text in DEBUG_TEXT,
// to see why a sentence gives (or misses) a fact:
//
//	DEBUG_TEXT="Il a rencontré X." go test ./internal/relations -run DebugUnits -v
//
// Without DEBUG_TEXT it analyses a sentence of its own and checks that the
// dump shows its meeting.
func TestDebugUnits(t *testing.T) {
	s := os.Getenv("DEBUG_TEXT")
	own := s == ""
	if own {
		s = "Le ministre Jean Dupont a rencontré lundi Marie Curie à Paris."
	}
	r, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	a := r.Recognize(text.Analyze(s))
	for _, u := range a.Units {
		name := ""
		if u.Entity >= 0 {
			name = a.Entities[u.Entity].Name + " (" + a.Entities[u.Entity].Type + ")"
		}
		var ws []string
		for k := u.First; k < u.Last; k++ {
			ws = append(ws, a.Doc.Tokens[k].Text)
		}
		t.Logf("unit %d-%d kind=%d %q -> %s", u.First, u.Last, u.Kind, ws, name)
	}
	var facts []string
	for _, f := range mustNew(t).Extract(a, trees(t, a.Doc), os.Getenv("DEBUG_PUBLISHED")) {
		facts = append(facts, describe(a, f))
		t.Logf("%s", facts[len(facts)-1])
	}
	if own && (len(a.Units) == 0 || !strings.Contains(strings.Join(facts, "\n"), "Marie Curie")) {
		t.Errorf("no meeting with Marie Curie in %q", facts)
	}
}
