package dgraph

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// EntityInfo is what the graph knows of one entity.
type EntityInfo struct {
	Entity  EntityRef `json:"entity"`
	Aliases []string  `json:"aliases"`
	// Roles are its holds_role facts, newest first, at most ten.
	Roles []Fact `json:"roles"`
	// Facts counts the facts it takes part in as subject, object or topic;
	// Articles the articles that mention it.
	Facts    int `json:"facts"`
	Articles int `json:"articles"`
}

// EntityInfo describes the entity a name stands for.
func (s *Store) EntityInfo(ctx context.Context, name string) (EntityInfo, error) {
	n, err := s.resolve(ctx, name)
	if err != nil {
		return EntityInfo{}, err
	}
	// Roles by intersecting with the index's set of roles, and counts of
	// posting lists: no fact of a hub is read one by one. Articles are
	// counted through mentions, the one walk that grows with the entity.
	q := `query q($id: string) {
  xr as var(func: eq(fact.predicate, "holds_role"))
  e as var(func: uid($id)) {
    ~mention.entity { a as mention.article }
  }
  articles(func: uid(a)) { n: count(uid) }
  entity(func: uid(e)) {
    entity.alias
    s: count(~fact.subject) o: count(~fact.object) t: count(~fact.about)
    roles: ~fact.subject @filter(uid(xr)) (orderdesc: fact.date, first: 10) { uid ` + factFields + ` }
  }
}`
	var out struct {
		Articles []struct{ N int } `json:"articles"`
		Entity   []struct {
			S, O, T int
			Aliases []string   `json:"entity.alias"`
			Roles   []factNode `json:"roles"`
		} `json:"entity"`
	}
	if err := s.query(ctx, q, map[string]string{"$id": n.UID}, &out); err != nil {
		return EntityInfo{}, fmt.Errorf("dgraph: entity %q: %w", name, err)
	}
	info := EntityInfo{Entity: n.ref(), Aliases: []string{}, Roles: []Fact{}}
	if len(out.Articles) > 0 {
		info.Articles = out.Articles[0].N
	}
	for _, e := range out.Entity {
		info.Aliases = append(info.Aliases, e.Aliases...)
		info.Facts += e.S + e.O + e.T
		for _, f := range e.Roles {
			info.Roles = append(info.Roles, f.fact())
		}
	}
	sort.Strings(info.Aliases)
	sortFacts(info.Roles)
	return info, nil
}

// Match is one answer to a search: an entity and how its name matched.
type Match struct {
	Entity EntityRef `json:"entity"`
	// How is key, name, alias, words, partial or fuzzy: the best way it
	// matched.
	How string `json:"how"`
	// Facts counts the facts it takes part in as subject or object.
	Facts int `json:"facts"`
}

// Search lists the entities a text could name, best matches first: by key,
// exact name, alias, all words of an alias, part of a name, then
// misspellings. At most limit (default 20).
func (s *Store) Search(ctx context.Context, text string, limit int) ([]Match, error) {
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
	var ms []Match
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
			ms = append(ms, Match{Entity: n.ref(), How: bl.how, Facts: n.Degree})
		}
	}
	if len(ms) > limit {
		ms = ms[:limit]
	}
	if ms == nil {
		ms = []Match{}
	}
	return ms, nil
}
