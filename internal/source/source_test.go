package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// collect reads one input and sorts what came out.
func collect(t testing.TB, r *Reader, path string) (docs []Doc, errs, warns []Error) {
	t.Helper()
	for it := range r.Items(context.Background(), path) {
		it = it.Resolve()
		switch {
		case it.Doc != nil:
			docs = append(docs, *it.Doc)
		case it.Err != nil:
			errs = append(errs, *it.Err)
		case it.Warning != nil:
			warns = append(warns, *it.Warning)
		}
	}
	return docs, errs, warns
}

func TestSavedNewsPage(t *testing.T) {
	docs, errs, _ := collect(t, &Reader{}, "testdata/page.html")
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("docs %d, errs %v", len(docs), errs)
	}
	d := docs[0]
	want := "https://www.lequotidien.example/international/2022/02/20/poutine-macron-telephone_123.html"
	if d.Article.URL != want || d.Article.ID != want {
		t.Errorf("url %q id %q, want %q", d.Article.URL, d.Article.ID, want)
	}
	if d.Article.Title != "Poutine et Macron se sont parlé au téléphone" || d.Article.Published != "2022-02-20" ||
		d.Article.Author != "Claire Dubois" || d.Article.Lang != "fr" || d.Article.Source != "testdata/page.html" {
		t.Errorf("article %+v, author %q", d.Article, d.Article.Author)
	}
	for _, keep := range []string{"Poutine et Macron se sont parlé au téléphone\n\n", "Le président français Emmanuel Macron s’est entretenu dimanche", "Antony Blinken à Bruxelles"} {
		if !strings.Contains(d.Text, keep) {
			t.Errorf("text lacks %q:\n%s", keep, d.Text)
		}
	}
	for _, noise := range []string{"Accueil", "Publicité", "crédit immobilier", "Tous droits réservés", "Partager sur", "lettre d’information", "dataLayer", "display:block"} {
		if strings.Contains(d.Text, noise) {
			t.Errorf("text keeps page noise %q:\n%s", noise, d.Text)
		}
	}
	// Paragraphs stay apart, so sentences do not run into each other.
	if !strings.Contains(d.Text, "communiqué.\n") {
		t.Errorf("paragraphs run together:\n%s", d.Text)
	}
}

func TestPageMetadataFallbacks(t *testing.T) {
	for _, tc := range []struct {
		name, head, body  string
		url, date, author string
	}{
		{"time element", ``, `<p>Par X</p><time datetime="2021-02-08T10:00:00Z">lundi</time>`, "", "2021-02-08", ""},
		{"jsonld graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"url":"https://a.example/x","datePublished":"2020-05-01","author":{"name":"Jo"}}]}</script>`, ``, "https://a.example/x", "2020-05-01", "Jo"},
		{"relative canonical ignored", `<link rel="canonical" href="/x.html"><meta name="date" content="2019-12-31">`, ``, "", "2019-12-31", ""},
		{"broken jsonld ignored", `<script type="application/ld+json">{"@type": "NewsArticle", </script><meta property="og:url" content="https://b.example/y">`, ``, "https://b.example/y", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := "<html><head>" + tc.head + "</head><body><article>" + tc.body +
				"<p>Le ministre des Affaires étrangères a rencontré son homologue allemand à Berlin pour une longue discussion sur la situation.</p></article></body></html>"
			d, err := readHTML("p.html", page)
			if err != nil {
				t.Fatal(err)
			}
			if d.Article.URL != tc.url || d.Article.Published != tc.date || d.Article.Author != tc.author {
				t.Errorf("url %q date %q author %q; want %q %q %q", d.Article.URL, d.Article.Published, d.Article.Author, tc.url, tc.date, tc.author)
			}
		})
	}
}

func TestJSONLinesBatchWithBrokenLine(t *testing.T) {
	docs, errs, _ := collect(t, &Reader{}, "testdata/batch.jsonl")
	if len(errs) != 1 || errs[0].Line != 3 || errs[0].Reason != ReasonMalformed ||
		!strings.HasPrefix(errs[0].Error(), "testdata/batch.jsonl:3: malformed JSON: ") {
		t.Errorf("errs = %v, want one malformed JSON on line 3", errs)
	}
	type want struct{ source, id, title, published, lang string }
	wants := []want{
		{"testdata/batch.jsonl:1", "afp-001", "Macron et Scholz à Berlin", "2022-02-21", "fr"},
		{"testdata/batch.jsonl:2", "afp-002", "Blinken meets Lavrov", "2022-01-21", ""},
		{"testdata/batch.jsonl:4", "https://news.example/fr/004", "Le Drian à Kiev", "2022-02-07", ""},
		{"testdata/batch.jsonl:6", "afp-005", "Sans date", "", ""},
	}
	if len(docs) != len(wants) {
		t.Fatalf("%d docs, want %d", len(docs), len(wants))
	}
	for i, w := range wants {
		a := docs[i].Article
		if got := (want{a.Source, a.ID, a.Title, a.Published, a.Lang}); got != w {
			t.Errorf("doc %d = %+v, want %+v", i, got, w)
		}
	}
	if !strings.Contains(docs[2].Text, "Volodymyr Zelensky") || strings.Contains(docs[2].Text, "<p>") {
		t.Errorf("html record text = %q", docs[2].Text)
	}
}

func TestJSONArray(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "feed.json")
	os.WriteFile(path, []byte(`[
  {"id": "a", "text": "Le président a parlé lundi avec son homologue."},
  {"id": "b", "title": 7, "text": "x"},
  {"id": "c"},
  {"id": "d", "published": "hier", "text": "Le ministre est arrivé."},
  {"id": "e", "text": "Le ministre est reparti mardi soir."}
]`), 0o644)
	docs, errs, _ := collect(t, &Reader{}, path)
	if len(docs) != 2 || docs[0].Article.ID != "a" || docs[1].Article.ID != "e" || docs[1].Article.Source != path+":6" {
		t.Errorf("docs = %+v", docs)
	}
	got := []string{}
	for _, e := range errs {
		got = append(got, strings.TrimPrefix(e.Error(), path))
	}
	want := []string{
		":3: invalid record: json: cannot unmarshal number into Go struct field record.title of type string",
		`:4: invalid record: no "text" or "html" field`,
		`:5: invalid record: published "hier" is not a date (want YYYY-MM-DD or RFC 3339)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMalformedJSONArrayStopsWithLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feed.json")
	os.WriteFile(path, []byte("[\n{\"id\": \"a\", \"text\": \"Le ministre est arrivé lundi à Kiev.\"},\n{\"id\": \"b\" \"text\": \"\"}\n]"), 0o644)
	docs, errs, _ := collect(t, &Reader{}, path)
	if len(docs) != 1 || len(errs) != 1 || errs[0].Line != 3 || errs[0].Reason != ReasonMalformed || !strings.Contains(errs[0].Error(), "the rest of the file is not read") {
		t.Errorf("docs %d, errs %v", len(docs), errs)
	}
}

func TestEncodings(t *testing.T) {
	want, err := os.ReadFile("testdata/bom.txt")
	if err != nil {
		t.Fatal(err)
	}
	wantText := string(want[3:])
	for _, tc := range []struct {
		path, warning string
	}{
		{"testdata/bom.txt", ""},
		{"testdata/utf16.txt", ""},
		{"testdata/cp1252.txt", "testdata/cp1252.txt: encoding: not UTF-8; decoded as Windows-1252 (Latin-1)"},
	} {
		docs, errs, warns := collect(t, &Reader{}, tc.path)
		if len(errs) > 0 || len(docs) != 1 {
			t.Fatalf("%s: docs %d errs %v", tc.path, len(docs), errs)
		}
		if docs[0].Text != wantText {
			t.Errorf("%s: text = %q, want %q", tc.path, docs[0].Text, wantText)
		}
		if docs[0].Article.Title != "Poutine reçoit Macron à Moscou" {
			t.Errorf("%s: title = %q", tc.path, docs[0].Article.Title)
		}
		var got string
		if len(warns) > 0 {
			got = warns[0].Error()
		}
		if got != tc.warning || len(warns) > 1 {
			t.Errorf("%s: warnings %v, want %q", tc.path, warns, tc.warning)
		}
	}
}

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		in, out, enc, err string
	}{
		{"plain", "plain", "", ""},
		{"\xef\xbb\xbfbom", "bom", "", ""},
		{"caf\xe9 \x80 \x92", "café € ’", "Windows-1252 (Latin-1)", ""},
		{"ok\ncaf\xe9\n", "ok\ncafé\n", "Windows-1252 (Latin-1)", ""},
		{"\xff\xfeh\x00i\x00", "hi", "", ""},
		{"\xfe\xff\x00h\x00i", "hi", "", ""},
		{"a\x01b", "", "", "binary data (byte 0x01 on line 1), not an article"},
		{"a\nb\x81c", "", "", "binary data (bytes that are neither UTF-8 nor Windows-1252 on line 2), not an article"},
	} {
		out, enc, err := Decode([]byte(tc.in))
		var es string
		if err != nil {
			es = err.Error()
		}
		if out != tc.out || enc != tc.enc || es != tc.err {
			t.Errorf("Decode(%q) = %q, %q, %q; want %q, %q, %q", tc.in, out, enc, es, tc.out, tc.enc, tc.err)
		}
	}
}

func TestFormatDetection(t *testing.T) {
	for _, tc := range []struct {
		name, content string
		format        Format
	}{
		{"a.txt", "Titre\n\nTexte.", Text},
		{"a", "<!DOCTYPE html><html>", HTML},
		{"a.txt", "<html><body>", HTML},
		{"a.html", "whatever", HTML},
		{"a.jsonl", "[", JSONL},
		{"a.json", "[{}]", JSON},
		{"a.json", "{}\n{}", JSONL},
		{"a", "  [{}]", JSON},
		{"a", "{\"text\": 1}", JSONL},
		{"a.txt", "[citation] Le ministre", Text},
	} {
		in := &input{name: tc.name, br: bufioReader(tc.content)}
		if got := in.detect(filepath.Ext(tc.name)); got != tc.format {
			t.Errorf("detect(%s, %q) = %s, want %s", tc.name, tc.content, got, tc.format)
		}
	}
}

func TestGzipAndStdin(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("{\"id\":\"a\",\"text\":\"Le ministre est arrivé lundi.\"}\n{\"id\":\"b\",\"text\":\"Le ministre est reparti mardi.\"}\n"))
	zw.Close()
	dir := t.TempDir()
	path := filepath.Join(dir, "feed.jsonl.gz")
	os.WriteFile(path, gz.Bytes(), 0o644)
	docs, errs, _ := collect(t, &Reader{}, path)
	if len(docs) != 2 || len(errs) != 0 || docs[1].Article.Source != path+":2" {
		t.Errorf("gzip: docs %+v errs %v", docs, errs)
	}
	// Truncated: the first record survives, then the failure is named.
	cut := filepath.Join(dir, "cut.jsonl.gz")
	os.WriteFile(cut, gz.Bytes()[:gz.Len()-12], 0o644)
	docs, errs, _ = collect(t, &Reader{}, cut)
	if len(errs) != 1 || errs[0].Reason != ReasonTruncated || !strings.Contains(errs[0].Error(), "ends early") {
		t.Errorf("truncated: docs %d errs %v", len(docs), errs)
	}
	docs, errs, _ = collect(t, &Reader{Stdin: strings.NewReader("Titre\n\nLe ministre est arrivé lundi.")}, "-")
	if len(docs) != 1 || len(errs) != 0 || docs[0].Article.Source != "-" || docs[0].Article.Title != "Titre" {
		t.Errorf("stdin: docs %+v errs %v", docs, errs)
	}
	_, errs, _ = collect(t, &Reader{}, "-")
	if len(errs) != 1 || errs[0].Reason != ReasonUnreadable {
		t.Errorf("no stdin: %v", errs)
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"b/2.txt", "b/1.txt", "a.txt", ".hidden/x.txt", "b/.y.txt", "c.html"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte("x"), 0o644)
	}
	files, errs := Expand([]string{dir, filepath.Join(dir, "*.html"), "-", filepath.Join(dir, "*.pdf"), filepath.Join(dir, "missing.txt")})
	var rel []string
	for _, f := range files {
		r, _ := filepath.Rel(dir, f)
		if f == "-" {
			r = "-"
		}
		rel = append(rel, r)
	}
	if got, want := strings.Join(rel, " "), "a.txt b/1.txt b/2.txt c.html c.html -"; got != want {
		t.Errorf("files = %s, want %s", got, want)
	}
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "*.pdf: unreadable: no file matches this pattern") || !strings.Contains(errs[1].Error(), "missing.txt: unreadable") {
		t.Errorf("errs = %v", errs)
	}
}

// TestDeferredReadsTheSame: a reader that leaves parsing to Resolve gives
// the same items.
func TestDeferredReadsTheSame(t *testing.T) {
	dir := t.TempDir()
	arr := filepath.Join(dir, "a.json")
	os.WriteFile(arr, []byte(`[{"id":"a","text":"Le ministre est arrivé."},{"id":"b"}]`), 0o644)
	for _, path := range []string{"testdata/page.html", "testdata/batch.jsonl", "testdata/cp1252.txt", arr} {
		d1, e1, w1 := collect(t, &Reader{}, path)
		d2, e2, w2 := collect(t, &Reader{Defer: true}, path)
		if fmt.Sprint(d1, e1, w1) != fmt.Sprint(d2, e2, w2) || len(d1)+len(e1) == 0 {
			t.Errorf("%s: deferred read differs:\n%v %v %v\n%v %v %v", path, d1, e1, w1, d2, e2, w2)
		}
	}
}

// TestDeclaredCharset: a page is read in the encoding its <meta> declares,
// not guessed line by line: ISO-8859-15's "œ" and "€" are not
// Windows-1252's "½" and "¤", and a declared Windows-1252 page is no
// encoding warning.
func TestDeclaredCharset(t *testing.T) {
	for _, tc := range []struct {
		path string
		want []string
	}{
		{"testdata/page-latin9.html", []string{"aux œuvres de la Renaissance", "près de 6 € par visiteur", "« le cœur battant »"}},
		{"testdata/page-cp1252.html", []string{"Putin’s envoy meets Blinken", "“We are on a clear path,” Blinken", "about €2 million", "Lavrov in Genève"}},
	} {
		docs, errs, warns := collect(t, &Reader{}, tc.path)
		if len(errs) > 0 || len(warns) > 0 || len(docs) != 1 {
			t.Fatalf("%s: docs %d, errs %v, warnings %v", tc.path, len(docs), errs, warns)
		}
		for _, w := range tc.want {
			if !strings.Contains(docs[0].Text, w) {
				t.Errorf("%s: text lacks %q:\n%s", tc.path, w, docs[0].Text)
			}
		}
	}
}

func TestDeclaredCharsetHead(t *testing.T) {
	for _, tc := range []struct{ head, want string }{
		{`<html><head><meta charset="windows-1252"><title>x</title>`, "windows-1252"},
		{`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-15">`, "iso-8859-15"},
		{`<meta content="text/html;charset=koi8-r" http-equiv="content-type">`, "koi8-r"},
		{`<meta charset=latin1>`, "windows-1252"}, // as browsers read it
		{`<meta charset="utf-8">`, ""},
		{`<meta charset="UTF-16">`, ""}, // a page cannot be UTF-16 by its own word
		{`<meta charset="no-such-thing">`, ""},
		{`<html><head><title>none</title>`, ""},
		{"\xef\xbb\xbf<meta charset=\"windows-1252\">", ""}, // the byte-order mark wins
	} {
		_, got := declaredCharset([]byte(tc.head))
		if got != tc.want {
			t.Errorf("declaredCharset(%q) = %q, want %q", tc.head, got, tc.want)
		}
	}
}
