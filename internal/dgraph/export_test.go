package dgraph

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

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

// SetTimelineHead makes summaries list the n newest facts of entities with
// at least n facts (timeline heads); it returns the undo.
func SetTimelineHead(n int) (restore func()) {
	old := timelineHead
	timelineHead = n
	return func() { timelineHead = old }
}

// TimelineHead returns the uids of the timeline head of the entity of the
// given key, from its summary.
func TimelineHead(ctx context.Context, s *Store, key string) ([]string, error) {
	var out struct {
		E []headNode `json:"e"`
	}
	if err := s.query(ctx, `query q($k: string) { e(func: eq(entity.key, $k)) { entity.timeline } }`, map[string]string{"$k": key}, &out); err != nil {
		return nil, err
	}
	if len(out.E) == 0 {
		return nil, nil
	}
	return strings.Fields(out.E[0].Timeline), nil
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

// MakeLabelsLegacy makes the graph as loaded before labels, days reported
// and path weights: every node named by name, no display_name, no
// fact.reported, fact edges without facets.
func MakeLabelsLegacy(ctx context.Context, s *Store) error {
	var out struct {
		N []struct {
			UID string `json:"uid"`
			S   *struct {
				UID string `json:"uid"`
			} `json:"fact.subject"`
			O *struct {
				UID string `json:"uid"`
			} `json:"fact.object"`
		} `json:"n"`
	}
	// Only our node types: a server has nodes of its own (dgraph.graphql).
	q := `{ a as var(func: type(Fact)) b as var(func: type(Article)) c as var(func: type(Mention)) d as var(func: type(Meta))
  n(func: uid(a, b, c, d), first: 100000) { uid fact.subject { uid } fact.object { uid } } }`
	if err := s.query(ctx, q, nil, &out); err != nil {
		return err
	}
	var set, del nquads
	for _, n := range out.N {
		u := "<" + n.UID + ">"
		set.str(u, "name", "legacy name")
		del.edge(u, "display_name", "*")
		del.edge(u, "fact.reported", "*")
		if n.S != nil {
			set.edge(u, "fact.subject", "<"+n.S.UID+">")
		}
		if n.O != nil {
			set.edge(u, "fact.object", "<"+n.O.UID+">")
		}
	}
	_, err := s.dg.NewTxn().Mutate(ctx, &api.Mutation{SetNquads: set.bytes(), DelNquads: del.bytes(), CommitNow: true})
	return err
}

// SetTrace makes s call f after every read-only query.
func SetTrace(s *Store, f func(q string, resp *api.Response, took time.Duration)) { s.trace = f }

// SummaryPhases is how long each step of a refresh of every entity's
// summary took, as Summarise does them.
type SummaryPhases struct {
	Entities, Groups int
	Touched          time.Duration // listing the entities (touchedEntities)
	Summaries        time.Duration // every group's summaries (summariseGroup)
	SlowestGroup     time.Duration
	Similar          time.Duration // names one edit apart (flagSimilar)
	Pairs            []SimilarNames
}

// SummariseInPhases refreshes every entity's summary, step by step as
// Summarise(ctx, true) does after its display and label rebuilds, and times
// each step.
func SummariseInPhases(ctx context.Context, s *Store) (SummaryPhases, error) {
	var ph SummaryPhases
	start := time.Now()
	uids, err := s.touchedEntities(ctx, "")
	if err != nil {
		return ph, err
	}
	ph.Touched, ph.Entities = time.Since(start), len(uids)
	start = time.Now()
	for i := 0; i < len(uids); i += summaryGroup {
		group := uids[i:min(i+summaryGroup, len(uids))]
		t := time.Now()
		err := s.retry(ctx, func() error {
			_, err := s.summariseGroup(ctx, group)
			return err
		})
		if err != nil {
			return ph, err
		}
		ph.SlowestGroup = max(ph.SlowestGroup, time.Since(t))
		ph.Groups++
	}
	ph.Summaries = time.Since(start)
	start = time.Now()
	pairs, err := s.flagSimilar(ctx, uids)
	if err != nil {
		return ph, err
	}
	ph.Similar, ph.Pairs = time.Since(start), pairs
	return ph, nil
}

// SimilarByMatch finds the pairs flagSimilar would return for every entity,
// as flagSimilar found them before similarCandidates: match asked of the
// whole graph for each rare person. It writes nothing. It is the reference
// flagSimilar must agree with, and the baseline BenchmarkSummarise times.
func SimilarByMatch(ctx context.Context, s *Store) ([]SimilarNames, error) {
	const page = 50
	uids, err := s.touchedEntities(ctx, "")
	if err != nil {
		return nil, err
	}
	var people []similarNode
	for i := 0; i < len(uids); i += 1000 {
		var out struct {
			P []similarNode `json:"p"`
		}
		q := "{ p(func: uid(" + strings.Join(uids[i:min(i+1000, len(uids))], ", ") + `)) @filter(eq(entity.type, "PERSON")) { uid entity.key name entity.wikidata entity.articles } }`
		if err := s.query(ctx, q, nil, &out); err != nil {
			return nil, err
		}
		for _, p := range out.P {
			if len(strings.Fields(p.Name)) >= 2 && p.Articles <= similarRare {
				people = append(people, p)
			}
		}
	}
	seen := map[[2]string]bool{}
	var pairs []SimilarNames
	for i := 0; i < len(people); i += page {
		group := people[i:min(i+page, len(people))]
		var b strings.Builder
		vars := map[string]string{}
		b.WriteString("query q(")
		for j := range group {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "$n%d: string", j)
			vars["$n"+strconv.Itoa(j)] = group[j].Name
		}
		b.WriteString(") {\n")
		for j := range group {
			fmt.Fprintf(&b, "  c%d(func: match(name, $n%d, 1), first: 10) @filter(eq(entity.type, \"PERSON\")) { uid entity.key name entity.wikidata }\n", j, j)
		}
		b.WriteString("}")
		var out map[string][]similarNode
		if err := s.query(ctx, b.String(), vars, &out); err != nil {
			return nil, err
		}
		for j, p := range group {
			for _, c := range out["c"+strconv.Itoa(j)] {
				if c.UID == p.UID {
					continue
				}
				a, o := p, c
				if o.Key < a.Key {
					a, o = o, a
				}
				if seen[[2]string{a.Key, o.Key}] {
					continue
				}
				seen[[2]string{a.Key, o.Key}] = true
				if d := similarDecision(a, o); d != "" {
					pairs = append(pairs, SimilarNames{A: a.ref(), B: o.ref(), Decision: d})
				}
			}
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].A.Key != pairs[j].A.Key {
			return pairs[i].A.Key < pairs[j].A.Key
		}
		return pairs[i].B.Key < pairs[j].B.Key
	})
	return pairs, nil
}
