package text

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"Le ministre israélien des Affaires étrangères Gabi Ashkenazi et le secrétaire d’État américain Antony Blinken se sont exprimés lundi.",
	"« J’ai souligné au secrétaire d’État que la décision est erronée », a tweeté @Gabi_Ashkenazi. #Israël https://t.co/x M. Dupont, 12,5 %.",
	"U.S. President Joe Biden said: \"We will act.\" Then he left... Really?! (Yes.)",
	"«", "\xff\xfe", "a\u00a0b\u2019c", "1.2.3 ... ?!", "",
}

// FuzzTokenize: tokens lie in order inside the text, their Text is the
// slice they name, and nothing panics.
func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for i, tok := range Tokenize(s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("token %d [%d,%d) out of order or bounds (prev end %d, len %d) in %q", i, tok.Start, tok.End, prev, len(s), s)
			}
			if tok.Text != s[tok.Start:tok.End] {
				t.Fatalf("token %d text %q is not s[%d:%d] = %q", i, tok.Text, tok.Start, tok.End, s[tok.Start:tok.End])
			}
			if utf8.ValidString(s) && !utf8.ValidString(tok.Norm) {
				t.Fatalf("token %d norm %q is not UTF-8", i, tok.Norm)
			}
			prev = tok.End
		}
	})
}

// FuzzAnalyze: sentences split the tokens in order, every token belongs
// to one, and quotes point at real tokens.
func FuzzAnalyze(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Analyze(s)
		if len(d.SentOf) != len(d.Tokens) || len(d.InQuote) != len(d.Tokens) {
			t.Fatalf("SentOf %d, InQuote %d, tokens %d", len(d.SentOf), len(d.InQuote), len(d.Tokens))
		}
		next := 0
		for i, sen := range d.Sentences {
			if sen.First != next || sen.Last < sen.First || sen.Last > len(d.Tokens) {
				t.Fatalf("sentence %d tokens [%d,%d), want to start at %d of %d", i, sen.First, sen.Last, next, len(d.Tokens))
			}
			if sen.Start < 0 || sen.End < sen.Start || sen.End > len(s) {
				t.Fatalf("sentence %d bytes [%d,%d) of %d", i, sen.Start, sen.End, len(s))
			}
			for k := sen.First; k < sen.Last; k++ {
				if d.SentOf[k] != i {
					t.Fatalf("token %d in sentence %d has SentOf %d", k, i, d.SentOf[k])
				}
			}
			next = sen.Last
		}
		if next != len(d.Tokens) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
		}
		for i, q := range d.Quotes {
			if q.Open < 0 || q.Open >= len(d.Tokens) || q.Close >= len(d.Tokens) || (q.Close >= 0 && q.Close < q.Open) ||
				q.Start < 0 || q.End < q.Start || q.End > len(s) || q.Sentence < 0 || q.Sentence >= max(len(d.Sentences), 1) {
				t.Fatalf("quote %d = %+v (tokens %d, sentences %d, len %d)", i, q, len(d.Tokens), len(d.Sentences), len(s))
			}
		}
		if d.Lang != "fr" && d.Lang != "en" {
			t.Fatalf("lang %q", d.Lang)
		}
	})
}
