package dgraph_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// TestClusterSpreadsPredicates checks that the test cluster really serves
// newsgraph's predicates from two groups, so that the conformance suite,
// which runs on it too, crosses groups in queries and transactions.
func TestClusterSpreadsPredicates(t *testing.T) {
	uri := dgraphtest.ClusterURI(t)
	ctx := dgraphtest.Context(t)
	s := open(t, ctx, uri)
	if err := s.DropAll(ctx); err != nil {
		t.Fatal(err)
	}
	// Zero places a predicate when it is first written: load once so that
	// every predicate exists, spread them, then load across the groups.
	if _, err := s.Load(ctx, []kg.Record{call("first")}, kg.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	dgraphtest.Spread(t)
	if err := dgraphtest.Settled(t, func() error { return s.DropAll(ctx) }); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Load(ctx, []kg.Record{call("spread")}, kg.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	groups := dgraphtest.GroupsOf(t)
	if len(groups) != 2 || len(groups["1"]) < 5 || len(groups["2"]) < 5 {
		t.Fatalf("predicates by group = %v, want both groups serving several", groups)
	}
	if st, err := s.Stats(ctx); err != nil || st.Articles != 1 || st.Relations != 4 {
		t.Errorf("stats across groups = %+v, %v; want 1 article and 4 facts", st, err)
	}
	n, err := s.Neighbors(ctx, "Gabi Ashkenazi", kg.NeighborOptions{})
	if err != nil || n.Entity.Name != "Gabi Ashkenazi" || len(n.Facts) != 2 {
		t.Errorf("neighbors across groups = %+v %d facts, %v", n.Entity, len(n.Facts), err)
	}
}
