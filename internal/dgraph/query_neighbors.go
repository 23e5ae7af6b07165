package dgraph

import (
	"context"
	"fmt"
	"sort"
	"strconv"
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

// clause is the DQL filter for f over facts, with its values as variables;
// events excludes roles and statements.
func (f FactFilter) clause(vars map[string]string, events bool) (string, error) {
	parts := []string{}
	if events {
		parts = append(parts, `NOT eq(fact.predicate, "holds_role") AND NOT eq(fact.predicate, "said")`)
	}
	if f.Cameo != "" {
		vars["$cameo"] = f.Cameo
		parts = append(parts, "eq(fact.cameo, $cameo)")
	}
	for _, d := range []struct{ name, val, op string }{{"since", f.Since, "ge"}, {"until", f.Until, "le"}} {
		if d.val == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.val); err != nil {
			return "", fmt.Errorf("dgraph: --%s %q: want a day as YYYY-MM-DD", d.name, d.val)
		}
		vars["$"+d.name] = d.val
		parts = append(parts, d.op+"(fact.date, $"+d.name+")")
	}
	return strings.Join(parts, " AND "), nil
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

// factsPerNeighbor caps the facts shown for one neighbour: hubs share
// thousands of facts, and the count says how many there are.
const factsPerNeighbor = 10

// secondHopFacts caps the facts walked from each depth-1 neighbour, so that a
// two-hop walk through hubs stays bounded.
const secondHopFacts = 200

// Neighbors returns the neighbourhood of the entity a name stands for: its
// most connected neighbours first (at most opts.Limit per level), and the
// facts joining them. Roles are not neighbours; statements have none.
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
	filter, err := opts.clause(vars, true)
	if err != nil {
		return Neighborhood{}, err
	}
	lim := strconv.Itoa(opts.Limit)
	per := strconv.Itoa(factsPerNeighbor)
	var b strings.Builder
	fmt.Fprintf(&b, "query q(%s) {\n", declare(vars))
	fmt.Fprintf(&b, `  root as var(func: uid($id)) {
    f1 as ~fact.subject @filter(%[1]s)
    f2 as ~fact.object @filter(%[1]s)
  }
  var(func: uid(f1)) { n1 as fact.object }
  var(func: uid(f2)) { n2 as fact.subject }
  var(func: uid(n1, n2)) @filter(NOT uid(root)) {
    c1 as count(~fact.object @filter(uid(f1)))
    c2 as count(~fact.subject @filter(uid(f2)))
    w1 as math(c1 + c2)
  }
  top as var(func: uid(w1), orderdesc: val(w1), first: %[2]s)
  hop1(func: uid(top), orderdesc: val(w1)) {
    %[4]s score: val(w1)
    a: ~fact.object @filter(uid(f1)) (orderdesc: fact.date, first: %[3]s) { uid %[5]s }
    b: ~fact.subject @filter(uid(f2)) (orderdesc: fact.date, first: %[3]s) { uid %[5]s }
  }
`, filter, lim, per, entityFieldsUID, factFields)
	if opts.Depth == 2 {
		fmt.Fprintf(&b, `  var(func: uid(top)) {
    g1 as ~fact.subject @filter(%[1]s) (first: %[4]d)
    g2 as ~fact.object @filter(%[1]s) (first: %[4]d)
  }
  var(func: uid(g1)) { m1 as fact.object }
  var(func: uid(g2)) { m2 as fact.subject }
  var(func: uid(m1, m2)) @filter(NOT uid(root) AND NOT uid(top)) {
    d1 as count(~fact.object @filter(uid(g1)))
    d2 as count(~fact.subject @filter(uid(g2)))
    w2 as math(d1 + d2)
  }
  hop2(func: uid(w2), orderdesc: val(w2), first: %[2]s) {
    %[5]s score: val(w2)
    a: ~fact.object @filter(uid(g1)) (orderdesc: fact.date, first: %[3]s) { uid %[6]s }
    b: ~fact.subject @filter(uid(g2)) (orderdesc: fact.date, first: %[3]s) { uid %[6]s }
  }
`, filter, lim, per, secondHopFacts, entityFieldsUID, factFields)
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
			if len(fs) > factsPerNeighbor {
				fs = fs[:factsPerNeighbor]
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
