package dgraph_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/synth"
)

// BenchmarkLoader loads the same synthetic facts three ways, each into a
// fresh server, and reports N-Quads per second: this loader (idempotent,
// keyed by canonical keys), `dgraph live -U xid` (idempotent through an xid
// predicate) and plain `dgraph live` (not idempotent), with the ratios.
//
//	make bench BENCH=Loader
func BenchmarkLoader(b *testing.B) {
	const articles, batch, writers = 3000, 64, 4
	recs := synth.Records(synth.Config{Seed: 1, Articles: articles})
	rdf := filepath.Join(b.TempDir(), "facts.rdf")
	n := writeRDF(b, rdf, recs)
	schema := dgraphtest.WriteSchema(b, graph.Schema)
	schemaXid := dgraphtest.WriteSchema(b, graph.Schema+dgraphtest.XidPredicate)
	for b.Loop() {
		ours, quads := loadOurs(b, recs, batch, writers)
		xid := live(b, rdf, schemaXid, n, "--upsertPredicate", "xid")
		plain := live(b, rdf, schema, n)
		b.ReportMetric(ours, "nquads/s")
		b.ReportMetric(xid, "live-xid-nquads/s")
		b.ReportMetric(plain, "live-nquads/s")
		b.ReportMetric(ours/xid, "x-live-xid")
		b.ReportMetric(ours/plain, "x-live")
		b.Logf("%d articles, %d N-Quads (ours %d): ours %.0f/s, live -U xid %.0f/s, live %.0f/s; ratios %.2fx and %.2fx",
			articles, n, quads, ours, xid, plain, ours/xid, ours/plain)
	}
}

func writeRDF(b *testing.B, path string, recs []kg.Record) int {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	buf := bufio.NewWriterSize(f, 1<<20)
	w := dgraph.NewRDFWriter(buf)
	if refused, err := w.Write(recs...); err != nil || len(refused) > 0 {
		b.Fatal(refused, err)
	}
	if err := buf.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	return w.NQuads()
}

func loadOurs(b *testing.B, recs []kg.Record, batch, writers int) (perSec float64, nquads int) {
	srv := dgraphtest.StartServer(b)
	ctx := context.Background()
	start := time.Now() // like dgraph live's time, ours includes applying the schema
	s, err := dgraph.Open(ctx, srv.URI)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	batches := make(chan []kg.Record)
	go func() {
		for i := 0; i < len(recs); i += batch {
			batches <- recs[i:min(i+batch, len(recs))]
		}
		close(batches)
	}()
	var mu sync.Mutex
	var total kg.LoadResult
	var wg sync.WaitGroup
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for bt := range batches {
				res, err := s.Load(ctx, bt, kg.LoadOptions{})
				if err != nil {
					b.Error(err)
					return
				}
				mu.Lock()
				total.Add(res)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	el := time.Since(start)
	b.Logf("ours: %+v in %v", total, el)
	return float64(total.NQuads) / el.Seconds(), total.NQuads
}

func live(b *testing.B, rdf, schema string, n int, extra ...string) float64 {
	srv := dgraphtest.StartServer(b)
	return float64(n) / srv.Live(b, rdf, schema, extra...).Seconds()
}
