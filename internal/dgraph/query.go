package dgraph

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dgraph-io/dgo/v250"
	"github.com/dgraph-io/dgo/v250/protos/api"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// Stats counts articles, entities, facts by kind, and mentions.
func (s *Store) Stats(ctx context.Context) (kg.Stats, error) {
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
		return kg.Stats{}, fmt.Errorf("dgraph: stats: %w", err)
	}
	n := func(k string) int {
		if len(out[k]) == 0 {
			return 0
		}
		return out[k][0].N
	}
	st := kg.Stats{Articles: n("a"), Entities: n("e"), Relations: n("f"), Roles: n("r"), Statements: n("s"), Mentions: n("m")}
	st.Events = st.Relations - st.Roles - st.Statements
	return st, nil
}

// Query runs raw DQL read-only and returns Dgraph's JSON answer.
func (s *Store) Query(ctx context.Context, q string, vars map[string]string) ([]byte, error) {
	var resp *api.Response
	var err error
	if s.trace != nil {
		start := time.Now()
		defer func() { s.trace(q, resp, time.Since(start)) }()
	}
	if r, ok := ctx.Value(snapshotKey{}).(*readTxn); ok {
		r.mu.Lock()
		resp, err = r.txn.QueryWithVars(ctx, q, vars)
		r.mu.Unlock()
	} else {
		resp, err = s.dg.NewReadOnlyTxn().QueryWithVars(ctx, q, vars)
	}
	if err != nil {
		if st, ok := status.FromError(err); ok && st.Code() == codes.Unknown {
			return nil, fmt.Errorf("dgraph: query: %w", &kg.QueryError{Reason: st.Message()})
		}
		return nil, fmt.Errorf("dgraph: query: %w", err)
	}
	return resp.GetJson(), nil
}

// snapshotKey marks a context whose queries share one read-only
// transaction (snapshot).
type snapshotKey struct{}

// readTxn is the read-only transaction the queries of one answer share.
type readTxn struct {
	mu  sync.Mutex // a dgo transaction is not safe for concurrent use
	txn *dgo.Txn
}

// snapshot returns ctx with one read-only transaction for the queries of
// one answer made with it. On a server they read one snapshot of the
// graph, and only the first asks for a timestamp: a new transaction for
// each query asked Zero for one every time, a round trip to a third
// process (0.27 ms at p50 on the benchmark's server) that a two-hop
// answer paid twice. The embedded engine reads every query at its newest
// timestamp, whatever the transaction says.
func (s *Store) snapshot(ctx context.Context) context.Context {
	return context.WithValue(ctx, snapshotKey{}, &readTxn{txn: s.dg.NewReadOnlyTxn()})
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

func (n entityNode) ref() kg.EntityRef {
	return kg.EntityRef{Key: n.Key, Name: n.Name, Type: n.Type, Wikidata: n.Wikidata}
}

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
// a kg.AmbiguousError, not a guess.
func (s *Store) resolve(ctx context.Context, name string) (entityNode, error) {
	n, _, err := resolveReading[entityNode](ctx, s, name, "")
	return n, err
}

// located is an entity as resolveReading decodes it, with the fields read
// along.
type located interface{ node() entityNode }

func (n entityNode) node() entityNode { return n }

// resolveReading is resolve that also reads fields of the entity, in the
// same query, when its key, name or alias matches exactly (one round trip
// instead of two, for the answers that read a summary), and decodes them
// once into a T; with is nil when the entity was found by words or
// fuzzily, and the caller reads the fields itself.
func resolveReading[T located](ctx context.Context, s *Store, name, fields string) (n entityNode, with *T, err error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return entityNode{}, nil, fmt.Errorf("dgraph: empty entity name")
	}
	vars := map[string]string{"$name": name}
	var exact map[string][]T
	if err := s.query(ctx, "query q($name: string) {\n"+exactSteps("", "$name", fields)+"}", vars, &exact); err != nil {
		return entityNode{}, nil, fmt.Errorf("dgraph: find %q: %w", name, err)
	}
	if found := firstFound(exact, ""); found != nil {
		i, ns, err := chooseFrom(ctx, s, name, found)
		if err != nil {
			return entityNode{}, nil, err
		}
		return ns[i], &found[i], nil
	}
	n, err = s.resolveByWords(ctx, name)
	return n, nil, err
}

// resolvePair is resolveReading for two names at once, in one query when
// both match exactly.
func resolvePair[T located](ctx context.Context, s *Store, a, b, fields string) (ends [2]entityNode, with [2]*T, err error) {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "" || b == "" {
		return ends, with, fmt.Errorf("dgraph: empty entity name")
	}
	var exact map[string][]T
	q := "query q($a: string, $b: string) {\n" + exactSteps("0", "$a", fields) + exactSteps("1", "$b", fields) + "}"
	if err := s.query(ctx, q, map[string]string{"$a": a, "$b": b}, &exact); err != nil {
		return ends, with, fmt.Errorf("dgraph: find %q and %q: %w", a, b, err)
	}
	for i, name := range []string{a, b} {
		found := firstFound(exact, strconv.Itoa(i))
		if found == nil {
			if ends[i], err = s.resolveByWords(ctx, name); err != nil {
				return ends, with, err
			}
			continue
		}
		j, ns, err := chooseFrom(ctx, s, name, found)
		if err != nil {
			return ends, with, err
		}
		ends[i], with[i] = ns[j], &found[j]
	}
	return ends, with, nil
}

// exactSteps are resolve's exact steps for the name in variable v, as
// blocks k, n and a (suffixed) of one query, each leaving out what an
// earlier one found: the first that finds anything answers. Each reads
// fields besides what resolve needs.
func exactSteps(suffix, v, fields string) string {
	f := resolveFields + " " + fields
	return `  x` + suffix + ` as k` + suffix + `(func: eq(entity.key, ` + v + `)) @filter(type(Entity)) { ` + f + ` }
  y` + suffix + ` as n` + suffix + `(func: eq(name, ` + v + `)) @filter(type(Entity) AND NOT uid(x` + suffix + `)) { ` + f + ` }
  a` + suffix + `(func: eq(entity.alias, ` + v + `)) @filter(type(Entity) AND NOT uid(x` + suffix + `, y` + suffix + `)) { ` + f + ` }
`
}

// firstFound is what the first exact step that found anything found.
func firstFound[T any](exact map[string][]T, suffix string) []T {
	for _, b := range []string{"k", "n", "a"} {
		if found := exact[b+suffix]; len(found) > 0 {
			return found
		}
	}
	return nil
}

// chooseFrom is choose over the entities of found.
func chooseFrom[T located](ctx context.Context, s *Store, name string, found []T) (int, []entityNode, error) {
	ns := make([]entityNode, len(found))
	for i := range found {
		ns[i] = found[i].node()
	}
	i, err := s.choose(ctx, name, ns)
	return i, ns, err
}

// resolveByWords is resolve's last steps: every word of the name in one
// alias, then a fuzzy match.
func (s *Store) resolveByWords(ctx context.Context, name string) (entityNode, error) {
	steps := []string{
		`k(func: allofterms(entity.alias, $name), first: 20) @filter(type(Entity))`,
		`k(func: match(entity.alias, $name, 3), first: 20) @filter(type(Entity))`,
	}
	for i, step := range steps {
		if i == len(steps)-1 && len([]rune(name)) < 4 {
			break
		}
		q := "query q($name: string) {\n " + step + " { " + resolveFields + " }\n}"
		var out struct {
			K []entityNode `json:"k"`
		}
		if err := s.query(ctx, q, map[string]string{"$name": name}, &out); err != nil {
			return entityNode{}, fmt.Errorf("dgraph: find %q: %w", name, err)
		}
		if len(out.K) > 0 {
			i, err := s.choose(ctx, name, out.K)
			if err != nil {
				return entityNode{}, err
			}
			return out.K[i], nil
		}
	}
	return entityNode{}, fmt.Errorf("dgraph: %w", &kg.NotFoundError{Name: name})
}

// choose picks the entity among the candidates one step found: the only
// one, or a clear favourite (the only one with facts); otherwise it asks.
// Those without a summary have their facts counted.
func (s *Store) choose(ctx context.Context, name string, ns []entityNode) (int, error) {
	if len(ns) == 1 {
		return 0, nil
	}
	if err := s.degrees(ctx, ns); err != nil {
		return 0, fmt.Errorf("dgraph: find %q: %w", name, err)
	}
	order := make([]int, len(ns))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := ns[order[a]], ns[order[b]]
		if x.Degree != y.Degree {
			return x.Degree > y.Degree
		}
		return x.Key < y.Key
	})
	if ns[order[1]].Degree == 0 && ns[order[0]].Degree > 0 {
		return order[0], nil
	}
	amb := &kg.AmbiguousError{Name: name}
	for _, i := range order {
		amb.Candidates = append(amb.Candidates, ns[i].ref())
	}
	return 0, amb
}

// Entity returns the entity a name stands for.
func (s *Store) Entity(ctx context.Context, name string) (kg.EntityRef, error) {
	n, err := s.resolve(ctx, name)
	return n.ref(), err
}

type factNode struct {
	UID      string `json:"uid"`
	Display  string `json:"fact.display"`
	Label    string `json:"display_name"`
	Reported string `json:"fact.reported"`
	OldName  string `json:"old_name"` // name, which facts had before display_name
	// The ends with the weight facets of their edges (rebuilds only).
	WS         map[string]any `json:"ws"`
	WO         map[string]any `json:"wo"`
	Key        string         `json:"fact.key"`
	Predicate  string         `json:"fact.predicate"`
	Cameo      string         `json:"fact.cameo"`
	Role       string         `json:"fact.role"`
	Quote      string         `json:"fact.quote"`
	Modality   string         `json:"fact.modality"`
	Date       string         `json:"fact.date"`
	Sentence   int            `json:"fact.sentence"`
	Evidence   string         `json:"fact.evidence"`
	Confidence float64        `json:"fact.confidence"`
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

func (f factNode) fact() kg.Fact {
	out := kg.Fact{
		Subject: f.Subject.ref(), Predicate: f.Predicate, Cameo: f.Cameo,
		Role: f.Role, Quote: f.Quote, Modality: f.Modality, Date: day(f.Date),
		Sentence: f.Sentence, Evidence: f.Evidence, Confidence: f.Confidence,
		Article: kg.ArticleRef{ID: f.Article.Key, Source: f.Article.Source, Title: f.Article.Title, Published: day(f.Article.Published)},
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

func sortFacts(facts []kg.Fact) {
	sort.SliceStable(facts, func(i, j int) bool { return factBefore(facts[i], facts[j]) })
}

// factBefore says whether a comes before b in sortFacts's order.
func factBefore(a, b kg.Fact) bool {
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
}

// factOrder breaks ties between facts of one sentence.
func factOrder(f kg.Fact) string {
	o := ""
	if f.Object != nil {
		o = f.Object.Key
	}
	return f.Subject.Key + "\x00" + f.Predicate + "\x00" + o + "\x00" + f.Role + "\x00" + f.Quote
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
