package synth

import (
	"strings"
	"testing"
)

func TestArticleIsDeterministic(t *testing.T) {
	cfg := Config{Seed: 3, Articles: 1000}
	t1, d1, a := Article(cfg, 42)
	t2, d2, b := Article(cfg, 42)
	if a != b || t1 != t2 || d1 != d2 {
		t.Fatal("the same article differs between calls")
	}
	_, _, c := Article(cfg, 43)
	if a == c {
		t.Fatal("articles 42 and 43 are the same")
	}
	if n := len(strings.Fields(a)); n < 150 || n > 600 {
		t.Errorf("article has %d words, want a news-sized text", n)
	}
	if d1 != "2021-02-15" {
		t.Errorf("published %s, want 2021-02-15", d1)
	}
}

// TestHubsRecur: hub people appear in about half of all articles.
func TestHubsRecur(t *testing.T) {
	cfg := Config{Seed: 3, Articles: 200}
	hub := personName(3, 0)
	n := 0
	for i := range 200 {
		if _, _, text := Article(cfg, i); strings.Contains(text, hub) {
			n++
		}
	}
	if n < 40 || n > 190 {
		t.Errorf("hub %q in %d of 200 articles", hub, n)
	}
}
