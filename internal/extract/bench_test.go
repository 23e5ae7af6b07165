package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// BenchmarkExtract measures words per second on the golden texts joined
// into one seed-sized article.
func BenchmarkExtract(b *testing.B) {
	benchmarkExtract(b, "testdata/macron-scholz.txt", "testdata/cij-iran.txt", "testdata/tunis-visite.txt")
}

// BenchmarkExtractEnglish is the same on English texts of about the same
// length, prose's model loaded before the clock starts (it loads once,
// with the first English article).
func BenchmarkExtractEnglish(b *testing.B) {
	benchmarkExtract(b, "../relations/testdata/audit-en/a03-putin.txt", "../relations/testdata/audit-en/a04-sanctions.txt",
		"../relations/testdata/audit-en/a05-nato.txt", "../relations/testdata/audit-en/a06-accord.txt")
}

func benchmarkExtract(b *testing.B, paths ...string) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
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
