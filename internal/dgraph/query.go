package dgraph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// ErrNotFound is returned when no entity answers to a name.
var ErrNotFound = errors.New("no entity by that name")

// AmbiguousError lists the entities a name could stand for.
type AmbiguousError struct {
	Name       string
	Candidates []EntityRef
}

func (e *AmbiguousError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q could be %d entities:", e.Name, len(e.Candidates))
	for _, c := range e.Candidates {
		fmt.Fprintf(&b, "\n  %s (%s, key %s)", c.Name, c.Type, c.Key)
	}
	return b.String()
}

// EntityRef names an entity without exposing Dgraph uids.
type EntityRef struct {
	Key      string `json:"key"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	Wikidata string `json:"wikidata,omitempty"`
}

// ArticleRef names an article.
type ArticleRef struct {
	ID        string `json:"id"`
	Source    string `json:"source,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
}

// Fact is one stored fact with its provenance.
type Fact struct {
	Subject    EntityRef   `json:"subject"`
	Predicate  string      `json:"predicate"`
	Object     *EntityRef  `json:"object,omitempty"`
	About      []EntityRef `json:"about,omitempty"`
	Cameo      string      `json:"cameo,omitempty"`
	Role       string      `json:"role,omitempty"`
	Quote      string      `json:"quote,omitempty"`
	Modality   string      `json:"modality,omitempty"`
	Date       string      `json:"date,omitempty"`
	Article    ArticleRef  `json:"article"`
	Sentence   int         `json:"sentence"`
	Evidence   string      `json:"evidence,omitempty"`
	Confidence float64     `json:"confidence,omitempty"`
}

// Stats counts what the graph holds.
type Stats struct {
	Articles   int `json:"articles"`
	Entities   int `json:"entities"`
	Relations  int `json:"relations"`
	Events     int `json:"events"`
	Roles      int `json:"roles"`
	Statements int `json:"statements"`
	Mentions   int `json:"mentions"`
}

// Stats counts articles, entities, facts by kind, and mentions.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	const q = `{
  a(func: type(Article)) { n: count(uid) }
  e(func: type(Entity)) { n: count(uid) }
  f(func: type(Fact)) { n: count(uid) }
  r(func: eq(fact.predicate, "holds_role")) { n: count(uid) }
  s(func: eq(fact.predicate, "said")) { n: count(uid) }
  m(func: type(Mention)) { n: count(uid) }
}`
	var out map[string][]struct {
		N int `json:"n"`
	}
	if err := s.query(ctx, q, nil, &out); err != nil {
		return Stats{}, fmt.Errorf("dgraph: stats: %w", err)
	}
	n := func(k string) int {
		if len(out[k]) == 0 {
			return 0
		}
		return out[k][0].N
	}
	st := Stats{Articles: n("a"), Entities: n("e"), Relations: n("f"), Roles: n("r"), Statements: n("s"), Mentions: n("m")}
	st.Events = st.Relations - st.Roles - st.Statements
	return st, nil
}

// Query runs raw DQL read-only and returns Dgraph's JSON answer.
func (s *Store) Query(ctx context.Context, q string, vars map[string]string) ([]byte, error) {
	resp, err := s.dg.NewReadOnlyTxn().QueryWithVars(ctx, q, vars)
	if err != nil {
		return nil, fmt.Errorf("dgraph: query: %w", err)
	}
	return resp.GetJson(), nil
}

func (s *Store) query(ctx context.Context, q string, vars map[string]string, v any) error {
	var js []byte
	err := s.retry(ctx, func() error {
		var err error
		js, err = s.Query(ctx, q, vars)
		return err
	})
	if err != nil {
		return err
	}
	return json.Unmarshal(js, v)
}

type entityNode struct {
	UID      string `json:"uid"`
	Key      string `json:"entity.key"`
	Name     string `json:"name"`
	Type     string `json:"entity.type"`
	Wikidata string `json:"entity.wikidata"`
	Degree   int    `json:"degree"`
}

func (n entityNode) ref() EntityRef {
	return EntityRef{Key: n.Key, Name: n.Name, Type: n.Type, Wikidata: n.Wikidata}
}

const entityFields = `uid entity.key name entity.type entity.wikidata
    s as count(~fact.subject) o as count(~fact.object) degree: math(s + o)`

// resolve finds the one entity a user means by name: its canonical key,
// exact name, alias, every word of it in one alias ("Poutine" finds
// "Vladimir Poutine"), then a fuzzy match. Several equally good candidates are
// an AmbiguousError, not a guess.
func (s *Store) resolve(ctx context.Context, name string) (entityNode, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return entityNode{}, fmt.Errorf("dgraph: empty entity name")
	}
	steps := []string{
		`k(func: eq(entity.key, $name)) @filter(type(Entity))`,
		`k(func: eq(name, $name)) @filter(type(Entity))`,
		`k(func: eq(entity.alias, $name)) @filter(type(Entity))`,
		`k(func: allofterms(entity.alias, $name), first: 20) @filter(type(Entity))`,
		`k(func: match(name, $name, 3), first: 20) @filter(type(Entity))`,
	}
	vars := map[string]string{"$name": name}
	for i, step := range steps {
		if i == len(steps)-1 && len([]rune(name)) < 4 {
			break
		}
		q := "query q($name: string) {\n " + step + " { " + entityFields + " }\n}"
		var out struct {
			K []entityNode `json:"k"`
		}
		if err := s.query(ctx, q, vars, &out); err != nil {
			return entityNode{}, fmt.Errorf("dgraph: find %q: %w", name, err)
		}
		switch len(out.K) {
		case 0:
			continue
		case 1:
			return out.K[0], nil
		}
		// Several: a clear favourite (the only one with facts, or an
		// exact name among aliases) wins; otherwise ask.
		sort.SliceStable(out.K, func(a, b int) bool { return out.K[a].Degree > out.K[b].Degree })
		if out.K[1].Degree == 0 && out.K[0].Degree > 0 {
			return out.K[0], nil
		}
		amb := &AmbiguousError{Name: name}
		for _, c := range out.K {
			amb.Candidates = append(amb.Candidates, c.ref())
		}
		return entityNode{}, amb
	}
	return entityNode{}, fmt.Errorf("dgraph: %q: %w", name, ErrNotFound)
}

// Entity returns the entity a name stands for.
func (s *Store) Entity(ctx context.Context, name string) (EntityRef, error) {
	n, err := s.resolve(ctx, name)
	return n.ref(), err
}

const factFields = `fact.predicate fact.cameo fact.role fact.quote fact.modality
    fact.date fact.sentence fact.evidence fact.confidence
    fact.article { article.key article.source article.title article.published }
    fact.subject { entity.key name entity.type entity.wikidata }
    fact.object { entity.key name entity.type entity.wikidata }
    fact.about { entity.key name entity.type entity.wikidata }`

type factNode struct {
	UID        string  `json:"uid"`
	Predicate  string  `json:"fact.predicate"`
	Cameo      string  `json:"fact.cameo"`
	Role       string  `json:"fact.role"`
	Quote      string  `json:"fact.quote"`
	Modality   string  `json:"fact.modality"`
	Date       string  `json:"fact.date"`
	Sentence   int     `json:"fact.sentence"`
	Evidence   string  `json:"fact.evidence"`
	Confidence float64 `json:"fact.confidence"`
	Article    struct {
		Key       string `json:"article.key"`
		Source    string `json:"article.source"`
		Title     string `json:"article.title"`
		Published string `json:"article.published"`
	} `json:"fact.article"`
	Subject entityNode   `json:"fact.subject"`
	Object  *entityNode  `json:"fact.object"`
	About   []entityNode `json:"fact.about"`
}

func (f factNode) fact() Fact {
	out := Fact{
		Subject: f.Subject.ref(), Predicate: f.Predicate, Cameo: f.Cameo,
		Role: f.Role, Quote: f.Quote, Modality: f.Modality, Date: day(f.Date),
		Sentence: f.Sentence, Evidence: f.Evidence, Confidence: f.Confidence,
		Article: ArticleRef{ID: f.Article.Key, Source: f.Article.Source, Title: f.Article.Title, Published: day(f.Article.Published)},
	}
	if f.Object != nil && f.Object.Key != "" {
		o := f.Object.ref()
		out.Object = &o
	}
	for _, a := range f.About {
		out.About = append(out.About, a.ref())
	}
	return out
}

// day cuts Dgraph's datetime to the day: 2021-02-08T00:00:00Z -> 2021-02-08.
func day(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
}

// Neighbors returns the entity a name stands for and the facts that join it
// to another entity, most recent first.
func (s *Store) Neighbors(ctx context.Context, name string) (EntityRef, []Fact, error) {
	n, err := s.resolve(ctx, name)
	if err != nil {
		return EntityRef{}, nil, err
	}
	q := `query q($id: string) {
  e(func: uid($id)) {
    out: ~fact.subject @filter(has(fact.object)) { uid ` + factFields + ` }
    in: ~fact.object { uid ` + factFields + ` }
  }
}`
	var out struct {
		E []struct {
			Out []factNode `json:"out"`
			In  []factNode `json:"in"`
		} `json:"e"`
	}
	if err := s.query(ctx, q, map[string]string{"$id": n.UID}, &out); err != nil {
		return EntityRef{}, nil, fmt.Errorf("dgraph: neighbors of %q: %w", name, err)
	}
	var facts []Fact
	for _, e := range out.E {
		for _, f := range append(e.Out, e.In...) {
			if f.Predicate == "holds_role" {
				continue
			}
			facts = append(facts, f.fact())
		}
	}
	sortFacts(facts)
	return n.ref(), facts, nil
}

func sortFacts(facts []Fact) {
	sort.SliceStable(facts, func(i, j int) bool {
		a, b := facts[i], facts[j]
		if a.Date != b.Date {
			return a.Date > b.Date
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

// factOrder breaks ties between facts of one sentence.
func factOrder(f Fact) string {
	o := ""
	if f.Object != nil {
		o = f.Object.Key
	}
	return f.Subject.Key + "\x00" + f.Predicate + "\x00" + o + "\x00" + f.Role + "\x00" + f.Quote
}

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

const entityFieldsPlain = `entity.key name entity.type entity.wikidata`

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

// isUID checks a uid from Dgraph's own answer before it goes into query text.
func isUID(s string) bool {
	if len(s) < 3 || s[:2] != "0x" {
		return false
	}
	for _, c := range s[2:] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
