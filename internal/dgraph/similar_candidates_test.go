package dgraph

import (
	"testing"
)

// levenshtein is Dgraph's edit distance for match (worker/match.go): in
// runes, a replaced, inserted or deleted rune costing one.
func levenshtein(s, t string) int {
	r1, r2 := []rune(s), []rune(t)
	if len(r1) > len(r2) {
		r1, r2 = r2, r1
	}
	column := make([]int, len(r1)+1)
	for y := range column {
		column[y] = y
	}
	for x := 1; x <= len(r2); x++ {
		column[0] = x
		for y, lastDiag := 1, x-1; y <= len(r1); y++ {
			oldDiag := column[y]
			cost := 0
			if r1[y-1] != r2[x-1] {
				cost = 1
			}
			column[y] = min(column[y]+1, column[y-1]+1, lastDiag+cost)
			lastDiag = oldDiag
		}
	}
	return column[len(r1)]
}

// TestDeletionsFindEveryNameOneEditAway checks what similarCandidates
// rests on: every two strings one edit apart at most, over an alphabet with
// multibyte letters and a space, up to four letters, share a deletion.
func TestDeletionsFindEveryNameOneEditAway(t *testing.T) {
	alphabet := []string{"a", "b", "é", "ë", " "}
	words := []string{""}
	for n, level := 0, []string{""}; n < 4; n++ {
		var next []string
		for _, w := range level {
			for _, l := range alphabet {
				next = append(next, w+l)
			}
		}
		words = append(words, next...)
		level = next
	}
	shared := func(a, b string) bool {
		ds := map[string]bool{}
		for _, d := range deletions(a) {
			ds[d] = true
		}
		for _, d := range deletions(b) {
			if ds[d] {
				return true
			}
		}
		return false
	}
	pairs := 0
	for _, a := range words {
		for _, b := range words {
			if levenshtein(a, b) <= 1 {
				pairs++
				if !shared(a, b) {
					t.Fatalf("%q and %q are one edit apart but share no deletion", a, b)
				}
			}
		}
	}
	if pairs < 10000 {
		t.Fatalf("only %d pairs one edit apart checked", pairs)
	}
}

func TestSharesTrigram(t *testing.T) {
	for _, c := range []struct {
		query, name string
		want        bool
	}{
		{"Jean Marilo", "Jean Marila", true},
		{"Li Wu", "LixWu", false}, // one edit, every trigram gone
		{"Li Wu", "Li Wa", true},
		{"ab", "ab", false}, // no trigram: match finds nothing
		{"Zoé Li", "Zoe Li", true},
		// Trigrams are bytes: "é" and "è" share their first byte only.
		{"Zoé", "Zoè", true}, // "Zo" and that byte
		{"aéb", "aèb", false},
		{"aéb", "xéb", true},
	} {
		if got := sharesTrigram(c.query, c.name); got != c.want {
			t.Errorf("sharesTrigram(%q, %q) = %v, want %v", c.query, c.name, got, c.want)
		}
	}
}
