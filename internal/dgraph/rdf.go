package dgraph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"time"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// RDFWriter writes records as one RDF N-Quads file that `dgraph live` or
// `dgraph bulk` can load into an empty graph with graph/schema.dql. Blank
// node names derive from canonical keys, so an entity that many articles
// mention is one node; `dgraph live --upsertPredicate` keeps that true when
// loading into a graph that already holds some of them.
type RDFWriter struct {
	out io.Writer
	w   *writer
	n   int
}

// NewRDFWriter writes to out.
func NewRDFWriter(out io.Writer) *RDFWriter {
	return &RDFWriter{out: out, w: &writer{
		rdf:      map[string]bool{},
		known:    map[string]*cachedEntity{},
		created:  map[string]string{},
		added:    map[string]map[string]bool{},
		loadedAt: time.Now().UTC().Format(time.RFC3339),
	}}
}

// Write adds records; an article seen before is skipped.
func (r *RDFWriter) Write(recs ...kg.Record) error {
	for _, rec := range recs {
		if err := rec.Validate(); err != nil {
			return fmt.Errorf("dgraph: rdf: %s: %w", rec.Article.Source, err)
		}
		subj := "_:a" + blankID(rec.Article.ID)
		if r.w.rdf[subj] {
			continue
		}
		r.w.rdf[subj] = true
		r.w.article(subj, rec)
		r.n += r.w.set.n
		if _, err := io.WriteString(r.out, r.w.set.b.String()); err != nil {
			return fmt.Errorf("dgraph: rdf: %w", err)
		}
		r.w.set = nquads{}
	}
	return nil
}

// NQuads counts what was written.
func (r *RDFWriter) NQuads() int { return r.n }

func blankID(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:12])
}
