package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestPipelineLemmas: parse lemmatises as ingest does, with the news's
// words checking the infinitive it guesses ("disent" -> dire, not diser).
func TestPipelineLemmas(t *testing.T) {
	var out, errb bytes.Buffer
	in := strings.NewReader("Les habitants disent qu'ils ont peur.\n")
	if code := run(context.Background(), []string{"--input", "text"}, in, &out, &errb); code != 0 {
		t.Fatalf("parse: exit %d: %s", code, errb.String())
	}
	for _, line := range strings.Split(out.String(), "\n") {
		f := strings.Split(line, "\t")
		if len(f) > 2 && f[1] == "disent" {
			if f[2] != "dire" {
				t.Errorf("disent: lemma %q, want dire", f[2])
			}
			return
		}
	}
	t.Errorf("no word disent in\n%s", out.String())
}
