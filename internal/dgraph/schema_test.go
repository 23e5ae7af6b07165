package dgraph

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestParseSchema(t *testing.T) {
	preds, types := parseSchema(graph.Schema)
	byName := map[string]predicateSchema{}
	for _, p := range preds {
		byName[p.Predicate] = p
	}
	if p := byName["entity.alias"]; !p.List || p.Type != "string" || len(p.Tokenizer) != 3 {
		t.Errorf("entity.alias = %+v", p)
	}
	if p := byName["entity.key"]; !p.Upsert || p.Tokenizer[0] != "exact" {
		t.Errorf("entity.key = %+v", p)
	}
	if p := byName["fact.subject"]; !p.Reverse || p.Type != "uid" {
		t.Errorf("fact.subject = %+v", p)
	}
	// Only entities answer a search by name; what people look at has a
	// label; mentions have neither.
	for name, want := range map[string][2]bool{"Entity": {true, true}, "Article": {false, true}, "Fact": {false, true}, "Mention": {false, false}} {
		if has := [2]bool{slices.Contains(types[name], "name"), slices.Contains(types[name], "display_name")}; has != want || len(types[name]) < 2 {
			t.Errorf("type %s fields = %v, want name and display_name %v", name, types[name], want)
		}
	}
	if schemaHolds([]byte(`{"schema":[]}`), preds, types) {
		t.Error("an empty schema holds")
	}
}
