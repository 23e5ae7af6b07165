package kg

import (
	"strings"
	"testing"
)

func valid() Record {
	return Record{
		Article: Article{ID: "a1", Published: "2021-02-08"},
		Entities: []Entity{
			{ID: "e1", Type: Person, Name: "Gabi Ashkenazi"},
			{ID: "e2", Type: Person, Name: "Antony Blinken", Wikidata: "Q4773963"},
			{ID: "e3", Type: GPE, Name: "Iran"},
		},
		Relations: []Relation{{Subject: "e1", Predicate: "spoke_with", Object: "e2", About: []string{"e3"}, Date: "2021-02-08"}},
	}
}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name  string
		spoil func(*Record)
		want  string // in the error; "" for a valid record
	}{
		{"valid", func(*Record) {}, ""},
		{"no article id", func(r *Record) { r.Article.ID = "" }, "article has no id"},
		{"bad published", func(r *Record) { r.Article.Published = "08/02/2021" }, `article published: "08/02/2021" is not a YYYY-MM-DD date`},
		{"entity without id", func(r *Record) { r.Entities[0].ID = "" }, "entity 0 has no id"},
		{"entity id twice", func(r *Record) { r.Entities[1].ID = "e1" }, `entity id "e1" is used twice`},
		{"entity without type", func(r *Record) { r.Entities[2].Type = "" }, `entity "e3" has no type`},
		{"entity without name", func(r *Record) { r.Entities[2].Name = "" }, `entity "e3" has no name`},
		{"entity known by key only", func(r *Record) { r.Entities[2].Name, r.Entities[2].Key = "", "GPE:iran" }, ""},
		{"no predicate", func(r *Record) { r.Relations[0].Predicate = "" }, "relation 0 has no predicate"},
		{"unknown subject", func(r *Record) { r.Relations[0].Subject = "e9" }, `relation 0: subject "e9" is not an entity of the record`},
		{"unknown object", func(r *Record) { r.Relations[0].Object = "e9" }, `relation 0: object "e9" is not an entity of the record`},
		{"unknown topic", func(r *Record) { r.Relations[0].About = []string{"e9"} }, `relation 0: topic "e9" is not an entity of the record`},
		{"bad fact date", func(r *Record) { r.Relations[0].Date = "2021-13-01" }, `relation 0 date: "2021-13-01" is not a YYYY-MM-DD date`},
		{"date from the publication", func(r *Record) { r.Relations[0].DateFrom = DatePublished }, ""},
		{"date from the story's day", func(r *Record) { r.Relations[0].DateFrom = DateStory }, ""},
		{"unknown date_from", func(r *Record) { r.Relations[0].DateFrom = "guess" }, `relation 0: date_from "guess" is not "published", "context" or "story"`},
		{"estimated day with its confidence", func(r *Record) { r.Relations[0].DateFrom, r.Relations[0].DateConfidence = DatePublished, 0.77 }, ""},
		{"day confidence without an estimated day", func(r *Record) { r.Relations[0].DateConfidence = 0.77 },
			"relation 0: date_confidence 0.77 needs an estimated day (date_from) and a value in (0, 1]"},
		{"day confidence above one", func(r *Record) { r.Relations[0].DateFrom, r.Relations[0].DateConfidence = DateContext, 1.5 },
			"relation 0: date_confidence 1.5 needs an estimated day (date_from) and a value in (0, 1]"},
	} {
		r := valid()
		tc.spoil(&r)
		err := r.Validate()
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v, want no error", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	// Every problem is reported, not only the first.
	r := valid()
	r.Article.ID, r.Relations[0].Subject = "", "e9"
	if err := r.Validate(); err == nil || strings.Count(err.Error(), "\n") != 1 {
		t.Errorf("two problems reported as %v", err)
	}
}

// TestStatedDate: the store keeps as a fact's date only a day the text
// names, not one estimated from the article.
func TestStatedDate(t *testing.T) {
	for _, tt := range []struct {
		r    Relation
		want string
	}{
		{Relation{Date: "2021-02-08"}, "2021-02-08"},
		{Relation{Date: "2021-02-08", DateFrom: DatePublished}, ""},
		{Relation{Date: "2021-02-05", DateFrom: DateContext}, ""},
		{Relation{}, ""},
	} {
		if got := tt.r.StatedDate(); got != tt.want {
			t.Errorf("%+v: StatedDate() = %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestCanonicalKey(t *testing.T) {
	for _, tc := range []struct {
		e    Entity
		want string
	}{
		{Entity{Type: Person, Name: "Emmanuel Macron", Wikidata: "Q3052772", Key: "k"}, "k"},
		{Entity{Type: Person, Name: "Emmanuel Macron", Wikidata: "Q3052772"}, "Q3052772"},
		{Entity{Type: Person, Name: "  Émmanuel\u00a0MACRON "}, "PERSON:emmanuel macron"},
		{Entity{Type: Org, Name: "@Quai_d’Orsay"}, "ORG:quai d'orsay"},
		{Entity{Type: Misc, Name: "Covid\u00ad-19"}, "MISC:covid-19"},
	} {
		if got := tc.e.CanonicalKey(); got != tc.want {
			t.Errorf("CanonicalKey(%+v) = %q, want %q", tc.e, got, tc.want)
		}
	}
}

func TestKeysAreStable(t *testing.T) {
	if a, b := ContentID("  Le ministre est arrivé.\n"), ContentID("Le ministre est arrive\u0301."); a != b || !strings.HasPrefix(a, "sha256:") || len(a) != len("sha256:")+32 {
		t.Errorf("ContentID: %q and %q, want one sha256: id of 32 hex digits for the same text", a, b)
	}
	if ContentID("a") == ContentID("b") {
		t.Error("ContentID: two texts, one id")
	}
	r := Relation{Sentence: 3, Predicate: "met", Role: "", Quote: ""}
	k := FactKey("a1", r, "Q1", "Q2")
	if len(k) != 32 || FactKey("a1", r, "Q1", "Q2") != k {
		t.Errorf("FactKey %q: want 32 hex digits, the same each time", k)
	}
	// The parts are separated: moving a character from one to the next
	// makes another key.
	if FactKey("a1", r, "Q1", "Q2") == FactKey("a1", r, "Q1Q", "2") {
		t.Error("FactKey: parts run together")
	}
	r2 := r
	r2.Evidence, r2.Confidence = "other words", 0.5
	if FactKey("a1", r2, "Q1", "Q2") != k {
		t.Error("FactKey depends on the evidence or confidence, which a reload may change")
	}
	r2.Sentence = 4
	if FactKey("a1", r2, "Q1", "Q2") == k {
		t.Error("FactKey: another sentence, the same key")
	}
}
