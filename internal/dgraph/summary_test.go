package dgraph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/synth"
)

// answers collects what the summary-backed queries return for a few
// entities, as JSON, so that two states of the graph compare at a glance:
// entity and neighbours of each of keys, and paths between each of ends and
// the next. Without summaries, depth-2 neighbours and paths through hubs
// are read from a sample of the hubs' facts; exact is false to leave them
// out.
func answers(t *testing.T, ctx context.Context, s *dgraph.Store, keys, ends []string, exact bool) map[string]string {
	t.Helper()
	out := map[string]string{}
	put := func(name string, v any, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		b, _ := json.MarshalIndent(v, "", " ")
		out[name] = string(b)
	}
	for _, k := range keys {
		info, err := s.EntityInfo(ctx, k)
		put("entity "+k, info, err)
		for _, depth := range []int{1, 2} {
			if depth == 2 && !exact {
				continue
			}
			h, err := s.Neighbors(ctx, k, kg.NeighborOptions{Depth: depth, Limit: 5})
			put("neighbors "+k+" depth "+string(rune('0'+depth)), ranking(h), err)
		}
	}
	for i := 0; i+1 < len(ends); i++ {
		p, err := s.Path(ctx, ends[i], ends[i+1], 4)
		put("path "+ends[i]+" "+ends[i+1], p, err)
	}
	return out
}

func sameAnswers(t *testing.T, what string, want, got map[string]string) {
	t.Helper()
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %s: got\n%s\nwant\n%s", what, k, got[k], w)
		}
	}
}

// TestSummariesAnswerAsFactsDo checks that an entity's summary gives the
// answers its facts give: counts, roles, ranked neighbours at depth 1 and 2,
// paths with the facts on each hop; and that a refresh after a second load
// summarises what the second load touched.
func TestSummariesAnswerAsFactsDo(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		recs := synth.Records(synth.Config{Seed: 3, Articles: 160})
		first, second := recs[:150], recs[150:]
		if _, err := s.Load(ctx, first, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		hubs, tail := hubsAndTail(first)
		keys := append(hubs[:3], tail[:3]...)
		ends := tail[3:7]
		live := answers(t, ctx, s, keys, ends, false)
		time.Sleep(3 * time.Second) // past the refresh's margin
		res, err := s.Summarise(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		if res.Entities == 0 || res.Facts == 0 {
			t.Fatalf("summarised %+v", res)
		}
		sameAnswers(t, "summaries against facts", live, answers(t, ctx, s, keys, ends, false))

		info, err := s.EntityInfo(ctx, hubs[0])
		if err != nil {
			t.Fatal(err)
		}
		before := info.Facts
		time.Sleep(3 * time.Second) // past the refresh's margin
		if _, err := s.Load(ctx, second, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		again, err := s.Summarise(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		if again.Entities == 0 || again.Entities >= countEntities(recs) {
			t.Errorf("second refresh summarised %d entities; want those of the second load only (fewer than %d)", again.Entities, countEntities(recs))
		}
		after, err := s.EntityInfo(ctx, hubs[0])
		if err != nil {
			t.Fatal(err)
		}
		if after.Facts <= before {
			t.Errorf("hub facts %d after the second load, %d before", after.Facts, before)
		}
		summarised := answers(t, ctx, s, keys, append(ends, hubs...), true)
		// Summaries of the earlier format answer the same, from facts
		// where they lack what the answer reads (depth 2 through hubs,
		// read from facts, is approximate: left out).
		format2 := answers(t, ctx, s, keys, append(ends, hubs...), false)
		if err := dgraph.MakeSummariesLegacy(ctx, s); err != nil {
			t.Fatal(err)
		}
		sameAnswers(t, "summaries of format 1 against format 2", format2, answers(t, ctx, s, keys, append(ends, hubs...), false))
		// A refresh of everything gives the same summaries.
		if _, err := s.Summarise(ctx, true); err != nil {
			t.Fatal(err)
		}
		sameAnswers(t, "full refresh against incremental", summarised, answers(t, ctx, s, keys, append(ends, hubs...), true))
		// Hubs read page by page, 7 facts at a time, are summarised alike.
		defer dgraph.SetSummaryBudget(7)()
		if _, err := s.Summarise(ctx, true); err != nil {
			t.Fatal(err)
		}
		sameAnswers(t, "read page by page against at once", summarised, answers(t, ctx, s, keys, append(ends, hubs...), true))
	})
}

func countEntities(recs []kg.Record) int {
	seen := map[string]bool{}
	for _, r := range recs {
		for _, e := range r.Entities {
			seen[e.CanonicalKey()] = true
		}
	}
	return len(seen)
}

// ranking is what two answers to Neighbors must share: at each depth, the
// sequence of fact counts, and the neighbours that rank above the last
// count. Among neighbours tied at the cut, the query reading facts keeps
// those Dgraph lists first, which differs from one store to another.
func ranking(h kg.Neighborhood) map[int][]string {
	out := map[int][]string{}
	last := map[int]int{}
	for _, n := range h.Neighbors {
		last[n.Depth] = n.Facts
	}
	for _, n := range h.Neighbors {
		r := fmt.Sprint(n.Facts)
		if n.Facts > last[n.Depth] {
			r += " " + n.Entity.Key
		}
		out[n.Depth] = append(out[n.Depth], r)
	}
	return out
}

// TestNeighborPages checks that pages of neighbours (Limit, After) put end
// to end are the list asked for at once, with the same facts, from
// summaries and from facts (there, neighbours tied on facts come in the
// store's order, so only the counts are compared).
func TestNeighborPages(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		recs := synth.Records(synth.Config{Seed: 5, Articles: 150})
		if _, err := s.Load(ctx, recs, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		hubs, _ := hubsAndTail(recs)
		pages := func(exact bool) {
			t.Helper()
			all, err := s.Neighbors(ctx, hubs[0], kg.NeighborOptions{Limit: 7})
			if err != nil {
				t.Fatal(err)
			}
			var joined kg.Neighborhood
			for after := 0; after < 7; after += 3 {
				p, err := s.Neighbors(ctx, hubs[0], kg.NeighborOptions{Limit: min(3, 7-after), After: after})
				if err != nil {
					t.Fatal(err)
				}
				joined.Neighbors = append(joined.Neighbors, p.Neighbors...)
				joined.Facts = append(joined.Facts, p.Facts...)
			}
			if len(all.Neighbors) != 7 {
				t.Fatalf("%d neighbours, want 7", len(all.Neighbors))
			}
			for i, n := range all.Neighbors {
				if got := joined.Neighbors[i]; got.Facts != n.Facts || exact && got.Entity != n.Entity {
					t.Errorf("neighbour %d: pages give %+v, at once %+v", i, got, n)
				}
			}
			if exact && len(joined.Facts) != len(all.Facts) {
				t.Errorf("pages show %d facts, at once %d", len(joined.Facts), len(all.Facts))
			}
		}
		pages(false)
		if _, err := s.Summarise(ctx, false); err != nil {
			t.Fatal(err)
		}
		pages(true)
		if _, err := s.Neighbors(ctx, hubs[0], kg.NeighborOptions{Depth: 2, After: 3}); err == nil {
			t.Error("--after at depth 2: no error")
		}
	})
}
