package dgraph

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// TestSummaryLevels: each state a graph can be in answers from its summary
// exactly what that summary holds, and from facts the rest.
func TestSummaryLevels(t *testing.T) {
	const day = "2021-02-08T00:00:00Z"
	states := []struct {
		name  string
		state summaryState
		holds summaryLevel // the highest level held
	}{
		{"never summarised", summaryState{}, noSummary},
		{"first format", summaryState{Summarised: day}, summaryCounts},
		{"format 2 before rankings", summaryState{Summarised: day, Format: summaryFormat}, summaryPages},
		{"current", summaryState{Summarised: day, Format: summaryFormat, Ranking: "[]"}, summaryRanking},
		{"an older format number", summaryState{Summarised: day, Format: summaryFormat - 1}, summaryCounts},
	}
	for _, st := range states {
		for l := summaryCounts; l <= summaryRanking; l++ {
			if got, want := st.state.holds(l), l <= st.holds; got != want {
				t.Errorf("%s: holds(%s) = %v, want %v", st.name, l.mark(), got, want)
			}
		}
	}
	for l := summaryCounts; l <= summaryRanking; l++ {
		if l.mark() == "" || l.has() != "has("+l.mark()+")" {
			t.Errorf("level %d: mark %q, filter %q", l, l.mark(), l.has())
		}
	}
}

// TestNeighborsSummarisable: only unfiltered pages within a summary's
// ranked neighbours are asked of it.
func TestNeighborsSummarisable(t *testing.T) {
	for _, c := range []struct {
		opts kg.NeighborOptions
		want bool
	}{
		{kg.NeighborOptions{Depth: 1, Limit: 20}, true},
		{kg.NeighborOptions{Depth: 2, Limit: summaryNeighbors}, true},
		{kg.NeighborOptions{Depth: 1, Limit: 20, After: summaryNeighbors - 20}, true},
		{kg.NeighborOptions{Depth: 1, Limit: 20, After: summaryNeighbors - 19}, false},
		{kg.NeighborOptions{Depth: 1, Limit: 20, FactFilter: kg.FactFilter{Cameo: "04"}}, false},
		{kg.NeighborOptions{Depth: 1, Limit: 20, FactFilter: kg.FactFilter{Since: "2021-01-01"}}, false},
	} {
		if got := summarisable(c.opts); got != c.want {
			t.Errorf("%+v: summarisable %v, want %v", c.opts, got, c.want)
		}
	}
}
