package dgraph_test

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dgraph-io/dgo/v250/protos/api"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/synth"
)

// BenchmarkSummarise tells whether a refresh of every entity's summary
// grows faster than the corpus: for each size it loads that many synthetic
// articles (BenchmarkQueries' corpus) into a fresh server, refreshes every
// summary step by step as Summarise does, and reports each step's time and
// its time per entity, with the query shapes that took longest. A step
// whose time per entity grows with the corpus is super-linear.
//
//	make bench PKGS=./internal/dgraph TESTFLAGS='-bench Summarise -run ^$ -timeout 1h'
//
// NEWSGRAPH_BENCH_SUMMARISE_ARTICLES lists the sizes (default "5000 20000").
// Up to NEWSGRAPH_BENCH_SUMMARISE_MATCH articles (default 20000) it also
// times the search for similar names as it was made before
// similarCandidates (dgraph.SimilarByMatch, the similar-match metrics),
// which grows with the square of the corpus, and checks that both find the
// same pairs.
func BenchmarkSummarise(b *testing.B) {
	matchUpTo := 20000
	if v := os.Getenv("NEWSGRAPH_BENCH_SUMMARISE_MATCH"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			b.Fatalf("NEWSGRAPH_BENCH_SUMMARISE_MATCH=%q: want a number of articles", v)
		}
		matchUpTo = n
	}
	sizes := []int{5000, 20000}
	if v := os.Getenv("NEWSGRAPH_BENCH_SUMMARISE_ARTICLES"); v != "" {
		sizes = nil
		for _, f := range strings.Fields(v) {
			n, err := strconv.Atoi(f)
			if err != nil || n < 100 {
				b.Fatalf("NEWSGRAPH_BENCH_SUMMARISE_ARTICLES=%q: want numbers of articles, 100 or more", v)
			}
			sizes = append(sizes, n)
		}
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			recs := synth.Records(synth.Config{Seed: 7, Articles: n})
			rare := rarePeople(recs)
			ctx := context.Background()
			s, err := dgraph.Open(ctx, dgraphtest.StartServer(b).URI)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			start := time.Now()
			loadAll(b, ctx, s, recs)
			recs = nil
			summariseLog("%d articles loaded in %v (load average %s)", n, time.Since(start).Round(time.Second), loadAverage())
			shapes := &queryShapes{took: map[string]time.Duration{}, count: map[string]int{}}
			dgraph.SetTrace(s, shapes.add)
			for b.Loop() {
				ph, err := dgraph.SummariseInPhases(ctx, s)
				if err != nil {
					b.Fatal(err)
				}
				per := func(d time.Duration, k int) float64 { return float64(d.Microseconds()) / float64(max(k, 1)) }
				b.ReportMetric(ph.Touched.Seconds(), "touched-s")
				b.ReportMetric(ph.Summaries.Seconds(), "groups-s")
				b.ReportMetric(ph.Similar.Seconds(), "similar-s")
				b.ReportMetric(per(ph.Summaries, ph.Entities), "groups-us/entity")
				b.ReportMetric(per(ph.Similar, rare), "similar-us/rare-person")
				summariseLog("%d articles, %d entities in %d groups, %d rare people, %d pairs: touched %v, groups %v (slowest %v, %.0f µs an entity), similar %v (%.0f µs a rare person) (load average %s)",
					n, ph.Entities, ph.Groups, rare, len(ph.Pairs), ph.Touched.Round(time.Millisecond), ph.Summaries.Round(time.Millisecond),
					ph.SlowestGroup.Round(time.Millisecond), per(ph.Summaries, ph.Entities), ph.Similar.Round(time.Millisecond),
					per(ph.Similar, rare), loadAverage())
				for _, l := range shapes.top(8) {
					summariseLog("%d articles: %s", n, l)
				}
				if n > matchUpTo {
					continue
				}
				start := time.Now()
				want, err := dgraph.SimilarByMatch(ctx, s)
				if err != nil {
					b.Fatal(err)
				}
				took := time.Since(start)
				b.ReportMetric(took.Seconds(), "similar-match-s")
				b.ReportMetric(took.Seconds()/ph.Similar.Seconds(), "x-similar")
				summariseLog("%d articles: similar names by match over the graph %v, %.1f times flagSimilar's time (load average %s)",
					n, took.Round(time.Millisecond), took.Seconds()/ph.Similar.Seconds(), loadAverage())
				if fmt.Sprint(want) != fmt.Sprint(ph.Pairs) {
					b.Errorf("flagSimilar found %d pairs, match over the graph %d; they differ", len(ph.Pairs), len(want))
				}
			}
		})
	}
}

// rarePeople counts the people flagSimilar searches from: two words or
// more in their names, in two articles at most.
func rarePeople(recs []kg.Record) int {
	seen := map[string]int{}
	names := map[string]string{}
	for _, r := range recs {
		for _, e := range r.Entities {
			if e.Type == kg.Person {
				seen[e.CanonicalKey()]++
				names[e.CanonicalKey()] = e.Name
			}
		}
	}
	n := 0
	for k, c := range seen {
		if c <= 2 && len(strings.Fields(names[k])) >= 2 {
			n++
		}
	}
	return n
}

// queryShapes adds up the client's wait by the shape of the query: its
// text with uids, numbers and variables' names left out.
type queryShapes struct {
	mu    sync.Mutex
	took  map[string]time.Duration
	count map[string]int
}

var shapeNoise = regexp.MustCompile(`0x[0-9a-f]+(, 0x[0-9a-f]+)*|\$?[a-z]?[0-9]+|\s+`)

func (q *queryShapes) add(query string, _ *api.Response, took time.Duration) {
	shape := shapeNoise.ReplaceAllStringFunc(query, func(m string) string {
		if strings.TrimSpace(m) == "" {
			return " "
		}
		return "N"
	})
	if len(shape) > 160 {
		shape = shape[:160]
	}
	q.mu.Lock()
	q.took[shape] += took
	q.count[shape]++
	q.mu.Unlock()
}

// top lists the n shapes that took longest, with their count and total.
func (q *queryShapes) top(n int) []string {
	q.mu.Lock()
	defer q.mu.Unlock()
	shapes := make([]string, 0, len(q.took))
	for s := range q.took {
		shapes = append(shapes, s)
	}
	sort.Slice(shapes, func(i, j int) bool { return q.took[shapes[i]] > q.took[shapes[j]] })
	var out []string
	for _, s := range shapes[:min(n, len(shapes))] {
		out = append(out, fmt.Sprintf("%6d queries, %v: %s", q.count[s], q.took[s].Round(time.Millisecond), s))
	}
	return out
}

func summariseLog(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "BenchmarkSummarise: "+format+"\n", args...)
}
