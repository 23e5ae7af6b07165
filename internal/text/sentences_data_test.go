package text

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// sharedData finds the shared data folder: $NEWSGRAPH_SHARED, else
// ../shared beside the repository, else /work/shared; "" when none holds
// sub.
func sharedData(sub string) string {
	var roots []string
	if env := os.Getenv("NEWSGRAPH_SHARED"); env != "" {
		roots = append(roots, env)
	}
	if wd, err := os.Getwd(); err == nil {
		for dir := wd; ; dir = filepath.Dir(dir) {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				roots = append(roots, filepath.Join(dir, "..", "shared"))
				break
			}
			if filepath.Dir(dir) == dir {
				break
			}
		}
	}
	roots = append(roots, "/work/shared")
	for _, r := range roots {
		p := filepath.Join(r, "data", sub)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// udDocs rebuilds raw text from a CoNLL-U file's "# text" lines: the
// sentences of one document (its sent_id before the last "_") joined by
// a space, or by a line break after a sentence that does not end with
// punctuation, with the byte offsets where each sentence ends.
func udDocs(t *testing.T, path string) (docs []string, ends [][]int) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var b strings.Builder
	var cur []int
	doc, id := "", ""
	flush := func() {
		if b.Len() > 0 {
			docs = append(docs, b.String())
			ends = append(ends, cur)
		}
		b.Reset()
		cur = nil
	}
	for sc.Scan() {
		ln := sc.Text()
		switch {
		case strings.HasPrefix(ln, "# sent_id = "):
			id = strings.TrimPrefix(ln, "# sent_id = ")
		case strings.HasPrefix(ln, "# text = "):
			d := id
			if i := strings.LastIndexByte(id, '_'); i > 0 {
				d = id[:i]
			}
			if d != doc {
				flush()
				doc = d
			}
			if b.Len() > 0 {
				// a sentence without final punctuation (a title, a
				// heading, a table cell) stood on a line of its own
				if strings.ContainsAny(b.String()[b.Len()-1:], ".!?\"»)…") {
					b.WriteByte(' ')
				} else {
					b.WriteByte('\n')
				}
			}
			b.WriteString(strings.TrimSpace(strings.TrimPrefix(ln, "# text = ")))
			cur = append(cur, b.Len())
		}
	}
	flush()
	return docs, ends
}

var minF1 = map[string]float64{"fr_sequoia-ud-test.conllu": 0.91, "fr_gsd-ud-test.conllu": 0.95}

// TestSentenceBoundariesUD scores sentence ends against the UD test
// treebanks' sentences (boundaries inside a document; its end is free).
func TestSentenceBoundariesUD(t *testing.T) {
	dir := sharedData("ud-french")
	if dir == "" {
		t.Skip("no shared data (set NEWSGRAPH_SHARED to the folder holding data/ud-french)")
	}
	for _, name := range []string{"fr_sequoia-ud-test.conllu", "fr_gsd-ud-test.conllu"} {
		docs, ends := udDocs(t, filepath.Join(dir, name))
		tp, fp, fn := 0, 0, 0
		var misses []string
		for k, doc := range docs {
			gold := map[int]bool{}
			for _, e := range ends[k][:len(ends[k])-1] {
				gold[e] = true
			}
			pred := map[int]bool{}
			d := Analyze(doc)
			for _, s := range d.Sentences[:max(0, len(d.Sentences)-1)] {
				pred[s.End] = true
			}
			for e := range pred {
				if gold[e] {
					tp++
				} else {
					fp++
					misses = append(misses, "split: "+around(doc, e))
				}
			}
			for e := range gold {
				if !pred[e] {
					fn++
					misses = append(misses, "missed: "+around(doc, e))
				}
			}
		}
		p := float64(tp) / float64(tp+fp)
		r := float64(tp) / float64(tp+fn)
		f1 := 2 * p * r / (p + r)
		t.Logf("%s: boundaries %d, precision %.4f, recall %.4f, F1 %.4f", name, tp+fn, p, r, f1)
		if testing.Verbose() && os.Getenv("SHOW_MISSES") != "" {
			for _, m := range misses {
				t.Log(m)
			}
		}
		// Most misses are headings and table cells the rebuilt text
		// runs into the next sentence, and quotations of several
		// sentences, which the splitter keeps whole on purpose.
		if want := minF1[name]; f1 < want {
			t.Errorf("%s: boundary F1 %.4f, want >= %.2f", name, f1, want)
		}
	}
}

func around(s string, i int) string {
	a, b := max(0, i-40), min(len(s), i+40)
	for a > 0 && !utf8.RuneStart(s[a]) {
		a--
	}
	for b < len(s) && !utf8.RuneStart(s[b]) {
		b++
	}
	return s[a:i] + "|" + s[i:b]
}

// glued finds sentence ends glued to the next sentence in raw text: a
// full stop, question or exclamation mark or ellipsis, maybe with a
// closing quote, followed at once by a capitalised word, an opening quote
// or a dash that opens a section head. The match runs from the mark to
// the next sentence's first letter.
var glued = regexp.MustCompile(`([\p{Ll}\p{Lu}\d\)»"”]{2})([.!?…]+["»”]?)(["«“]|- ?)?(\p{Lu}\p{L})`)

// gluedBoundaries returns the byte ranges [mark, letter) of glued
// boundaries in s, leaving out abbreviations and initials ("M.Dupont",
// "J.K.") and acronyms written with stops ("U.S.A.").
func gluedBoundaries(s string) [][2]int {
	var out [][2]int
	for _, m := range glued.FindAllStringSubmatchIndex(s, -1) {
		before := s[m[2]:m[3]]
		// the word before the stop
		ws := m[3]
		for ws > 0 {
			r, w := utf8.DecodeLastRuneInString(s[:ws])
			if !unicode.IsLetter(r) {
				break
			}
			ws -= w
		}
		word := s[ws:m[3]]
		if s[m[4]] == '.' && m[5]-m[4] == 1 {
			if abbreviations[Fold(word)] || utf8.RuneCountInString(word) == 1 {
				continue
			}
			if ws > 0 && s[ws-1] == '.' { // "U.S.A.Le"
				continue
			}
			if strings.HasPrefix(s[m[4]+1:], "com") || strings.Contains(before, "www") {
				continue
			}
		}
		out = append(out, [2]int{m[4], m[8]})
	}
	return out
}

// TestGluedBoundariesOrangeSum counts glued sentence boundaries in real
// scraped news and how many of them the splitter splits.
func TestGluedBoundariesOrangeSum(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 36,000 articles")
	}
	dir := sharedData("orangesum")
	if dir == "" {
		t.Skip("no shared data (set NEWSGRAPH_SHARED to the folder holding data/orangesum)")
	}
	f, err := os.Open(filepath.Join(dir, "orangesum-fr.jsonl.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	found, split, articles, sentences := 0, 0, 0, 0
	var missed []string
	for sc.Scan() {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		articles++
		g := gluedBoundaries(rec.Text)
		d := Analyze(rec.Text)
		sentences += len(d.Sentences)
		if len(g) == 0 {
			continue
		}
		var bounds []int
		for _, s := range d.Sentences {
			bounds = append(bounds, s.End)
		}
		for _, r := range g {
			found++
			ok := false
			for _, b := range bounds {
				if b > r[0] && b <= r[1] {
					ok = true
					break
				}
			}
			if ok {
				split++
			} else if len(missed) < 40 {
				missed = append(missed, around(rec.Text, r[0]+1))
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles, %d sentences; glued boundaries found %d, split %d (%.4f)", articles, sentences, found, split, float64(split)/float64(max(1, found)))
	if testing.Verbose() && os.Getenv("SHOW_MISSES") != "" {
		for _, m := range missed {
			t.Log("missed: " + m)
		}
	}
	if found > 0 && float64(split)/float64(found) < 0.99 {
		t.Errorf("split %d of %d glued boundaries, want >= 99%%", split, found)
	}
}
