package dgraph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// RDFWriter writes records as one RDF N-Quads file that `dgraph live` or
// `dgraph bulk` can load into an empty graph with graph/schema.dql. Blank
// node names derive from canonical keys, so an entity that many articles
// mention is one node; `dgraph live --upsertPredicate` keeps that true when
// loading into a graph that already holds some of them.
type RDFWriter struct {
	mu       sync.Mutex // Load may be called from several goroutines
	out      io.Writer
	w        *writer
	n        int
	articles map[string]bool
	aliases  map[string]map[string]bool // entity blank node -> aliases written
	nodes    map[string]kg.EntityRef    // entity blank node -> what it answers
	// marked lists what entity marks the article being written made, to
	// take them back when it fails.
	marked []alias
}

type alias struct{ ref, name string }

// NewRDFWriter writes to out.
func NewRDFWriter(out io.Writer) *RDFWriter {
	r := &RDFWriter{out: out, articles: map[string]bool{}, aliases: map[string]map[string]bool{}, nodes: map[string]kg.EntityRef{}}
	r.w = &writer{ref: r.entity, loadedAt: time.Now().UTC().Format(time.RFC3339)}
	return r
}

// entity names an entity's node after its key, writing its attributes the
// first time and any alias not written before; the node answers with those
// of the first time (in an empty graph: ingest --summarise rewrites the
// display values of facts that name an entity the graph already held).
func (r *RDFWriter) entity(e kg.Entity) (string, kg.EntityRef) {
	key := e.CanonicalKey()
	ref := "_:e" + blankID(key)
	q := &r.w.set
	have := r.aliases[ref]
	if have == nil {
		have = map[string]bool{}
		r.aliases[ref] = have
		r.marked = append(r.marked, alias{ref: ref})
		q.str(ref, "dgraph.type", "Entity")
		q.str(ref, "name", e.Name)
		q.str(ref, "display_name", entityLabel(stored(e.Name), e.Type))
		q.str(ref, "entity.key", key)
		q.str(ref, "entity.type", e.Type)
		q.str(ref, "entity.wikidata", e.Wikidata)
		r.nodes[ref] = storedRef(key, e.Name, e.Type, e.Wikidata)
	}
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		if a != "" && !have[a] {
			have[a] = true
			r.marked = append(r.marked, alias{ref, a})
			q.str(ref, "entity.alias", a)
		}
	}
	return ref, r.nodes[ref]
}

// Write adds records; an article seen before is skipped. An invalid
// record, or one whose N-Quads cannot be built, is left out and returned
// among the refused; the error is the output's.
func (r *RDFWriter) Write(recs ...kg.Record) ([]kg.Refused, error) {
	var refused []kg.Refused
	for _, rec := range recs {
		if err := rec.Validate(); err != nil {
			refused = append(refused, kg.Refused{Source: rec.Article.Source, Err: fmt.Errorf("invalid record: %w", err)})
			continue
		}
		subj := "_:a" + blankID(rec.Article.ID)
		if r.articles[subj] {
			continue
		}
		r.marked = r.marked[:0]
		if err := r.w.isolated(subj, rec); err != nil {
			r.unmark()
			refused = append(refused, kg.Refused{Source: rec.Article.Source, Err: err})
			continue
		}
		r.articles[subj] = true
		r.n += r.w.set.n
		if _, err := r.out.Write(r.w.set.b.Bytes()); err != nil {
			return refused, fmt.Errorf("dgraph: rdf: %w", err)
		}
		r.w.set = nquads{}
	}
	return refused, nil
}

// unmark forgets the entity nodes and aliases the failed article wrote:
// the next article that names them writes them again.
func (r *RDFWriter) unmark() {
	for _, m := range r.marked {
		if m.name == "" {
			delete(r.aliases, m.ref)
			delete(r.nodes, m.ref)
		} else if have := r.aliases[m.ref]; have != nil {
			delete(have, m.name)
		}
	}
	r.marked = r.marked[:0]
}

// NQuads counts what was written.
func (r *RDFWriter) NQuads() int { return r.n }

func blankID(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:12])
}

// Load writes the batch, as a loader would load it (for `dgraph bulk` or
// `dgraph live` to load archives too large for transactions); every article
// written counts as loaded.
func (r *RDFWriter) Load(_ context.Context, recs []kg.Record, _ kg.LoadOptions) (kg.LoadResult, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	before := r.NQuads()
	refused, err := r.Write(recs...)
	if err != nil {
		return kg.LoadResult{}, err
	}
	res := kg.LoadResult{Articles: len(recs) - len(refused), NQuads: r.NQuads() - before, Refused: refused}
	left := map[string]bool{}
	for _, f := range refused {
		left[f.Source] = true
	}
	for _, rec := range recs {
		if left[rec.Article.Source] {
			continue
		}
		res.Facts += len(rec.Relations)
		for _, e := range rec.Entities {
			res.Mentions += len(e.Mentions)
		}
	}
	return res, nil
}
