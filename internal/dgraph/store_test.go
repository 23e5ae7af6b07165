package dgraph_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// The conformance suite: every test runs on the embedded engine and on the
// Dgraph server, and both must give the same answers.

func forEachBackend(t *testing.T, test func(t *testing.T, ctx context.Context, s *dgraph.Store)) {
	for _, b := range dgraphtest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			ctx := dgraphtest.Context(t)
			s := open(t, ctx, b.URI)
			if !s.Embedded() {
				if err := s.DropAll(ctx); err != nil {
					t.Fatal(err)
				}
			}
			if b.Name == "cluster" {
				dgraphtest.Spread(t)
				// The first write after a move may find an Alpha that has
				// not yet heard of it.
				if err := dgraphtest.Settled(t, func() error { return s.DropAll(ctx) }); err != nil {
					t.Fatal(err)
				}
			}
			test(t, ctx, s)
		})
	}
}

// uriOf is the address the store under test was opened with.
func uriOf(t *testing.T, s *dgraph.Store) string {
	t.Helper()
	for _, b := range dgraphtest.Backends(t) {
		if strings.HasSuffix(t.Name(), "/"+b.Name) {
			return b.URI
		}
	}
	t.Fatalf("no backend for %s", t.Name())
	return ""
}

func open(t *testing.T, ctx context.Context, uri string) *dgraph.Store {
	t.Helper()
	s, err := dgraph.Open(ctx, uri)
	if err != nil {
		t.Fatalf("open %s: %v", uri, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func person(id, name string, aliases ...string) kg.Entity {
	return kg.Entity{ID: id, Type: kg.Person, Name: name, Aliases: aliases,
		Mentions: []kg.Mention{{Text: name, Start: 0, End: len(name)}}}
}

// call is an article about two ministers' phone call.
func call(id string) kg.Record {
	return kg.Record{
		Article: kg.Article{ID: id, Source: id + ".txt", Title: "Appel " + id, Published: "2021-02-08", Lang: "fr", Sentences: 3},
		Entities: []kg.Entity{
			person("e1", "Gabi Ashkenazi", "Ashkenazi", "@Gabi_Ashkenazi"),
			person("e2", "Antony Blinken", "Blinken"),
			{ID: "e3", Type: kg.GPE, Name: "Israël", Wikidata: "Q801", Aliases: []string{"israélien"}},
			{ID: "e4", Type: kg.Org, Name: "Cour pénale internationale", Aliases: []string{"CPI"}},
		},
		Relations: []kg.Relation{
			{Subject: "e1", Predicate: "spoke_with", Object: "e2", Cameo: "040", Date: "2021-02-08", Sentence: 0, Evidence: "Ashkenazi et Blinken se sont exprimés lundi.", Confidence: 0.9},
			{Subject: "e1", Predicate: "criticized", Object: "e4", Cameo: "111", Sentence: 1, Evidence: "une décision qualifiée de «scandaleuse»", Confidence: 0.8},
			{Subject: "e1", Predicate: kg.HoldsRole, Object: "e3", Role: "ministre des Affaires étrangères", Sentence: 0, Confidence: 0.9},
			{Subject: "e1", Predicate: kg.Said, Quote: "La décision de la Cour est erronée", Sentence: 2, Confidence: 0.9},
		},
	}
}

func stats(t *testing.T, ctx context.Context, s *dgraph.Store) kg.Stats {
	t.Helper()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// duplicateEntities lists entity keys held by more than one node.
func duplicateEntities(t *testing.T, ctx context.Context, s *dgraph.Store) []string {
	t.Helper()
	js, err := s.Query(ctx, `{ e(func: type(Entity), first: 100000) { entity.key } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, part := range strings.Split(string(js), `"entity.key":"`)[1:] {
		count[part[:strings.IndexByte(part, '"')]]++
	}
	var dups []string
	for k, n := range count {
		if n > 1 {
			dups = append(dups, fmt.Sprintf("%s x%d", k, n))
		}
	}
	return dups
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		first, err := s.Load(ctx, []kg.Record{call("a1")}, kg.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if first.Articles != 1 || first.Entities != 4 || first.Facts != 4 || first.Mentions != 2 {
			t.Errorf("first load = %+v, want 1 article, 4 entities, 4 facts, 2 mentions", first)
		}
		before := stats(t, ctx, s)
		want := kg.Stats{Articles: 1, Entities: 4, Relations: 4, Events: 2, Roles: 1, Statements: 1, Mentions: 2}
		if before != want {
			t.Errorf("stats = %+v, want %+v", before, want)
		}
		again, err := s.Load(ctx, []kg.Record{call("a1"), call("a1")}, kg.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if again.Skipped != 1 || again.Articles != 0 || again.NQuads != 0 {
			t.Errorf("second load = %+v, want the article skipped and nothing written", again)
		}
		if after := stats(t, ctx, s); after != before {
			t.Errorf("stats after second load = %+v, want %+v", after, before)
		}
		// A fresh connection has no cache: it must find the keys in the graph.
		if s.Embedded() {
			return
		}
		other := open(t, ctx, uriOf(t, s))
		if _, err := other.Load(ctx, []kg.Record{call("a1")}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		if after := stats(t, ctx, s); after != before {
			t.Errorf("stats after load by another client = %+v, want %+v", after, before)
		}
	})
}

func TestEntitiesMeetAcrossArticles(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		b := call("a2")
		b.Entities[0] = person("x9", "Gabi Ashkenazi", "Gabi Ashkénazi")
		for i := range b.Relations {
			b.Relations[i].Subject = "x9"
		}
		if _, err := s.Load(ctx, []kg.Record{call("a1")}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Load(ctx, []kg.Record{b}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		st := stats(t, ctx, s)
		if st.Articles != 2 || st.Entities != 4 || st.Relations != 8 {
			t.Errorf("stats = %+v, want 2 articles, 4 entities, 8 facts", st)
		}
		js, err := s.Query(ctx, `query q($k: string) { e(func: eq(entity.key, $k)) { entity.alias } }`,
			map[string]string{"$k": "PERSON:gabi ashkenazi"})
		if err != nil {
			t.Fatal(err)
		}
		for _, alias := range []string{"Ashkenazi", "@Gabi_Ashkenazi", "Gabi Ashkénazi"} {
			if !strings.Contains(string(js), `"`+alias+`"`) {
				t.Errorf("aliases %s lack %q", js, alias)
			}
		}
	})
}

// A load forgets entities once more than its cache holds have passed: the
// entities it meets again must be found in the graph, not created twice,
// and their new aliases added.
func TestForgottenEntitiesAreFoundAgain(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		dgraph.SetEntityCacheSize(s, 2)
		var recs []kg.Record
		for i := range 24 {
			r := call(fmt.Sprintf("f%d", i))
			r.Entities[0] = person("e1", "Gabi Ashkenazi", fmt.Sprintf("Ashkenazi %d", i%6))
			r.Entities[1] = person("e2", fmt.Sprintf("Personne %d", i%8))
			recs = append(recs, r)
		}
		for i, r := range recs {
			if _, err := s.Load(ctx, []kg.Record{r}, kg.LoadOptions{}); err != nil {
				t.Fatalf("load %d: %v", i, err)
			}
		}
		if dups := duplicateEntities(t, ctx, s); len(dups) > 0 {
			t.Errorf("duplicate entities: %v", dups)
		}
		// Gabi Ashkenazi, 8 people, Israël, the court.
		if st := stats(t, ctx, s); st.Articles != 24 || st.Entities != 11 {
			t.Errorf("stats = %+v, want 24 articles and 11 entities", st)
		}
		js, err := s.Query(ctx, `query q($k: string) { e(func: eq(entity.key, $k)) { entity.alias } }`,
			map[string]string{"$k": "PERSON:gabi ashkenazi"})
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(js), `"Ashkenazi `); n != 6 {
			t.Errorf("aliases %s: %d numbered ones, want 6", js, n)
		}
	})
}

func TestReprocessReplacesFacts(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		if _, err := s.Load(ctx, []kg.Record{call("a1"), call("a2")}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		r := call("a1")
		r.Relations = r.Relations[:1] // a better extractor dropped three facts
		r.Relations = append(r.Relations, kg.Relation{Subject: "e2", Predicate: "thanked", Object: "e1", Cameo: "051", Sentence: 2})
		res, err := s.Load(ctx, []kg.Record{r}, kg.LoadOptions{Reprocess: true})
		if err != nil {
			t.Fatal(err)
		}
		if res.Reprocessed != 1 || res.Facts != 2 {
			t.Errorf("reprocess = %+v, want 1 article reprocessed with 2 facts", res)
		}
		st := stats(t, ctx, s)
		want := kg.Stats{Articles: 2, Entities: 4, Relations: 6, Events: 4, Roles: 1, Statements: 1, Mentions: 4}
		if st != want {
			t.Errorf("stats = %+v, want %+v", st, want)
		}
		// Reprocessing the same record again is a no-op in effect.
		if _, err := s.Load(ctx, []kg.Record{r}, kg.LoadOptions{Reprocess: true}); err != nil {
			t.Fatal(err)
		}
		if again := stats(t, ctx, s); again != want {
			t.Errorf("stats after second reprocess = %+v, want %+v", again, want)
		}
	})
}

func TestNeighborsAndPath(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		r2 := kg.Record{
			Article: kg.Article{ID: "a3", Source: "a3.txt", Published: "2021-02-09"},
			Entities: []kg.Entity{
				person("e1", "Antony Blinken"),
				person("e2", "Sergueï Lavrov", "Lavrov"),
			},
			// A day no text names (the publication day, date_from) is
			// not stored as the fact's date: fact.reported holds it.
			Relations: []kg.Relation{{Subject: "e1", Predicate: "met", Object: "e2", Cameo: "040", Date: "2021-02-09", DateFrom: kg.DatePublished,
				Sentence: 4, Evidence: "Blinken a rencontré Lavrov."}},
		}
		if _, err := s.Load(ctx, []kg.Record{call("a1"), r2}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		h, err := s.Neighbors(ctx, "Ashkenazi", kg.NeighborOptions{})
		if err != nil {
			t.Fatal(err)
		}
		who, facts := h.Entity, h.Facts
		if who.Name != "Gabi Ashkenazi" {
			t.Errorf("Ashkenazi resolved to %+v", who)
		}
		var got []string
		for _, f := range facts {
			got = append(got, fmt.Sprintf("%s %s %s %s s%d %s", f.Subject.Name, f.Predicate, f.Object.Name, f.Date, f.Sentence, f.Article.ID))
		}
		want := []string{
			"Gabi Ashkenazi spoke_with Antony Blinken 2021-02-08 s0 a1",
			"Gabi Ashkenazi criticized Cour pénale internationale  s1 a1",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("neighbors =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		hops, err := s.Path(ctx, "Lavrov", "Gabi Ashkenazi", 4)
		if err != nil {
			t.Fatal(err)
		}
		var path []string
		for _, h := range hops {
			f := h.Facts[0]
			path = append(path, h.From.Name+" -["+f.Predicate+" "+f.Article.ID+" "+f.Date+"]- "+h.To.Name)
		}
		wantPath := []string{"Sergueï Lavrov -[met a3 ]- Antony Blinken", "Antony Blinken -[spoke_with a1 2021-02-08]- Gabi Ashkenazi"}
		if strings.Join(path, "\n") != strings.Join(wantPath, "\n") {
			t.Errorf("path =\n%s\nwant\n%s", strings.Join(path, "\n"), strings.Join(wantPath, "\n"))
		}
		hops, err = s.Path(ctx, "Lavrov", "Gabi Ashkenazi", 1)
		if err != nil || hops != nil {
			t.Errorf("path within 1 hop = %v, %v; want none", hops, err)
		}
	})
}

func TestNamesTravelAsVariables(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		hostile := `Robert "); drop all } { delete`
		r := kg.Record{
			Article:  kg.Article{ID: `a"1\`, Source: "h.txt"},
			Entities: []kg.Entity{person("e1", hostile), person("e2", "O'Brien")},
			Relations: []kg.Relation{{Subject: "e1", Predicate: "met", Object: "e2", Cameo: "040",
				Evidence: "line\nbreak \"quoted\" \\ backslash"}},
		}
		if _, err := s.Load(ctx, []kg.Record{r}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		h, err := s.Neighbors(ctx, hostile, kg.NeighborOptions{})
		if err != nil {
			t.Fatal(err)
		}
		who, facts := h.Entity, h.Facts
		if who.Name != hostile || len(facts) != 1 || facts[0].Evidence != r.Relations[0].Evidence {
			t.Errorf("neighbors(%q) = %+v %+v", hostile, who, facts)
		}
		if _, err := s.Load(ctx, []kg.Record{r}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		if st := stats(t, ctx, s); st.Articles != 1 || st.Entities != 2 {
			t.Errorf("stats = %+v, want 1 article and 2 entities", st)
		}
	})
}

func TestUnknownNames(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		a, b := call("a1"), call("a2")
		b.Entities[1] = person("e2", "Antony Blinken Jr", "Blinken")
		if _, err := s.Load(ctx, []kg.Record{a, b}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Neighbors(ctx, "Nobody Atall", kg.NeighborOptions{}); !errors.Is(err, kg.ErrNotFound) {
			t.Errorf("unknown name: err = %v, want ErrNotFound", err)
		}
		_, err := s.Neighbors(ctx, "Blinken", kg.NeighborOptions{})
		var amb *kg.AmbiguousError
		if !errors.As(err, &amb) || len(amb.Candidates) != 2 {
			t.Fatalf("ambiguous name: err = %v, want two candidates", err)
		}
	})
}

// TestBadRecordIsRefused loads a batch holding one invalid record: that
// record is refused by name and nothing of it is written, the other is
// loaded.
func TestBadRecordIsRefused(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		bad, good := call("a1"), call("a2")
		bad.Relations[0].Object = "e99"
		res, err := s.Load(ctx, []kg.Record{bad, good}, kg.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Refused) != 1 || res.Refused[0].Source != "a1.txt" || !strings.Contains(res.Refused[0].Err.Error(), `object "e99" is not an entity`) {
			t.Errorf("refused = %+v, want a1.txt for its missing entity", res.Refused)
		}
		if res.Articles != 1 {
			t.Errorf("loaded %d articles, want 1", res.Articles)
		}
		if st := stats(t, ctx, s); st.Articles != 1 {
			t.Errorf("stats = %+v, want one article", st)
		}
	})
}

// TestConcurrentWriters loads overlapping batches from several goroutines;
// on the server each writer has its own connection and key cache, as two
// processes would.
func TestConcurrentWriters(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		const writers, articles = 4, 24
		stores := []*dgraph.Store{s}
		for i := 1; i < writers; i++ {
			if s.Embedded() {
				stores = append(stores, s)
			} else {
				stores = append(stores, open(t, ctx, uriOf(t, s)))
			}
		}
		var wg sync.WaitGroup
		errs := make(chan error, writers)
		for w := range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				// Each writer loads every article, in its own order, in
				// batches of three: every entity and article is contended.
				for i := 0; i < articles; i += 3 {
					var batch []kg.Record
					for j := i; j < i+3; j++ {
						batch = append(batch, call(fmt.Sprintf("c%d", (j+w*5)%articles)))
					}
					if _, err := stores[w].Load(ctx, batch, kg.LoadOptions{}); err != nil {
						errs <- err
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		if dups := duplicateEntities(t, ctx, s); len(dups) > 0 {
			t.Errorf("duplicate entities: %v", dups)
		}
		want := kg.Stats{Articles: articles, Entities: 4, Relations: 4 * articles, Events: 2 * articles, Roles: articles, Statements: articles, Mentions: 2 * articles}
		if st := stats(t, ctx, s); st != want {
			t.Errorf("stats = %+v, want %+v", st, want)
		}
	})
}

func TestUnreachableServer(t *testing.T) {
	ctx := dgraphtest.Context(t)
	_, err := dgraph.Open(ctx, "dgraph://127.0.0.1:1")
	if err == nil || !strings.Contains(err.Error(), "127.0.0.1:1") || !strings.Contains(err.Error(), "make dgraph-up") {
		t.Errorf("err = %v, want the address and how to start a server", err)
	}
	_, err = dgraph.Open(ctx, "mysql://x")
	if err == nil || !strings.Contains(err.Error(), "file:///") {
		t.Errorf("err = %v, want the supported schemes", err)
	}
}

// TestTimelineAndEventPages checks that pages of a timeline and of events
// (limit, after) put end to end hold what one answer holds, newest pages
// first, the undated facts last.
func TestTimelineAndEventPages(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		var recs []kg.Record
		for i := range 6 {
			r := call(fmt.Sprintf("p%d", i))
			r.Relations[0].Date = fmt.Sprintf("2021-02-%02d", 10-i%4) // days shared by two articles
			recs = append(recs, r)
		}
		if _, err := s.Load(ctx, recs, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		key := func(f kg.Fact) string {
			return f.Article.ID + "#" + fmt.Sprint(f.Sentence) + " " + f.Predicate + " " + f.Date
		}
		_, all, err := s.Timeline(ctx, "Gabi Ashkenazi", kg.FactFilter{}, 100)
		if err != nil || len(all) != 24 {
			t.Fatalf("timeline: %d facts, %v; want 24", len(all), err)
		}
		seen := map[string]bool{}
		last := "9999"
		for after := 0; after < 24; after += 5 {
			_, page, err := s.TimelinePage(ctx, "Gabi Ashkenazi", kg.FactFilter{}, 5, after)
			if err != nil {
				t.Fatal(err)
			}
			if len(page) != min(5, 24-after) {
				t.Errorf("page after %d: %d facts", after, len(page))
			}
			for _, f := range page {
				if seen[key(f)] {
					t.Errorf("%s on two pages", key(f))
				}
				seen[key(f)] = true
				if f.Date != "" && f.Date > last {
					t.Errorf("page after %d shows %s, newer than the page before", after, key(f))
				}
			}
			for _, f := range page {
				if f.Date != "" {
					last = min(last, f.Date)
				} else {
					last = "" // undated: every later page is undated
				}
			}
		}
		if len(seen) != 24 {
			t.Errorf("pages showed %d facts, want 24", len(seen))
		}
		var events []string
		for after := 0; after < 12; after += 5 {
			page, err := s.Events(ctx, kg.EventQuery{Actor: "Gabi Ashkenazi", Limit: 5, After: after})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range page {
				events = append(events, key(f))
			}
		}
		once, err := s.Events(ctx, kg.EventQuery{Actor: "Gabi Ashkenazi", Limit: 100})
		if err != nil || len(once) != 12 || len(events) != 12 {
			t.Fatalf("events: %d at once (%v), %d in pages; want 12", len(once), err, len(events))
		}
		for _, f := range once {
			if !slices.Contains(events, key(f)) {
				t.Errorf("%s is on no page", key(f))
			}
		}
	})
}

// TestTimelineHead: a hub's first timeline pages, read from the timeline
// head its summary lists (here its 6 newest facts, ending inside a day of
// five), are those its facts give; pages past the head, filtered
// timelines and entities without a head (Israël: 8 facts, none dated)
// read the facts.
func TestTimelineHead(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		defer dgraph.SetTimelineHead(6)()
		for i := 7; i >= 0; i-- { // store order is not the list's
			r := call(fmt.Sprintf("p%d", i))
			r.Relations[0].Date = fmt.Sprintf("2021-02-%02d", 10-i%3)
			if i%4 == 1 {
				r.Relations[1].Date = "2021-02-09" // a day shared by two facts of one article
			}
			if _, err := s.Load(ctx, []kg.Record{r}, kg.LoadOptions{}); err != nil {
				t.Fatal(err)
			}
		}
		key := func(fs []kg.Fact) string {
			var out []string
			for _, f := range fs {
				out = append(out, f.Date+" "+f.Article.ID+"#"+fmt.Sprint(f.Sentence)+" "+f.Predicate)
			}
			return strings.Join(out, "\n")
		}
		type page struct{ limit, after int }
		var pages []page
		for _, limit := range []int{1, 3, 5, 6, 12, 20} {
			for _, after := range []int{0, 1, 2, 5, 7, 11} {
				pages = append(pages, page{limit, after})
			}
		}
		read := func() map[page]string {
			out := map[page]string{}
			for _, p := range pages {
				_, fs, err := s.TimelinePage(ctx, "Gabi Ashkenazi", kg.FactFilter{}, p.limit, p.after)
				if err != nil {
					t.Fatal(err)
				}
				out[p] = key(fs)
			}
			return out
		}
		want := read() // from the facts: no summary yet
		if _, err := s.Summarise(ctx, true); err != nil {
			t.Fatal(err)
		}
		head, err := dgraph.TimelineHead(ctx, s, "PERSON:gabi ashkenazi")
		if err != nil || len(head) != 6 {
			t.Fatalf("timeline head: %d uids, %v; want 6", len(head), err)
		}
		if small, _ := dgraph.TimelineHead(ctx, s, "GPE:israël"); len(small) != 0 {
			t.Errorf("Israël (8 facts) has a timeline head of %d", len(small))
		}
		for p, got := range read() {
			if got != want[p] {
				t.Errorf("timeline --limit %d --after %d from the head:\n%s\nfrom the facts:\n%s", p.limit, p.after, got, want[p])
			}
		}
		// The head is as of the last refresh, as the rest of the summary:
		// a newer fact shows once ingest has refreshed it.
		r := call("p9")
		r.Relations[0].Date = "2021-02-20"
		if _, err := s.Load(ctx, []kg.Record{r}, kg.LoadOptions{}); err != nil {
			t.Fatal(err)
		}
		newest := func() string {
			_, fs, err := s.TimelinePage(ctx, "Gabi Ashkenazi", kg.FactFilter{}, 3, 0)
			if err != nil || len(fs) == 0 {
				t.Fatalf("timeline: %d facts, %v", len(fs), err)
			}
			return fs[len(fs)-1].Date
		}
		if got := newest(); got != "2021-02-10" {
			t.Errorf("newest fact before the refresh: %s, want 2021-02-10 (from the head)", got)
		}
		if _, err := s.Summarise(ctx, false); err != nil {
			t.Fatal(err)
		}
		if got := newest(); got != "2021-02-20" {
			t.Errorf("newest fact after the refresh: %s, want 2021-02-20", got)
		}
	})
}

// TestEventPagesArePrefixes: events --limit N is the first N of the
// unlimited list, and a page (--after M) the list from M on, though the
// store keeps the facts of one day, and undated facts, in an order of its
// own (here: articles loaded in the reverse of their order in the list).
func TestEventPagesArePrefixes(t *testing.T) {
	forEachBackend(t, func(t *testing.T, ctx context.Context, s *dgraph.Store) {
		for i := 7; i >= 0; i-- { // p7 first: store order is not the list's
			r := call(fmt.Sprintf("p%d", i))
			r.Relations[0].Date = fmt.Sprintf("2021-02-%02d", 10-i%3) // three days of two or three articles
			if _, err := s.Load(ctx, []kg.Record{r}, kg.LoadOptions{}); err != nil {
				t.Fatal(err)
			}
		}
		key := func(fs []kg.Fact) []string {
			var out []string
			for _, f := range fs {
				out = append(out, f.Date+" "+f.Article.ID+"#"+fmt.Sprint(f.Sentence)+" "+f.Predicate)
			}
			return out
		}
		all, err := s.Events(ctx, kg.EventQuery{Actor: "Gabi Ashkenazi"})
		if err != nil || len(all) != 16 {
			t.Fatalf("events: %d, %v; want 16", len(all), err)
		}
		want := key(all)
		for n := 1; n <= len(all); n++ {
			for _, after := range []int{0, 1, 3, 7} {
				page, err := s.Events(ctx, kg.EventQuery{Actor: "Gabi Ashkenazi", Limit: n, After: after})
				if err != nil {
					t.Fatal(err)
				}
				w := want[min(after, len(want)):min(after+n, len(want))]
				if got := key(page); strings.Join(got, "\n") != strings.Join(w, "\n") {
					t.Errorf("events --limit %d --after %d:\n%s\nwant\n%s", n, after, strings.Join(got, "\n"), strings.Join(w, "\n"))
				}
			}
		}
		for n := 1; n < 20; n++ {
			_, short, err1 := s.TimelinePage(ctx, "Gabi Ashkenazi", kg.FactFilter{}, n, 0)
			_, long, err2 := s.TimelinePage(ctx, "Gabi Ashkenazi", kg.FactFilter{}, n+1, 0)
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			for _, k := range key(short) {
				if !slices.Contains(key(long), k) {
					t.Errorf("timeline --limit %d shows %s, --limit %d does not", n, k, n+1)
				}
			}
		}
	})
}
