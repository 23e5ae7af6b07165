// Package entities finds the people, organisations and places an article
// names, merges their mentions and links them to the bundled knowledge base.
package entities

import (
	"github.com/newsgraph/newsgraph/internal/ner"
	"github.com/newsgraph/newsgraph/internal/ner/model"
	"github.com/newsgraph/newsgraph/internal/text"
)

// Recognizer holds the gazetteers and word lists; it is read-only after
// New and safe for concurrent use.
type Recognizer struct {
	gaz   *gazetteer
	lex   *lexicon
	roles *trieNode
	// participleTitles are the titles written like participles ("député"),
	// which other participles ("jugé") must not pass for.
	participleTitles map[string]bool
	// casing says how each word is written where position does not
	// decide (data/casing.tsv.gz, built by cmd/build-lexicons).
	casing map[string]Casing
	// genders gives first names their gender, 'm' or 'f'
	// (data/firstnames.tsv.gz, built by cmd/build-lexicons).
	genders map[string]byte
	// nameGenders gives the gender of a full name's first name that the
	// corpus table does not settle, from a list of first names
	// (data/firstnames-list.tsv.gz): for a person's gender only, never
	// to find names ("France", "Victoire" are first names too).
	nameGenders map[string]byte
	model       *ner.Model // nil: rules and gazetteers only
	// english is prose's English model, loaded with the first English
	// article; nil: rules alone for English too.
	english *englishNER
	// englishNERTyping lets prose's entity labels type candidates:
	// "person" (its PERSON spans), "all", or "" (not at all, as measured
	// best by TestEnglishNEREffect).
	englishNERTyping string
}

// New loads the embedded gazetteers.
func New() (*Recognizer, error) {
	g, err := newGazetteer()
	if err != nil {
		return nil, err
	}
	m, err := ner.Load(model.Gzipped())
	if err != nil {
		return nil, err
	}
	casing, err := readCasing(casingGz)
	if err != nil {
		return nil, err
	}
	genders, err := readGenders(firstNamesGz)
	if err != nil {
		return nil, err
	}
	nameGenders, err := readGenderList(firstNameListGz)
	if err != nil {
		return nil, err
	}
	return &Recognizer{gaz: g, lex: newLexicon(), roles: newRoleHeads(), participleTitles: participleTitles(), casing: casing, genders: genders, nameGenders: nameGenders,
		model: m, english: &englishNER{}}, nil
}

// Entity is one merged entity of an article.
type Entity struct {
	Type     string
	Name     string
	Wikidata string
	ISO      string   // countries: ISO 3166 alpha-2
	Aliases  []string // the other forms the article names it by
	// Names are the knowledge base's names of a linked entity in every
	// language ("Vladimir Putin", "Putin" for Poutine), whatever the
	// article's language; nil for an entity without a Wikidata id.
	Names    []string
	Mentions []Mention
	// Gender is a person's, 'm' or 'f', when a courtesy title, a title the
	// article gives, or the first name tells it; 0 when nothing does.
	Gender byte
}

// Mention is where an entity is named: tokens [First, Last).
type Mention struct {
	First, Last int
	Sentence    int
	Demonym     bool // "israélien" for Israël
	Handle      bool
}

// UnitKind tells how a unit names its entity.
type UnitKind uint8

// Unit kinds.
const (
	UnitName        UnitKind = iota
	UnitDemonym              // an adjective of nationality
	UnitRolePerson           // "le président russe Vladimir Poutine"
	UnitDescription          // "le ministre des Affaires étrangères", Entity may be -1
)

// Unit is a noun phrase that can fill a relation's subject or object: a
// mention, or a title with the name it introduces. Entity is -1 when the
// phrase names someone the article does not identify.
type Unit struct {
	First, Last int
	Sentence    int
	Entity      int
	Role        int // index into Analysis.Roles or -1
	Kind        UnitKind
}

// Role is a title attached to a person: "ministre des Affaires étrangères"
// of Israël. Person and Country are entity indexes or -1.
type Role struct {
	Title     string
	Head      string // folded head word: "ministre", "president"
	Person    int
	Country   int
	First     int // the whole phrase, determiner to name
	Last      int
	Sentence  int
	Definite  bool // "le ministre": may stand for a person named earlier
	Plural    bool
	Homologue bool // "son homologue russe": the title is the other's
	InQuote   bool
	// Lede is a definite title opening the first sentences, given the one
	// person the headline names: a title the article gives them only there.
	Lede bool
	// Anaphor is the person an unnamed politician's title stands for,
	// the one the sentence before spoke of ("… Yannick Jadot. L'eurodéputé
	// a déclaré"), or -1: theirs unless an office says whose it is.
	Anaphor  int
	countryC int // candidate index during recognition
	personC  int
}

// Analysis is the recognised entities of one document.
type Analysis struct {
	Doc      *text.Doc
	Entities []Entity
	Units    []Unit // sorted by First
	Roles    []Role
}
