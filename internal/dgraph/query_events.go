package dgraph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// Events lists events (facts that are neither roles nor statements), newest
// first, at most q.Limit after the q.After newest. Leaving roles and
// statements out reads the lists of every role and statement in the graph.
func (s *Store) Events(ctx context.Context, eq kg.EventQuery) ([]kg.Fact, error) {
	if eq.Limit <= 0 {
		eq.Limit = 100
	}
	if eq.After < 0 {
		return nil, fmt.Errorf("dgraph: events: --after %d: give a count of events to skip", eq.After)
	}
	vars := map[string]string{}
	blocks, filter, err := factSets(eq.FactFilter, vars, true)
	if err != nil {
		return nil, err
	}
	root := ""
	for _, end := range []struct{ name, edge string }{{eq.Actor, factSubject}, {eq.Target, factObject}} {
		if end.name == "" {
			continue
		}
		n, err := s.resolve(ctx, end.name)
		if err != nil {
			return nil, err
		}
		if !isUID(n.UID) {
			return nil, fmt.Errorf("dgraph: events: bad uid %q", n.UID)
		}
		if root == "" {
			blocks += fmt.Sprintf("  var(func: uid(%s)) { ev as ~%s }\n", n.UID, end.edge)
			root = "uid(ev)"
			continue
		}
		blocks += fmt.Sprintf("  var(func: uid(%s)) { xt as ~%s }\n", n.UID, end.edge)
		filter += " AND uid(xt)"
	}
	switch {
	case root != "":
	case eq.Cameo != "":
		root = "uid(xc)"
	default:
		root = "type(Fact)"
	}
	page, err := s.newestFirst(ctx, vars, blocks, root, filter, eq.Limit, eq.After)
	if err != nil {
		return nil, fmt.Errorf("dgraph: events: %w", err)
	}
	facts := []kg.Fact{}
	for _, f := range page {
		facts = append(facts, f.fact())
	}
	sortFacts(facts)
	return facts, nil
}

// Timeline returns the entity a name stands for and its latest facts (as
// subject, object or topic), at most limit (default 100), in date order;
// facts without a date follow, by their article's publication day, when
// there is room.
func (s *Store) Timeline(ctx context.Context, name string, f kg.FactFilter, limit int) (kg.EntityRef, []kg.Fact, error) {
	return s.TimelinePage(ctx, name, f, limit, 0)
}

// TimelinePage is Timeline after skipping the after latest facts: with
// limit, it pages back in time, and the undated facts come last (see
// newestFirst for the order within a day).
//
// Unfiltered, within the newest timelineHead dated facts of a hub, it reads the
// page's uids from the hub's summary (as of its last refresh, like the
// rest of the summary) and then the facts of the page, and nothing else.
// Otherwise it reads the uids of the entity's facts, which grow with the
// entity, and the date index from the newest day down to the page, with
// the whole of the days where the page begins and ends.
func (s *Store) TimelinePage(ctx context.Context, name string, f kg.FactFilter, limit, after int) (kg.EntityRef, []kg.Fact, error) {
	if limit <= 0 {
		limit = 100
	}
	if after < 0 {
		return kg.EntityRef{}, nil, fmt.Errorf("dgraph: timeline: --after %d: give a count of facts to skip", after)
	}
	fields := ""
	if f == (kg.FactFilter{}) && after+limit <= timelineHead {
		fields = "entity.timeline"
	}
	n, with, err := resolveReading[headNode](ctx, s, name, fields)
	if err != nil {
		return kg.EntityRef{}, nil, err
	}
	page, ok, err := s.timelineFromHead(ctx, n, with, fields, limit, after)
	if err != nil {
		return kg.EntityRef{}, nil, fmt.Errorf("dgraph: timeline of %q: %w", name, err)
	}
	if !ok {
		vars := map[string]string{"$id": n.UID}
		blocks, filter, err := factSets(f, vars, false)
		if err != nil {
			return kg.EntityRef{}, nil, err
		}
		page, err = s.newestFirst(ctx, vars, blocks+entityFacts, "uid(f1, f2, f3)", filter, limit, after)
		if err != nil {
			return kg.EntityRef{}, nil, fmt.Errorf("dgraph: timeline of %q: %w", name, err)
		}
	}
	var facts, undated []kg.Fact
	for _, f := range page {
		if f.Date == "" {
			undated = append(undated, f.fact())
		} else {
			facts = append(facts, f.fact())
		}
	}
	sortChrono(facts)
	sortChrono(undated)
	facts = append(facts, undated...)
	if facts == nil {
		facts = []kg.Fact{}
	}
	return n.ref(), facts, nil
}

// entityFacts declares the facts of entity $id: f1 as subject, f2 as
// object, f3 as topic.
const entityFacts = `  var(func: uid($id)) {
    f1 as ~fact.subject
    f2 as ~fact.object
    f3 as ~fact.about
  }
`

// headNode is an entity read with its timeline head.
type headNode struct {
	entityNode
	Timeline string `json:"entity.timeline"`
}

// timelineFromHead reads a page (limit after after) of an entity's
// timeline from its summary's timeline head, when fields asked for it and
// the head holds the page: the page's facts, and no others, whatever the
// entity's size. ok is false when the facts must be read instead (no head:
// a small entity, or a graph not summarised since heads existed).
func (s *Store) timelineFromHead(ctx context.Context, n entityNode, with *headNode, fields string, limit, after int) (page []factNode, ok bool, err error) {
	if fields == "" {
		return nil, false, nil
	}
	if with == nil {
		var out struct {
			E []headNode `json:"e"`
		}
		if err := s.query(ctx, "query q($id: string) {\n  e(func: uid($id)) { "+fields+" }\n}", map[string]string{"$id": n.UID}, &out); err != nil {
			return nil, false, err
		}
		if len(out.E) == 0 {
			return nil, false, nil
		}
		with = &out.E[0]
	}
	head := strings.Fields(with.Timeline)
	if len(head) < after+limit {
		return nil, false, nil
	}
	uids := head[after : after+limit]
	for _, u := range uids {
		if !isUID(u) {
			return nil, false, fmt.Errorf("bad uid %q in the timeline head", u)
		}
	}
	var out struct {
		T []factNode `json:"t"`
	}
	if err := s.query(ctx, "{ t(func: uid("+strings.Join(uids, ", ")+")) { "+factShown+" } }", nil, &out); err != nil {
		return nil, false, err
	}
	if err := s.showFacts(ctx, refs(out.T, self)); err != nil {
		return nil, false, err
	}
	if len(out.T) != len(uids) || slices.ContainsFunc(out.T, func(f factNode) bool { return f.Key == "" }) {
		return nil, false, nil // a fact deleted since the summary: read the facts
	}
	return out.T, true, nil
}

// newestFirst reads one page (limit after after) of a set of facts, newest
// first, from the date index: the values it reads are those of the page
// and of the whole of the days where it begins (when it skips some) and
// ends. Dgraph
// puts the facts without a date after the others, so they fill the last
// pages. Within a day, and among undated facts, the order is sortFacts's
// (article, then sentence), so that --limit N is the first N of a longer
// list and a page (--after) takes up where the one before left off.
//
// Dgraph gives the facts of one day in the store's order, which is neither
// that nor the same on both backends; sorting by key in Dgraph too reads
// every fact of the days it crosses (8.6 against 74 ms for a hub's newest
// 100 on 10,000 articles). So the page is read as Dgraph orders it, and
// where it begins or ends inside a day, that day is read whole (one more
// query) and the page cut from it in Go. A page that reaches the undated
// facts reads all of them in the set, and counts the dated ones when it
// skips some (has() reads every fact of the set: 150 ms for a hub).
//
// root is the DQL function that names the set, filter what keeps a fact of
// it, and blocks declare the variables they use.
func (s *Store) newestFirst(ctx context.Context, vars map[string]string, blocks, root, filter string, limit, after int) ([]factNode, error) {
	keep := ""
	if filter != "" {
		keep = " @filter(" + filter + ")"
	}
	q := fmt.Sprintf("query q(%s) {\n%s  t(func: %s, orderdesc: fact.date, first: %d, offset: %d)%s { %s }\n}",
		declare(vars), blocks, root, limit, after, keep, factShown)
	var out struct {
		T []factNode `json:"t"`
	}
	if err := s.query(ctx, q, vars, &out); err != nil {
		return nil, err
	}
	page := out.T
	if err := s.showFacts(ctx, refs(page, self)); err != nil {
		return nil, err
	}
	if len(page) == 0 || after == 0 && len(page) < limit {
		sortNodes(page) // the whole set
		return page, nil
	}
	// The days at the page's edges, whole: the newest when the page skips
	// some facts (it may begin inside that day), the oldest (it may end
	// inside it), or the undated facts when it reaches them; and how many
	// facts come before the newest day. The days between are all on the
	// page already.
	hi, lo := day(page[0].Date), day(page[len(page)-1].Date)
	and := func(fs ...string) string {
		var out []string
		for _, f := range fs {
			if f != "" {
				out = append(out, f)
			}
		}
		return strings.Join(out, " AND ")
	}
	readHi := hi != "" && after > 0 && hi != lo
	var b strings.Builder
	fmt.Fprintf(&b, "query q(%s) {\n%s", declare(vars), blocks)
	if lo != "" {
		fmt.Fprintf(&b, "  d(func: between(fact.date, %q, %q)) @filter(%s) { %s }\n", lo, lo+"T23:59:59Z", and(root, filter), factShown)
	} else {
		fmt.Fprintf(&b, "  u(func: %s) @filter(%s) { %s }\n", root, and(filter, "NOT has(fact.date)"), factShown)
	}
	if readHi {
		fmt.Fprintf(&b, "  h(func: between(fact.date, %q, %q)) @filter(%s) { %s }\n", hi, hi+"T23:59:59Z", and(root, filter), factShown)
	}
	if after > 0 {
		if hi != "" {
			fmt.Fprintf(&b, "  c(func: gt(fact.date, %q)) @filter(%s) { n: count(uid) }\n", hi+"T23:59:59Z", and(root, filter))
		} else {
			fmt.Fprintf(&b, "  c(func: %s) @filter(%s) { n: count(uid) }\n", root, and(filter, "has(fact.date)"))
		}
	}
	b.WriteString("}")
	var edge struct {
		D, U, H []factNode
		C       []struct{ N int }
	}
	if err := s.query(ctx, b.String(), vars, &edge); err != nil {
		return nil, err
	}
	read := append(append(edge.H, edge.D...), edge.U...)
	if err := s.showFacts(ctx, refs(read, self)); err != nil {
		return nil, err
	}
	window := read
	for _, f := range page {
		// The page's own facts of the days not read whole.
		switch d := day(f.Date); {
		case readHi && d == hi, lo != "" && d == lo, lo == "" && d == "":
		default:
			window = append(window, f)
		}
	}
	sortNodes(window)
	before := 0
	if len(edge.C) > 0 {
		before = edge.C[0].N
	}
	from := min(max(after-before, 0), len(window))
	return window[from:min(from+limit, len(window))], nil
}

// sortNodes orders facts as sortFacts does.
func sortNodes(fs []factNode) {
	shown := make([]kg.Fact, len(fs))
	for i := range fs {
		shown[i] = fs[i].fact()
	}
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return factBefore(shown[idx[a]], shown[idx[b]]) })
	sorted := make([]factNode, len(fs))
	for i, j := range idx {
		sorted[i] = fs[j]
	}
	copy(fs, sorted)
}

// sortChrono orders facts by date, then publication day, article and
// sentence.
func sortChrono(facts []kg.Fact) {
	sort.SliceStable(facts, func(i, j int) bool {
		a, b := facts[i], facts[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.Article.Published != b.Article.Published {
			return a.Article.Published < b.Article.Published
		}
		if a.Article.ID != b.Article.ID {
			return a.Article.ID < b.Article.ID
		}
		if a.Sentence != b.Sentence {
			return a.Sentence < b.Sentence
		}
		return factOrder(a) < factOrder(b)
	})
}

// Quotes returns the entity a name stands for and what it said, newest
// first (by the fact's date, else its article's), at most limit (default
// 100): the newest by the fact's date, undated last. Statements are found
// by intersecting its facts with every statement in the graph.
func (s *Store) Quotes(ctx context.Context, name string, limit int) (kg.EntityRef, []kg.Fact, error) {
	if limit <= 0 {
		limit = 100
	}
	n, err := s.resolve(ctx, name)
	if err != nil {
		return kg.EntityRef{}, nil, err
	}
	q := `query q($id: string) {
  xs as var(func: eq(fact.predicate, "said"))
  e(func: uid($id)) {
    said: ~fact.subject @filter(uid(xs)) (orderdesc: fact.date, first: ` + strconv.Itoa(limit) + `) { ` + factShown + ` }
  }
}`
	var out struct {
		E []struct {
			Said []factNode `json:"said"`
		} `json:"e"`
	}
	if err := s.query(ctx, q, map[string]string{"$id": n.UID}, &out); err != nil {
		return kg.EntityRef{}, nil, fmt.Errorf("dgraph: quotes of %q: %w", name, err)
	}
	var said []*factNode
	for i := range out.E {
		said = append(said, refs(out.E[i].Said, self)...)
	}
	if err := s.showFacts(ctx, said); err != nil {
		return kg.EntityRef{}, nil, fmt.Errorf("dgraph: quotes of %q: %w", name, err)
	}
	facts := []kg.Fact{}
	for _, e := range out.E {
		for _, f := range e.Said {
			facts = append(facts, f.fact())
		}
	}
	sort.SliceStable(facts, func(i, j int) bool {
		a, b := facts[i], facts[j]
		da, db := orDay(a), orDay(b)
		if da != db {
			return da > db
		}
		if a.Article.ID != b.Article.ID {
			return a.Article.ID < b.Article.ID
		}
		return a.Sentence < b.Sentence
	})
	return n.ref(), facts, nil
}

func orDay(f kg.Fact) string {
	if f.Date != "" {
		return f.Date
	}
	return f.Article.Published
}
