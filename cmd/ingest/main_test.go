package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
	"github.com/newsgraph/newsgraph/internal/kg"
)

const example = "../../examples/ashkenazi-blinken.txt"

// TestMain lets the tests run this binary as other processes: as ingest
// itself, or as a process that holds an embedded store open.
func TestMain(m *testing.M) {
	dgraphtest.ChildLogs()
	switch {
	case os.Getenv("NEWSGRAPH_TEST_AS_INGEST") != "":
		os.Exit(process(os.Args[1:]))
	case os.Getenv("NEWSGRAPH_TEST_HOLD") != "":
		s, err := dgraph.Open(context.Background(), os.Getenv("NEWSGRAPH_TEST_HOLD"))
		if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		fmt.Println("ready")
		bufio.NewReader(os.Stdin).ReadString('\n') // until the test closes stdin
		s.Close()
		os.Exit(0)
	}
	os.Exit(dgraphtest.Main(m))
}

func runIngest(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(dgraphtest.Context(t), args, &out, &errb)
	return code, out.String(), errb.String()
}

func openStore(t *testing.T, uri string) *dgraph.Store {
	t.Helper()
	s, err := dgraph.Open(dgraphtest.Context(t), uri)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// storeStats opens the store, counts, and closes it again, as the embedded
// engine allows one holder at a time.
func storeStats(t *testing.T, uri string) kg.Stats {
	t.Helper()
	s := openStore(t, uri)
	defer s.Close()
	st, err := s.Stats(dgraphtest.Context(t))
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestDryRunPrintsRecord(t *testing.T) {
	code, out, errs := runIngest(t, "--dry-run", "--published", "2021-02-08", example)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d records, want 1", len(lines))
	}
	var r kg.Record
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil {
		t.Fatal(err)
	}
	if r.Article.Source != example || r.Article.Published != "2021-02-08" || r.Article.Lang != "fr" || !strings.HasPrefix(r.Article.ID, "sha256:") {
		t.Errorf("article = %+v", r.Article)
	}
	names := map[string]string{}
	for _, e := range r.Entities {
		names[e.ID] = e.Name
	}
	found := false
	for _, rel := range r.Relations {
		if names[rel.Subject] == "Gabi Ashkenazi" && names[rel.Object] == "Antony Blinken" &&
			rel.Predicate == "spoke_with" && rel.Date == "2021-02-08" && rel.Evidence != "" && rel.Confidence > 0 {
			found = true
		}
	}
	if !found {
		t.Errorf("no dated spoke_with from Ashkenazi to Blinken in %s", out)
	}
	if !strings.Contains(errs, "1 articles") {
		t.Errorf("summary = %q", errs)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "no input"},
		{[]string{"--published", "8/2/2021", example}, "not a YYYY-MM-DD date"},
		{[]string{"--dry-run", "--records", example}, "do not go together"},
		{[]string{"--bogus", example}, "ingest: unknown flag --bogus (run ingest --help for its flags)\n"},
		{[]string{"--format", "xml", example}, `--format: unknown format "xml": want auto, text, html, jsonl or json`},
		{[]string{"--max-article", "0", example}, "--max-article 0: give a size in MiB above 0"},
	} {
		code, _, errs := runIngest(t, tc.args...)
		if code != 2 || !strings.Contains(errs, tc.want) {
			t.Errorf("ingest %q = %d, %q; want 2 and %q", tc.args, code, errs, tc.want)
		}
		if n := strings.Count(errs, "\n"); n != 1 {
			t.Errorf("ingest %q: %d lines on stderr, want one: %q", tc.args, n, errs)
		}
	}
}

// TestHelpAndNothingLoaded: "ingest help" is a request for help, not a
// file; it opens no store. A run that loads nothing leaves the summaries
// alone instead of summarising the last run's entities again.
func TestHelpAndNothingLoaded(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "store")
	code, out, errs := runIngest(t, "--dgraph", "file://"+dir, "help")
	if code != 0 || !strings.HasPrefix(out, "usage: ingest [flags] PATH...") || errs != "" {
		t.Errorf("ingest help = %d, stdout %q, stderr %q; want 0 and the usage on stdout", code, clip(out), errs)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("ingest help opened a store in %s", dir)
	}
	code, _, errs = runIngest(t, "--dgraph", "file://"+dir, "--published", "2021-02-08", example)
	if code != 0 || !strings.Contains(errs, "refreshed the summaries of ") {
		t.Fatalf("first ingest = %d: %s", code, errs)
	}
	for _, args := range [][]string{{example}, {"missing.txt"}} {
		code, _, errs = runIngest(t, append([]string{"--dgraph", "file://" + dir, "--published", "2021-02-08"}, args...)...)
		if strings.Contains(errs, "refreshed the summaries") || !strings.Contains(errs, "ingest: no article loaded; the summaries are as they were\n") {
			t.Errorf("ingest %q loading nothing = %d, stderr %q; want the summaries left alone", args, code, errs)
		}
	}
}

func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

func TestIngestTwiceChangesNothing(t *testing.T) {
	for _, b := range dgraphtest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			if b.Name != "embedded" {
				s := openStore(t, b.URI)
				s.DropAll(dgraphtest.Context(t))
				s.Close()
			}
			code, _, errs := runIngest(t, "--dgraph", b.URI, "--published", "2021-02-08", example)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			first := storeStats(t, b.URI)
			if first.Articles != 1 || first.Entities < 20 || first.Relations < 20 {
				t.Errorf("stats after ingest = %+v", first)
			}
			code, _, errs = runIngest(t, "--dgraph", b.URI, "--published", "2021-02-08", example)
			if code != 0 || !strings.Contains(errs, "1 already in the graph") {
				t.Fatalf("second ingest: exit %d: %s", code, errs)
			}
			if again := storeStats(t, b.URI); again != first {
				t.Errorf("stats after second ingest = %+v, want %+v", again, first)
			}
			code, _, errs = runIngest(t, "--dgraph", b.URI, "--reprocess", "--published", "2021-02-08", example)
			if code != 0 || !strings.Contains(errs, "1 reprocessed") {
				t.Fatalf("reprocess: exit %d: %s", code, errs)
			}
			if again := storeStats(t, b.URI); again != first {
				t.Errorf("stats after reprocessing = %+v, want %+v", again, first)
			}
		})
	}
}

// TestBadInputsDoNotStopTheBatch: each bad file is named with its reason,
// the exit code is 1, and the good article is loaded all the same.
func TestBadInputsDoNotStopTheBatch(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", data)
	write("empty.txt", nil)
	write("blank.txt", []byte("  \n\n "))
	write("image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	store := "file://" + t.TempDir()
	code, _, errs := runIngest(t, "--dgraph", store, "--published", "2021-02-08", dir, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"empty.txt: empty", "blank.txt: empty", "image.png: not text", "missing.txt: unreadable", "4 failed"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if st := storeStats(t, store); st.Articles != 1 {
		t.Errorf("articles = %d, want the good one loaded", st.Articles)
	}
}

// TestRecordsRoundTrip: records printed by --dry-run load with --records;
// a malformed line is reported with its number and the others load.
func TestRecordsRoundTrip(t *testing.T) {
	code, out, errs := runIngest(t, "--dry-run", "--published", "2021-02-08", example)
	if code != 0 {
		t.Fatalf("dry run: %s", errs)
	}
	var other kg.Record
	json.Unmarshal([]byte(out), &other)
	other.Article.ID, other.Article.Source = "second", "second.txt"
	more, _ := json.Marshal(other)
	path := filepath.Join(t.TempDir(), "records.jsonl")
	content := out + "{\"article\": {\"id\": \"broken\"\n" + string(more) + "\n" + `{"article":{"id":"x","source":"x.txt"},"entities":[],"relations":[{"subject":"e1","predicate":"met"}]}` + "\n"
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	store := "file://" + t.TempDir()
	code, _, errs = runIngest(t, "--dgraph", store, "--records", path)
	if code != 1 {
		t.Errorf("exit %d, want 1 for the bad lines", code)
	}
	for _, want := range []string{"records.jsonl:2: malformed JSON", `records.jsonl:4: invalid record: relation 0: subject "e1" is not an entity`} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if st := storeStats(t, store); st.Articles != 2 {
		t.Errorf("articles = %d, want 2", st.Articles)
	}
}

func TestEmbeddedStoreInUse(t *testing.T) {
	store := "file://" + t.TempDir()
	holder := exec.Command(os.Args[0])
	holder.Env = append(os.Environ(), "NEWSGRAPH_TEST_HOLD="+store)
	stdin, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := holder.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer holder.Wait()
	defer stdin.Close()
	if line, _ := bufio.NewReader(stdout).ReadString('\n'); line != "ready\n" {
		t.Fatalf("holder said %q", line)
	}
	code, _, errs := runIngest(t, "--dgraph", store, example)
	if code != 1 || !strings.Contains(errs, "store in use by another process") {
		t.Errorf("exit %d, stderr %q; want 1 and a clear message", code, errs)
	}
}

// TestTwoProcessesOneServer runs two ingest processes at once on
// overlapping inputs: every entity must end up as one node.
func TestTwoProcessesOneServer(t *testing.T) {
	uri := dgraphtest.RequireServer(t)
	s := openStore(t, uri)
	if err := s.DropAll(dgraphtest.Context(t)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	dirs := []string{t.TempDir(), t.TempDir()}
	texts := articles(t, 12)
	for i, text := range texts {
		// Process 0 gets articles 0-7, process 1 gets 4-11.
		for p, dir := range dirs {
			if (p == 0 && i < 8) || (p == 1 && i >= 4) {
				os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)), []byte(text), 0o644)
			}
		}
	}
	var wg sync.WaitGroup
	outs := make([]string, 2)
	errs := make([]error, 2)
	for p, dir := range dirs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(os.Args[0], "--dgraph", uri, "--batch", "2", "--published", "2021-02-08", dir)
			cmd.Env = append(os.Environ(), "NEWSGRAPH_TEST_AS_INGEST=1")
			out, err := cmd.CombinedOutput()
			outs[p], errs[p] = string(out), err
		}()
	}
	wg.Wait()
	for p := range dirs {
		if errs[p] != nil {
			t.Fatalf("process %d: %v\n%s", p, errs[p], outs[p])
		}
		t.Logf("process %d: %s", p, strings.TrimSpace(outs[p]))
	}
	s = openStore(t, uri)
	defer s.Close()
	ctx := dgraphtest.Context(t)
	js, err := s.Query(ctx, `{ e(func: type(Entity), first: 100000) { entity.key } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		E []struct {
			Key string `json:"entity.key"`
		} `json:"e"`
	}
	json.Unmarshal(js, &got)
	seen := map[string]int{}
	for _, e := range got.E {
		seen[e.Key]++
	}
	for k, n := range seen {
		if n > 1 {
			t.Errorf("entity %s is %d nodes", k, n)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != len(texts) || len(seen) < 20 {
		t.Errorf("stats = %+v, %d distinct entities; want %d articles", st, len(seen), len(texts))
	}
}

// articles makes n distinct articles that share most entities: the
// example with a numbered closing sentence.
func articles(t *testing.T, n int) []string {
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s\nLe porte-parole a publié le communiqué numéro %d lundi.\n", data, i)
	}
	return out
}

// TestCommandLeavesNoLogs: ingest run as a process (this binary as ingest,
// with the system's temporary folder a fresh one) loads into an embedded
// store and leaves nothing there: the engine's glog files used to stay,
// one a run.
func TestCommandLeavesNoLogs(t *testing.T) {
	uri := "file://" + t.TempDir()
	tmp := t.TempDir()
	cmd := exec.Command(os.Args[0], "--dgraph", uri, "--published", "2021-02-08", example)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEWSGRAPH_TEST_LOG_DIR=") && !strings.HasPrefix(kv, "TMPDIR=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "NEWSGRAPH_TEST_AS_INGEST=1", "TMPDIR="+tmp)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "loaded 1 articles") {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	left, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range left {
		t.Errorf("ingest left %s in the temporary folder", e.Name())
	}
}

// TestChildLogsInParentsFolder: a test's child ingest, whose logs the
// parent sends to its own folder (dgraphtest.ChildLogs), logs there, not
// in a folder of its own in the system's temporary folder, which a child
// killed with SIGKILL (the fault tests) would leave behind.
func TestChildLogsInParentsFolder(t *testing.T) {
	uri := "file://" + t.TempDir()
	tmp, logs := t.TempDir(), t.TempDir()
	cmd := exec.Command(os.Args[0], "--dgraph", uri, "--published", "2021-02-08", example)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEWSGRAPH_TEST_LOG_DIR=") && !strings.HasPrefix(kv, "TMPDIR=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "NEWSGRAPH_TEST_AS_INGEST=1", "TMPDIR="+tmp, "NEWSGRAPH_TEST_LOG_DIR="+logs)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("ingest left %s in the temporary folder", left[0].Name())
	}
	if got, _ := os.ReadDir(logs); len(got) == 0 {
		t.Errorf("ingest wrote no log in the folder its parent gave")
	}
}
