package dgraph

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dgraph-io/dgo/v250/protos/api"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// Summaries make the questions users ask most answer in milliseconds, hubs
// included. A hub takes part in thousands of facts, and counting them,
// ranking its neighbours or finding the facts it shares with another
// entity reads them all. So each entity carries a summary, computed from its
// facts after loading:
//
//	entity.facts, entity.articles  how many facts it takes part in, how
//	                               many articles mention it
//	entity.neighbor                its summaryNeighbors most connected
//	                               neighbours; facets count the facts and
//	                               the events joining them, list the
//	                               newest (recent; recent_events when
//	                               they differ), name the neighbour (key,
//	                               name, type, wikidata) and rank those
//	                               joined by events (rank)
//	entity.ranking                 the same neighbours in one value, for
//	                               answers that pass many entities
//	entity.role                    for each role it holds, an edge to the
//	                               newest fact saying so; facets count
//	                               them and give the first and last day
//	entity.summary                 the format (summaryFormat)
//	entity.timeline                for a hub (timelineHead facts or more),
//	                               the uids of its newest timelineHead
//	                               dated facts in timeline order
//
// Summaries are written by one transaction per group of entities, never by
// the loader's article transactions: a counter on a hub rewritten by every
// article would make concurrent writers abort each other. ingest refreshes
// them at the end of every run for the entities of the articles loaded since
// the last refresh (the Meta node remembers when that was), so a run that
// was killed is caught up by the next one. Queries use an entity's summary
// when it holds what the answer needs and read its facts otherwise
// (summaryLevel decides), so answers are right before the first refresh
// too, only slower.
const (
	// summaryFormat is written in entity.summary: 2 since neighbour edges
	// carry the neighbour's name and their rank. An entity summarised in an
	// earlier format is listed from its facts until a refresh.
	summaryFormat    = 2
	summaryNeighbors = 50
	summaryFacts     = 5 // newest facts kept per neighbour and per role
	// summaryGroup bounds the entities one summary transaction writes.
	summaryGroup = 200
)

// timelineHead is how many of its newest facts a hub's summary lists
// (entity.timeline), and how many facts make a hub: a timeline page within
// them reads only the facts it shows. A variable for tests.
var timelineHead = 500

// summaryBudget bounds the facts and mentions one query reads, so that an
// answer stays well under gRPC's 4 MB (20,000 made 6 MB); an entity with
// more is read page by page. A variable for tests.
var summaryBudget = 5000

// SummaryResult says what a refresh did.
type SummaryResult struct {
	Entities int // entities summarised
	Facts    int // facts read
	Displays int // display values rewritten (a refresh of all only)
	Labels   int // labels of entities and articles rewritten, old names removed (idem)
	// Similar lists the people, among those summarised, whose names are one
	// edit apart from another person's, with what was decided.
	Similar []SimilarNames
	Elapsed time.Duration // time taken
}

// Summarise refreshes the summaries of every entity mentioned by, or taking
// part in a fact of, an article loaded since the last refresh; of every
// entity the first time, or when all is set (after a graph was loaded by
// other means, such as dgraph live). With all, it first checks every fact's
// display value against the fact and rewrites those that differ.
func (s *Store) Summarise(ctx context.Context, all bool) (SummaryResult, error) {
	start := time.Now()
	var res SummaryResult
	if s.embedded {
		s.writeMu.Lock()
		defer s.writeMu.Unlock()
	}
	meta, since, err := s.summaryMark(ctx)
	if err != nil {
		return res, err
	}
	// Articles loaded from now on are summarised by the next refresh; the
	// margin covers loaded_at's one-second precision and the clock of
	// another loader running a little behind.
	mark := start.UTC().Add(-2 * time.Second).Format(time.RFC3339)
	if all {
		since = ""
		if res.Displays, err = s.rebuildDisplays(ctx); err != nil {
			return res, err
		}
		if res.Labels, err = s.rebuildLabels(ctx); err != nil {
			return res, err
		}
	}
	uids, err := s.touchedEntities(ctx, since)
	if err != nil {
		return res, err
	}
	for i := 0; i < len(uids); i += summaryGroup {
		group := uids[i:min(i+summaryGroup, len(uids))]
		var facts int
		err := s.retry(ctx, func() error {
			var err error
			facts, err = s.summariseGroup(ctx, group)
			return err
		})
		if err != nil {
			return res, fmt.Errorf("dgraph: summarise %d entities: %w", len(group), err)
		}
		res.Entities += len(group)
		res.Facts += facts
	}
	if res.Similar, err = s.flagSimilar(ctx, uids); err != nil {
		return res, err
	}
	err = s.retry(ctx, func() error {
		var q nquads
		subj := "_:meta"
		if meta != "" {
			subj = "<" + meta + ">"
		}
		q.str(subj, "dgraph.type", "Meta")
		q.str(subj, "display_name", "summaries")
		q.str(subj, "meta.key", "summary")
		q.str(subj, "meta.summarised", mark)
		_, err := s.dg.NewTxn().Mutate(ctx, &api.Mutation{SetNquads: q.bytes(), CommitNow: true})
		return err
	})
	if err != nil {
		return res, fmt.Errorf("dgraph: summarise: note the time: %w", err)
	}
	res.Elapsed = time.Since(start)
	return res, nil
}

// summaryMark returns the Meta node's uid and the time of the last refresh
// ("" when there was none).
func (s *Store) summaryMark(ctx context.Context) (uid, at string, err error) {
	var out struct {
		M []struct {
			UID string `json:"uid"`
			At  string `json:"meta.summarised"`
		} `json:"m"`
	}
	if err := s.query(ctx, `{ m(func: eq(meta.key, "summary")) { uid meta.summarised } }`, nil, &out); err != nil {
		return "", "", fmt.Errorf("dgraph: summarise: %w", err)
	}
	if len(out.M) == 0 {
		return "", "", nil
	}
	return out.M[0].UID, out.M[0].At, nil
}

// touchedEntities lists, in uid order, the entities of the articles loaded
// at or after since, or every entity when since is "".
func (s *Store) touchedEntities(ctx context.Context, since string) ([]string, error) {
	// An answer must stay under gRPC's 4 MB: 200 articles with their
	// mentions' and facts' entities are well under it.
	const page = 200
	seen := map[string]bool{}
	var uids []string
	after := "0x0"
	for {
		var q string
		vars := map[string]string{"$after": after}
		if since == "" {
			q = `query q($after: string) {
  p(func: type(Entity), first: ` + strconv.Itoa(page) + `, after: $after) { uid }
}`
		} else {
			vars["$since"] = since
			q = `query q($after: string, $since: string) {
  p(func: ge(article.loaded_at, $since), first: ` + strconv.Itoa(page) + `, after: $after) { uid
    m: ~mention.article { e: mention.entity @filter(type(Entity)) { uid } }
    f: ~fact.article { s: fact.subject @filter(type(Entity)) { uid } o: fact.object @filter(type(Entity)) { uid } t: fact.about @filter(type(Entity)) { uid } }
  }
}`
		}
		type ref struct {
			UID string `json:"uid"`
		}
		var out struct {
			P []struct {
				UID string `json:"uid"`
				M   []struct {
					E *ref `json:"e"`
				} `json:"m"`
				F []struct {
					S *ref `json:"s"`
					O *ref `json:"o"`
					T []ref
				} `json:"f"`
			} `json:"p"`
		}
		if err := s.query(ctx, q, vars, &out); err != nil {
			return nil, fmt.Errorf("dgraph: summarise: find entities: %w", err)
		}
		add := func(r *ref) {
			if r != nil && isUID(r.UID) && !seen[r.UID] {
				seen[r.UID] = true
				uids = append(uids, r.UID)
			}
		}
		for _, p := range out.P {
			if since == "" {
				add(&ref{p.UID})
				continue
			}
			for _, m := range p.M {
				add(m.E)
			}
			for _, f := range p.F {
				add(f.S)
				add(f.O)
				for i := range f.T {
					add(&f.T[i])
				}
			}
		}
		if len(out.P) < page {
			break
		}
		after = out.P[len(out.P)-1].UID
	}
	sort.Slice(uids, func(i, j int) bool { return uidLess(uids[i], uids[j]) })
	return uids, nil
}

func uidLess(a, b string) bool {
	x, _ := strconv.ParseUint(strings.TrimPrefix(a, "0x"), 16, 64)
	y, _ := strconv.ParseUint(strings.TrimPrefix(b, "0x"), 16, 64)
	return x < y
}

// sumFact is what a summary needs of one fact.
type sumFact struct {
	UID  string `json:"uid"`
	Key  string `json:"fact.key"`
	Pred string `json:"fact.predicate"`
	Role string `json:"fact.role"`
	Date string `json:"fact.date"`
	// Reported is the day its article was published (fact.reported).
	Reported string `json:"fact.reported"`
	Sent     int    `json:"fact.sentence"`
	Other    *struct {
		UID string `json:"uid"`
	} `json:"x"`
}

// newer orders facts newest first, undated last, then by sentence and key,
// the same on every backend.
func newer(a, b sumFact) bool {
	if a.Date != b.Date {
		return a.Date > b.Date
	}
	if a.Sent != b.Sent {
		return a.Sent < b.Sent
	}
	return a.Key < b.Key
}

// entityAcc gathers, page by page, what one entity's summary is computed
// from. The facts themselves are not kept: a hub in 100,000 facts costs its
// neighbours and its articles, not its facts.
//
// An entity read in one query is gathered in one pass. A larger one is
// read twice: first counting the facts joining it to each neighbour (a hub
// at 100,000 articles has tens of thousands of neighbours, and their
// newest facts took 50 MB), then keeping the newest facts of only the
// neighbours its summary keeps.
type entityAcc struct {
	uid      string
	about    int // facts about it (topics)
	facts    int // facts it is the subject or object of
	articles map[string]struct{}
	nbs      map[string]*nb
	roles    map[string]*roleAcc
	counting bool           // first of two passes: no newest facts yet
	only     map[string]*nb // second pass: the neighbours to complete
}

// nb is what joins an entity to one neighbour.
type nb struct {
	uid             string
	facts, events   int
	newest, events5 []sumFact
}

func newEntityAcc(uid string) *entityAcc {
	return &entityAcc{uid: uid, articles: map[string]struct{}{}, nbs: map[string]*nb{}, roles: map[string]*roleAcc{}}
}

// add folds in facts the entity is the subject of (subject set) or the
// object of.
func (a *entityAcc) add(fs []sumFact, subject bool) {
	if a.only != nil {
		for _, f := range fs {
			if f.Other != nil && a.only[f.Other.UID] != nil {
				a.only[f.Other.UID].keep(f)
			}
		}
		return
	}
	a.facts += len(fs)
	for _, f := range fs {
		other := ""
		if f.Other != nil {
			other = f.Other.UID
		}
		if subject && f.Pred == kg.HoldsRole && f.Role != "" {
			k := f.Role
			if other != "" {
				k += "\x00" + other
			}
			r := a.roles[k]
			if r == nil {
				r = &roleAcc{name: f.Role}
				a.roles[k] = r
			}
			r.add(brief(f), seen(f.Date, f.Reported))
		}
		if !isUID(other) || other == a.uid {
			continue
		}
		n := a.nbs[other]
		if n == nil {
			n = &nb{uid: other}
			a.nbs[other] = n
		}
		n.facts++
		if isEvent(f) {
			n.events++
		}
		if !a.counting {
			n.keep(f)
		}
	}
}

// isEvent tells events from roles and statements.
func isEvent(f sumFact) bool { return f.Pred != kg.HoldsRole && f.Pred != kg.Said }

// brief is what the lists of newest facts keep of one: its uid and what
// orders it.
func brief(f sumFact) sumFact { return sumFact{UID: f.UID, Key: f.Key, Date: f.Date, Sent: f.Sent} }

// keep adds a fact joining the neighbour to its newest.
func (n *nb) keep(f sumFact) {
	kept := brief(f)
	n.newest = keepNewest(n.newest, kept)
	if isEvent(f) {
		n.events5 = keepNewest(n.events5, kept)
	}
}

// entitySummary is an entity's summary before neighbours tied on counts are
// ordered by key.
type entitySummary struct {
	uid             string
	facts, articles int
	nbs             []*nb // the candidates for the first summaryNeighbors
	roles           []*roleAcc
}

// summary ranks the neighbours by events, then facts, and keeps those that
// can be among the first summaryNeighbors once ties are broken by key: the
// first summaryNeighbors, and every one tied with the last of them.
func (a *entityAcc) summary() *entitySummary {
	nbs := make([]*nb, 0, len(a.nbs))
	for _, n := range a.nbs {
		nbs = append(nbs, n)
	}
	sort.Slice(nbs, func(i, j int) bool { return moreJoined(nbs[i], nbs[j]) })
	cut := min(len(nbs), summaryNeighbors)
	for cut > 0 && cut < len(nbs) && !moreJoined(nbs[cut-1], nbs[cut]) {
		cut++
	}
	roles := make([]*roleAcc, 0, len(a.roles))
	for _, r := range a.roles {
		roles = append(roles, r)
	}
	return &entitySummary{uid: a.uid, facts: a.facts + a.about, articles: len(a.articles), nbs: nbs[:cut:cut], roles: roles}
}

// moreJoined orders neighbours by events, then facts, both descending.
func moreJoined(x, y *nb) bool {
	if x.events != y.events {
		return x.events > y.events
	}
	return x.facts > y.facts
}

// summariseGroup reads the facts of a group of entities and rewrites their
// summaries; it returns how many facts it read.
func (s *Store) summariseGroup(ctx context.Context, uids []string) (int, error) {
	sums, read, err := s.readSummaries(ctx, uids)
	if err != nil {
		return 0, err
	}
	names := map[string]bool{} // neighbour uids whose keys order ties
	for _, e := range sums {
		for _, n := range e.nbs {
			names[n.uid] = true
		}
	}
	label, err := s.entityNames(ctx, names)
	if err != nil {
		return 0, err
	}
	heads, err := s.timelineHeads(ctx, sums)
	if err != nil {
		return 0, err
	}
	var del, set nquads
	mark := time.Now().UTC().Format(time.RFC3339)
	for _, p := range sums {
		// Most events first, then most facts, then by key, as queries
		// rank them: the same neighbours are kept on every backend.
		nbs := p.nbs
		sort.Slice(nbs, func(i, j int) bool {
			x, y := nbs[i], nbs[j]
			if x.events != y.events || x.facts != y.facts {
				return moreJoined(x, y)
			}
			return label[x.uid].key < label[y.uid].key
		})
		e := "<" + p.uid + ">"
		del.edge(e, "entity.neighbor", "*")
		del.edge(e, "entity.role", "*")
		set.int(e, "entity.facts", p.facts)
		set.int(e, "entity.articles", p.articles)
		set.str(e, "entity.summarised", mark)
		set.int(e, "entity.summary", summaryFormat)
		if len(nbs) > summaryNeighbors {
			nbs = nbs[:summaryNeighbors]
		}
		r, err := ranking(nbs, label)
		if err != nil {
			return 0, err
		}
		set.str(e, "entity.ranking", r)
		if h, ok := heads[p.uid]; ok {
			set.str(e, "entity.timeline", h)
		} else {
			del.edge(e, "entity.timeline", "*")
		}
		// rank numbers the neighbours joined by events in the order
		// queries list them, most events then by key, so that a page of
		// them reads only its own edges.
		shown := slices.DeleteFunc(slices.Clone(nbs), func(n *nb) bool { return n.events == 0 })
		sort.Slice(shown, func(i, j int) bool {
			if shown[i].events != shown[j].events {
				return shown[i].events > shown[j].events
			}
			return label[shown[i].uid].key < label[shown[j].uid].key
		})
		rank := make(map[*nb]int, len(shown))
		for i, n := range shown {
			rank[n] = i
		}
		for _, n := range nbs {
			// recent_events only when it is not recent: most often every
			// fact joining two entities is an event.
			l := label[n.uid]
			facets := fmt.Sprintf(`facts=%d, events=%d, key=%s, name=%s, type=%s, recent="%s"`, n.facts, n.events,
				quote(l.key), quote(l.name), quote(l.typ), uidList(n.newest))
			if l.wikidata != "" {
				facets += ", wikidata=" + quote(l.wikidata)
			}
			if r, ok := rank[n]; ok { // joined by events
				facets += fmt.Sprintf(", rank=%d", r)
			}
			if ev := uidList(n.events5); ev != "" && ev != uidList(n.newest) {
				facets += `, recent_events="` + ev + `"`
			}
			set.facets(e, "entity.neighbor", "<"+n.uid+">", facets)
		}
		for _, r := range p.roles {
			set.facets(e, "entity.role", "<"+r.newest[0].UID+">", fmt.Sprintf(`facts=%d, first="%s", last="%s", recent="%s"`,
				r.n, day(r.first), day(r.last), uidList(r.newest)))
		}
	}
	txn := s.dg.NewTxn()
	defer txn.Discard(ctx)
	if _, err := txn.Mutate(ctx, &api.Mutation{DelNquads: del.bytes()}); err != nil {
		return 0, err
	}
	if _, err := txn.Mutate(ctx, &api.Mutation{SetNquads: set.bytes(), CommitNow: true}); err != nil {
		return 0, err
	}
	return read, nil
}

// timelineHeads returns the timeline heads (entity.timeline) of the
// entities among sums with at least timelineHead facts.
func (s *Store) timelineHeads(ctx context.Context, sums []*entitySummary) (map[string]string, error) {
	heads := map[string]string{}
	for _, p := range sums {
		if p.facts < timelineHead {
			continue
		}
		head, err := s.timelineHeadOf(ctx, p.uid)
		if err != nil {
			return nil, fmt.Errorf("timeline head of %s: %w", p.uid, err)
		}
		if len(head) > 0 {
			heads[p.uid] = strings.Join(head, " ")
		}
	}
	return heads, nil
}

// timelineHeadOf returns the uids of an entity's newest timelineHead
// dated facts in the order TimelinePage lists them (newestFirst's): all
// of them when it has fewer, and then a page reaching past them reads the
// facts, since the undated ones that follow would all have to be read to
// be ordered. The facts are read by pages of displayPage: the day where
// the head ends, read whole to be ordered, can hold thousands of a hub's
// facts.
func (s *Store) timelineHeadOf(ctx context.Context, uid string) ([]string, error) {
	vars := map[string]string{"$id": uid}
	var out struct {
		T []factNode `json:"t"`
	}
	q := fmt.Sprintf("query q($id: string) {\n%s  t(func: uid(f1, f2, f3), orderdesc: fact.date, first: %d) { uid fact.date }\n}", entityFacts, timelineHead)
	if err := s.query(ctx, q, vars, &out); err != nil {
		return nil, err
	}
	newer := slices.DeleteFunc(out.T, func(f factNode) bool { return f.Date == "" })
	if len(newer) == 0 {
		return nil, nil
	}
	var facts []factNode
	if len(newer) == timelineHead {
		// The head may end inside its oldest day: that day, whole.
		lo := day(newer[len(newer)-1].Date)
		newer = slices.DeleteFunc(newer, func(f factNode) bool { return day(f.Date) == lo })
		for off := 0; ; off += displayPage {
			var d struct {
				D []factNode `json:"d"`
			}
			q := fmt.Sprintf("query q($id: string) {\n%s  d(func: between(fact.date, %q, %q), first: %d, offset: %d) @filter(uid(f1, f2, f3)) { %s }\n}",
				entityFacts, lo, lo+"T23:59:59Z", displayPage, off, factShown)
			if err := s.query(ctx, q, vars, &d); err != nil {
				return nil, err
			}
			facts = append(facts, d.D...)
			if len(d.D) < displayPage {
				break
			}
		}
	}
	for i := 0; i < len(newer); i += displayPage {
		uids := make([]string, 0, displayPage)
		for _, f := range newer[i:min(i+displayPage, len(newer))] {
			uids = append(uids, f.UID)
		}
		var d struct {
			D []factNode `json:"d"`
		}
		if err := s.query(ctx, "{ d(func: uid("+strings.Join(uids, ", ")+")) { "+factShown+" } }", nil, &d); err != nil {
			return nil, err
		}
		facts = append(facts, d.D...)
	}
	if err := s.showFacts(ctx, refs(facts, self)); err != nil {
		return nil, err
	}
	sortNodes(facts)
	head := make([]string, 0, timelineHead)
	for _, f := range facts[:min(timelineHead, len(facts))] {
		head = append(head, f.UID)
	}
	return head, nil
}

// rankEntry is one neighbour in an entity's ranking value: its uid and key,
// the events joining them and the newest of those. The value is a JSON array
// of [uid, key, events, latest] arrays, in the summary's order.
type rankEntry struct {
	uid, key string
	events   int
	latest   string
}

func (r *rankEntry) UnmarshalJSON(b []byte) error {
	return json.Unmarshal(b, &[]any{&r.uid, &r.key, &r.events, &r.latest})
}

// ranking is the entity.ranking value of a summary's neighbours: what a
// two-hop answer and a path search read of each entity they pass, in one
// value instead of fifty edges with their facets, about three times
// faster to read (docs/PERFORMANCE.md, "Figures behind choices in the
// code").
func ranking(nbs []*nb, label map[string]keyName) (string, error) {
	list := make([][4]any, len(nbs))
	for i, n := range nbs {
		latest := ""
		if len(n.events5) > 0 {
			latest = n.events5[0].UID
		}
		list[i] = [4]any{n.uid, label[n.uid].key, n.events, latest}
	}
	b, err := json.Marshal(list)
	if err != nil {
		return "", fmt.Errorf("encode ranking: %w", err)
	}
	return string(b), nil
}

// keepNewest adds f to the newest summaryFacts facts of list.
func keepNewest(list []sumFact, f sumFact) []sumFact {
	i := sort.Search(len(list), func(i int) bool { return newer(f, list[i]) })
	if i >= summaryFacts {
		return list
	}
	list = append(list, sumFact{})
	copy(list[i+1:], list[i:])
	list[i] = f
	if len(list) > summaryFacts {
		list = list[:summaryFacts]
	}
	return list
}

// roleAcc accumulates the facts that say an entity holds one role.
type roleAcc struct {
	name        string
	n           int
	first, last string
	newest      []sumFact
}

// add counts a fact saying so, seen on day when (the day it happened, else
// the day it was reported; "" when neither is known).
func (r *roleAcc) add(f sumFact, when string) {
	r.n++
	when = day(when)
	if when != "" && (r.first == "" || when < r.first) {
		r.first = when
	}
	if when > r.last {
		r.last = when
	}
	r.newest = keepNewest(r.newest, f)
}

// seen is the day a fact is dated by: the day it happened when the text
// says, else the day it was reported. A role's first and last day come
// from it, so that "who held this role on day D" has an answer when the
// articles saying so are dated.
func seen(date, reported string) string {
	if date != "" {
		return date
	}
	return reported
}

type keyName struct{ key, name, typ, wikidata string }

// entityNames returns what entities answer (key, name, type, Wikidata id):
// keys rank tied neighbours, and a summary's neighbour edges carry all four
// so that a list of neighbours reads no neighbour.
func (s *Store) entityNames(ctx context.Context, set map[string]bool) (map[string]keyName, error) {
	names := make(map[string]keyName, len(set))
	uids := make([]string, 0, len(set))
	for u := range set {
		uids = append(uids, u)
	}
	for i := 0; i < len(uids); i += 5000 {
		var out struct {
			N []struct {
				UID      string `json:"uid"`
				Key      string `json:"entity.key"`
				Name     string `json:"name"`
				Type     string `json:"entity.type"`
				Wikidata string `json:"entity.wikidata"`
			} `json:"n"`
		}
		q := "{ n(func: uid(" + strings.Join(uids[i:min(i+5000, len(uids))], ", ") + ")) { uid entity.key name entity.type entity.wikidata } }"
		if err := s.query(ctx, q, nil, &out); err != nil {
			return nil, fmt.Errorf("names: %w", err)
		}
		for _, n := range out.N {
			names[n.UID] = keyName{n.Key, n.Name, n.Type, n.Wikidata}
		}
	}
	return names, nil
}

// readSummaries reads what the summaries of uids are computed from: small
// entities many to a query, large ones page by page, each summarised as
// soon as it is read. It returns them with the number of facts read.
func (s *Store) readSummaries(ctx context.Context, uids []string) ([]*entitySummary, int, error) {
	var sizes struct {
		E []struct {
			UID string `json:"uid"`
			S   int    `json:"s"`
			O   int    `json:"o"`
			M   int    `json:"m"`
		} `json:"e"`
	}
	q := "{ e(func: uid(" + strings.Join(uids, ", ") + ")) @filter(type(Entity)) { uid s: count(~fact.subject) o: count(~fact.object) m: count(~mention.entity) } }"
	if err := s.query(ctx, q, nil, &sizes); err != nil {
		return nil, 0, fmt.Errorf("sizes: %w", err)
	}
	var out []*entitySummary
	read := 0
	var group []string
	size := 0
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		accs := map[string]*entityAcc{}
		if err := s.readFactsPage(ctx, group, 0, summaryBudget, true, accs); err != nil {
			return err
		}
		for _, u := range group {
			out = append(out, accs[u].summary())
			read += accs[u].facts
		}
		group, size = group[:0], 0
		return nil
	}
	for _, e := range sizes.E {
		n := max(e.S, e.O, e.M)
		if n >= summaryBudget { // alone, page by page, twice
			a := newEntityAcc(e.UID)
			a.counting = true
			accs := map[string]*entityAcc{e.UID: a}
			for off := 0; off < n; off += summaryBudget {
				if err := s.readFactsPage(ctx, []string{e.UID}, off, summaryBudget, off == 0, accs); err != nil {
					return nil, 0, err
				}
			}
			sum := a.summary()
			a.nbs, a.articles, a.only = nil, nil, make(map[string]*nb, len(sum.nbs))
			for _, n := range sum.nbs {
				a.only[n.uid] = n
			}
			for off := 0; off < max(e.S, e.O) && len(a.only) > 0; off += summaryBudget {
				if err := s.readFactsPage(ctx, []string{e.UID}, off, summaryBudget, false, accs); err != nil {
					return nil, 0, err
				}
			}
			out = append(out, sum)
			read += a.facts
			continue
		}
		if size+e.S+e.O+e.M > summaryBudget {
			if err := flush(); err != nil {
				return nil, 0, err
			}
		}
		group = append(group, e.UID)
		size += e.S + e.O + e.M
	}
	if err := flush(); err != nil {
		return nil, 0, err
	}
	return out, read, nil
}

// readFactsPage reads one page (offset, first) of each entity's facts and
// mentions into accs; the first page also counts its topics.
func (s *Store) readFactsPage(ctx context.Context, uids []string, offset, first int, head bool, accs map[string]*entityAcc) error {
	page := fmt.Sprintf("(first: %d, offset: %d)", first, offset)
	extra := ""
	if head {
		extra = "t: count(~fact.about)"
	}
	mentions := `m: ~mention.entity ` + page + ` { a: mention.article { uid } }`
	if len(uids) == 1 && accs[uids[0]] != nil && accs[uids[0]].only != nil {
		mentions = "" // the second pass counts nothing
	}
	q := `{ e(func: uid(` + strings.Join(uids, ", ") + `)) { uid ` + extra + `
    ` + mentions + `
    s: ~fact.subject ` + page + ` { uid fact.key fact.predicate fact.role fact.date fact.reported fact.sentence x: fact.object { uid } }
    o: ~fact.object ` + page + ` { uid fact.key fact.predicate fact.date fact.sentence x: fact.subject { uid } }
  } }`
	type ref struct {
		UID string `json:"uid"`
	}
	var out struct {
		E []struct {
			UID string    `json:"uid"`
			T   int       `json:"t"`
			S   []sumFact `json:"s"`
			O   []sumFact `json:"o"`
			M   []struct {
				A *ref `json:"a"`
			} `json:"m"`
		} `json:"e"`
	}
	if err := s.query(ctx, q, nil, &out); err != nil {
		return fmt.Errorf("read facts: %w", err)
	}
	for _, u := range uids {
		if accs[u] == nil {
			accs[u] = newEntityAcc(u)
		}
	}
	for _, e := range out.E {
		a := accs[e.UID]
		if a == nil {
			continue
		}
		if head {
			a.about = e.T
		}
		for _, m := range e.M {
			if m.A != nil {
				a.articles[m.A.UID] = struct{}{}
			}
		}
		a.add(e.S, true)
		a.add(e.O, false)
	}
	return nil
}

// uidList joins the uids of facts with spaces, for a facet.
func uidList(fs []sumFact) string {
	uids := make([]string, len(fs))
	for i, f := range fs {
		uids[i] = f.UID
	}
	return strings.Join(uids, " ")
}

// quote makes s an RDF string literal.
func quote(s string) string {
	var b bytes.Buffer
	b.WriteByte('"')
	writeEscaped(&b, s)
	b.WriteByte('"')
	return b.String()
}

// sortKey is what newer orders a fact read for display by.
func (f factNode) sortKey() sumFact { return sumFact{Key: f.Key, Date: f.Date, Sent: f.Sentence} }
