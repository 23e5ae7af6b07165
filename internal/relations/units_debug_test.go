package relations

import (
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/text"
)

// TestDebugUnits prints the units and facts of the text in DEBUG_TEXT,
// to see why a sentence gives (or misses) a fact:
//
//	DEBUG_TEXT="Il a rencontré X." go test ./internal/relations -run DebugUnits -v
func TestDebugUnits(t *testing.T) {
	s := os.Getenv("DEBUG_TEXT")
	if s == "" {
		t.Skip("set DEBUG_TEXT to a text to analyse")
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
	for _, f := range New().Extract(a, os.Getenv("DEBUG_PUBLISHED")) {
		t.Logf("%s", describe(a, f))
	}
}
