package extract

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/internal/datasets"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/source"
)

// TestSelectedTreesSameRecords checks that parsing only the sentences
// worth a tree changes no record: on every French test text and on 1,000
// corpus articles (every 36th), the record is the one every sentence
// parsed gives.
func TestSelectedTreesSameRecords(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	all := *x
	all.parseAll = true
	same := func(name string, a kg.Article, text string) {
		t.Helper()
		got, want := x.Extract(a, text), all.Extract(a, text)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the record differs when only the selected sentences are parsed:\n got %d relations %+v\nwant %d relations %+v",
				name, len(got.Relations), got.Relations, len(want.Relations), want.Relations)
		}
	}
	paths, _ := filepath.Glob("testdata/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		same(p, kg.Article{Source: p, Published: "2022-07-07"}, string(b))
	}
	if testing.Short() {
		return
	}
	path := datasets.Require(t, datasets.Corpus)
	n, i := 0, 0
	in := source.Reader{}
	for it := range in.Items(context.Background(), path) {
		if it.Err != nil {
			t.Fatalf("reading the corpus: %v", it.Err)
		}
		if i++; i%36 != 0 {
			continue
		}
		same(it.Doc.Article.Source, it.Doc.Article, it.Doc.Text)
		if n++; n == 1000 {
			break
		}
	}
	if n < 1000 {
		t.Errorf("compared %d corpus articles, want 1,000", n)
	}
}
