package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
)

// badInputs are the bad-input table: each case is a batch of the good
// example article plus one bad input; the bad one is named with its reason
// and the good one is loaded all the same.
var badInputs = []struct {
	name     string
	file     string
	make     func(t *testing.T, path string)
	args     []string
	want     []string // on stderr
	code     int
	articles int // in the graph afterwards
}{
	{
		name: "empty file", file: "empty.txt",
		make: func(t *testing.T, p string) { writeFile(t, p, nil) },
		want: []string{"failed: DIR/empty.txt: empty: no text: 0 bytes, or only white space", "1 failed (1 empty)"},
		code: 1, articles: 1,
	},
	{
		name: "blank file", file: "blank.txt",
		make: func(t *testing.T, p string) { writeFile(t, p, []byte(" \r\n\t\n")) },
		want: []string{"failed: DIR/blank.txt: empty: no text: 0 bytes, or only white space"},
		code: 1, articles: 1,
	},
	{
		name: "binary file", file: "photo.jpg",
		make: func(t *testing.T, p string) { writeFile(t, p, []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01")) },
		want: []string{"failed: DIR/photo.jpg: not text: binary data (a NUL byte at offset 4), not an article", "1 failed (1 not text)"},
		code: 1, articles: 1,
	},
	{
		name: "neither UTF-8 nor Windows-1252", file: "odd.txt",
		make: func(t *testing.T, p string) {
			writeFile(t, p, []byte("Le ministre\nest arriv\x81 lundi \x9d Paris.\n"))
		},
		want: []string{"failed: DIR/odd.txt: not text: binary data (bytes that are neither UTF-8 nor Windows-1252 on line 2), not an article"},
		code: 1, articles: 1,
	},
	{
		name: "truncated gzip", file: "feed.jsonl.gz",
		make: func(t *testing.T, p string) {
			// Two gzip members: the first whole (two records), the
			// second cut just after its header.
			var b bytes.Buffer
			zw := gzip.NewWriter(&b)
			for i := range 2 {
				fmt.Fprintf(zw, `{"id":"gz%d","text":"Le ministre des Affaires étrangères a rencontré lundi son homologue numéro %d à Paris."}`+"\n", i, i)
			}
			zw.Close()
			whole := b.Len()
			zw = gzip.NewWriter(&b)
			fmt.Fprintf(zw, `{"id":"gz2","text":"Le ministre a rencontré mardi son homologue à Berlin pour un long entretien."}`+"\n")
			zw.Close()
			writeFile(t, p, b.Bytes()[:whole+14])
		},
		want: []string{"failed: DIR/feed.jsonl.gz:3: truncated gzip: the compressed stream ends early; what came before was read"},
		code: 1, articles: 3, // the example and the two whole records
	},
	{
		name: "malformed JSON line", file: "batch.jsonl",
		make: func(t *testing.T, p string) {
			writeFile(t, p, []byte(`{"id":"j1","text":"Le président a reçu lundi son homologue à Paris."}`+"\n"+
				`{"id":"j2","text":"Le président a reçu`+"\n"+
				`{"id":"j3","text":"Le ministre a rencontré mardi son homologue à Berlin."}`+"\n"))
		},
		want: []string{"failed: DIR/batch.jsonl:2: malformed JSON: unexpected end of JSON input", "1 failed (1 malformed JSON)"},
		code: 1, articles: 3,
	},
	{
		name: "record without text", file: "norecord.jsonl",
		make: func(t *testing.T, p string) {
			writeFile(t, p, []byte(`{"id":"n1","title":"Sans texte"}`+"\n"+`{"id":"n2","text":"Le ministre a rencontré mardi son homologue à Berlin."}`+"\n"))
		},
		want: []string{`failed: DIR/norecord.jsonl:1: invalid record: no "text" or "html" field`},
		code: 1, articles: 2,
	},
	{
		name: "200 MB text article", file: "huge.txt",
		make: func(t *testing.T, p string) { writeBig(t, p, 200<<20, "Le ministre a parlé. ") },
		want: []string{"failed: DIR/huge.txt: too large: more than 16 MiB in one article; split it, or raise --max-article", "1 failed (1 too large)"},
		code: 1, articles: 1,
	},
	{
		name: "200 MB JSON line", file: "huge.jsonl",
		make: func(t *testing.T, p string) {
			f, err := os.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			fmt.Fprintln(f, `{"id":"h1","text":"Le président a reçu lundi son homologue à Paris."}`)
			f.WriteString(`{"id":"h2","text":"`)
			chunk := bytes.Repeat([]byte("Le ministre a parlé. "), 50000)
			for n := 0; n < 200<<20; n += len(chunk) {
				f.Write(chunk)
			}
			f.WriteString("\"}\n")
			fmt.Fprintln(f, `{"id":"h3","text":"Le ministre a rencontré mardi son homologue à Berlin."}`)
		},
		want: []string{"failed: DIR/huge.jsonl:2: too large: line longer than 16 MiB; skipped"},
		code: 1, articles: 3,
	},
	{
		name: "text with no sentence", file: "numbers.txt",
		make: func(t *testing.T, p string) { writeFile(t, p, []byte("2021 | 2022 | 2023\n-- 12,5 % --\n")) },
		want: []string{"failed: DIR/numbers.txt: no sentence: 32 bytes but no run of words that makes a sentence", "1 failed (1 no sentence)"},
		code: 1, articles: 1,
	},
	{
		name: "page with no article", file: "menu.html",
		make: func(t *testing.T, p string) {
			writeFile(t, p, []byte(`<html><head><title>Menu</title></head><body><nav><a href="/">Accueil</a></nav><script>var x = 1;</script></body></html>`))
		},
		want: []string{"failed: DIR/menu.html: no sentence: 13 bytes but no run of words that makes a sentence"},
		code: 1, articles: 1,
	},
	{
		name: "missing file", file: "missing.txt",
		make: func(t *testing.T, p string) {},
		want: []string{"failed: DIR/missing.txt: unreadable: stat DIR/missing.txt: no such file or directory"},
		code: 1, articles: 1,
	},
	{
		name: "glob matching nothing", file: "*.xml",
		make: func(t *testing.T, p string) {},
		want: []string{"failed: DIR/*.xml: unreadable: no file matches this pattern"},
		code: 1, articles: 1,
	},
	{
		name: "other language is skipped, not failed", file: "berlin-de.txt",
		make: func(t *testing.T, p string) {
			writeFile(t, p, []byte("Der russische Präsident hat am Montag in Moskau den französischen Präsidenten empfangen, und die beiden sprachen über die Krise."))
		},
		want: []string{"skipped: DIR/berlin-de.txt: language: German (de): only French and English are extracted", "1 skipped (1 language)"},
		code: 0, articles: 1,
	},
	{
		name: "Windows-1252 is converted with a warning", file: "latin1.txt",
		make: func(t *testing.T, p string) {
			writeFile(t, p, []byte("Le ministre fran\xe7ais a re\xe7u lundi \xe0 Paris son homologue allemand \x96 \xab une rencontre utile \xbb."))
		},
		want: []string{"warning: DIR/latin1.txt: encoding: not UTF-8; decoded as Windows-1252 (Latin-1)"},
		code: 0, articles: 2,
	},
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeBig writes n bytes of repeated text.
func writeBig(t *testing.T, path string, n int, unit string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := []byte(strings.Repeat(unit, (1<<20)/len(unit)))
	for w := 0; w < n; w += len(chunk) {
		if _, err := f.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBadInputTable runs each bad input in a batch with the example article
// into a fresh embedded store.
func TestBadInputTable(t *testing.T) {
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range badInputs {
		t.Run(tc.name, func(t *testing.T) {
			if testing.Short() && strings.HasPrefix(tc.name, "200 MB") {
				t.Skip("writes 200 MB")
			}
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "good.txt"), data)
			bad := filepath.Join(dir, tc.file)
			tc.make(t, bad)
			store := "file://" + t.TempDir()
			start := time.Now()
			code, _, errs := runIngest(t, "--dgraph", store, "--published", "2021-02-08", filepath.Join(dir, "good.txt"), bad)
			if took := time.Since(start); took > time.Minute {
				t.Errorf("took %v", took)
			}
			if code != tc.code {
				t.Errorf("exit %d, want %d", code, tc.code)
			}
			for _, w := range tc.want {
				if w = strings.ReplaceAll(w, "DIR", dir); !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
			if st := storeStats(t, store); st.Articles != tc.articles {
				t.Errorf("articles in the graph = %d, want %d:\n%s", st.Articles, tc.articles, errs)
			}
		})
	}
}

// TestFormatsDryRun: a saved page, a JSON Lines batch and a Windows-1252
// text in one run; dates from the inputs win over --published.
func TestFormatsDryRun(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"page.html", "batch.jsonl", "cp1252.txt"} {
		b, err := os.ReadFile(filepath.Join("../../internal/source/testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, f), b)
	}
	code, out, errs := runIngest(t, "--dry-run", "--published", "2000-01-01", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 for the broken JSON line", code)
	}
	got := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r struct {
			Article struct{ Source, Published, Lang string }
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		got[strings.TrimPrefix(r.Article.Source, dir+"/")] = r.Article.Published + " " + r.Article.Lang
	}
	want := map[string]string{
		"batch.jsonl:1": "2022-02-21 fr", "batch.jsonl:2": "2022-01-21 en", "batch.jsonl:4": "2022-02-07 fr",
		"batch.jsonl:6": "2000-01-01 fr", "cp1252.txt": "2000-01-01 fr", "page.html": "2022-02-20 fr",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("records %v\nwant %v", got, want)
	}
	for _, w := range []string{
		"warning: " + dir + "/cp1252.txt: encoding: not UTF-8; decoded as Windows-1252 (Latin-1)",
		"failed: " + dir + "/batch.jsonl:3: malformed JSON",
		"3 files, 6 articles ok",
		"1 failed (1 malformed JSON)",
	} {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errs)
		}
	}
	// Without --published the undated ones are counted.
	_, _, errs = runIngest(t, "--dry-run", filepath.Join(dir, "cp1252.txt"))
	if !strings.Contains(errs, "1 articles have no date") {
		t.Errorf("no undated line:\n%s", errs)
	}
}

// TestStdinGzip pipes a gzipped article into "ingest -" as another process.
func TestStdinGzip(t *testing.T) {
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(data)
	zw.Close()
	cmd := exec.Command(os.Args[0], "--dry-run", "--published", "2021-02-08", "-")
	cmd.Env = append(os.Environ(), "NEWSGRAPH_TEST_AS_INGEST=1")
	cmd.Stdin = &gz
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v: %s", err, errb.String())
	}
	var r struct {
		Article  struct{ Source, Lang string }
		Entities []struct{ Name string }
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Article.Source != "-" || r.Article.Lang != "fr" || len(r.Entities) < 20 {
		t.Errorf("article %+v, %d entities", r.Article, len(r.Entities))
	}
}

// TestPageMetadataInGraph: a saved page's title, URL, date and by-line
// reach the article node, on every backend.
func TestPageMetadataInGraph(t *testing.T) {
	page := "../../internal/source/testdata/page.html"
	for _, b := range dgraphtest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			if b.Name != "embedded" {
				s := openStore(t, b.URI)
				s.DropAll(dgraphtest.Context(t))
				s.Close()
			}
			if code, _, errs := runIngest(t, "--dgraph", b.URI, page); code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			s := openStore(t, b.URI)
			defer s.Close()
			info, err := s.Article(dgraphtest.Context(t), page)
			if err != nil {
				t.Fatal(err)
			}
			if info.Author != "Claire Dubois" || info.Article.Published != "2022-02-20" || info.URL == "" || info.Article.Title == "" {
				t.Errorf("article %+v, url %q, author %q", info.Article, info.URL, info.Author)
			}
		})
	}
}
