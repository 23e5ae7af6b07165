package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkItems reads one input and checks what any reader must keep: every
// item is one thing, articles are valid UTF-8 with an id, and errors name
// the input.
func checkItems(t *testing.T, r *Reader, name string, data []byte) {
	for it := range r.ReadFrom(context.Background(), name, bytes.NewReader(data)) {
		n := 0
		if it.Doc != nil {
			n++
			if !utf8.ValidString(it.Doc.Text) || !utf8.ValidString(it.Doc.Article.Title) {
				t.Fatalf("invalid UTF-8 in %+v", it.Doc.Article)
			}
			if it.Doc.Article.ID == "" || it.Doc.Text == "" {
				t.Fatalf("article without id or text: %+v", it.Doc.Article)
			}
			if p := it.Doc.Article.Published; p != "" && len(p) != 10 {
				t.Fatalf("published %q", p)
			}
		}
		for _, e := range []*Error{it.Err, it.Warning} {
			if e != nil {
				n++
				if !strings.HasPrefix(e.Path, name) || e.Reason == "" || e.Err == nil {
					t.Fatalf("error %+v", e)
				}
			}
		}
		if n != 1 {
			t.Fatalf("item with %d things set: %+v", n, it)
		}
	}
}

func seed(f *testing.F, paths ...string) {
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzDecode(f *testing.F) {
	seed(f, "testdata/cp1252.txt", "testdata/utf16.txt", "testdata/bom.txt")
	f.Add([]byte("a\x00b"))
	f.Add([]byte("\xfe\xff\x00a\xd8"))
	f.Fuzz(func(t *testing.T, b []byte) {
		out, enc, err := Decode(b)
		if err != nil {
			return
		}
		if !utf8.ValidString(out) {
			t.Fatalf("Decode(%q) = %q, not UTF-8", b, out)
		}
		if utf8.Valid(b) && !bytes.HasPrefix(b, []byte{0xef, 0xbb, 0xbf}) && !bytes.HasPrefix(b, []byte{0xff, 0xfe}) && !bytes.HasPrefix(b, []byte{0xfe, 0xff}) && (out != string(b) || enc != "") {
			t.Fatalf("Decode changed UTF-8 %q to %q (%s)", b, out, enc)
		}
	})
}

func FuzzHTML(f *testing.F) {
	seed(f, "testdata/page.html")
	f.Add([]byte(`<html><head><script type="application/ld+json">[{"@type":["NewsArticle"],"author":[{"name":1},"x"],"datePublished":"2020-01-0"}]</script></head><body><p>a b c.</p>`))
	f.Add([]byte(`<time datetime="Mon, 2 Jan 2006 15:04:05 -0700"><meta property="og:url" content="http://[::1">`))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkItems(t, &Reader{Format: HTML}, "page.html", b)
	})
}

func FuzzJSONLines(f *testing.F) {
	seed(f, "testdata/batch.jsonl")
	f.Add([]byte("{\"text\":\"a\"}\n\n{\"html\":\"<p>b c d</p>\",\"published\":\"2020-02-30\"}\r\n{"))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkItems(t, &Reader{Format: JSONL, MaxArticle: 1 << 10}, "batch.jsonl", b)
	})
}

func FuzzJSONArray(f *testing.F) {
	f.Add([]byte(`[{"id":"a","text":"b"},{"title":7},{"html":"<p>x</p>"}]`))
	f.Add([]byte(`{"text":"a"} {"text":"b"}`))
	f.Add([]byte("[\n1,\n\"x\",\n{}]"))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkItems(t, &Reader{Format: JSON, MaxArticle: 1 << 10}, "feed.json", b)
	})
}

// FuzzAuto reads anything as the command would, gzip included.
func FuzzAuto(f *testing.F) {
	seed(f, "testdata/page.html", "testdata/batch.jsonl", "testdata/cp1252.txt", "testdata/utf16.txt")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("{\"text\":\"Le ministre est arrivé.\"}\n"))
	zw.Close()
	f.Add(gz.Bytes())
	f.Add(gz.Bytes()[:gz.Len()-5])
	f.Fuzz(func(t *testing.T, b []byte) {
		checkItems(t, &Reader{MaxArticle: 4 << 10}, "input", b)
	})
}
