package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
	"github.com/newsgraph/newsgraph/internal/synth"
)

// BenchmarkIngest runs ingest as its own process on synthetic French news
// (internal/synth) and reports articles and N-Quads per second and the
// process's peak RSS, into the embedded store and into a fresh server, and
// extraction alone (--dry-run). NEWSGRAPH_BENCH_SIZES (default "1000")
// lists corpus sizes, e.g. "1000,10000,100000" to see how time and memory
// grow.
//
//	make bench PKGS=./cmd/ingest
func BenchmarkIngest(b *testing.B) {
	sizes := []int{1000}
	if env := os.Getenv("NEWSGRAPH_BENCH_SIZES"); env != "" {
		sizes = nil
		for _, f := range strings.Split(env, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n <= 0 {
				b.Fatalf("NEWSGRAPH_BENCH_SIZES: %q is not a size", f)
			}
			sizes = append(sizes, n)
		}
	}
	for _, n := range sizes {
		corpus := writeCorpus(b, n)
		b.Run(fmt.Sprintf("dry-run/%d", n), func(b *testing.B) {
			for b.Loop() {
				ingestProcess(b, n, "--dry-run", corpus)
			}
		})
		b.Run(fmt.Sprintf("embedded/%d", n), func(b *testing.B) {
			for b.Loop() {
				ingestProcess(b, n, "--dgraph", "file://"+b.TempDir(), corpus)
			}
		})
		b.Run(fmt.Sprintf("server/%d", n), func(b *testing.B) {
			for b.Loop() {
				srv := dgraphtest.StartServer(b)
				ingestProcess(b, n, "--dgraph", srv.URI, corpus)
			}
		})
	}
}

func writeCorpus(b *testing.B, n int) string {
	dir := b.TempDir()
	cfg := synth.Config{Seed: 1, Articles: n}
	for i := range n {
		_, published, text := synth.Article(cfg, i)
		// Folders of a thousand, as archives are laid out.
		sub := filepath.Join(dir, published[:7], fmt.Sprintf("%03d", i/1000))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%06d.txt", i)), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

var nquadsDone = regexp.MustCompile(`(\d+) N-Quads`)

// ingestProcess runs this test binary as ingest and reports its figures.
func ingestProcess(b *testing.B, articles int, args ...string) {
	cmd := exec.Command(os.Args[0], append([]string{"--published", "2021-06-01"}, args...)...)
	cmd.Env = append(os.Environ(), "NEWSGRAPH_TEST_AS_INGEST=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		b.Fatalf("ingest %v: %v\n%s", args, err, stderr.String())
	}
	el := time.Since(start)
	b.ReportMetric(float64(articles)/el.Seconds(), "articles/s")
	if m := nquadsDone.FindStringSubmatch(stderr.String()); m != nil {
		n, _ := strconv.Atoi(m[1])
		b.ReportMetric(float64(n)/el.Seconds(), "nquads/s")
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-MB")
	}
	b.ReportMetric(0, "ns/op") // one ingest per run; the metrics above say it
}
