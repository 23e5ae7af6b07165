package extract

import (
	"context"
	"encoding/json"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/datasets"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/source"
)

// crashers are texts that once made the extractor panic; each stays a seed
// of FuzzExtract, so go test runs them on every build.
var crashers = []string{
	// pronounSubject read the token before a sentence's first word.
	"Dénonçant la décision du gouvernement, les syndicats ont appelé à la grève.",
	"Accusant Moscou d'ingérence, le président a convoqué l'ambassadeur.",
	"Titre\n\nSaluant le travail des soignants, Emmanuel Macron a remercié les infirmières.",
	// cluster read the candidate after a handle that ends the text (found
	// by FuzzExtract in CI).
	"Emmanuel Macron a parlé à @EmmanuelMacron",
	"@Gabi_Ashkenazi",
	"@Qwertz",
}

// slow is how long one text under 64 KiB may take, with a wide margin for a
// loaded machine.
const slow = 5 * time.Second

// corpusSeeds is how many articles of the real-news corpus seed the fuzzer
// when the corpus is at hand.
const corpusSeeds = 40

// FuzzExtract runs the whole extractor on any text, in French and in
// English: it must not panic, its record must be valid and load-ready,
// every mention must name its own bytes, and every fact's evidence must lie
// in the text.
func FuzzExtract(f *testing.F) {
	for _, s := range crashers {
		f.Add(s, "fr")
	}
	f.Add("U.S. Secretary of State Antony Blinken met Israeli Foreign Minister Gabi Ashkenazi on Monday.", "en")
	if path, err := datasets.Path(datasets.Corpus); err == nil {
		n := 0
		for it := range (&source.Reader{}).Items(context.Background(), path) {
			if it.Doc == nil {
				continue
			}
			f.Add(it.Doc.Text, "fr")
			if n++; n == corpusSeeds {
				break
			}
		}
	}
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		if !utf8.ValidString(s) {
			return // the readers decode inputs to UTF-8 before extraction
		}
		start := time.Now()
		rec := x.Extract(kg.Article{Source: "fuzz.txt", ID: "fuzz", Lang: lang, Published: "2021-02-08"}, s)
		if d := time.Since(start); d > slow && len(s) < 1<<16 {
			// Real articles of this size take milliseconds: a text that
			// takes seconds is a quadratic path a hostile input can use.
			t.Fatalf("%d bytes took %v", len(s), d)
		}
		if err := rec.Validate(); err != nil {
			t.Fatalf("invalid record: %v", err)
		}
		if err := checkMentions(rec, s); err != nil {
			t.Fatal(err)
		}
		for _, r := range rec.Relations {
			if r.Start < 0 || r.End > len(s) || r.Start > r.End {
				t.Fatalf("fact %s at [%d,%d) outside the text (%d bytes)", r.Predicate, r.Start, r.End, len(s))
			}
			if r.Sentence < 0 || r.Sentence >= max(rec.Article.Sentences, 1) {
				t.Fatalf("fact %s in sentence %d of %d", r.Predicate, r.Sentence, rec.Article.Sentences)
			}
		}
		if _, err := json.Marshal(rec); err != nil {
			t.Fatalf("record does not marshal: %v", err)
		}
	})
}
