// Command ingest builds the knowledge graph from news articles: it extracts
// entities, events, roles and quotes, and loads them into Dgraph.
package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/source"
)

const usage = `usage: ingest [flags] PATH...

Reads articles and loads what they say into the knowledge graph. A PATH is
a file, a folder (read recursively), a glob pattern, or - for standard
input; .gz files are read as they are decompressed. Formats: plain text,
HTML pages, JSON Lines or JSON arrays of {"id", "url", "title", "published",
"lang", "author", "text" or "html"}; detected from extension and content
unless --format says. Encodings: UTF-8 (with or without BOM), UTF-16 with a
BOM, Windows-1252/Latin-1 (converted, with a warning). French and English
articles are extracted; others are skipped. With --dry-run, prints the
extraction records as JSON Lines instead; with --records, loads such records
made elsewhere.

Flags:
`

func main() {
	os.Exit(process(os.Args[1:]))
}

// process is the command as a process: runWithSignals, with the embedded engine's log
// files (glog's) removed at the end rather than left in the system's
// temporary folder.
func process(args []string) int {
	remove, err := dgraph.QuietEngineLogs()
	if err != nil {
		fmt.Fprintln(os.Stderr, "ingest:", err)
		return 1
	}
	defer remove()
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE) // a closed stdout fails a write, not the run
	return runWithSignals(args)
}

// runWithSignals runs ingest with Ctrl-C and SIGTERM ending the run.
func runWithSignals(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		// After the first Ctrl-C the batches being loaded finish; a
		// second one ends the process at once (transactions are all or
		// nothing, so the next run still loads exactly what is missing).
		<-ctx.Done()
		stop()
	}()
	code := run(ctx, args, os.Stdout, os.Stderr)
	stop()
	return code
}

// env is what a run takes from its process besides flags: standard input
// and how the extractor is made (tests give one that fails on purpose).
type env struct {
	stdin        io.Reader
	newExtractor func(extract.Options) (ingest.Extractor, error)
}

func processEnv() env {
	return env{
		stdin: os.Stdin,
		newExtractor: func(o extract.Options) (ingest.Extractor, error) {
			return extract.NewWithOptions(o)
		},
	}
}

func defaultStore() string {
	if uri := os.Getenv("NEWSGRAPH_DGRAPH"); uri != "" {
		return uri
	}
	return "file://./newsgraph-data"
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return runIn(ctx, processEnv(), args, stdout, stderr)
}

func runIn(ctx context.Context, e env, args []string, stdout, stderr io.Writer) (code int) {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	store := fs.String("dgraph", defaultStore(), "store: dgraph://host:9080[?sslmode=...] for a server, file:///dir for the embedded engine (default from $NEWSGRAPH_DGRAPH)")
	dryRun := fs.Bool("dry-run", false, "print extraction records as JSON Lines on stdout; load nothing")
	emit := fs.String("emit", "", "`rdf`: write RDF N-Quads for dgraph bulk or dgraph live instead of loading (to --out)")
	out := fs.String("out", "-", "with --emit, the `file` to write (.gz is compressed), - for stdout")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for inputs that give none; relative dates resolve against it")
	records := fs.Bool("records", false, "inputs are extraction records (JSON Lines, as --dry-run prints), loaded as they are")
	reprocess := fs.Bool("reprocess", false, "replace the facts of articles already in the graph instead of skipping them")
	workers := fs.Int("workers", runtime.NumCPU(), "extraction goroutines")
	batch := fs.Int("batch", 64, "articles per load transaction")
	patience := fs.Duration("patience", time.Minute, "how long to retry a transaction while Dgraph is unreachable or busy before giving up")
	loaders := fs.Int("loaders", 4, "batches loaded at once into a Dgraph server (the embedded store takes one at a time)")
	minConf := fs.Float64("min-confidence", 0, "drop facts whose confidence is below this")
	kb := fs.String("kb", "", "user knowledge base `FILE.jsonl`: one entity a line, {\"name\", \"type\", \"aliases\": [...], \"wikidata\"}, added to the bundled one")
	format := fs.String("format", "auto", "input format: auto, text, html, jsonl or json")
	noSummary := fs.Bool("no-summary", false, "do not refresh entity summaries at the end (the next run, or ingest --summarise, does)")
	summarise := fs.Bool("summarise", false, "refresh the summaries of every entity and exit: after loading a graph with dgraph live or bulk")
	maxArticle := fs.Int64("max-article", source.DefaultMaxArticle>>20, "largest article (text, page or JSON record) read, in `MiB`")
	debug := fs.Bool("debug", false, "print the whole stack of every internal error (a panic caught on one article) on stderr")
	fs.SetOutput(io.Discard) // its errors are reported below, in one line
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return 0
		}
		msg := err.Error()
		if f, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
			msg = "unknown flag --" + f
		}
		fmt.Fprintf(stderr, "ingest: %s (run ingest --help for its flags)\n", msg)
		return 2
	}
	fs.SetOutput(stderr)
	if fs.NArg() == 1 && fs.Arg(0) == "help" {
		if _, err := os.Stat("help"); err != nil {
			// "help" names no file: the user asks for help.
			fs.SetOutput(stdout)
			fs.Usage()
			return 0
		}
	}
	if *summarise {
		return summariseAll(ctx, *store, stderr)
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "ingest: no input; give files or folders of articles (run ingest --help for its flags)")
		return 2
	}
	if *published != "" {
		if _, err := time.Parse(time.DateOnly, *published); err != nil {
			fmt.Fprintf(stderr, "ingest: --published %q is not a YYYY-MM-DD date\n", *published)
			return 2
		}
	}
	inFormat, err := source.ParseFormat(*format)
	if err != nil {
		fmt.Fprintf(stderr, "ingest: --format: %v\n", err)
		return 2
	}
	if *maxArticle <= 0 {
		fmt.Fprintf(stderr, "ingest: --max-article %d: give a size in MiB above 0\n", *maxArticle)
		return 2
	}
	if *emit != "" && *emit != "rdf" {
		fmt.Fprintf(stderr, "ingest: --emit %q: only rdf\n", *emit)
		return 2
	}
	if *emit != "" && *dryRun {
		fmt.Fprintln(stderr, "ingest: --emit and --dry-run do not go together")
		return 2
	}
	if *dryRun && *records {
		fmt.Fprintln(stderr, "ingest: --dry-run and --records do not go together: records are already extracted")
		return 2
	}

	var st *dgraph.Store // the store loaded, if any
	p := &ingest.Pipeline{
		Input: source.Reader{Format: inFormat, MaxArticle: *maxArticle << 20, Stdin: e.stdin},
		Out:   stdout,
		Config: ingest.Config{
			Published: *published, Workers: *workers, Batch: *batch,
			Reprocess: *reprocess, MinConfidence: *minConf, Loaders: *loaders,
		},
	}
	if !*records {
		x, err := e.newExtractor(extract.Options{KB: *kb})
		if err != nil {
			fmt.Fprintf(stderr, "ingest: %v\n", err)
			return 1
		}
		p.Extractor = x
	}
	switch {
	case *emit == "rdf":
		w, closeOut, err := openOut(*out, stdout)
		if err != nil {
			fmt.Fprintf(stderr, "ingest: %v\n", err)
			return 1
		}
		defer func() {
			if err := closeOut(); err != nil {
				fmt.Fprintf(stderr, "ingest: %v\n", err)
				code = 1
			}
		}()
		p.Loader = dgraph.NewRDFWriter(w)
	case !*dryRun:
		defer limitEmbeddedMemory(*store)()
		s, err := dgraph.Open(ctx, *store)
		st = s
		if err != nil {
			fmt.Fprintf(stderr, "ingest: %v\n", err)
			return 1
		}
		defer s.Close()
		s.SetPatience(*patience)
		p.Loader = s
		if s.Embedded() {
			p.Config.Loaders = 1
		}
	}

	stopProgress := func() {}
	if isTerminal(stderr) {
		p.Progress = &ingest.Progress{}
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() {
			showProgress(stderr, p.Progress, stop)
			close(done)
		}()
		stopProgress = func() { close(stop); <-done }
	}
	var sum ingest.Summary
	if *records {
		sum, err = p.RunRecords(ctx, fs.Args())
	} else {
		sum, err = p.Run(ctx, fs.Args())
	}
	stopProgress()
	report(stderr, sum, *dryRun, *emit != "", *debug)
	if err != nil {
		fmt.Fprintf(stderr, "ingest: %v\n", err)
		if n := len(sum.NotLoaded); n > 0 {
			fmt.Fprintf(stderr, "ingest: not loaded: %d articles whose transactions failed (%s), and %d read after that; run the same command again to load them (articles already in the graph are skipped)\n",
				n, sample(sum.NotLoaded, 5), sum.Unsent)
		}
		return 1
	}
	if sum.Interrupted {
		fmt.Fprintln(stderr, "ingest: interrupted: the batches being loaded were finished; run the same command again to load the rest (nothing is loaded twice)")
		return 1
	}
	if st != nil && !*noSummary && sum.Load.Articles == 0 {
		// Refreshing now would summarise the last run's entities again.
		fmt.Fprintln(stderr, "ingest: no article loaded; the summaries are as they were")
	}
	if st != nil && !*noSummary && sum.Load.Articles > 0 {
		res, err := st.Summarise(ctx, false)
		if err != nil {
			fmt.Fprintf(stderr, "ingest: %v; the facts are loaded, and the next run (or ingest --summarise) refreshes the summaries\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "ingest: refreshed the summaries of %d entities in %v\n", res.Entities, res.Elapsed.Round(time.Millisecond))
		reportSimilar(stderr, res.Similar)
	}
	if len(sum.Failed) > 0 {
		return 1
	}
	return 0
}

// summariseAll refreshes the summaries of every entity in a store.
func summariseAll(ctx context.Context, uri string, stderr io.Writer) int {
	s, err := dgraph.Open(ctx, uri)
	if err != nil {
		fmt.Fprintf(stderr, "ingest: %v\n", err)
		return 1
	}
	defer s.Close()
	res, err := s.Summarise(ctx, true)
	if err != nil {
		fmt.Fprintf(stderr, "ingest: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "ingest: refreshed the summaries of %d entities in %v\n", res.Entities, res.Elapsed.Round(time.Millisecond))
	reportSimilar(stderr, res.Similar)
	return 0
}

// reportSimilar logs each pair of people whose names are one edit apart,
// and what was decided: flagged in the graph (entity.similar), or kept
// apart.
func reportSimilar(w io.Writer, pairs []dgraph.SimilarNames) {
	for _, p := range pairs {
		fmt.Fprintf(w, "ingest: similar names %q (%s) and %q (%s): %s\n", p.A.Name, p.A.Key, p.B.Name, p.B.Key, p.Decision)
	}
}

func report(w io.Writer, s ingest.Summary, dryRun, emit, debug bool) {
	for _, f := range s.Warnings {
		fmt.Fprintf(w, "ingest: warning: %v\n", f)
	}
	for _, f := range s.Skipped {
		fmt.Fprintf(w, "ingest: skipped: %v\n", f)
	}
	internal := 0
	for _, f := range s.Failed {
		fmt.Fprintf(w, "ingest: failed: %v\n", f)
		var ie *kg.InternalError
		if errors.As(f.Err, &ie) {
			internal++
			if debug {
				fmt.Fprintf(w, "%s\n", ie.Stack)
			}
		}
	}
	if internal > 0 && !debug {
		fmt.Fprintf(w, "ingest: %d internal errors (bugs, not bad input): run again with --debug for their stacks, and report them\n", internal)
	}
	if s.Undated > 0 {
		fmt.Fprintf(w, "ingest: %d articles have no date (none in the input, no --published): their relative dates (\"lundi\", \"hier\") are left unresolved\n", s.Undated)
	}
	fmt.Fprintf(w, "ingest: %d files, %d articles ok, %d entities, %d relations", s.Files, s.Articles, s.Entities, s.Relations)
	switch {
	case emit:
		fmt.Fprintf(w, "; wrote %d articles as %d RDF N-Quads", s.Load.Articles, s.Load.NQuads)
	case !dryRun:
		l := s.Load
		fmt.Fprintf(w, "; loaded %d articles (%d already in the graph", l.Articles, l.Skipped)
		if l.Reprocessed > 0 {
			fmt.Fprintf(w, ", %d reprocessed", l.Reprocessed)
		}
		fmt.Fprintf(w, "), %d new entities, %d facts, %d mentions, %d N-Quads", l.Entities, l.Facts, l.Mentions, l.NQuads)
		if l.Retries > 0 {
			fmt.Fprintf(w, ", %d retried transactions", l.Retries)
		}
	}
	if len(s.Skipped) > 0 {
		fmt.Fprintf(w, "; %d skipped (%s)", len(s.Skipped), byReason(s.Skipped))
	}
	if len(s.Failed) > 0 {
		fmt.Fprintf(w, "; %d failed (%s)", len(s.Failed), byReason(s.Failed))
	}
	fmt.Fprintf(w, " in %v\n", s.Elapsed.Round(time.Millisecond))
}

// byReason counts failures per reason: "2 empty, 1 not text".
func byReason(errs []ingest.FileError) string {
	n := map[string]int{}
	for _, e := range errs {
		n[e.Reason]++
	}
	reasons := make([]string, 0, len(n))
	for r := range n {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	parts := make([]string, len(reasons))
	for i, r := range reasons {
		parts[i] = fmt.Sprintf("%d %s", n[r], r)
	}
	return strings.Join(parts, ", ")
}

// openOut opens --out: stdout for "-", a gzip stream for a .gz name.
func openOut(path string, stdout io.Writer) (io.Writer, func() error, error) {
	if path == "-" {
		bw := bufio.NewWriterSize(stdout, 1<<20)
		return bw, bw.Flush, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, fmt.Errorf("--out: %w", err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	if !strings.HasSuffix(path, ".gz") {
		return bw, func() error { return errors.Join(bw.Flush(), f.Close()) }, nil
	}
	zw := gzip.NewWriter(bw)
	return zw, func() error { return errors.Join(zw.Close(), bw.Flush(), f.Close()) }, nil
}

// sample lists the first n names and how many more there are.
func sample(names []string, n int) string {
	if len(names) <= n {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:n], ", "), len(names)-n)
}
