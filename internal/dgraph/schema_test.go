package dgraph

import (
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
	for _, name := range []string{"Article", "Entity", "Mention", "Fact"} {
		if len(types[name]) < 2 || types[name][0] != "name" {
			t.Errorf("type %s fields = %v", name, types[name])
		}
	}
	if schemaHolds([]byte(`{"schema":[]}`), preds, types) {
		t.Error("an empty schema holds")
	}
}
