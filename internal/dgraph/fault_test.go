package dgraph_test

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
	"github.com/newsgraph/newsgraph/internal/synth"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// TestServerRestartMidLoad restarts Dgraph while a load runs: the loader
// retries through the outage, and the graph ends with every article once.
func TestServerRestartMidLoad(t *testing.T) {
	srv := dgraphtest.StartServer(t)
	ctx := dgraphtest.Context(t)
	s, err := dgraph.Open(ctx, srv.URI)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	recs := synth.Records(synth.Config{Seed: 7, Articles: 400})
	var batches atomic.Int32
	done := make(chan error, 1)
	var total kg.LoadResult
	go func() {
		for i := 0; i < len(recs); i += 8 {
			res, err := s.Load(ctx, recs[i:min(i+8, len(recs))], kg.LoadOptions{})
			total.Add(res)
			if err != nil {
				done <- err
				return
			}
			batches.Add(1)
		}
		done <- nil
	}()
	for batches.Load() < 5 {
		time.Sleep(10 * time.Millisecond)
	}
	srv.Restart(t)
	restartedAt := batches.Load()
	if err := <-done; err != nil {
		t.Fatalf("load across a restart: %v", err)
	}
	if restartedAt >= 50 {
		t.Fatalf("the load had finished (%d of 50 batches) before the restart: the test proved nothing", restartedAt)
	}
	t.Logf("restarted after %d of 50 batches; %d transactions retried", restartedAt, total.Retries)
	if total.Retries == 0 {
		t.Error("no transaction was retried: the load never met the outage")
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	facts, mentions := 0, 0
	for _, r := range recs {
		facts += len(r.Relations)
		for _, e := range r.Entities {
			mentions += len(e.Mentions)
		}
	}
	if st.Articles != len(recs) || st.Relations != facts || st.Mentions != mentions {
		t.Errorf("stats = %+v, want %d articles, %d facts, %d mentions", st, len(recs), facts, mentions)
	}
	if dups := duplicateEntities(t, ctx, s); len(dups) > 0 {
		t.Errorf("duplicate entities: %v", dups)
	}
	// Loading everything again after the outage writes nothing.
	again, err := s.Load(ctx, recs, kg.LoadOptions{})
	if err != nil || again.Skipped != len(recs) || again.NQuads != 0 {
		t.Errorf("reload = %+v, %v; want all skipped", again, err)
	}
}
