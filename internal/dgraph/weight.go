package dgraph

import (
	"crypto/sha256"
	"encoding/binary"
	"strconv"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// A fact's edges to its ends (fact.subject, fact.object) carry a weight
// facet, which DQL's shortest path adds up (graph/queries/shortest-path.dql):
// 1 for an event, roleWeight for a role, so that a path takes up to four
// events rather than one role ("Poutine is président (Russie) <- Trump
// accused Russie" joins everyone to everyone through countries). A tie
// breaker of at most 0.001, drawn from the fact's key, makes every path's
// length its own: Dgraph returns one of equally short paths at random, and
// the same question must draw the same path on every run and backend.
const roleWeight = 4

// pathWeight is the weight facet of a fact's edges, in N-Quad syntax.
func pathWeight(pred, key string) string {
	return "weight=" + weightText(pred, key)
}

func weightText(pred, key string) string {
	w := 1.0
	if pred == kg.HoldsRole {
		w = roleWeight
	}
	sum := sha256.Sum256([]byte(key))
	w += float64(binary.BigEndian.Uint32(sum[:4])%1000) / 1e6
	return strconv.FormatFloat(w, 'f', 6, 64)
}
