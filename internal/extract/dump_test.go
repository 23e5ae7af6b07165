package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// TestDump writes one JSON line per file listed in NEWSGRAPH_DUMP_IN
// (space-separated) to NEWSGRAPH_DUMP_OUT, for scoring with
// ../shared/eval/score while cmd/ingest is not at hand. Published comes
// from NEWSGRAPH_DUMP_PUBLISHED.
func TestDump(t *testing.T) {
	in, out := os.Getenv("NEWSGRAPH_DUMP_IN"), os.Getenv("NEWSGRAPH_DUMP_OUT")
	if in == "" || out == "" {
		t.Skip("set NEWSGRAPH_DUMP_IN and NEWSGRAPH_DUMP_OUT to write extraction records")
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	for _, p := range strings.Fields(in) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a := kg.Article{Source: p, ID: kg.ContentID(string(b)), Published: os.Getenv("NEWSGRAPH_DUMP_PUBLISHED")}
		a.Title = strings.TrimSuffix(filepath.Base(p), ".txt")
		if err := enc.Encode(x.Extract(a, string(b))); err != nil {
			t.Fatal(err)
		}
	}
}
