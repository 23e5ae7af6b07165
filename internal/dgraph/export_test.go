package dgraph

import (
	"context"
	"fmt"

	"github.com/dgraph-io/dgo/v250/protos/api"
)

// SetEntityCacheSize bounds the entity cache to n entities a generation, so
// that tests can see loads that forget entities.
func SetEntityCacheSize(s *Store, n int) { s.cache = newEntityCache(n) }

// SetSummaryBudget makes summary refreshes read n facts a query, so that
// tests see entities read page by page; it returns the undo.
func SetSummaryBudget(n int) (restore func()) {
	old := summaryBudget
	summaryBudget = n
	return func() { summaryBudget = old }
}

// DisplayMismatches reads every fact with its display value and its tree,
// and returns how many it read and, for each whose display value does not
// show what its tree holds, both.
func DisplayMismatches(ctx context.Context, s *Store) (facts int, bad []string, err error) {
	var out struct {
		F []factNode `json:"f"`
	}
	if err := s.query(ctx, "{ f(func: type(Fact), first: 100000) { uid fact.display "+factFields+" } }", nil, &out); err != nil {
		return 0, nil, err
	}
	for _, f := range out.F {
		if want, _ := displayOf(f.Key, f.fact()); f.Display != want {
			bad = append(bad, fmt.Sprintf("fact %s shows\n  %s\nits tree holds\n  %s", f.Key, f.Display, want))
		}
	}
	return len(out.F), bad, nil
}

// DropDisplays deletes every fact's display value, as in a graph loaded
// before they existed.
func DropDisplays(ctx context.Context, s *Store) error {
	var out struct {
		F []struct {
			UID string `json:"uid"`
		} `json:"f"`
	}
	if err := s.query(ctx, "{ f(func: has(fact.display), first: 100000) { uid } }", nil, &out); err != nil {
		return err
	}
	var del nquads
	for _, f := range out.F {
		del.edge("<"+f.UID+">", "fact.display", "*")
	}
	if del.n == 0 {
		return nil
	}
	_, err := s.dg.NewTxn().Mutate(ctx, &api.Mutation{DelNquads: del.bytes(), CommitNow: true})
	return err
}

// MakeSummariesLegacy removes what summaries gained with format 2 (the
// format and the rankings), as in a graph summarised before them.
func MakeSummariesLegacy(ctx context.Context, s *Store) error {
	var out struct {
		E []struct {
			UID string `json:"uid"`
		} `json:"e"`
	}
	if err := s.query(ctx, "{ e(func: has(entity.summary), first: 100000) { uid } }", nil, &out); err != nil {
		return err
	}
	var del nquads
	for _, e := range out.E {
		del.edge("<"+e.UID+">", "entity.summary", "*")
		del.edge("<"+e.UID+">", "entity.ranking", "*")
	}
	if del.n == 0 {
		return nil
	}
	_, err := s.dg.NewTxn().Mutate(ctx, &api.Mutation{DelNquads: del.bytes(), CommitNow: true})
	return err
}
