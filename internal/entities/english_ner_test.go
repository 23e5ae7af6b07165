package entities

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/text"
)

// englishTexts are the English texts of the audits and goldens.
func englishTexts(t *testing.T) []string {
	var paths []string
	for _, g := range []string{"../relations/testdata/audit-en/*.txt", "../relations/testdata/holdout-en/*.txt", "../extract/testdata/*english*.txt"} {
		p, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p...)
	}
	if len(paths) == 0 {
		t.Fatal("no English texts")
	}
	return paths
}

func typedNames(a *Analysis) map[string]string {
	m := map[string]string{}
	for _, e := range a.Entities {
		m[e.Name] = e.Type
	}
	return m
}

// TestEnglishNEREffect prints what prose changes in the entities of the
// English texts, with its PERSON spans only (as used) and with every
// label, to judge by eye (-v); it checks that a PERSON from prose types
// an unknown name the rules could only guess.
func TestEnglishNEREffect(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	rules := *r
	rules.english = nil
	person := *r
	person.englishNERTyping = "person"
	all := *r
	all.englishNERTyping = "all"
	for _, p := range englishTexts(t) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		base := typedNames(rules.Recognize(text.Analyze(string(b))))
		for _, cfg := range []struct {
			name string
			r    *Recognizer
		}{{"pos", r}, {"pos+person", &person}, {"pos+all", &all}} {
			got := typedNames(cfg.r.Recognize(text.Analyze(string(b))))
			var diffs []string
			for n, typ := range got {
				if base[n] != typ {
					diffs = append(diffs, n+": "+base[n]+" -> "+typ)
				}
			}
			for n := range base {
				if _, ok := got[n]; !ok {
					diffs = append(diffs, n+": dropped")
				}
			}
			sort.Strings(diffs)
			if cfg.name == "pos" && filepath.Base(p) == "a03-putin.txt" && strings.Join(diffs, ";") != "European: dropped" {
				t.Errorf("%s: prose's adjective tag should drop the person guessed from \"European\", and change nothing else: %q", p, diffs)
			}
			if len(diffs) > 0 {
				t.Logf("%s [%s]: %s", filepath.Base(p), cfg.name, strings.Join(diffs, "; "))
			}
		}
	}
}

// TestEnglishNERLazy checks that prose's model is loaded by the first
// English document that needs it only.
func TestEnglishNERLazy(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	r.Recognize(text.Analyze("Le président a rencontré le ministre à Paris lundi."))
	if r.english.model != nil {
		t.Fatal("prose loaded for a French article")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	r.Recognize(text.Analyze("Erdogan criticised Sweden and Finland for harbouring Kurdish militants, officials said on Monday."))
	elapsed := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	if r.english.model == nil {
		t.Fatal("prose not loaded for an English article")
	}
	t.Logf("first English article (prose model load included): %v, heap %+d MB", elapsed, (int64(after.HeapAlloc)-int64(before.HeapAlloc))>>20)
}

// BenchmarkRecognizeEnglish measures recognition of the English texts
// with prose (as used) and without it, prose's model loaded beforehand.
func BenchmarkRecognizeEnglish(b *testing.B) {
	r, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for _, p := range []string{"a03-putin", "a04-sanctions", "a05-nato", "a06-accord"} {
		t, err := os.ReadFile("../relations/testdata/audit-en/" + p + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
		sb.WriteByte('\n')
	}
	txt := sb.String()
	words := len(strings.Fields(txt))
	rules := *r
	rules.english = nil
	for _, cfg := range []struct {
		name string
		r    *Recognizer
	}{{"prose", r}, {"rules", &rules}} {
		b.Run(cfg.name, func(b *testing.B) {
			cfg.r.Recognize(text.Analyze(txt))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				cfg.r.Recognize(text.Analyze(txt))
			}
			b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
}

// TestEnglishNERConcurrent: one Recognizer serves English articles from
// several goroutines, prose's model loaded by whichever comes first
// (run with -race).
func TestEnglishNERConcurrent(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	paths := englishTexts(t)
	want := make([]int, len(paths))
	texts := make([]string, len(paths))
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[i] = string(b)
	}
	done := make(chan []int)
	for g := 0; g < 4; g++ {
		go func() {
			got := make([]int, len(texts))
			for i, s := range texts {
				got[i] = len(r.Recognize(text.Analyze(s)).Entities)
			}
			done <- got
		}()
	}
	for g := 0; g < 4; g++ {
		got := <-done
		if g == 0 {
			copy(want, got)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: %d entities in one goroutine, %d in another", paths[i], got[i], want[i])
			}
		}
	}
}
