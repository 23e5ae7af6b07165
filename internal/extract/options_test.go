package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
)

func TestUserKB(t *testing.T) {
	dir := t.TempDir()
	kb := filepath.Join(dir, "kb.jsonl")
	lines := `# people and bodies our newsroom follows
{"name": "Kaja Kallas", "type": "PERSON", "aliases": ["Kallas", "Kaja Kallasová"], "wikidata": "Q3186200"}
{"name": "Office fédéral de la cybersécurité", "type": "ORG", "aliases": ["OFCS"]}
{"name": "Russie", "type": "GPE", "aliases": ["pays des tsars"], "wikidata": "Q159"}
`
	if err := os.WriteFile(kb, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	text := "Kallas a rencontré lundi le directeur de l'OFCS. Selon lui, le pays des tsars multiplie les attaques.\n"
	entities := func(x *Extractor) string {
		var out []string
		for _, e := range x.Extract(kg.Article{Source: "t.txt", Published: "2024-03-04"}, text).Entities {
			out = append(out, e.Type+" "+e.Name+" "+e.Wikidata)
		}
		return strings.Join(out, "|")
	}
	base, err := New()
	if err != nil {
		t.Fatal(err)
	}
	x, err := NewWithOptions(Options{KB: kb})
	if err != nil {
		t.Fatal(err)
	}
	want := "PERSON Kaja Kallas Q3186200|ORG Office fédéral de la cybersécurité |GPE Russie Q159"
	if got := entities(x); got != want {
		t.Errorf("with the user KB: %s\nwant %s", got, want)
	}
	if got := entities(base); strings.Contains(got, "Q3186200") || strings.Contains(got, "Q159") {
		t.Errorf("without the user KB the entity is linked anyway: %s", got)
	}
}

func TestUserKBErrors(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"type":     `{"name": "X", "type": "PERSONNE"}`,
		"wikidata": `{"name": "X", "type": "ORG", "wikidata": "wd:42"}`,
		"json":     `{"name": "X", "type": "ORG"`,
		"field":    `{"name": "X", "type": "ORG", "qid": "Q1"}`,
		"name":     `{"type": "ORG"}`,
	} {
		p := filepath.Join(dir, name+".jsonl")
		if err := os.WriteFile(p, []byte("\n"+body+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := NewWithOptions(Options{KB: p})
		if err == nil || !strings.Contains(err.Error(), name+".jsonl:2") {
			t.Errorf("%s: error %v, want one naming %s.jsonl:2", name, err, name)
		}
	}
	if _, err := NewWithOptions(Options{KB: filepath.Join(dir, "missing.jsonl")}); err == nil {
		t.Error("a missing KB file is no error")
	}
}
