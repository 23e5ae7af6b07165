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
}

// Events lists events (facts that are neither roles nor statements), newest
// first, at most q.Limit.
func (s *Store) Events(ctx context.Context, eq EventQuery) ([]Fact, error) {
	if eq.Limit <= 0 {
		eq.Limit = 100
	}
	vars := map[string]string{}
	blocks, filter, err := eq.sets(vars, true)
	if err != nil {
		return nil, err
	}
	var root string
	for _, end := range []struct{ name, edge string }{{eq.Actor, "fact.subject"}, {eq.Target, "fact.object"}} {
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
			root = fmt.Sprintf("var(func: uid(%s)) { ev as ~%s }\n  events(func: uid(ev)", n.UID, end.edge)
			continue
		}
		blocks += fmt.Sprintf("  var(func: uid(%s)) { xt as ~%s }\n", n.UID, end.edge)
		filter += " AND uid(xt)"
	}
	switch {
	case root != "":
	case eq.Cameo != "":
		root = "events(func: eq(fact.cameo, $cameo)"
	default:
		root = "events(func: type(Fact)"
	}
	root += ", orderdesc: fact.date, first: " + strconv.Itoa(eq.Limit) + ") @filter(" + filter + ")"
	q := fmt.Sprintf("query q(%s) {\n%s  %s { %s }\n}", declare(vars), blocks, root, factShown)
	var out struct {
		Events []factNode `json:"events"`
	}
	if err := s.query(ctx, q, vars, &out); err != nil {
		return nil, fmt.Errorf("dgraph: events: %w", err)
	}
	if err := s.showFacts(ctx, refs(out.Events, self)); err != nil {
		return nil, fmt.Errorf("dgraph: events: %w", err)
	}
	facts := []Fact{}
	for _, f := range out.Events {
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
	if limit <= 0 {
		limit = 100
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
	// The latest dated facts, read from the date index; undated ones only
	// to fill the page, so that a hub's thousands of facts are not read.
	var facts, undated []Fact
	for _, dated := range []bool{true, false} {
		want := limit - len(facts)
		if want <= 0 {
			break
		}
		sel := fmt.Sprintf("orderdesc: fact.date, first: %d)", want)
		if filter != "" {
			sel += " @filter(" + filter + ")"
		}
		if !dated {
			and := ""
			if filter != "" {
				and = " AND " + filter
			}
			sel = fmt.Sprintf("first: %d) @filter(NOT has(fact.date)%s)", want, and)
		}
		q := fmt.Sprintf(`query q(%s) {
%s  var(func: uid($id)) {
    f1 as ~fact.subject
    f2 as ~fact.object
    f3 as ~fact.about
  }
  t(func: uid(f1, f2, f3), %s { %s }
}`, declare(vars), blocks, sel, factShown)
		var out struct {
			T []factNode `json:"t"`
		}
		if err := s.query(ctx, q, vars, &out); err != nil {
			return EntityRef{}, nil, fmt.Errorf("dgraph: timeline of %q: %w", name, err)
		}
		if err := s.showFacts(ctx, refs(out.T, self)); err != nil {
			return EntityRef{}, nil, fmt.Errorf("dgraph: timeline of %q: %w", name, err)
		}
		for _, f := range out.T {
			switch {
			case !dated:
				undated = append(undated, f.fact())
			case f.Date != "": // a sort puts facts without a date last
				facts = append(facts, f.fact())
			}
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
// first (by the fact's date, else its article's), at most limit (default 100).
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
    said: ~fact.subject @filter(uid(xs)) (first: ` + strconv.Itoa(limit) + `) { ` + factShown + ` }
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
