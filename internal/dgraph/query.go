package dgraph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
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
	b.WriteString("\nname one by its key")
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

// resolveFields reads what resolve needs of a candidate; counting a hub's
// facts reads long lists, so a summary's count stands in when there is one.
const resolveFields = `uid entity.key name entity.type entity.wikidata degree: entity.facts`

// degrees counts the facts of the candidates that have no summary.
func (s *Store) degrees(ctx context.Context, ns []entityNode) error {
	var uids []string
	for _, n := range ns {
		if n.Degree == 0 && isUID(n.UID) {
			uids = append(uids, n.UID)
		}
	}
	if len(uids) == 0 {
		return nil
	}
	var out struct {
		K []entityNode `json:"k"`
	}
	if err := s.query(ctx, "{ k(func: uid("+strings.Join(uids, ", ")+")) { uid s as count(~fact.subject) o as count(~fact.object) t as count(~fact.about) degree: math(s + o + t) } }", nil, &out); err != nil {
		return err
	}
	d := map[string]int{}
	for _, k := range out.K {
		d[k.UID] = k.Degree
	}
	for i := range ns {
		if ns[i].Degree == 0 {
			ns[i].Degree = d[ns[i].UID]
		}
	}
	return nil
}

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
		`k(func: match(entity.alias, $name, 3), first: 20) @filter(type(Entity))`,
	}
	vars := map[string]string{"$name": name}
	for i, step := range steps {
		if i == len(steps)-1 && len([]rune(name)) < 4 {
			break
		}
		q := "query q($name: string) {\n " + step + " { " + resolveFields + " }\n}"
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
		// exact name among aliases) wins; otherwise ask. Those without a
		// summary have their facts counted.
		if err := s.degrees(ctx, out.K); err != nil {
			return entityNode{}, fmt.Errorf("dgraph: find %q: %w", name, err)
		}
		sort.SliceStable(out.K, func(a, b int) bool {
			if out.K[a].Degree != out.K[b].Degree {
				return out.K[a].Degree > out.K[b].Degree
			}
			return out.K[a].Key < out.K[b].Key
		})
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

const factFields = `fact.key fact.predicate fact.cameo fact.role fact.quote fact.modality
    fact.date fact.sentence fact.evidence fact.confidence
    fact.article { article.key article.source article.title article.published }
    fact.subject { entity.key name entity.type entity.wikidata }
    fact.object { entity.key name entity.type entity.wikidata }
    fact.about { entity.key name entity.type entity.wikidata }`

type factNode struct {
	UID        string  `json:"uid"`
	Display    string  `json:"fact.display"`
	Key        string  `json:"fact.key"`
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
	sortRefs(out.About)
	return out
}

// day cuts Dgraph's datetime to the day: 2021-02-08T00:00:00Z -> 2021-02-08.
func day(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
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

const entityFieldsPlain = `entity.key name entity.type entity.wikidata`

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
