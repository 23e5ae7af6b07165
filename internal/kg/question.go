package kg

// What a reader asks of the graph besides a name: which facts, how far,
// how many. A store checks the values and fills in the defaults.

// FactFilter narrows the facts a query walks: by CAMEO code and by the day
// the fact happened (inclusive, YYYY-MM-DD). A fact without a date passes
// only when neither Since nor Until is set.
type FactFilter struct {
	Cameo string
	Since string
	Until string
}

// NeighborOptions bounds a neighbourhood: how many facts away (1 or 2), the
// facts walked, and which neighbours each level keeps.
type NeighborOptions struct {
	Depth int
	FactFilter
	Limit int // neighbours per level, most connected first; default 20
	// After skips the most connected neighbours (depth 1 only): with
	// Limit, pages through them.
	After int
}

// EventQuery selects events: who acted, on whom, of what CAMEO code, when.
// Actor and Target are names, resolved like any other.
type EventQuery struct {
	Actor  string
	Target string
	FactFilter
	Limit int // default 100
	After int // skips that many of the newest first: with Limit, pages
}
