package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/ingest"
)

func TestProgressLine(t *testing.T) {
	p := &ingest.Progress{}
	p.Files.Store(100)
	p.Read.Store(30)
	p.Articles.Store(20)
	p.Facts.Store(200)
	var b bytes.Buffer
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() { showProgress(&b, p, stop); close(done) }()
	time.Sleep(700 * time.Millisecond)
	close(stop)
	<-done
	out := b.String()
	for _, want := range []string{"30 articles extracted, 20 loaded", "articles/s", "facts/s", "left of 100 files", "\r\033[K"} {
		if !strings.Contains(out, want) {
			t.Errorf("progress %q lacks %q", out, want)
		}
	}
}

func TestNoProgressUnlessTerminal(t *testing.T) {
	if isTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a file is a terminal")
	}
}
