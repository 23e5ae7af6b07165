package dgraph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// ratelVars is how Ratel finds a query's variables (extractVars in its
// client/src/lib/parsers/queryVars.js): the text without blanks must start
// with "query name(...)".
var ratelVars = regexp.MustCompile(`^query[a-zA-Z0-9._]*\(([^)]+)\)`)

// TestRatelQueries runs every example in graph/queries, one subtest each, on
// the example article, on every backend, and looks at the answer as Ratel's
// Graph view draws it (client/src/lib/graph.js): each node labelled, of at
// most 12 characters (what Ratel draws uncut), coloured by its kind, in one
// connected picture, the same on a second run; and it must say what the
// file promises.
func TestRatelQueries(t *testing.T) {
	want := map[string][]string{
		"entity-by-name.dql":  {"Ashkenazi"},
		"neighbors.dql":       {"talk Blinken", "Blinken"},
		"shortest-path.dql":   {"Poutine", "Blinken", `"~fact.subject|weight"`},
		"article-facts.dql":   {"spoke_with", "ashkenazi-b…"},
		"statements.dql":      {"Conseil", "said «"},
		"timeline.dql":        {"2021-02-08", "ashkenazi-b…"},
		"events-by-cameo.dql": {"Poutine", "talk Blinken", "talk Lavrov"},
		"top-neighbors.dql":   {"Blinken", `"shared":`},
		"closest.dql":         {"Blinken", `"role|first":"2021-02-08"`, `"role|last":"2021-02-08"`, `"neighbor|events":3`},
	}
	files, err := filepath.Glob("../../graph/queries/*.dql")
	if err != nil || len(files) != len(want) {
		t.Fatalf("graph/queries holds %d files, the test knows %d: %v", len(files), len(want), err)
	}
	text, err := os.ReadFile("../../examples/ashkenazi-blinken.txt")
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	// As the README's walkthrough loads it.
	rec := x.Extract(kg.Article{ID: "example", Source: "examples/ashkenazi-blinken.txt", Published: "2021-02-08"}, string(text))
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		if _, err := s.Load(ctx, []kg.Record{rec}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Summarise(ctx, false); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			name := filepath.Base(f)
			t.Run(strings.TrimSuffix(name, ".dql"), func(t *testing.T) {
				q, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if !ratelVars.Match(bytes.Join(bytes.Fields(q), nil)) {
					t.Errorf("%s does not start with `query name($var: type = default)`: Ratel's variable panel will not see its variables", name)
				}
				js, err := s.Query(ctx, string(q), nil)
				if err != nil {
					t.Fatal(err)
				}
				for _, w := range want[name] {
					if !strings.Contains(string(js), w) {
						t.Errorf("answered %.600s\nwant it to mention %s", js, w)
					}
				}
				again, err := s.Query(ctx, string(q), nil)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(js, again) {
					t.Errorf("two runs answered differently:\n%s\n%s", js, again)
				}
				g := drawn(t, js)
				if len(g.groups) < 2 && name != "entity-by-name.dql" { // a search may find one
					t.Errorf("draws %d nodes, want a picture", len(g.groups))
				}
				kinds := nodeKinds(t, ctx, s, g.uids())
				for uid, group := range g.groups {
					if l := g.labels[uid]; l == "" || utf8.RuneCountInString(l) > 12 {
						t.Errorf("node %s (%s) is labelled %q, want 1 to 12 characters", uid, kinds[uid], l)
					}
					if group != strings.ToLower(kinds[uid]) {
						t.Errorf("node %s, %s %q, is coloured as %q: want its kind's colour", uid, kinds[uid], g.labels[uid], group)
					}
				}
				if n := g.pieces(); n != 1 {
					t.Errorf("draws %d separate pieces, want one", n)
				}
			})
		}
	})
}

// graphView is an answer as Ratel draws it: a node per uid, labelled by
// display_name, coloured by the name of the block or edge that reached it
// first, in Ratel's order (blocks in turn, then breadth first), linked to
// the node it was reached from.
type graphView struct {
	groups map[string]string
	labels map[string]string
	edges  [][2]string
}

func drawn(t *testing.T, js []byte) graphView {
	t.Helper()
	var blocks map[string]json.RawMessage
	if err := json.Unmarshal(js, &blocks); err != nil {
		t.Fatal(err)
	}
	// Blocks in the answer's order, which is the query's.
	dec := json.NewDecoder(bytes.NewReader(js))
	var order []string
	dec.Token()
	for dec.More() {
		k, _ := dec.Token()
		order = append(order, k.(string))
		var skip json.RawMessage
		dec.Decode(&skip)
	}
	g := graphView{groups: map[string]string{}, labels: map[string]string{}}
	type item struct {
		node        map[string]any
		group, from string
	}
	var queue []item
	for _, b := range order {
		var nodes []map[string]any
		if err := json.Unmarshal(blocks[b], &nodes); err != nil {
			t.Fatalf("block %s: %v", b, err)
		}
		for _, n := range nodes {
			queue = append(queue, item{n, b, ""})
		}
	}
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		uid, _ := it.node["uid"].(string)
		keys := make([]string, 0, len(it.node))
		for k := range it.node {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			switch v := it.node[k].(type) {
			case map[string]any:
				queue = append(queue, item{v, k, uid})
			case []any:
				for _, c := range v {
					if m, ok := c.(map[string]any); ok {
						queue = append(queue, item{m, k, uid})
					}
				}
			case string:
				if k == "display_name" && v != "" {
					g.labels[uid] = v
				}
			}
		}
		if uid == "" {
			t.Errorf("a node without uid: %v", it.node)
			continue
		}
		if _, seen := g.groups[uid]; !seen {
			g.groups[uid] = it.group
		}
		if it.from != "" {
			g.edges = append(g.edges, [2]string{it.from, uid})
		}
	}
	return g
}

func (g graphView) uids() []string {
	var out []string
	for u := range g.groups {
		out = append(out, u)
	}
	slices.Sort(out)
	return out
}

// pieces counts the connected parts of the picture.
func (g graphView) pieces() int {
	parent := map[string]string{}
	var find func(string) string
	find = func(u string) string {
		if parent[u] == "" || parent[u] == u {
			return u
		}
		parent[u] = find(parent[u])
		return parent[u]
	}
	for _, e := range g.edges {
		parent[find(e[0])] = find(e[1])
	}
	roots := map[string]bool{}
	for u := range g.groups {
		roots[find(u)] = true
	}
	return len(roots)
}

// nodeKinds reads the type of each node.
func nodeKinds(t *testing.T, ctx context.Context, s *dgraph.Store, uids []string) map[string]string {
	t.Helper()
	js, err := s.Query(ctx, fmt.Sprintf("{ n(func: uid(%s)) { uid dgraph.type } }", strings.Join(uids, ", ")), nil)
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		N []struct {
			UID  string   `json:"uid"`
			Type []string `json:"dgraph.type"`
		} `json:"n"`
	}
	if err := json.Unmarshal(js, &out); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for _, n := range out.N {
		kinds[n.UID] = strings.Join(n.Type, ",")
	}
	return kinds
}

// TestShortestPathPrefersEvents: two people who hold roles of one country
// are two facts apart through it, and three events apart through two other
// people; shortest-path.dql takes the events, the same way every run.
func TestShortestPathPrefersEvents(t *testing.T) {
	q, err := os.ReadFile("../../graph/queries/shortest-path.dql")
	if err != nil {
		t.Fatal(err)
	}
	country := kg.Entity{ID: "c", Type: kg.GPE, Name: "Ruritanie"}
	rec := kg.Record{
		Article:  kg.Article{ID: "p1", Source: "p1.txt", Published: "2021-02-08"},
		Entities: []kg.Entity{person("a", "Anna Alpha"), person("b", "Boris Beta"), person("x", "Xavier Xi"), person("y", "Yann Ypsilon"), country},
		Relations: []kg.Relation{
			{Subject: "a", Predicate: kg.HoldsRole, Object: "c", Role: "ministre", Sentence: 0},
			{Subject: "b", Predicate: kg.HoldsRole, Object: "c", Role: "président", Sentence: 0},
			{Subject: "a", Predicate: "met", Object: "x", Cameo: "040", Sentence: 1},
			{Subject: "y", Predicate: "phoned", Object: "x", Cameo: "041", Sentence: 2},
			{Subject: "y", Predicate: "met", Object: "b", Cameo: "040", Sentence: 3},
		},
	}
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		if _, err := s.Load(ctx, []kg.Record{rec}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		vars := map[string]string{"$from": "Anna Alpha", "$to": "Boris Beta"}
		var first string
		for run := 0; run < 5; run++ {
			js, err := s.Query(ctx, string(q), vars)
			if err != nil {
				t.Fatal(err)
			}
			g := drawn(t, js)
			var ls []string
			for _, l := range g.labels {
				ls = append(ls, l)
			}
			slices.Sort(ls)
			got := strings.Join(ls, ", ")
			if want := "Anna Alpha, Boris Beta, Xavier Xi, Yann Ypsilon, call Xavier…, met Boris B…, met Xavier…"; got != want {
				t.Errorf("run %d: the path draws %s, want %s", run, got, want)
			}
			if run == 0 {
				first = string(js)
			} else if string(js) != first {
				t.Errorf("run %d answered %s, the first %s", run, js, first)
			}
		}
	})
}
