package entities

import "testing"

func TestRomanOrdinal(t *testing.T) {
	for w, want := range map[string]bool{"XIXe": true, "XVIe": true, "Ier": true, "IIIème": true, "Ve": true,
		"e": false, "XIX": false, "Xavier": false, "Vie": false, "Ière": false} {
		if got := romanOrdinal(w); got != want {
			t.Errorf("romanOrdinal(%q) = %v, want %v", w, got, want)
		}
	}
}
