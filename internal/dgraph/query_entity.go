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
	// Roles are its holds_role facts, newest first.
	Roles []Fact `json:"roles"`
	// Facts counts the facts it takes part in (as subject, object or topic);
	// Articles the articles that mention it or state a fact about it.
	Facts    int `json:"facts"`
	Articles int `json:"articles"`
}

// EntityInfo describes the entity a name stands for.
func (s *Store) EntityInfo(ctx context.Context, name string) (EntityInfo, error) {
	n, err := s.resolve(ctx, name)
	if err != nil {
		return EntityInfo{}, err
	}
	q := `query q($id: string) {
  e as var(func: uid($id)) {
    f1 as ~fact.subject
    f2 as ~fact.object
    f3 as ~fact.about
    ~mention.entity { a1 as mention.article }
  }
  var(func: uid(f1, f2, f3)) { a2 as fact.article }
  facts(func: uid(f1, f2, f3)) { n: count(uid) }
  articles(func: uid(a1, a2)) { n: count(uid) }
  entity(func: uid(e)) {
    entity.alias
    roles: ~fact.subject @filter(eq(fact.predicate, "holds_role")) (orderdesc: fact.date, first: 50) { uid ` + factFields + ` }
  }
}`
	var out struct {
		Facts    []struct{ N int } `json:"facts"`
		Articles []struct{ N int } `json:"articles"`
		Entity   []struct {
			Aliases []string   `json:"entity.alias"`
			Roles   []factNode `json:"roles"`
		} `json:"entity"`
	}
	if err := s.query(ctx, q, map[string]string{"$id": n.UID}, &out); err != nil {
		return EntityInfo{}, fmt.Errorf("dgraph: entity %q: %w", name, err)
	}
	info := EntityInfo{Entity: n.ref(), Aliases: []string{}, Roles: []Fact{}}
	if len(out.Facts) > 0 {
		info.Facts = out.Facts[0].N
	}
	if len(out.Articles) > 0 {
		info.Articles = out.Articles[0].N
	}
	for _, e := range out.Entity {
		info.Aliases = append(info.Aliases, e.Aliases...)
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
