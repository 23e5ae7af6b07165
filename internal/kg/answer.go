package kg

import (
	"errors"
	"fmt"
	"strings"
)

// What the graph answers: entities, articles and facts as they are stored,
// named by their keys (never by a store's own ids).

// EntityRef names an entity in an answer.
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

// Neighbor is an entity near the one asked about.
type Neighbor struct {
	Entity EntityRef `json:"entity"`
	Depth  int       `json:"depth"`
	// Via is the depth-1 neighbour it was reached through (depth 2 only).
	Via *EntityRef `json:"via,omitempty"`
	// Facts counts the facts that join it to the entity, or to Via.
	Facts int `json:"facts"`
}

// Neighborhood is an entity, its neighbours ranked by how many facts join
// them, and the facts that join them (a few per neighbour, newest first).
type Neighborhood struct {
	Entity    EntityRef  `json:"entity"`
	Neighbors []Neighbor `json:"neighbors"`
	Facts     []Fact     `json:"facts"`
}

// Hop is one step of a path: the facts that join From to To, the newest
// first (by date, undated last, then by article and sentence).
type Hop struct {
	From  EntityRef `json:"from"`
	Facts []Fact    `json:"facts"`
	To    EntityRef `json:"to"`
	// Count is how many facts join From and To (a store may count only
	// up to a bound when it reads them from the facts); Facts are the
	// newest few.
	Count int `json:"count"`
}

// EntityInfo is what the graph knows of one entity.
type EntityInfo struct {
	Entity  EntityRef `json:"entity"`
	Aliases []string  `json:"aliases"`
	// Roles are the roles it holds, the most recently attested first.
	Roles []Role `json:"roles"`
	// Facts counts the facts it takes part in as subject, object or topic;
	// Articles the articles that mention it.
	Facts    int `json:"facts"`
	Articles int `json:"articles"`
}

// Role is one role an entity holds (of a country or organisation when the
// facts name one): how many facts say so, the first and last day they are
// dated, and the newest of them as evidence.
type Role struct {
	Role   string     `json:"role"`
	Of     *EntityRef `json:"of,omitempty"`
	Facts  int        `json:"facts"`
	First  string     `json:"first,omitempty"`
	Last   string     `json:"last,omitempty"`
	Latest Fact       `json:"latest"`
}

// ArticleInfo is one article and every fact extracted from it, in sentence
// order.
type ArticleInfo struct {
	Article   ArticleRef `json:"article"`
	URL       string     `json:"url,omitempty"`
	Author    string     `json:"author,omitempty"`
	Lang      string     `json:"lang,omitempty"`
	Sentences int        `json:"sentences,omitempty"`
	Entities  int        `json:"entities"`
	Facts     []Fact     `json:"facts"`
}

// Match is one answer to a search: an entity and how its name matched.
type Match struct {
	Entity EntityRef `json:"entity"`
	// How is key, name, alias, words, partial or fuzzy: the best way it
	// matched.
	How string `json:"how"`
	// Facts counts the facts it takes part in as subject or object.
	Facts int `json:"facts"`
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

// ErrNotFound is returned when no entity answers to a name.
var ErrNotFound = errors.New("no entity by that name")

// NotFoundError names the name no entity answers to; it is ErrNotFound.
type NotFoundError struct{ Name string }

func (e *NotFoundError) Error() string { return fmt.Sprintf("%q: %v", e.Name, ErrNotFound) }

// Is makes errors.Is(err, ErrNotFound) true.
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }

// ErrSameEntity is returned when both ends of a path are one entity.
var ErrSameEntity = errors.New("both names stand for one entity")

// ErrNoArticle is returned when no article answers to an id, URL or source.
var ErrNoArticle = errors.New("no article by that id, URL or source")

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

// QueryError is the store refusing a raw query, in its own words: DQL that
// does not parse or names an unknown function.
type QueryError struct{ Reason string }

func (e *QueryError) Error() string { return "Dgraph refused the query: " + e.Reason }
