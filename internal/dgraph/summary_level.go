package dgraph

import (
	"encoding/json"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// Whether an entity's summary answers a question, or its facts do, is
// decided here and nowhere else, from what was written with the summary.
// Each format of summary added to the one before, so a summary holds a
// level and every level under it, and each level is told by the predicate
// first written with it (its mark):
//
//	level           mark                         answers
//	summaryCounts   entity.summarised            EntityInfo (counts, roles);
//	                                             Path steps through its
//	                                             neighbour edges
//	summaryPages    entity.summary, at least     Neighbors, a page within
//	                summaryFormat                its ranked neighbours
//	summaryRanking  entity.ranking               Neighbors at depth 2 (each
//	                                             depth-1 neighbour's); Path
//	                                             steps through it
//
// An answer whose entity's summary lacks the level it needs reads the
// entity's facts instead: the same answer, more slowly (summary_test.go
// checks both on every backend), until ingest --summarise brings the
// summary up to date. A hub's timeline head (entity.timeline), which only
// entities with timelineHead facts or more have, is no level: a timeline
// page within it reads it when it is there (timelineFromHead), the facts
// otherwise. A hop of a path is read from the neighbour edge of
// an end whose summary lists the other end, else from the facts joining
// them.
type summaryLevel int

const (
	noSummary summaryLevel = iota
	summaryCounts
	summaryPages
	summaryRanking
)

// mark is the predicate that tells whether a summary holds level l.
func (l summaryLevel) mark() string {
	switch l {
	case summaryCounts:
		return "entity.summarised"
	case summaryPages:
		return "entity.summary"
	case summaryRanking:
		return "entity.ranking"
	}
	return ""
}

// has is the DQL filter keeping the entities whose summaries hold l, for
// the levels told by their mark alone (counts, ranking).
func (l summaryLevel) has() string { return "has(" + l.mark() + ")" }

// summaryState is what was read of an entity to tell what its summary
// holds: the marks of the levels an answer needs, read with the entity.
// Its zero value is an entity without a summary.
type summaryState struct {
	Summarised string `json:"entity.summarised"`
	Format     int    `json:"entity.summary"`
	Ranking    string `json:"entity.ranking"`
}

// holds says whether the entity's summary holds level l, and so answers
// what needs it; l's mark must have been read.
func (s summaryState) holds(l summaryLevel) bool {
	switch l {
	case summaryCounts:
		return s.Summarised != ""
	case summaryPages:
		return s.Format >= summaryFormat
	case summaryRanking:
		return s.Ranking != ""
	}
	return true
}

// ranked is the entity's ranked neighbours, from its ranking value.
func (s summaryState) ranked() ([]rankEntry, error) {
	if nbs, ok := scanRanking(s.Ranking); ok {
		return nbs, nil
	}
	var nbs []rankEntry
	err := json.Unmarshal([]byte(s.Ranking), &nbs)
	return nbs, err
}

// summarisable says whether a summary can answer neighbours asked with
// opts: unfiltered, within its summaryNeighbors ranked neighbours. The
// entity's summary must then hold summaryPages, and at depth 2 each
// depth-1 neighbour's summaryRanking.
func summarisable(opts kg.NeighborOptions) bool {
	return opts.FactFilter == (kg.FactFilter{}) && opts.After+opts.Limit <= summaryNeighbors
}
