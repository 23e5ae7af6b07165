package dgraph

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Hop is one step of a path: the facts that join From to To, the best
// attested first (highest confidence, dated, earliest).
type Hop struct {
	From  EntityRef `json:"from"`
	Facts []Fact    `json:"facts"`
	To    EntityRef `json:"to"`
}

// Path returns the shortest chain of facts joining two entities, at most
// maxHops facts long; nil when there is none.
func (s *Store) Path(ctx context.Context, from, to string, maxHops int) ([]Hop, error) {
	a, err := s.resolve(ctx, from)
	if err != nil {
		return nil, err
	}
	b, err := s.resolve(ctx, to)
	if err != nil {
		return nil, err
	}
	if maxHops <= 0 {
		maxHops = 4
	}
	// Facts are nodes: entity -> fact -> entity is two edges.
	if !isUID(a.UID) || !isUID(b.UID) {
		return nil, fmt.Errorf("dgraph: path: bad uid")
	}
	q := `{
  p as shortest(from: ` + a.UID + `, to: ` + b.UID + `, depth: ` + strconv.Itoa(2*maxHops) + `) {
    ~fact.subject fact.object ~fact.object fact.subject
  }
  n(func: uid(p)) { uid ` + entityFieldsPlain + ` }
}`
	js, err := s.Query(ctx, q, nil)
	if err != nil {
		return nil, fmt.Errorf("dgraph: path from %q to %q: %w", from, to, err)
	}
	var shape struct {
		Path []map[string]any `json:"_path_"`
	}
	var ents struct {
		N []entityNode `json:"n"`
	}
	var facts struct {
		N []factNode `json:"n"`
	}
	for _, v := range []any{&shape, &ents, &facts} {
		if err := json.Unmarshal(js, v); err != nil {
			return nil, fmt.Errorf("dgraph: path: %w", err)
		}
	}
	if len(shape.Path) == 0 {
		return nil, nil
	}
	entity := map[string]entityNode{}
	for _, n := range ents.N {
		if n.Key != "" {
			entity[n.UID] = n
		}
	}
	order := pathUIDs(shape.Path[0])
	// Dgraph picks one of several equally short paths through the facts;
	// keep its chain of entities and list every fact between neighbours.
	var chain []string
	for i := 0; i < len(order); i += 2 {
		if _, ok := entity[order[i]]; !ok || !isUID(order[i]) {
			return nil, fmt.Errorf("dgraph: path: entity missing from answer")
		}
		chain = append(chain, order[i])
	}
	var b2 strings.Builder
	b2.WriteString("{\n")
	for i := 0; i+1 < len(chain); i++ {
		fmt.Fprintf(&b2, "h%d(func: uid(%s)) { out: ~fact.subject @filter(uid_in(fact.object, %s)) { uid %s } in: ~fact.object @filter(uid_in(fact.subject, %s)) { uid %s } }\n",
			i, chain[i], chain[i+1], factFields, chain[i+1], factFields)
	}
	b2.WriteString("}")
	var between map[string][]struct {
		Out []factNode `json:"out"`
		In  []factNode `json:"in"`
	}
	if err := s.query(ctx, b2.String(), nil, &between); err != nil {
		return nil, fmt.Errorf("dgraph: path: facts between: %w", err)
	}
	var hops []Hop
	for i := 0; i+1 < len(chain); i++ {
		h := Hop{From: entity[chain[i]].ref(), To: entity[chain[i+1]].ref()}
		for _, e := range between["h"+strconv.Itoa(i)] {
			for _, f := range append(e.Out, e.In...) {
				h.Facts = append(h.Facts, f.fact())
			}
		}
		sortByEvidence(h.Facts)
		hops = append(hops, h)
	}
	return hops, nil
}

// sortByEvidence puts the best attested fact first: highest confidence,
// then dated, then by article and sentence.
func sortByEvidence(facts []Fact) {
	sortFacts(facts)
	sort.SliceStable(facts, func(i, j int) bool {
		a, b := facts[i], facts[j]
		if a.Confidence != b.Confidence {
			return a.Confidence > b.Confidence
		}
		return a.Date != "" && b.Date == ""
	})
}

// pathUIDs walks Dgraph's nested _path_ answer into the ordered uids.
func pathUIDs(node map[string]any) []string {
	var uids []string
	for node != nil {
		uid, _ := node["uid"].(string)
		uids = append(uids, uid)
		var next map[string]any
		for k, v := range node {
			if k == "uid" || strings.HasPrefix(k, "_") {
				continue
			}
			switch c := v.(type) {
			case map[string]any:
				next = c
			case []any:
				if len(c) > 0 {
					next, _ = c[0].(map[string]any)
				}
			}
		}
		node = next
	}
	return uids
}
