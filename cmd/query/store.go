package main

import (
	"context"
	"io"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// store is what the commands ask of the graph. main.go opens the one
// there is, a Dgraph store (dgraphStore); the commands see only this.
type store interface {
	EntityInfo(ctx context.Context, name string) (kg.EntityInfo, error)
	Neighbors(ctx context.Context, name string, opts kg.NeighborOptions) (kg.Neighborhood, error)
	Path(ctx context.Context, from, to string, maxHops int) ([]kg.Hop, error)
	Events(ctx context.Context, q kg.EventQuery) ([]kg.Fact, error)
	TimelinePage(ctx context.Context, name string, f kg.FactFilter, limit, after int) (kg.EntityRef, []kg.Fact, error)
	Quotes(ctx context.Context, name string, limit int) (kg.EntityRef, []kg.Fact, error)
	Article(ctx context.Context, id string) (kg.ArticleInfo, error)
	Search(ctx context.Context, text string, limit int) ([]kg.Match, error)
	Stats(ctx context.Context) (kg.Stats, error)
	// Export passes every article's record to emit; Query runs raw DQL
	// read-only and returns the store's JSON answer.
	Export(ctx context.Context, emit func(kg.Record) error) error
	Query(ctx context.Context, q string, vars map[string]string) ([]byte, error)
	// rdfWriter writes records as the N-Quads the store loads (export
	// --format rdf).
	rdfWriter(w io.Writer) recordWriter
}

// recordWriter writes records, refusing by name those it cannot write.
type recordWriter interface {
	Write(recs ...kg.Record) ([]kg.Refused, error)
}
