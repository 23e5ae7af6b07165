package dgraph

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// Path returns the shortest chain of facts joining two entities, at most
// maxHops facts long; nil when there is none.
func (s *Store) Path(ctx context.Context, from, to string, maxHops int) ([]kg.Hop, error) {
	ctx = s.snapshot(ctx)
	// Both ends, and their rankings: the first level of the search on
	// each side needs no query of its own.
	ends, with, err := resolvePair[pathEnd](ctx, s, from, to, summaryCounts.mark()+" "+summaryRanking.mark())
	if err != nil {
		return nil, err
	}
	a, b := ends[0], ends[1]
	if a.UID == b.UID {
		return nil, fmt.Errorf("dgraph: path: %q and %q: %w (%s)", from, to, kg.ErrSameEntity, a.Name)
	}
	read := map[string]expansion{}
	for _, e := range with {
		if e != nil && e.holds(summaryRanking) {
			read[e.UID] = expansion{UID: e.UID, summaryState: e.summaryState}
		}
	}
	if maxHops <= 0 {
		maxHops = 4
	}
	if !isUID(a.UID) || !isUID(b.UID) {
		return nil, fmt.Errorf("dgraph: path: bad uid")
	}
	chain, lister, err := s.chain(ctx, a, b, maxHops, read)
	if err != nil || chain == nil {
		return nil, err
	}
	// The chain's entities, and for each hop the facts joining it as a
	// summary lists them (summaryLevel says when a summary answers), in
	// one query: from the end whose summary the search found the hop in,
	// else from either end.
	var b1 strings.Builder
	b1.WriteString("{\n n(func: uid(" + strings.Join(chain, ", ") + ")) { uid " + entityFieldsPlain + " }\n")
	for i := 0; i+1 < len(chain); i++ {
		for j, pair := range [2][2]string{{chain[i], chain[i+1]}, {chain[i+1], chain[i]}} {
			if l := lister[[2]string{chain[i], chain[i+1]}]; l == "" || l == pair[0] {
				fmt.Fprintf(&b1, " h%d_%d(func: uid(%s)) { nb: entity.neighbor @filter(uid(%s)) @facets(facts, recent) { uid } }\n", i, j, pair[0], pair[1])
			}
		}
	}
	b1.WriteString("}")
	var first map[string]json.RawMessage
	if err := s.query(ctx, b1.String(), nil, &first); err != nil {
		return nil, fmt.Errorf("dgraph: path: %w", err)
	}
	var ents []entityNode
	if err := json.Unmarshal(first["n"], &ents); err != nil {
		return nil, fmt.Errorf("dgraph: path: %w", err)
	}
	entity := map[string]entityNode{}
	for _, n := range ents {
		entity[n.UID] = n
	}
	for _, u := range chain {
		if _, ok := entity[u]; !ok {
			return nil, fmt.Errorf("dgraph: path: entity missing from answer")
		}
	}
	count := make([]int, len(chain)-1)
	recent := make([][]string, len(chain)-1)
	var all []string
	for i := range recent {
		for j := range 2 {
			var h []struct {
				Nb []struct {
					Facts  int    `json:"nb|facts"`
					Recent string `json:"nb|recent"`
				} `json:"nb"`
			}
			if raw, ok := first[fmt.Sprintf("h%d_%d", i, j)]; ok {
				if err := json.Unmarshal(raw, &h); err != nil {
					return nil, fmt.Errorf("dgraph: path: %w", err)
				}
			}
			if len(h) > 0 && len(h[0].Nb) > 0 && recent[i] == nil {
				count[i], recent[i] = h[0].Nb[0].Facts, strings.Fields(h[0].Nb[0].Recent)
				all = append(all, recent[i]...)
			}
		}
	}
	known, err := s.factsByUID(ctx, all)
	if err != nil {
		return nil, fmt.Errorf("dgraph: path: %w", err)
	}
	// Hops no summary lists are read from their facts.
	var b2 strings.Builder
	b2.WriteString("{\n")
	for i := 0; i+1 < len(chain); i++ {
		if recent[i] != nil {
			continue
		}
		fmt.Fprintf(&b2, "h%[1]d(func: uid(%[2]s)) { out: ~fact.subject @filter(uid_in(fact.object, %[3]s)) (first: %[4]d) { %[5]s } in: ~fact.object @filter(uid_in(fact.subject, %[3]s)) (first: %[4]d) { %[5]s } }\n",
			i, chain[i], chain[i+1], pathFactsPerHop, factShown)
	}
	b2.WriteString("}")
	between := map[string][]struct {
		Out []factNode `json:"out"`
		In  []factNode `json:"in"`
	}{}
	if b2.Len() > 4 {
		if err := s.query(ctx, b2.String(), nil, &between); err != nil {
			return nil, fmt.Errorf("dgraph: path: facts between: %w", err)
		}
		var read []*factNode
		for _, hs := range between {
			for i := range hs {
				read = append(append(read, refs(hs[i].Out, self)...), refs(hs[i].In, self)...)
			}
		}
		if err := s.showFacts(ctx, read); err != nil {
			return nil, fmt.Errorf("dgraph: path: facts between: %w", err)
		}
	}
	var hops []kg.Hop
	for i := 0; i+1 < len(chain); i++ {
		h := kg.Hop{From: entity[chain[i]].ref(), To: entity[chain[i+1]].ref(), Count: count[i]}
		for _, u := range recent[i] {
			if f, ok := known[u]; ok {
				h.Facts = append(h.Facts, f)
			}
		}
		// as a summary keeps them: the newest few, by date then key
		var live []factNode
		for _, e := range between["h"+strconv.Itoa(i)] {
			live = append(append(live, e.Out...), e.In...)
		}
		if recent[i] == nil {
			h.Count = len(live)
		}
		sort.Slice(live, func(a, b int) bool {
			return newer(live[a].sortKey(), live[b].sortKey())
		})
		for j, f := range live {
			if j == summaryFacts {
				break
			}
			h.Facts = append(h.Facts, f.fact())
		}
		sortFacts(h.Facts) // the newest first, as the README promises
		hops = append(hops, h)
	}
	return hops, nil
}

// The search for a chain reads at most pathFanout facts per entity and
// direction, and expands at most pathFrontier entities per level from each
// end: a hub has thousands of facts, and an unbounded breadth-first search
// through two hubs reads the whole graph (Dgraph's shortest() then fails on
// its query-edge limit). Chains through hubs are short, so the bound loses
// little; a hop lists at most 2*pathFactsPerHop facts.
const (
	pathFanout      = 30
	pathFrontier    = 30
	pathFactsPerHop = 50
)

// chain finds the entities of a shortest bounded chain of facts from a to b:
// a breadth-first search from both ends, the smaller frontier first, one
// query per level. Among equally short chains it keeps the one through the
// smallest entity keys, so both backends give the same answer. lister names,
// for each hop found in a summary, the end whose summary lists the other.
func (s *Store) chain(ctx context.Context, a, b entityNode, maxHops int, read map[string]expansion) (uids []string, lister map[[2]string]string, err error) {
	if a.UID == b.UID {
		return nil, nil, nil
	}
	type side struct {
		parent   map[string]string // uid -> uid it was reached from ("" at the end)
		depth    map[string]int
		frontier []string
		d        int
	}
	ends := [2]*side{
		{parent: map[string]string{a.UID: ""}, depth: map[string]int{a.UID: 0}, frontier: []string{a.UID}},
		{parent: map[string]string{b.UID: ""}, depth: map[string]int{b.UID: 0}, frontier: []string{b.UID}},
	}
	keys := map[string]string{a.UID: a.Key, b.UID: b.Key}
	summarised := map[string]bool{} // entities expanded through their summary
	for ends[0].d+ends[1].d < maxHops && len(ends[0].frontier) > 0 && len(ends[1].frontier) > 0 {
		x, other := ends[0], ends[1]
		if len(ends[1].frontier) < len(ends[0].frontier) {
			x, other = ends[1], ends[0]
		}
		next, err := s.expand(ctx, x.frontier, keys, summarised, read)
		if err != nil {
			return nil, nil, err
		}
		x.d++
		var found []string
		x.frontier = x.frontier[:0]
		for _, e := range next {
			if _, ok := x.parent[e.to]; ok {
				continue
			}
			x.parent[e.to], x.depth[e.to] = e.from, x.d
			x.frontier = append(x.frontier, e.to)
			if _, ok := other.parent[e.to]; ok {
				found = append(found, e.to)
			}
		}
		if len(found) > 0 {
			sort.SliceStable(found, func(i, j int) bool {
				di, dj := other.depth[found[i]], other.depth[found[j]]
				if di != dj {
					return di < dj
				}
				return keys[found[i]] < keys[found[j]]
			})
			meet := found[0]
			var left, right []string
			for u := meet; u != ""; u = ends[0].parent[u] {
				left = append([]string{u}, left...)
			}
			for u := ends[1].parent[meet]; u != ""; u = ends[1].parent[u] {
				right = append(right, u)
			}
			uids = append(left, right...)
			lister = map[[2]string]string{}
			for i := 0; i+1 < len(uids); i++ {
				x, y := uids[i], uids[i+1]
				switch {
				case ends[0].parent[y] == x && summarised[x], ends[1].parent[y] == x && summarised[x]:
					lister[[2]string{x, y}] = x
				case ends[0].parent[x] == y && summarised[y], ends[1].parent[x] == y && summarised[y]:
					lister[[2]string{x, y}] = y
				}
			}
			return uids, lister, nil
		}
		if len(x.frontier) > pathFrontier {
			x.frontier = x.frontier[:pathFrontier]
		}
	}
	return nil, nil, nil
}

type step struct{ from, to string }

// pathEnd is an end of a path, found with its ranking.
type pathEnd struct {
	entityNode
	summaryState
}

// expansion is what a path search reads of an entity to step from it, by
// what its summary holds: its ranking, its summary's edges (summarised
// before rankings existed), or its first facts (no summary).
type expansion struct {
	UID string `json:"uid"`
	summaryState
	S []struct {
		UID string `json:"uid"`
		Key string `json:"s|key"` // the neighbour's key, kept on the edge
	} `json:"s"`
	O []pathVia `json:"o"`
	I []pathVia `json:"i"`
}

type pathVia struct {
	N *pathStep `json:"n"`
}

// pathStep is an entity one fact away.
type pathStep struct {
	UID string `json:"uid"`
	Key string `json:"entity.key"`
}

// expand reads the entities one fact away from each of frontier, in the
// order of their parents and then of their keys, and records their keys,
// and which of frontier it read through their summaries. read holds what
// was read of entities before (the ends come with their rankings), and
// gets what this reads.
func (s *Store) expand(ctx context.Context, frontier []string, keys map[string]string, summarised map[string]bool, read map[string]expansion) ([]step, error) {
	var need []string
	for _, u := range frontier {
		if !isUID(u) {
			return nil, fmt.Errorf("dgraph: path: bad uid %q", u)
		}
		if _, ok := read[u]; !ok {
			need = append(need, u)
		}
	}
	if len(need) > 0 {
		// An entity with a summary lists its most connected neighbours, in
		// one value (or, summarised before rankings existed, as edges); one
		// without is read through its first facts.
		fan := strconv.Itoa(pathFanout)
		list := strings.Join(need, ", ")
		counts, ranking := summaryCounts.mark(), summaryRanking.mark()
		q := `{
  f(func: uid(` + list + `)) @filter(` + summaryRanking.has() + `) { uid ` + counts + ` ` + ranking + ` }
  e(func: uid(` + list + `)) @filter(` + summaryCounts.has() + ` AND NOT ` + summaryRanking.has() + `) { uid ` + counts + `
    s: entity.neighbor @facets(key) { uid }
  }
  g(func: uid(` + list + `)) @filter(NOT ` + summaryCounts.has() + `) { uid
    o: ~fact.subject (first: ` + fan + `) { n: fact.object { uid entity.key } }
    i: ~fact.object (first: ` + fan + `) { n: fact.subject { uid entity.key } }
  }
}`
		var out struct {
			F []expansion `json:"f"`
			E []expansion `json:"e"`
			G []expansion `json:"g"`
		}
		if err := s.query(ctx, q, nil, &out); err != nil {
			return nil, fmt.Errorf("dgraph: path: %w", err)
		}
		for _, f := range slices.Concat(out.F, out.E, out.G) {
			read[f.UID] = f
		}
	}
	byUID := map[string][]pathStep{}
	for _, u := range frontier {
		f, ok := read[u]
		if !ok {
			continue
		}
		summarised[u] = f.holds(summaryCounts)
		var ends []pathStep
		switch {
		case f.holds(summaryRanking):
			nbs, err := f.ranked()
			if err != nil {
				return nil, fmt.Errorf("dgraph: path: ranking of %s: %w", f.UID, err)
			}
			for _, x := range nbs {
				ends = append(ends, pathStep{x.uid, x.key})
			}
		case f.holds(summaryCounts):
			for _, x := range f.S {
				ends = append(ends, pathStep{x.UID, x.Key})
			}
		default:
			for _, x := range append(f.O, f.I...) {
				if x.N != nil {
					ends = append(ends, *x.N)
				}
			}
		}
		for _, x := range ends {
			if x.Key != "" && isUID(x.UID) {
				byUID[u] = append(byUID[u], x)
				keys[x.UID] = x.Key
			}
		}
	}
	var steps []step
	for _, u := range frontier {
		ns := byUID[u]
		sort.Slice(ns, func(i, j int) bool { return ns[i].Key < ns[j].Key })
		for _, n := range ns {
			steps = append(steps, step{from: u, to: n.UID})
		}
	}
	return steps, nil
}
