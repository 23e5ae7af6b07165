package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/synth"
)

// faultCorpus writes n synthetic articles and returns their folder.
func faultCorpus(t *testing.T, n int) string {
	dir := t.TempDir()
	cfg := synth.Config{Seed: 11, Articles: n}
	for i := range n {
		_, _, text := synth.Article(cfg, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// reference is what one uninterrupted run puts in a graph.
func reference(t *testing.T, corpus string) kg.Stats {
	store := "file://" + t.TempDir()
	if code, _, errs := runIngest(t, "--dgraph", store, "--published", "2021-06-01", corpus); code != 0 {
		t.Fatalf("reference run: %s", errs)
	}
	return storeStats(t, store)
}

// interruptThenResume starts ingest, stops it with sig once some articles
// are in the graph, runs it again, and checks the graph is what one
// uninterrupted run makes.
func interruptThenResume(t *testing.T, sig syscall.Signal) {
	uri := dgraphtest.RequireServer(t)
	const n = 160
	corpus := faultCorpus(t, n)
	want := reference(t, corpus)
	s := openStore(t, uri)
	defer s.Close()
	ctx := dgraphtest.Context(t)
	if err := s.DropAll(ctx); err != nil {
		t.Fatal(err)
	}
	args := []string{"--dgraph", uri, "--published", "2021-06-01", "--batch", "4", "--loaders", "2", corpus}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "NEWSGRAPH_TEST_AS_INGEST=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Articles >= 12 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no articles loaded in 2 minutes: %s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(sig)
	err := cmd.Wait()
	partial, serr := s.Stats(ctx)
	if serr != nil {
		t.Fatal(serr)
	}
	t.Logf("after %v: %d of %d articles; %s", sig, partial.Articles, n, strings.TrimSpace(stderr.String()))
	if partial.Articles >= n {
		t.Fatalf("the run finished before the signal: the test proved nothing")
	}
	if sig == syscall.SIGINT {
		var exit *exec.ExitError
		if !(errors.As(err, &exit) && exit.ExitCode() == 1) || !strings.Contains(stderr.String(), "interrupted") {
			t.Errorf("after Ctrl-C: %v, stderr %q; want exit 1 and a word on resuming", err, stderr.String())
		}
	}
	code, _, errs := runIngest(t, args...)
	if code != 0 {
		t.Fatalf("resumed run: exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, fmt.Sprintf("loaded %d articles (%d already in the graph", n-partial.Articles, partial.Articles)) {
		t.Errorf("resumed run: %s; want it to load the %d missing articles and skip %d", errs, n-partial.Articles, partial.Articles)
	}
	got, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("graph after resuming = %+v\nwant (one uninterrupted run) %+v", got, want)
	}
	js, err := s.Query(ctx, `{ e(func: type(Entity), first: 100000) { entity.key } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var keys struct {
		E []struct {
			Key string `json:"entity.key"`
		} `json:"e"`
	}
	json.Unmarshal(js, &keys)
	seen := map[string]bool{}
	for _, e := range keys.E {
		if seen[e.Key] {
			t.Errorf("entity %s twice", e.Key)
		}
		seen[e.Key] = true
	}
}

func TestCtrlCThenResume(t *testing.T) { interruptThenResume(t, syscall.SIGINT) }

func TestKilledThenResume(t *testing.T) { interruptThenResume(t, syscall.SIGKILL) }

// TestServerDownEndsTheRun: a server that goes away and stays away ends the
// run, after --patience, with an error that names what was not loaded.
func TestServerDownEndsTheRun(t *testing.T) {
	srv := dgraphtest.StartServer(t)
	corpus := faultCorpus(t, 160)
	s := openStore(t, srv.URI)
	ctx := dgraphtest.Context(t)
	cmd := exec.Command(os.Args[0], "--dgraph", srv.URI, "--published", "2021-06-01",
		"--batch", "4", "--loaders", "1", "--patience", "3s", corpus)
	cmd.Env = append(os.Environ(), "NEWSGRAPH_TEST_AS_INGEST=1")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(20 * time.Millisecond) {
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Articles >= 8 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no articles loaded in 2 minutes: %s", stderr.String())
		}
	}
	s.Close()
	srv.Stop(t)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Fatalf("ingest still running 2 minutes after the server stopped: %s", stderr.String())
	}
	var exit *exec.ExitError
	msg := stderr.String()
	if !errors.As(err, &exit) || exit.ExitCode() != 1 ||
		!strings.Contains(msg, "gave up after") || !strings.Contains(msg, "not loaded:") || !strings.Contains(msg, ".txt") {
		t.Errorf("exit %v, stderr:\n%s\nwant exit 1, the cause, and the articles not loaded", err, msg)
	}
	t.Logf("%s", msg)
}

// boom extracts with the real extractor, and panics on articles that say
// "BOOM", as a bug in one of its stages would.
type boom struct{ x ingest.Extractor }

func (b boom) Extract(a kg.Article, text string) kg.Record {
	if strings.Contains(text, "BOOM") {
		var words []string
		_ = words[strings.Count(text, " ")]
	}
	return b.x.Extract(a, text)
}

// TestPanickingArticle: in a batch where one article makes extraction
// panic, the run finishes, loads the others, names the article with the
// frame that panicked, exits 1; a second run loads nothing twice.
func TestPanickingArticle(t *testing.T) {
	corpus := faultCorpus(t, 12)
	bad := filepath.Join(corpus, "a0005.txt")
	text, err := os.ReadFile(bad)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, append(text, " BOOM"...), 0o644); err != nil {
		t.Fatal(err)
	}
	e := processEnv()
	real := e.newExtractor
	e.newExtractor = func(o extract.Options) (ingest.Extractor, error) {
		x, err := real(o)
		return boom{x}, err
	}
	stores := map[string]string{"embedded": "file://" + t.TempDir()}
	if uri := os.Getenv("NEWSGRAPH_TEST_DGRAPH"); uri != "" {
		stores["server"] = uri
	}
	for name, uri := range stores {
		t.Run(name, func(t *testing.T) {
			if name == "server" {
				s := openStore(t, uri)
				if err := s.DropAll(dgraphtest.Context(t)); err != nil {
					t.Fatal(err)
				}
				s.Close()
			}
			args := []string{"--dgraph", uri, "--published", "2021-06-01", "--batch", "4", corpus}
			var out, errb strings.Builder
			code := runIn(dgraphtest.Context(t), e, args, &out, &errb)
			msg := errb.String()
			if code != 1 {
				t.Errorf("exit %d, want 1: %s", code, msg)
			}
			if !strings.Contains(msg, "a0005.txt: internal error: panic: runtime error: index out of range") ||
				!strings.Contains(msg, "cmd/ingest/fault_test.go:") || !strings.Contains(msg, "1 failed (1 internal error)") {
				t.Errorf("stderr does not name the article, the panic and its frame:\n%s", msg)
			}
			if !strings.Contains(msg, "loaded 11 articles (0 already in the graph)") {
				t.Errorf("want the 11 other articles loaded:\n%s", msg)
			}
			first := storeStats(t, uri)
			if first.Articles != 11 {
				t.Errorf("%d articles in the graph, want 11", first.Articles)
			}
			errb.Reset()
			code = runIn(dgraphtest.Context(t), e, args, &out, &errb)
			if code != 1 || !strings.Contains(errb.String(), "loaded 0 articles (11 already in the graph)") {
				t.Errorf("rerun: exit %d: %s; want 1 and nothing loaded again", code, errb.String())
			}
			if again := storeStats(t, uri); again != first {
				t.Errorf("graph after the rerun = %+v, want %+v", again, first)
			}
		})
	}
}
