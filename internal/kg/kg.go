// Package kg defines the knowledge-graph domain: articles, entities, facts and
// their provenance, in the extraction-record form every stage exchanges.
package kg

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Entity types: every entity is a named one. Roles, quotes and dates are
// not nodes but values of the facts that carry them (Relation.Role,
// Relation.Quote, Relation.Date); a talk's topics are entities (About).
const (
	Person = "PERSON"
	Org    = "ORG"
	GPE    = "GPE"
	Loc    = "LOC"
	NORP   = "NORP"
	Misc   = "MISC"
)

// Predicates with a special shape: holds_role carries Role, said carries Quote.
const (
	HoldsRole = "holds_role"
	Said      = "said"
)

// Record is what extraction produces for one article and what loading
// consumes: the project's interchange format, one JSON object per line.
type Record struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Article identifies one input document.
type Article struct {
	// Source is the input as given (path or URL).
	Source string `json:"source"`
	// ID is stable across runs: the URL when known, else a content hash.
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Author    string `json:"author,omitempty"` // by-line, from the page's metadata or the input record
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD
	Lang      string `json:"lang,omitempty"`
	// Sentences is how many sentences the extractor saw; Relation.Sentence
	// indexes into them.
	Sentences int `json:"sentences,omitempty"`
}

// Entity is one real-world thing an article talks about, with every mention
// of it merged.
type Entity struct {
	ID       string    `json:"id"` // local to the record: "e1", "e2", ...
	Type     string    `json:"type"`
	Name     string    `json:"name"`
	Aliases  []string  `json:"aliases,omitempty"`
	Wikidata string    `json:"wikidata,omitempty"`
	Key      string    `json:"key,omitempty"` // canonical key; CanonicalKey fills it when empty
	Mentions []Mention `json:"mentions,omitempty"`
}

// Mention is one place in the article's text that names an entity.
// Start and End are byte offsets into the original text.
type Mention struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
}

// DatePublished is the DateFrom of a date that is the article's
// publication day: the text names no day for an act it tells in the passé
// composé in a main clause (or in the present in a headline).
const DatePublished = "published"

// DateContext is the DateFrom of a date named in another sentence of the
// article: the first day its lede names, for an act of its headline or
// lede.
const DateContext = "context"

// DateStory is the DateFrom of the day an article's lede names, for an
// act told in its body with no day when the article is of another day
// than its publication's (it never names its own).
const DateStory = "story"

// StatedDate is the day the text names for the fact, or "": what the store
// keeps as the fact's date (its article's publication day is kept apart).
func (r Relation) StatedDate() string {
	if r.DateFrom != "" {
		return ""
	}
	return r.Date
}

// Relation is one fact: an event between entities, a role a person holds, or
// something a speaker said, with the evidence for it.
type Relation struct {
	Subject   string   `json:"subject"`
	Predicate string   `json:"predicate"`
	Object    string   `json:"object,omitempty"`
	About     []string `json:"about,omitempty"` // topics of talks, entity ids
	Cameo     string   `json:"cameo,omitempty"`
	Role      string   `json:"role,omitempty"`
	Quote     string   `json:"quote,omitempty"`
	Modality  string   `json:"modality,omitempty"`  // "", "hedged", "future"
	Date      string   `json:"date,omitempty"`      // YYYY-MM-DD, the day it happened
	DateFrom  string   `json:"date_from,omitempty"` // "" the text names the day, or DatePublished, DateContext, DateStory
	// DateConfidence is the measured precision of an estimated day (set
	// with DateFrom): how often such a day was right on acts judged right.
	// Confidence is the fact's as stored, which never keeps an estimated
	// day (StatedDate).
	DateConfidence float64 `json:"date_confidence,omitempty"`
	Sentence       int     `json:"sentence"`
	Start          int     `json:"start,omitempty"`
	End            int     `json:"end,omitempty"`
	Evidence       string  `json:"evidence,omitempty"`
	Confidence     float64 `json:"confidence,omitempty"`
	Extractor      string  `json:"extractor,omitempty"`
	// Rule names the extractor's rule that found the fact ("tree-verb",
	// "quote-incise"): its confidence is that rule's measured precision.
	Rule string `json:"rule,omitempty"`
	// Trigger is the lexicon entry that stated an event: its kind and
	// lemma ("verb rencontrer", "noun entretien", "light enquête"), with
	// the entry's precision as measured by the judged samples.
	Trigger string `json:"trigger,omitempty"`
}

// CanonicalKey is the entity's identity across articles: its Wikidata id when
// linked, else its type and normalised name.
func (e Entity) CanonicalKey() string {
	if e.Key != "" {
		return e.Key
	}
	if e.Wikidata != "" {
		return e.Wikidata
	}
	return e.Type + ":" + Normalize(e.Name)
}

// Normalize folds a name for matching: NFKD without accents nor invisible
// format characters, lower case,
// typographic apostrophes made plain, handles' @ and _ dropped, runs of
// space collapsed.
//
// It is not text.Fold, and neither calls the other: Normalize makes the
// name part of canonical keys already stored in graphs, so its output may
// not change, and it folds a whole name (spaces collapsed, a handle's @
// and _ dropped, NFKD's compatibility forms). text.Fold folds one token at
// a time on the extraction's hot path: an ASCII fast path, spaces kept as
// they are, hyphen variants made '-', and letters NFKD leaves alone (œ, ł,
// ß) spelt out. Making one call the other would change stored keys.
func Normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r):
			continue // accents; soft hyphens, zero-width spaces and joiners
		case r == '’' || r == '`' || r == 'ʼ':
			r = '\''
		case r == '_' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '@' && b.Len() == 0:
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// ContentID is the stable id of an article known only by its text.
func ContentID(text string) string {
	sum := sha256.Sum256([]byte(norm.NFC.String(strings.TrimSpace(text))))
	return "sha256:" + hex.EncodeToString(sum[:16])
}

// FactKey identifies one fact: the same article, sentence, ends and content
// always give the same key, so loading twice writes nothing new.
func FactKey(articleID string, r Relation, subjectKey, objectKey string) string {
	h := sha256.New()
	for _, part := range []string{articleID, strconv.Itoa(r.Sentence), subjectKey, r.Predicate, objectKey, r.Cameo, r.Role, r.Quote} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Entity returns the record's entity with the given local id.
func (r *Record) Entity(id string) (Entity, bool) {
	for _, e := range r.Entities {
		if e.ID == id {
			return e, true
		}
	}
	return Entity{}, false
}
