package ingest

import (
	"context"
	"sync"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// RDFLoader "loads" records by writing them as RDF N-Quads, for `dgraph
// bulk` or `dgraph live` to load archives too large for transactions.
type RDFLoader struct {
	mu sync.Mutex
	w  *dgraph.RDFWriter
}

// NewRDFLoader writes to w.
func NewRDFLoader(w *dgraph.RDFWriter) *RDFLoader { return &RDFLoader{w: w} }

// Load writes the batch; every article counts as loaded.
func (l *RDFLoader) Load(_ context.Context, recs []kg.Record, _ dgraph.LoadOptions) (dgraph.LoadResult, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	before := l.w.NQuads()
	refused, err := l.w.Write(recs...)
	if err != nil {
		return dgraph.LoadResult{}, err
	}
	res := dgraph.LoadResult{Articles: len(recs) - len(refused), NQuads: l.w.NQuads() - before, Refused: refused}
	left := map[string]bool{}
	for _, r := range refused {
		left[r.Source] = true
	}
	for _, r := range recs {
		if left[r.Article.Source] {
			continue
		}
		res.Facts += len(r.Relations)
		for _, e := range r.Entities {
			res.Mentions += len(e.Mentions)
		}
	}
	return res, nil
}
