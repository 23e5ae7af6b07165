package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
)

// TestEmitRDFLoadsWithDgraphLive: the RDF that --emit writes, loaded by
// `dgraph live` into a fresh server, is the graph a direct load makes.
func TestEmitRDFLoadsWithDgraphLive(t *testing.T) {
	corpus := faultCorpus(t, 40)
	want := reference(t, corpus)
	rdf := filepath.Join(t.TempDir(), "facts.rdf.gz")
	code, _, errs := runIngest(t, "--emit", "rdf", "--out", rdf, "--published", "2021-06-01", corpus)
	if code != 0 || !strings.Contains(errs, "wrote 40 articles as") {
		t.Fatalf("emit: exit %d: %s", code, errs)
	}
	srv := dgraphtest.StartServer(t)
	schema := filepath.Join(t.TempDir(), "schema.dql")
	if err := os.WriteFile(schema, []byte(graph.Schema), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	live := exec.CommandContext(ctx, srv.Bin, "live", "--files", rdf, "--schema", schema,
		"--alpha", srv.GRPC, "--zero", srv.Zero, "--tmp", t.TempDir(), "--log_dir", t.TempDir(),
		"--http", "127.0.0.1:0")
	live.Dir = t.TempDir()
	if out, err := live.CombinedOutput(); err != nil {
		t.Fatalf("dgraph live: %v\n%s", err, out)
	}
	if got := storeStats(t, srv.URI); got != want {
		t.Errorf("graph loaded from RDF = %+v\nwant (direct load) %+v", got, want)
	}
}
