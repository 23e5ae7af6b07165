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
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for _, p := range []string{"testdata/macron-scholz.txt", "testdata/cij-iran.txt", "testdata/tunis-visite.txt"} {
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
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(a, text)
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
