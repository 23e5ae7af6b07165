package extract

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/datasets"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/source"
)

// corpusResult is what extraction made of one corpus article.
type corpusResult struct {
	source                    string
	events, roles, statements int
	failure                   string
	words                     int
}

// TestCorpus extracts every article of the OrangeSum corpus (36,114 real
// French news articles): none may panic or give an invalid record, and the
// facts found per article, by kind, are logged so that coverage can be
// compared from run to run.
func TestCorpus(t *testing.T) {
	path := datasets.Require(t, datasets.Corpus)
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	results := extractCorpus(t, x, path)
	var fails []string
	var n, words, withEvent, withRole, withQuote, events, roles, statements int
	for _, r := range results {
		if r.failure != "" {
			fails = append(fails, r.source+": "+r.failure)
			continue
		}
		n++
		words += r.words
		events += r.events
		roles += r.roles
		statements += r.statements
		if r.events > 0 {
			withEvent++
		}
		if r.roles > 0 {
			withRole++
		}
		if r.statements > 0 {
			withQuote++
		}
	}
	sort.Strings(fails)
	for i, f := range fails {
		if i == 20 {
			t.Errorf("... and %d more", len(fails)-20)
			break
		}
		t.Error(f)
	}
	if len(results) < 30000 {
		t.Errorf("read %d articles, want the whole corpus (36,114)", len(results))
	}
	per := func(k int) float64 { return float64(k) / float64(max(n, 1)) }
	pct := func(k int) float64 { return 100 * per(k) }
	t.Logf("corpus: %d articles, %d words, %d failed; per article: events %.3f (%.1f %% have one), roles %.3f (%.1f %%), statements %.3f (%.1f %%)",
		n, words, len(fails), per(events), pct(withEvent), per(roles), pct(withRole), per(statements), pct(withQuote))
}

// extractCorpus reads the corpus as ingest does and extracts its articles
// on every core, catching each article's panic.
func extractCorpus(t *testing.T, x *Extractor, path string) []corpusResult {
	in := source.Reader{}
	var docs []source.Item
	for it := range in.Items(context.Background(), path) {
		if it.Err != nil {
			t.Fatalf("reading the corpus: %v", it.Err)
		}
		docs = append(docs, it)
	}
	results := make([]corpusResult, len(docs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = extractOne(x, docs[i].Doc)
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

func extractOne(x *Extractor, d *source.Doc) (r corpusResult) {
	r.source = d.Article.Source
	defer func() {
		if v := recover(); v != nil {
			r.failure = kg.Recovered(v).Error()
		}
	}()
	rec := x.Extract(d.Article, d.Text)
	if err := rec.Validate(); err != nil {
		r.failure = "invalid record: " + err.Error()
		return r
	}
	if err := checkMentions(rec, d.Text); err != nil {
		r.failure = err.Error()
		return r
	}
	r.words = len(strings.Fields(d.Text))
	for _, rel := range rec.Relations {
		switch {
		case rel.Predicate == kg.HoldsRole:
			r.roles++
		case rel.Predicate == kg.Said:
			r.statements++
		case rel.Object != "":
			r.events++
		}
	}
	return r
}

// checkMentions reports a mention whose offsets do not name its text.
func checkMentions(rec kg.Record, text string) error {
	for _, e := range rec.Entities {
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				return fmt.Errorf("entity %s: mention %q at [%d,%d) does not match the text", e.Name, m.Text, m.Start, m.End)
			}
		}
	}
	return nil
}
