package dgraph

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// factSets returns DQL blocks that name the sets of facts f selects, read
// from the indexes, and the filter that keeps a fact in all of them; events
// also leaves out roles and statements. Filtering by set intersection reads
// no fact's values, which matters when an entity has thousands of facts.
// Values travel as variables.
func factSets(f kg.FactFilter, vars map[string]string, events bool) (blocks, filter string, err error) {
	var bs, parts []string
	if events {
		bs = append(bs, `xr as var(func: eq(fact.predicate, "holds_role"))`, `xs as var(func: eq(fact.predicate, "said"))`)
		parts = append(parts, "NOT uid(xr, xs)")
	}
	if f.Cameo != "" {
		lo, hi, err := cameoRange(f.Cameo)
		if err != nil {
			return "", "", err
		}
		vars["$cameo"], vars["$cameo_hi"] = lo, hi
		bs = append(bs, "xc as var(func: ge(fact.cameo, $cameo)) @filter(lt(fact.cameo, $cameo_hi))")
		parts = append(parts, "uid(xc)")
	}
	for _, d := range []struct{ name, val string }{{"since", f.Since}, {"until", f.Until}} {
		if d.val == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.val); err != nil {
			return "", "", fmt.Errorf("dgraph: --%s %q: want a day as YYYY-MM-DD", d.name, d.val)
		}
		vars["$"+d.name] = d.val
	}
	switch {
	case f.Since != "" && f.Until != "":
		bs = append(bs, "xd as var(func: between(fact.date, $since, $until))")
	case f.Since != "":
		bs = append(bs, "xd as var(func: ge(fact.date, $since))")
	case f.Until != "":
		bs = append(bs, "xd as var(func: le(fact.date, $until))")
	}
	if f.Since != "" || f.Until != "" {
		parts = append(parts, "uid(xd)")
	}
	return "  " + strings.Join(bs, "\n  ") + "\n", strings.Join(parts, " AND "), nil
}

// cameoRange is the range of codes a CAMEO code stands for: itself and
// every code under it (04 holds 040 to 046, 021 holds 0211 to 0214), as
// [lo, hi) in the order of the exact index.
func cameoRange(code string) (lo, hi string, err error) {
	if len(code) < 2 || len(code) > 4 {
		return "", "", fmt.Errorf("dgraph: --cameo %q: want a code of 2 to 4 digits", code)
	}
	for _, r := range code {
		if r < '0' || r > '9' {
			return "", "", fmt.Errorf("dgraph: --cameo %q: want a code of 2 to 4 digits", code)
		}
	}
	last := code[len(code)-1]
	return code, code[:len(code)-1] + string(rune(last+1)), nil
}

// declare lists the variables of vars for a query's signature.
func declare(vars map[string]string) string {
	names := make([]string, 0, len(vars))
	for k := range vars {
		names = append(names, k)
	}
	sort.Strings(names)
	for i, k := range names {
		names[i] = k + ": string"
	}
	return strings.Join(names, ", ")
}

// Hubs take part in thousands of facts. Neighbours are ranked by the facts
// they share with the entity among its first neighborWindow facts in each
// direction (all of them for most entities; for a hub, a sample in storage
// order, since sorting thousands of facts by date costs more than the
// answer), counted by Dgraph's value propagation without reading the
// neighbours' own facts; a depth-2 walk reads secondHopFacts facts in each
// direction from each depth-1 neighbour.
// A depth-1 neighbour shows its factsPerNeighbor newest facts, at either
// depth, and a depth-2 neighbour its newest one; kg.Neighbor.Facts says how
// many there are.
const (
	neighborWindow   = 500
	secondHopFacts   = 50
	factsPerNeighbor = 5
)

// Neighbors returns the neighbourhood of the entity a name stands for: its
// most connected neighbours first (at most opts.Limit per level), and the
// newest facts joining them. Roles are not neighbours; statements have none.
func (s *Store) Neighbors(ctx context.Context, name string, opts kg.NeighborOptions) (kg.Neighborhood, error) {
	if opts.Depth == 0 {
		opts.Depth = 1
	}
	if opts.Depth < 1 || opts.Depth > 2 {
		return kg.Neighborhood{}, fmt.Errorf("dgraph: neighbors: depth %d: use 1 or 2", opts.Depth)
	}
	if opts.Limit <= 0 {
		opts.Limit = 20
	}
	if opts.After < 0 || opts.After > 0 && opts.Depth != 1 {
		return kg.Neighborhood{}, fmt.Errorf("dgraph: neighbors: --after pages depth-1 neighbours; give a count, at depth 1")
	}
	ctx = s.snapshot(ctx)
	// A summary, when it can answer, is read with the entity.
	summarised := summarisable(opts)
	fields := ""
	if summarised {
		fields = summaryPage(opts)
	}
	n, with, err := resolveReading[summaryPageNode](ctx, s, name, fields)
	if err != nil {
		return kg.Neighborhood{}, err
	}
	if summarised {
		h, ok, err := s.neighborsSummary(ctx, name, n, with, opts)
		if err != nil || ok {
			return h, err
		}
	}
	vars := map[string]string{"$id": n.UID}
	blocks, filter, err := factSets(opts.FactFilter, vars, true)
	if err != nil {
		return kg.Neighborhood{}, err
	}
	// A depth-1 neighbour shows a few facts, a depth-2 one the newest,
	// chosen in Go by date and then key as summaries choose them, since
	// Dgraph orders equal dates differently on each backend.
	var b strings.Builder
	fmt.Fprintf(&b, "query q(%s) {\n%s", declare(vars), blocks)
	fmt.Fprintf(&b, `  root as var(func: uid($id)) {
    one as math(1)
    f1 as ~fact.subject @filter(%[1]s) (first: %[2]d) { fact.object { w1 as math(one) } }
    f2 as ~fact.object @filter(%[1]s) (first: %[2]d) { fact.subject { w2 as math(one) } }
  }
  var(func: uid(w1, w2)) { w as math(w1 + w2) }
  top as var(func: uid(w), orderdesc: val(w), first: %[3]d, offset: %[6]d) @filter(NOT uid(root))
  hop1(func: uid(top)) {
    %[4]s score: val(w)
    a: ~fact.object @filter(uid(f1)) { %[5]s }
    b: ~fact.subject @filter(uid(f2)) { %[5]s }
  }
`, filter, neighborWindow, opts.Limit, entityFieldsUID, factShown, opts.After)
	if opts.Depth == 2 {
		fmt.Fprintf(&b, `  var(func: uid(top)) {
    two as math(1)
    g1 as ~fact.subject @filter(%[1]s) (first: %[2]d) { fact.object { v1 as math(two) } }
    g2 as ~fact.object @filter(%[1]s) (first: %[2]d) { fact.subject { v2 as math(two) } }
  }
  var(func: uid(v1, v2)) { v as math(v1 + v2) }
  hop2(func: uid(v), orderdesc: val(v), first: %[3]d) @filter(NOT uid(root) AND NOT uid(top)) {
    %[4]s score: val(v)
    a: ~fact.object @filter(uid(g1)) { %[5]s }
    b: ~fact.subject @filter(uid(g2)) { %[5]s }
  }
`, filter, secondHopFacts, opts.Limit, entityFieldsUID, factShown)
	}
	b.WriteString("}")
	type ranked struct {
		entityNode
		Score float64    `json:"score"`
		A     []factNode `json:"a"`
		B     []factNode `json:"b"`
	}
	var out struct {
		First  []ranked `json:"hop1"`
		Second []ranked `json:"hop2"`
	}
	if err := s.query(ctx, b.String(), vars, &out); err != nil {
		return kg.Neighborhood{}, fmt.Errorf("dgraph: neighbors of %q: %w", name, err)
	}
	var read []*factNode
	for _, rs := range [][]ranked{out.First, out.Second} {
		for i := range rs {
			read = append(read, refs(rs[i].A, self)...)
			read = append(read, refs(rs[i].B, self)...)
		}
	}
	if err := s.showFacts(ctx, read); err != nil {
		return kg.Neighborhood{}, fmt.Errorf("dgraph: neighbors of %q: %w", name, err)
	}
	h := kg.Neighborhood{Entity: n.ref(), Neighbors: []kg.Neighbor{}, Facts: []kg.Fact{}}
	level := func(rs []ranked, depth int) {
		sort.SliceStable(rs, func(i, j int) bool {
			if rs[i].Score != rs[j].Score {
				return rs[i].Score > rs[j].Score
			}
			return rs[i].Key < rs[j].Key
		})
		for _, r := range rs {
			nb := kg.Neighbor{Entity: r.ref(), Depth: depth, Facts: int(r.Score)}
			// the newest, chosen as summaries choose them
			all := append(r.A, r.B...)
			sort.Slice(all, func(a, b int) bool {
				return newer(all[a].sortKey(), all[b].sortKey())
			})
			var fs []kg.Fact
			keep := factsPerNeighbor
			if depth == 2 {
				keep = 1
			}
			for _, f := range all {
				if len(fs) == keep {
					break
				}
				fs = append(fs, f.fact())
			}
			sortFacts(fs)
			if depth == 2 && len(fs) > 0 {
				via := fs[0].Subject
				if via.Key == nb.Entity.Key && fs[0].Object != nil {
					via = *fs[0].Object
				}
				nb.Via = &via
			}
			h.Neighbors = append(h.Neighbors, nb)
			h.Facts = append(h.Facts, fs...)
		}
	}
	level(out.First, 1)
	level(out.Second, 2)
	sortFacts(h.Facts)
	return h, nil
}

// summaryEdge is a neighbour as an entity's summary lists it: ranked, with
// what the neighbour answers, so that a list of neighbours reads no
// neighbour.
type summaryEdge struct {
	UID          string `json:"uid"`
	Rank         int    `json:"nb|rank"`
	Key          string `json:"nb|key"`
	Name         string `json:"nb|name"`
	Type         string `json:"nb|type"`
	Wikidata     string `json:"nb|wikidata"`
	Events       int    `json:"nb|events"`
	Recent       string `json:"nb|recent"`
	RecentEv     string `json:"nb|recent_events"`
	summaryState        // its own ranking (depth 2)
}

func (e summaryEdge) ref() kg.EntityRef {
	return kg.EntityRef{Key: e.Key, Name: e.Name, Type: e.Type, Wikidata: e.Wikidata}
}

// summaryPageNode is an entity with a page of its ranked neighbours.
type summaryPageNode struct {
	entityNode
	summaryState
	Nb []summaryEdge `json:"nb"`
}

// summaryPage is what a page of an entity's ranked neighbours reads of it:
// the edges ranked After to After+Limit, and at depth 2 their own
// neighbours, one value each (entity.ranking).
func summaryPage(opts kg.NeighborOptions) string {
	next := ""
	if opts.Depth == 2 {
		next = summaryRanking.mark()
	}
	return fmt.Sprintf(`%s
    nb: entity.neighbor @facets(ge(rank, %d) AND lt(rank, %d)) @facets(rank, key, name, type, wikidata, events, recent, recent_events) { uid %s }`,
		summaryPages.mark(), opts.After, opts.After+opts.Limit, next)
}

// neighborsSummary answers Neighbors from summaries, reading no hub's facts
// and no neighbour node: the page of the entity's ranked neighbour edges
// (rank After to After+Limit) and at depth 2 the ranking value of each of
// those, read with the entity when with holds them (else by one more
// query), then the display values of the facts shown. ok is false when a
// summary needed does not hold the level the answer needs (summaryPages of
// the entity, summaryRanking of each depth-1 neighbour).
func (s *Store) neighborsSummary(ctx context.Context, name string, n entityNode, with *summaryPageNode, opts kg.NeighborOptions) (kg.Neighborhood, bool, error) {
	var out struct {
		E []summaryPageNode `json:"e"`
	}
	if with != nil {
		out.E = []summaryPageNode{*with}
	} else if err := s.query(ctx, "query q($id: string) {\n  e(func: uid($id)) { "+summaryPage(opts)+" }\n}", map[string]string{"$id": n.UID}, &out); err != nil {
		return kg.Neighborhood{}, false, fmt.Errorf("dgraph: neighbors of %q: %w", name, err)
	}
	if len(out.E) == 0 || !out.E[0].holds(summaryPages) {
		return kg.Neighborhood{}, false, nil
	}
	top := out.E[0].Nb
	sort.Slice(top, func(i, j int) bool { return top[i].Rank < top[j].Rank })
	h := kg.Neighborhood{Entity: n.ref(), Neighbors: []kg.Neighbor{}, Facts: []kg.Fact{}}
	// want lists the facts to show, each with the neighbour it is shown for.
	type shown struct {
		key  string
		uids []string
	}
	var want []shown
	inTop := map[string]bool{n.UID: true}
	for _, t := range top {
		inTop[t.UID] = true
		h.Neighbors = append(h.Neighbors, kg.Neighbor{Entity: t.ref(), Depth: 1, Facts: t.Events})
		uids := strings.Fields(events(t.RecentEv, t.Recent))
		want = append(want, shown{t.Key, uids})
	}
	if opts.Depth == 2 {
		// the neighbours of the neighbours, scored by the events joining
		// them to each, with the newest fact through each
		type candidate struct {
			key   string
			score int
			via   []string
		}
		var cands []candidate
		at := map[string]int{} // uid -> index in cands
		for _, t := range top {
			if !t.holds(summaryRanking) {
				return kg.Neighborhood{}, false, nil
			}
			next, err := t.ranked()
			if err != nil {
				return kg.Neighborhood{}, false, fmt.Errorf("dgraph: neighbors of %q: ranking of %s: %w", name, t.Key, err)
			}
			for _, x := range next {
				if inTop[x.uid] || x.events == 0 {
					continue
				}
				i, ok := at[x.uid]
				if !ok {
					i = len(cands)
					at[x.uid] = i
					cands = append(cands, candidate{})
				}
				c := &cands[i]
				c.score += x.events
				c.key = x.key
				if x.latest != "" {
					c.via = append(c.via, x.latest)
				}
			}
		}
		sort.Slice(cands, func(i, j int) bool {
			a, b := &cands[i], &cands[j]
			if a.score != b.score {
				return a.score > b.score
			}
			return a.key < b.key
		})
		if len(cands) > opts.Limit {
			cands = cands[:opts.Limit]
		}
		for _, c := range cands {
			// named below, from the facts shown for it
			h.Neighbors = append(h.Neighbors, kg.Neighbor{Entity: kg.EntityRef{Key: c.key}, Depth: 2, Facts: c.score})
			want = append(want, shown{c.key, c.via})
		}
	}
	var all []string
	for _, w := range want {
		all = append(all, w.uids...)
	}
	facts, err := s.factsByUID(ctx, all)
	if err != nil {
		return kg.Neighborhood{}, false, fmt.Errorf("dgraph: neighbors of %q: %w", name, err)
	}
	for i, w := range want {
		var fs []kg.Fact
		for _, u := range w.uids {
			if f, ok := facts[u]; ok {
				fs = append(fs, f)
			}
		}
		sortFacts(fs)
		nb := &h.Neighbors[i]
		keep := factsPerNeighbor
		if nb.Depth == 2 {
			keep = 1
		}
		if len(fs) > keep {
			fs = fs[:keep]
		}
		if nb.Depth == 2 && len(fs) > 0 {
			v, x := fs[0].Subject, fs[0].Object
			if v.Key == w.key && x != nil {
				v, x = *x, &fs[0].Subject
			}
			nb.Via = &v
			if x != nil && x.Key == w.key {
				nb.Entity = *x
			}
		}
		h.Facts = append(h.Facts, fs...)
	}
	sortFacts(h.Facts)
	return h, true, nil
}

// factsByUID reads facts by uid.
func (s *Store) factsByUID(ctx context.Context, uids []string) (map[string]kg.Fact, error) {
	out := map[string]kg.Fact{}
	var ok []string
	for _, u := range uids {
		if isUID(u) {
			ok = append(ok, u)
		}
	}
	if len(ok) == 0 {
		return out, nil
	}
	var res struct {
		F []factNode `json:"f"`
	}
	if err := s.query(ctx, "{ f(func: uid("+strings.Join(ok, ", ")+")) { "+factShown+" } }", nil, &res); err != nil {
		return nil, err
	}
	if err := s.showFacts(ctx, refs(res.F, self)); err != nil {
		return nil, err
	}
	for _, f := range res.F {
		if f.Key != "" { // not deleted by a reprocess since the summary
			out[f.UID] = f.fact()
		}
	}
	return out, nil
}

// events is a summary edge's newest events: recent_events, or recent when
// the two lists are the same and only recent was written.
func events(recentEvents, recent string) string {
	if recentEvents != "" {
		return recentEvents
	}
	return recent
}
