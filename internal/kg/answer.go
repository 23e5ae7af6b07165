package kg

import (
	"errors"
	"fmt"
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
