package dgraph

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
)

func isolationRecord(id, person string) kg.Record {
	return kg.Record{
		Article:   kg.Article{ID: id, Source: id + ".txt", Published: "2021-02-08"},
		Entities:  []kg.Entity{{ID: "e1", Type: kg.Person, Name: person}, {ID: "e2", Type: kg.GPE, Name: "Israël"}},
		Relations: []kg.Relation{{Subject: "e1", Predicate: kg.HoldsRole, Object: "e2", Role: "ministre"}},
	}
}

// TestArticleBuildIsIsolated: when building one article's N-Quads panics,
// nothing of that article stays in the mutation and the next article is
// written as if the failed one had never been tried.
func TestArticleBuildIsIsolated(t *testing.T) {
	w := &writer{ref: func(e kg.Entity) (string, kg.EntityRef) {
		if e.Name == "Crash" {
			panic("a bug in one article")
		}
		return "<0x" + e.Name[:1] + ">", kg.EntityRef{}
	}}
	if err := w.isolated("_:a1", isolationRecord("a1", "Ashkenazi")); err != nil {
		t.Fatal(err)
	}
	before, facts := w.set.b.String(), w.facts
	err := w.isolated("_:a2", isolationRecord("a2", "Crash"))
	var ie *kg.InternalError
	if !errors.As(err, &ie) || !strings.Contains(ie.Frame, "isolate_test.go") {
		t.Fatalf("err = %v, want an internal error at the panicking line", err)
	}
	if w.set.b.String() != before || w.facts != facts {
		t.Fatalf("the failed article left %d bytes, %d facts in the mutation", w.set.b.Len()-len(before), w.facts-facts)
	}
	if err := w.isolated("_:a3", isolationRecord("a3", "Blinken")); err != nil {
		t.Fatal(err)
	}
	if got := w.set.b.String(); !strings.HasPrefix(got, before) || !strings.Contains(got[len(before):], `_:a3 <article.key> "a3"`) || strings.Contains(got, "_:a2") {
		t.Errorf("mutation after the failure:\n%s", got)
	}
}

// TestRDFWriterRefusesOneArticle: an invalid record, or one whose N-Quads
// panic, is refused by name; the entity marks it made are forgotten, so
// the next article that names the same entity writes its node.
func TestRDFWriterRefusesOneArticle(t *testing.T) {
	var out bytes.Buffer
	r := NewRDFWriter(&out)
	bad := isolationRecord("a1", "Ashkenazi")
	bad.Relations[0].Object = "e9"
	good := isolationRecord("a2", "Ashkenazi")
	refused, err := r.Write(bad, good)
	if err != nil {
		t.Fatal(err)
	}
	if len(refused) != 1 || refused[0].Source != "a1.txt" {
		t.Fatalf("refused = %+v, want a1.txt", refused)
	}
	if !strings.Contains(out.String(), `<entity.key> "PERSON:ashkenazi"`) {
		t.Errorf("the good article's entity node is missing:\n%s", out.String())
	}
	// A panic after an entity was marked: the marks go with the article.
	r.w.ref = func(e kg.Entity) (string, kg.EntityRef) {
		ref, stored := r.entity(e)
		if e.Name == "Crash" {
			panic("after marking")
		}
		return ref, stored
	}
	refused, err = r.Write(isolationRecord("a3", "Crash"))
	if err != nil || len(refused) != 1 {
		t.Fatalf("refused %+v, err %v; want a3 refused", refused, err)
	}
	n := out.Len()
	r.w.ref = r.entity
	if refused, err := r.Write(isolationRecord("a4", "Crash")); err != nil || len(refused) != 0 {
		t.Fatalf("refused %+v, err %v", refused, err)
	}
	if !strings.Contains(out.String()[n:], `<entity.key> "PERSON:crash"`) {
		t.Errorf("the entity of the refused article was not written with the next one:\n%s", out.String()[n:])
	}
}
