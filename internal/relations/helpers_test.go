package relations

import (
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/syntax/model"
	"github.com/newsgraph/newsgraph/internal/text"
)

var testParser = sync.OnceValues(func() (*syntax.Parser, error) {
	m, err := syntax.Load(model.Gzipped())
	if err != nil {
		return nil, err
	}
	r, err := entities.New()
	if err != nil {
		return nil, err
	}
	m.SetNewsWords(r.NewsWord) // as the pipeline does (extract.New)
	return syntax.NewParser(m), nil
})

// mustNew is New for tests.
func mustNew(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// trees parses a French document as the extractor does; English gets none.
func trees(t testing.TB, d *text.Doc) []syntax.Sentence {
	t.Helper()
	if d.Lang != "fr" {
		return nil
	}
	p, err := testParser()
	if err != nil {
		t.Fatal(err)
	}
	return p.ParseDoc(d)
}
