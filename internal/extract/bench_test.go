package extract

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/datasets"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/source"
)

// BenchmarkExtract measures words per second on the golden texts joined
// into one seed-sized article.
// BenchmarkExtract is the extraction of French news text; its
// every-sentence case parses every sentence, the baseline of the
// selection of the sentences worth a tree (relations.WorthATree).
func BenchmarkExtract(b *testing.B) {
	benchmarkExtract(b, false, "testdata/macron-scholz.txt", "testdata/cij-iran.txt", "testdata/tunis-visite.txt")
}

func BenchmarkExtractEverySentence(b *testing.B) {
	benchmarkExtract(b, true, "testdata/macron-scholz.txt", "testdata/cij-iran.txt", "testdata/tunis-visite.txt")
}

// BenchmarkExtractEnglish is the same on English texts of about the same
// length, prose's model loaded before the clock starts (it loads once,
// with the first English article).
func BenchmarkExtractEnglish(b *testing.B) {
	benchmarkExtract(b, false, "../relations/testdata/audit-en/a03-putin.txt", "../relations/testdata/audit-en/a04-sanctions.txt",
		"../relations/testdata/audit-en/a05-nato.txt", "../relations/testdata/audit-en/a06-accord.txt")
}

func benchmarkExtract(b *testing.B, parseAll bool, paths ...string) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	x.parseAll = parseAll
	var sb strings.Builder
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
		sb.WriteByte('\n')
	}
	text := sb.String()
	words := len(strings.Fields(text))
	a := kg.Article{Source: "bench.txt", Published: "2022-07-07"}
	b.SetBytes(int64(len(text)))
	x.Extract(a, text)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(a, text)
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkExtractCorpus extracts 300 real articles of the OrangeSum
// corpus (every 100th), one after another on one core: news as it comes,
// where many sentences name no one. Its every-sentence case is the
// baseline of the selection of the sentences worth a tree.
func BenchmarkExtractCorpus(b *testing.B) {
	benchmarkCorpus(b, false)
}

func BenchmarkExtractCorpusEverySentence(b *testing.B) {
	benchmarkCorpus(b, true)
}

func benchmarkCorpus(b *testing.B, parseAll bool) {
	path := datasets.Require(b, datasets.Corpus)
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	x.parseAll = parseAll
	var docs []*source.Doc
	words, i := 0, 0
	in := source.Reader{}
	for it := range in.Items(context.Background(), path) {
		if it.Err != nil {
			b.Fatal(it.Err)
		}
		if i++; i%100 != 0 {
			continue
		}
		docs = append(docs, it.Doc)
		words += len(strings.Fields(it.Doc.Text))
		if len(docs) == 300 {
			break
		}
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			x.Extract(d.Article, d.Text)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
