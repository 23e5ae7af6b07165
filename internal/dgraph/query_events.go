package dgraph

import (
	"context"
	"fmt"
	"sort"
	"strconv"
)

// EventQuery selects events: who acted, on whom, of what CAMEO code, when.
// Actor and Target are names, resolved like any other.
type EventQuery struct {
	Actor  string
	Target string
	FactFilter
	Limit int // default 100
	After int // skips that many of the newest first: with Limit, pages
}

// Events lists events (facts that are neither roles nor statements), newest
// first, at most q.Limit after the q.After newest. Leaving roles and
// statements out reads the lists of every role and statement in the graph.
func (s *Store) Events(ctx context.Context, eq EventQuery) ([]Fact, error) {
	if eq.Limit <= 0 {
		eq.Limit = 100
	}
	if eq.After < 0 {
		return nil, fmt.Errorf("dgraph: events: --after %d: give a count of events to skip", eq.After)
	}
	vars := map[string]string{}
	blocks, filter, err := eq.sets(vars, true)
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
	facts := []Fact{}
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
func (s *Store) Timeline(ctx context.Context, name string, f FactFilter, limit int) (EntityRef, []Fact, error) {
	return s.TimelinePage(ctx, name, f, limit, 0)
}

// TimelinePage is Timeline after skipping the after latest facts: with
// limit, it pages back in time, and the undated facts come last (see
// newestFirst for the order within a day).
//
// It reads the uids of the entity's facts, which grow with the entity, and
// the date index from the newest day down to the page; the values it reads
// are those of the page.
func (s *Store) TimelinePage(ctx context.Context, name string, f FactFilter, limit, after int) (EntityRef, []Fact, error) {
	if limit <= 0 {
		limit = 100
	}
	if after < 0 {
		return EntityRef{}, nil, fmt.Errorf("dgraph: timeline: --after %d: give a count of facts to skip", after)
	}
	n, err := s.resolve(ctx, name)
	if err != nil {
		return EntityRef{}, nil, err
	}
	vars := map[string]string{"$id": n.UID}
	blocks, filter, err := f.sets(vars, false)
	if err != nil {
		return EntityRef{}, nil, err
	}
	blocks += `  var(func: uid($id)) {
    f1 as ~fact.subject
    f2 as ~fact.object
    f3 as ~fact.about
  }
`
	page, err := s.newestFirst(ctx, vars, blocks, "uid(f1, f2, f3)", filter, limit, after)
	if err != nil {
		return EntityRef{}, nil, fmt.Errorf("dgraph: timeline of %q: %w", name, err)
	}
	var facts, undated []Fact
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
		facts = []Fact{}
	}
	return n.ref(), facts, nil
}

// newestFirst reads one page (limit after after) of a set of facts, newest
// first, from the date index: the values it reads are those of the page
// (and the dates of its first and last days). Dgraph puts the facts without
// a date after the others, so they fill the last pages. Facts of one day,
// and undated facts, come in the store's order, not by key: sorting by key
// too reads every fact of the days it crosses (8.6 against 74 ms for a
// hub's newest 100 on 10,000 articles), and filtering out undated facts
// (has) reads every fact of the entity (150 ms).
//
// root is the DQL function that names the set, filter what keeps a fact of
// it, and blocks declare the variables they use.
func (s *Store) newestFirst(ctx context.Context, vars map[string]string, blocks, root, filter string, limit, after int) ([]factNode, error) {
	if filter != "" {
		filter = " @filter(" + filter + ")"
	}
	q := fmt.Sprintf("query q(%s) {\n%s  t(func: %s, orderdesc: fact.date, first: %d, offset: %d)%s { %s }\n}",
		declare(vars), blocks, root, limit, after, filter, factShown)
	var out struct {
		T []factNode `json:"t"`
	}
	if err := s.query(ctx, q, vars, &out); err != nil {
		return nil, err
	}
	if err := s.showFacts(ctx, refs(out.T, self)); err != nil {
		return nil, err
	}
	return out.T, nil
}

// sortChrono orders facts by date, then publication day, article and
// sentence.
func sortChrono(facts []Fact) {
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
func (s *Store) Quotes(ctx context.Context, name string, limit int) (EntityRef, []Fact, error) {
	if limit <= 0 {
		limit = 100
	}
	n, err := s.resolve(ctx, name)
	if err != nil {
		return EntityRef{}, nil, err
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
		return EntityRef{}, nil, fmt.Errorf("dgraph: quotes of %q: %w", name, err)
	}
	var said []*factNode
	for i := range out.E {
		said = append(said, refs(out.E[i].Said, self)...)
	}
	if err := s.showFacts(ctx, said); err != nil {
		return EntityRef{}, nil, fmt.Errorf("dgraph: quotes of %q: %w", name, err)
	}
	facts := []Fact{}
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

func orDay(f Fact) string {
	if f.Date != "" {
		return f.Date
	}
	return f.Article.Published
}
