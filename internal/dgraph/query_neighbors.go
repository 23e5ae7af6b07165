package dgraph

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
)

// FactFilter narrows the facts a query walks: by CAMEO code and by the day
// the fact happened (inclusive, YYYY-MM-DD). A fact without a date passes
// only when neither Since nor Until is set.
type FactFilter struct {
	Cameo string
	Since string
	Until string
}

// sets returns DQL blocks that name the sets of facts f selects, read from
// the indexes, and the filter that keeps a fact in all of them; events also
// leaves out roles and statements. Filtering by set intersection reads no
// fact's values, which matters when an entity has thousands of facts.
// Values travel as variables.
func (f FactFilter) sets(vars map[string]string, events bool) (blocks, filter string, err error) {
	var bs, parts []string
	if events {
		bs = append(bs, `xr as var(func: eq(fact.predicate, "holds_role"))`, `xs as var(func: eq(fact.predicate, "said"))`)
		parts = append(parts, "NOT uid(xr, xs)")
	}
	if f.Cameo != "" {
		vars["$cameo"] = f.Cameo
		bs = append(bs, "xc as var(func: eq(fact.cameo, $cameo))")
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

// NeighborOptions bounds a neighbourhood: how many facts away (1 or 2), the
// facts walked, and how many neighbours each level keeps.
type NeighborOptions struct {
	Depth int
	FactFilter
	Limit int // neighbours per level, most connected first; default 20
}

// Neighbor is an entity near the one asked about.
type Neighbor struct {
	Entity EntityRef `json:"entity"`
	Depth  int       `json:"depth"`
	// Via is the depth-1 neighbour it was reached through (depth 2 only).
	Via *EntityRef `json:"via,omitempty"`
	// Facts counts the facts that join it to the entity, or to Via.
	Facts int `json:"facts"`
}

// Neighborhood is an entity, its neighbours ranked by how many facts join
// them, and the facts that join them (a few per neighbour, newest first).
type Neighborhood struct {
	Entity    EntityRef  `json:"entity"`
	Neighbors []Neighbor `json:"neighbors"`
	Facts     []Fact     `json:"facts"`
}

// Hubs take part in thousands of facts. Neighbours are ranked by the facts
// they share with the entity among its first neighborWindow facts in each
// direction (all of them for most entities; for a hub, a sample in storage
// order, since sorting thousands of facts by date costs more than the
// answer), counted by Dgraph's value propagation without reading the
// neighbours' own facts; a depth-2 walk reads secondHopFacts facts in each
// direction from each depth-1 neighbour.
// A neighbour shows its factsPerNeighbor newest facts in a depth-1 answer
// and its newest one in a depth-2 answer; Neighbor.Facts says how many
// there are.
const (
	neighborWindow   = 500
	secondHopFacts   = 50
	factsPerNeighbor = 5
)

// Neighbors returns the neighbourhood of the entity a name stands for: its
// most connected neighbours first (at most opts.Limit per level), and the
// newest facts joining them. Roles are not neighbours; statements have none.
func (s *Store) Neighbors(ctx context.Context, name string, opts NeighborOptions) (Neighborhood, error) {
	if opts.Depth == 0 {
		opts.Depth = 1
	}
	if opts.Depth < 1 || opts.Depth > 2 {
		return Neighborhood{}, fmt.Errorf("dgraph: neighbors: depth %d: use 1 or 2", opts.Depth)
	}
	if opts.Limit <= 0 {
		opts.Limit = 20
	}
	n, err := s.resolve(ctx, name)
	if err != nil {
		return Neighborhood{}, err
	}
	vars := map[string]string{"$id": n.UID}
	blocks, filter, err := opts.sets(vars, true)
	if err != nil {
		return Neighborhood{}, err
	}
	// Facts are the costly part of the answer (a dozen values each): the
	// depth-1 table shows a few per neighbour, the depth-2 one the newest,
	// chosen in Go among two each way since Dgraph orders equal dates
	// differently on each backend.
	per, keep := factsPerNeighbor, factsPerNeighbor
	if opts.Depth == 2 {
		per, keep = 2, 1
	}
	var b strings.Builder
	fmt.Fprintf(&b, "query q(%s) {\n%s", declare(vars), blocks)
	fmt.Fprintf(&b, `  root as var(func: uid($id)) {
    one as math(1)
    f1 as ~fact.subject @filter(%[1]s) (first: %[2]d) { fact.object { w1 as math(one) } }
    f2 as ~fact.object @filter(%[1]s) (first: %[2]d) { fact.subject { w2 as math(one) } }
  }
  var(func: uid(w1, w2)) { w as math(w1 + w2) }
  top as var(func: uid(w), orderdesc: val(w), first: %[3]d) @filter(NOT uid(root))
  hop1(func: uid(top)) {
    %[5]s score: val(w)
    a: ~fact.object @filter(uid(f1)) (orderdesc: fact.date, first: %[4]d) { uid %[6]s }
    b: ~fact.subject @filter(uid(f2)) (orderdesc: fact.date, first: %[4]d) { uid %[6]s }
  }
`, filter, neighborWindow, opts.Limit, per, entityFieldsUID, factFields)
	if opts.Depth == 2 {
		fmt.Fprintf(&b, `  var(func: uid(top)) {
    two as math(1)
    g1 as ~fact.subject @filter(%[1]s) (first: %[2]d) { fact.object { v1 as math(two) } }
    g2 as ~fact.object @filter(%[1]s) (first: %[2]d) { fact.subject { v2 as math(two) } }
  }
  var(func: uid(v1, v2)) { v as math(v1 + v2) }
  hop2(func: uid(v), orderdesc: val(v), first: %[3]d) @filter(NOT uid(root) AND NOT uid(top)) {
    %[4]s score: val(v)
    a: ~fact.object @filter(uid(g1)) (orderdesc: fact.date, first: 2) { uid %[5]s }
    b: ~fact.subject @filter(uid(g2)) (orderdesc: fact.date, first: 2) { uid %[5]s }
  }
`, filter, secondHopFacts, opts.Limit, entityFieldsUID, factFields)
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
		return Neighborhood{}, fmt.Errorf("dgraph: neighbors of %q: %w", name, err)
	}
	h := Neighborhood{Entity: n.ref(), Neighbors: []Neighbor{}, Facts: []Fact{}}
	level := func(rs []ranked, depth int) {
		sort.SliceStable(rs, func(i, j int) bool {
			if rs[i].Score != rs[j].Score {
				return rs[i].Score > rs[j].Score
			}
			return rs[i].Key < rs[j].Key
		})
		for _, r := range rs {
			nb := Neighbor{Entity: r.ref(), Depth: depth, Facts: int(r.Score)}
			var fs []Fact
			for _, f := range append(r.A, r.B...) {
				fs = append(fs, f.fact())
			}
			sortFacts(fs)
			if len(fs) > keep {
				fs = fs[:keep]
			}
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

const entityFieldsUID = `uid entity.key name entity.type entity.wikidata`
