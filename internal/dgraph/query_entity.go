package dgraph

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// EntityInfo describes the entity a name stands for. It reads the entity's
// summary when that holds summaryCounts; otherwise it counts and groups its
// facts.
func (s *Store) EntityInfo(ctx context.Context, name string) (kg.EntityInfo, error) {
	ctx = s.snapshot(ctx)
	fields := summaryCounts.mark() + ` entity.alias entity.facts entity.articles
    r: entity.role @facets(facts, first, last) { ` + factShown + ` }`
	type roleEdge struct {
		factNode
		Facts int    `json:"r|facts"`
		First string `json:"r|first"`
		Last  string `json:"r|last"`
	}
	type summary struct {
		entityNode
		summaryState
		Aliases  []string   `json:"entity.alias"`
		Facts    int        `json:"entity.facts"`
		Articles int        `json:"entity.articles"`
		Roles    []roleEdge `json:"r"`
	}
	n, with, err := resolveReading[summary](ctx, s, name, fields)
	if err != nil {
		return kg.EntityInfo{}, err
	}
	var out struct {
		E []summary `json:"e"`
	}
	if with != nil {
		out.E = []summary{*with}
	} else if err := s.query(ctx, "query q($id: string) {\n  e(func: uid($id)) { "+fields+" }\n}", map[string]string{"$id": n.UID}, &out); err != nil {
		return kg.EntityInfo{}, fmt.Errorf("dgraph: entity %q: %w", name, err)
	}
	info := kg.EntityInfo{Entity: n.ref(), Aliases: []string{}, Roles: []kg.Role{}}
	if len(out.E) == 0 {
		return info, nil
	}
	e := out.E[0]
	info.Aliases = append(info.Aliases, e.Aliases...)
	sort.Strings(info.Aliases)
	if !e.holds(summaryCounts) {
		return s.entityInfoLive(ctx, name, n, info)
	}
	info.Facts, info.Articles = e.Facts, e.Articles
	if err := s.showFacts(ctx, refs(e.Roles, func(r *roleEdge) *factNode { return &r.factNode })); err != nil {
		return kg.EntityInfo{}, fmt.Errorf("dgraph: entity %q: %w", name, err)
	}
	for _, r := range e.Roles {
		f := r.fact()
		info.Roles = append(info.Roles, kg.Role{Role: f.Role, Of: f.Object, Facts: r.Facts, First: r.First, Last: r.Last, Latest: f})
	}
	sortRoles(info.Roles)
	return info, nil
}

// entityInfoLive counts an entity's facts and articles and groups its role
// facts: right before summaries exist, but it reads all of them.
func (s *Store) entityInfoLive(ctx context.Context, name string, n entityNode, info kg.EntityInfo) (kg.EntityInfo, error) {
	q := `query q($id: string) {
  xr as var(func: eq(fact.predicate, "holds_role"))
  var(func: uid($id)) {
    ~mention.entity { a as mention.article }
  }
  articles(func: uid(a)) { n: count(uid) }
  entity(func: uid($id)) {
    s: count(~fact.subject) o: count(~fact.object) t: count(~fact.about)
    roles: ~fact.subject @filter(uid(xr)) { ` + factShown + ` }
  }
}`
	type roleFact = factNode
	var out struct {
		Articles []struct{ N int } `json:"articles"`
		Entity   []struct {
			S, O, T int
			Roles   []roleFact `json:"roles"`
		} `json:"entity"`
	}
	if err := s.query(ctx, q, map[string]string{"$id": n.UID}, &out); err != nil {
		return kg.EntityInfo{}, fmt.Errorf("dgraph: entity %q: %w", name, err)
	}
	if len(out.Articles) > 0 {
		info.Articles = out.Articles[0].N
	}
	var roles []*factNode
	for i := range out.Entity {
		roles = append(roles, refs(out.Entity[i].Roles, self)...)
	}
	if err := s.showFacts(ctx, roles); err != nil {
		return kg.EntityInfo{}, fmt.Errorf("dgraph: entity %q: %w", name, err)
	}
	byRole := map[string]*kg.Role{}
	var newest = map[string]sumFact{}
	for _, e := range out.Entity {
		info.Facts += e.S + e.O + e.T
		for _, rf := range e.Roles {
			f := rf.fact()
			if f.Role == "" {
				continue
			}
			k := roleKey(f)
			r := byRole[k]
			if r == nil {
				r = &kg.Role{Role: f.Role, Of: f.Object}
				byRole[k] = r
			}
			r.Facts++
			if when := day(seen(f.Date, f.Article.Published)); when != "" {
				if r.First == "" || when < r.First {
					r.First = when
				}
				r.Last = max(r.Last, when)
			}
			// the newest, as summaries choose it: by date, then key
			sf := rf.sortKey()
			if old, ok := newest[k]; !ok || newer(sf, old) {
				newest[k] = sf
				r.Latest = f
			}
		}
	}
	for _, r := range byRole {
		info.Roles = append(info.Roles, *r)
	}
	sortRoles(info.Roles)
	return info, nil
}

// roleKey groups the facts that say the same thing: a role, of whom.
func roleKey(f kg.Fact) string {
	if f.Object != nil {
		return f.Role + "\x00" + f.Object.Key
	}
	return f.Role
}

// sortRoles puts the most recently attested role first.
func sortRoles(rs []kg.Role) {
	sort.SliceStable(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.Last != b.Last {
			return a.Last > b.Last
		}
		if a.Facts != b.Facts {
			return a.Facts > b.Facts
		}
		return roleKey(a.Latest) < roleKey(b.Latest)
	})
}

// Search lists the entities a text could name, best matches first: by key,
// exact name, alias, all words of an alias, part of a name, then
// misspellings. At most limit (default 20).
func (s *Store) Search(ctx context.Context, text string, limit int) ([]kg.Match, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, fmt.Errorf("dgraph: search: empty text")
	}
	if limit <= 0 {
		limit = 20
	}
	vars := map[string]string{"$name": text}
	blocks := []struct{ how, fn string }{
		{"key", `eq(entity.key, $name)`},
		{"name", `eq(name, $name)`},
		{"alias", `eq(entity.alias, $name)`},
		{"words", `allofterms(entity.alias, $name), first: 50`},
	}
	if len([]rune(text)) >= 3 {
		// The trigram index answers a regular expression: the text, quoted.
		vars["$re"] = "/" + strings.ReplaceAll(regexp.QuoteMeta(text), "/", `\/`) + "/i"
		blocks = append(blocks, struct{ how, fn string }{"partial", `regexp(entity.alias, $re), first: 50`})
	}
	if len([]rune(text)) >= 4 {
		blocks = append(blocks, struct{ how, fn string }{"fuzzy", `match(entity.alias, $name, 3), first: 50`})
	}
	var b strings.Builder
	fmt.Fprintf(&b, "query q(%s) {\n", declare(vars))
	for i, bl := range blocks {
		// each block names its own count variables
		fields := strings.NewReplacer("s as", fmt.Sprintf("s%d as", i), "o as", fmt.Sprintf("o%d as", i),
			"math(s + o)", fmt.Sprintf("math(s%d + o%d)", i, i)).Replace(entityFields)
		fmt.Fprintf(&b, "  %s(func: %s) @filter(type(Entity)) { %s }\n", bl.how, bl.fn, fields)
	}
	b.WriteString("}")
	var out map[string][]entityNode
	if err := s.query(ctx, b.String(), vars, &out); err != nil {
		return nil, fmt.Errorf("dgraph: search %q: %w", text, err)
	}
	seen := map[string]bool{}
	var ms []kg.Match
	for _, bl := range blocks {
		found := out[bl.how]
		sort.SliceStable(found, func(i, j int) bool {
			if found[i].Degree != found[j].Degree {
				return found[i].Degree > found[j].Degree
			}
			return found[i].Key < found[j].Key
		})
		for _, n := range found {
			if seen[n.Key] {
				continue
			}
			seen[n.Key] = true
			ms = append(ms, kg.Match{Entity: n.ref(), How: bl.how, Facts: n.Degree})
		}
	}
	if len(ms) > limit {
		ms = ms[:limit]
	}
	if ms == nil {
		ms = []kg.Match{}
	}
	return ms, nil
}
