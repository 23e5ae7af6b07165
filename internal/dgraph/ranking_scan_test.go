package dgraph

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestScanRanking: the scanner reads what encoding/json reads, from the
// values ranking writes (keys with quotes, escapes, HTML characters,
// control characters and accents included) and from others it leaves to
// encoding/json.
func TestScanRanking(t *testing.T) {
	keys := []string{"PERSON:ahmed bema", `ORG:"le monde"`, `MISC:a\b`, "GPE:côte d'ivoire", "ORG:at&t <x>",
		"PERSON:tab\there", "PERSON:\u2028", "", "ORG:\xff"}
	var nbs []*nb
	label := map[string]keyName{}
	for i, k := range keys {
		uid := "0x" + string(rune('a'+i))
		n := &nb{uid: uid, facts: i * 7, events: i * 3}
		if i%2 == 0 {
			n.events5 = []sumFact{{UID: "0x1" + string(rune('a'+i))}}
		}
		nbs = append(nbs, n)
		label[uid] = keyName{key: k}
	}
	var values []string
	for i := range nbs {
		v, err := ranking(nbs[i:i+1], label)
		if err != nil {
			t.Fatal(err)
		}
		values = append(values, v)
	}
	all, err := ranking(nbs, label)
	if err != nil {
		t.Fatal(err)
	}
	empty, err := ranking(nil, label)
	if err != nil {
		t.Fatal(err)
	}
	values = append(values, all, empty,
		// not as ranking writes them: encoding/json reads them, or refuses
		`[ ["0x1", "k", 2, "0x2"] ]`, `[["0x1","k",2.0,"0x2"]]`, `[["0x1","k",02,"0x2"]]`, `[["0x1","k",-2,"0x2"]]`,
		`[["0x1","k",2]]`, `[["0x1","k",2,"0x2","x"]]`, `[["0x1","k",null,"0x2"]]`, `[["0x1","k",1e2,"0x2"]]`,
		`[["0x1","k",99999999999999999999,"0x2"]]`, `[["0x1","k",2,"0x2"]`, `[["0x1","k",2,"0x2"]]x`, `[]`, ``, `null`, `[["0x1","k\u00e9",2,""]]`)
	for i, v := range values[:len(nbs)+2] {
		// what ranking writes without an escape is scanned, not left to encoding/json
		if _, ok := scanRanking(v); ok == strings.Contains(v, `\`) {
			t.Errorf("value %d: scanRanking(%q) ok = %v", i, v, ok)
		}
	}
	for _, v := range values {
		var want []rankEntry
		wantErr := json.Unmarshal([]byte(v), &want)
		got, gotErr := summaryState{Ranking: v}.ranked()
		if (gotErr != nil) != (wantErr != nil) || wantErr == nil && !reflect.DeepEqual(got, want) {
			t.Errorf("ranked(%q) = %#v, %v; encoding/json reads %#v, %v", v, got, gotErr, want, wantErr)
		}
	}
	if got, ok := scanRanking(values[0]); !ok || len(got) != 1 || got[0] != (rankEntry{"0xa", "PERSON:ahmed bema", 0, "0x1a"}) {
		t.Errorf("scanRanking(%q) = %#v, %v", values[0], got, ok)
	}
}
