// Package ingest runs the pipeline: read articles, extract records, load
// them into the graph, and account for every input.
package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/source"
)

// Extractor turns one article's text into a record.
type Extractor interface {
	Extract(a kg.Article, text string) kg.Record
}

// Loader writes records to the graph: a store (dgraph.Store), the RDF
// writer (dgraph.RDFWriter), or the JSON Lines printer of a dry run.
type Loader interface {
	Load(ctx context.Context, recs []kg.Record, opts kg.LoadOptions) (kg.LoadResult, error)
}

// Config tunes a run.
type Config struct {
	Published     string  // YYYY-MM-DD used when the input gives no date
	Workers       int     // extraction goroutines; 0 means every core
	Batch         int     // articles per load; 0 means 64
	Reprocess     bool    // replace facts of articles already loaded
	MinConfidence float64 // facts below it are dropped
	// Loaders is how many batches load at once; 0 means 1. A server
	// overlaps transactions (4 triple a single writer's rate); the
	// embedded engine takes one writer at a time anyway.
	Loaders int
}

// FileError is one input, or one record of it, that could not be taken,
// and why.
type FileError = source.Error

// Reasons the pipeline adds to the reader's.
const (
	ReasonNoSentence = "no sentence"
	ReasonLanguage   = "language"
	// ReasonInternal is a panic caught while reading, extracting or
	// building the mutations of one article: a bug, reported with the
	// frame it happened in (the error is a *kg.InternalError, whose Stack
	// has the rest).
	ReasonInternal = "internal error"
)

// Summary accounts for a run.
type Summary struct {
	Files     int
	Articles  int // extracted or read as records
	Undated   int // articles with no date: their relative dates stay unresolved
	Entities  int // in the records, before merging across articles
	Relations int // in the records, after the confidence floor
	Load      kg.LoadResult
	Skipped   []FileError // not failures: articles in other languages
	Warnings  []FileError // read all the same: converted encodings
	Failed    []FileError
	Elapsed   time.Duration
	// Interrupted is set when the context ended the run early: the batches
	// being loaded were finished, the rest was left for the next run.
	Interrupted bool
	// NotLoaded names the articles of batches whose load failed; Unsent
	// counts articles extracted after loading had failed, left unloaded.
	NotLoaded []string
	Unsent    int
}

// Pipeline reads, extracts and loads. With Loader nil it only extracts and
// writes records as JSON Lines to Out.
type Pipeline struct {
	Input     source.Reader
	Extractor Extractor
	Loader    Loader
	Out       io.Writer
	Config    Config
	// Progress, when set, counts what is done as it is done, for a
	// progress display; it may be read from any goroutine.
	Progress *Progress
}

// Progress counts articles read and loaded and facts loaded while a run
// goes on.
type Progress struct {
	Files    atomic.Int64 // inputs found, known once the paths are expanded
	Read     atomic.Int64 // articles extracted (or records read)
	Articles atomic.Int64 // articles loaded or written
	Facts    atomic.Int64
}

type job struct {
	seq  int
	item source.Item
}

type result struct {
	seq     int
	rec     kg.Record
	undated bool
	failed  *FileError
	skipped *FileError
	warning *FileError
}

// Run ingests articles from files, folders, globs and "-".
func (p *Pipeline) Run(ctx context.Context, paths []string) (Summary, error) {
	input := p.Input
	input.Defer = true // the workers parse pages and records as well as extract them
	return p.run(ctx, paths, input.Items)
}

// RunRecords loads extraction records made elsewhere (JSON Lines files).
func (p *Pipeline) RunRecords(ctx context.Context, paths []string) (Summary, error) {
	return p.run(ctx, paths, p.Input.Records)
}

// run is the one path both kinds of input take: one goroutine reads the
// inputs in order, workers turn items into records, and this goroutine
// puts them back in order, batches them, hands the batches to the loaders
// and keeps the Summary: it alone writes it.
func (p *Pipeline) run(ctx context.Context, paths []string, read func(context.Context, string) iter.Seq[source.Item]) (Summary, error) {
	start := time.Now()
	files, errs := source.Expand(paths)
	sum := Summary{Files: len(files), Failed: errs}
	if p.Progress != nil {
		p.Progress.Files.Store(int64(len(files)))
	}
	workers := p.Config.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}

	// Reading stops when ctx ends (an interrupt) or when loading fails.
	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	jobs := make(chan job)
	results := make(chan result, 2*workers)
	// window bounds the articles read but not yet passed on in order, so
	// a stream of any length runs in bounded memory.
	window := make(chan struct{}, 4*workers+p.batchSize())
	go func() {
		defer close(jobs)
		seq := 0
		send := func(it source.Item) bool {
			select {
			case window <- struct{}{}:
			case <-readCtx.Done():
				return false
			}
			select {
			case jobs <- job{seq: seq, item: it}:
				seq++
				return true
			case <-readCtx.Done():
				return false
			}
		}
		for _, f := range files {
			if !readFile(readCtx, read, f, send) {
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- p.isolated(j)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Records leave in input order, so output and batches are repeatable.
	ld := p.startLoaders(ctx, &sum)
	pending := map[int]result{}
	next := 0
	var batch []kg.Record
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			switch {
			case r.failed != nil:
				sum.Failed = append(sum.Failed, *r.failed)
				continue
			case r.skipped != nil:
				sum.Skipped = append(sum.Skipped, *r.skipped)
				continue
			case r.warning != nil:
				sum.Warnings = append(sum.Warnings, *r.warning)
				continue
			}
			sum.Articles++
			if p.Progress != nil {
				p.Progress.Read.Add(1)
			}
			if r.undated {
				sum.Undated++
			}
			batch = append(batch, r.rec)
			if len(batch) >= p.batchSize() {
				if !ld.hand(ctx, batch) {
					stopReading()
				}
				batch = nil
			}
		}
	}
	if len(batch) > 0 {
		ld.hand(ctx, batch)
	}
	err := ld.finish()
	// An interrupt is the caller's context ending the run: the batches
	// being loaded were finished, the rest is left for the next run.
	sum.Interrupted = ctx.Err() != nil
	sum.Elapsed = time.Since(start)
	return sum, err
}

// readFile passes on the items of one input until send refuses one; it
// reports whether to go on. A panic while reading ends that input alone,
// as one more item: an internal error naming it.
func readFile(ctx context.Context, read func(context.Context, string) iter.Seq[source.Item], path string, send func(source.Item) bool) (goOn bool) {
	last := source.Item{Path: path}
	defer func() {
		if v := recover(); v != nil {
			goOn = send(source.Item{Err: &FileError{Path: last.Path, Line: last.Line, Reason: ReasonInternal, Err: kg.Recovered(v)}})
		}
	}()
	for it := range read(ctx, path) {
		last = it
		if !send(it) {
			return false
		}
	}
	return true
}

// loaders load batches concurrently. They only load: each sends what it
// did back on done, and the goroutine that runs the pipeline (the one that
// calls hand and finish) adds it to the Summary, which no loader touches.
type loaders struct {
	sum     *Summary
	batches chan []kg.Record
	done    chan loaded
	// failed tells the loaders that a load failed, so that batches
	// already handed over are not loaded but counted as unsent.
	failed atomic.Bool
	err    error // the first load error, as seen by hand and finish
	// refused are the articles the loader left out; finish moves them
	// from the articles read to the failures.
	refused []FileError
}

// loaded is what a loader did with one batch.
type loaded struct {
	batch  []kg.Record
	res    kg.LoadResult
	err    error
	unsent bool // left unloaded: an earlier load had failed
}

// startLoaders starts Config.Loaders goroutines (one for the JSON Lines
// printer, which must keep the input order). Batches already handed to
// them are finished even when ctx ends (an interrupt), so that a run stops
// between transactions; what was not handed over is left for the next run.
func (p *Pipeline) startLoaders(ctx context.Context, sum *Summary) *loaders {
	loader := p.Loader
	n := max(p.Config.Loaders, 1)
	if loader == nil {
		loader, n = jsonLines{p.Out}, 1
	}
	ld := &loaders{sum: sum, batches: make(chan []kg.Record), done: make(chan loaded)}
	loadCtx := context.WithoutCancel(ctx)
	opts := kg.LoadOptions{Reprocess: p.Config.Reprocess}
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range ld.batches {
				if ld.failed.Load() {
					ld.done <- loaded{batch: b, unsent: true} // one failure is enough to wait for
					continue
				}
				res, err := loader.Load(loadCtx, b, opts)
				if err != nil {
					ld.failed.Store(true)
				}
				if pr := p.Progress; pr != nil {
					pr.Articles.Add(int64(res.Articles + res.Skipped))
					pr.Facts.Add(int64(res.Facts))
				}
				ld.done <- loaded{batch: b, res: res, err: err}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(ld.done)
	}()
	return ld
}

// hand passes a batch to a free loader, adding up what the loaders send
// back meanwhile. It reports false, leaving the batch, once loading has
// failed (the batch is counted as unsent) or ctx has ended.
func (ld *loaders) hand(ctx context.Context, b []kg.Record) bool {
	for {
		if ld.err != nil {
			ld.sum.Unsent += len(b)
			return false
		}
		if ctx.Err() != nil {
			return false
		}
		select {
		case ld.batches <- b:
			for _, r := range b {
				ld.sum.Entities += len(r.Entities)
				ld.sum.Relations += len(r.Relations)
			}
			return true
		case o := <-ld.done:
			ld.add(o)
		case <-ctx.Done():
			return false
		}
	}
}

// finish waits for the batches handed over, adds up what was done, and
// returns the first load error.
func (ld *loaders) finish() error {
	close(ld.batches)
	for o := range ld.done {
		ld.add(o)
	}
	ld.sum.Failed = append(ld.sum.Failed, ld.refused...)
	ld.sum.Articles -= len(ld.refused)
	return ld.err
}

func (ld *loaders) add(o loaded) {
	if o.unsent {
		ld.sum.Unsent += len(o.batch)
		return
	}
	for _, r := range o.res.Refused {
		ld.refused = append(ld.refused, refusal(r))
	}
	o.res.Refused = nil
	ld.sum.Load.Add(o.res)
	if o.err != nil {
		for _, r := range o.batch {
			ld.sum.NotLoaded = append(ld.sum.NotLoaded, r.Article.Source)
		}
		if ld.err == nil {
			ld.err = o.err
		}
	}
}

// refusal names an article a loader left out.
func refusal(r kg.Refused) FileError {
	reason := source.ReasonInvalid
	var ie *kg.InternalError
	if errors.As(r.Err, &ie) {
		reason = ReasonInternal
	}
	return FileError{Path: r.Source, Reason: reason, Err: r.Err}
}

func (p *Pipeline) batchSize() int {
	if p.Config.Batch > 0 {
		return p.Config.Batch
	}
	return 64
}

// isolated processes one item; a panic becomes that article's failure.
func (p *Pipeline) isolated(j job) (r result) {
	defer func() {
		if v := recover(); v != nil {
			r = result{seq: j.seq, failed: &FileError{Path: j.item.Path, Line: j.item.Line, Reason: ReasonInternal, Err: kg.Recovered(v)}}
		}
	}()
	return p.process(j)
}

// process decides what one item read becomes: a failure, a skipped
// article, or a record.
func (p *Pipeline) process(j job) result {
	it := j.item.Resolve()
	switch {
	case it.Err != nil:
		return result{seq: j.seq, failed: it.Err}
	case it.Warning != nil:
		return result{seq: j.seq, warning: it.Warning}
	case it.Record != nil:
		// Records were extracted elsewhere: only the confidence floor
		// applies.
		return result{seq: j.seq, rec: p.filter(*it.Record)}
	case it.Doc == nil:
		return result{seq: j.seq, failed: &FileError{Reason: "internal", Err: fmt.Errorf("empty item")}}
	}
	d := it.Doc
	a := d.Article
	if lang, ok := extracted(a.Lang, d.Text); !ok {
		return result{seq: j.seq, skipped: &FileError{Path: a.Source, Reason: ReasonLanguage, Err: fmt.Errorf("%s: only French and English are extracted", lang)}}
	}
	if !hasSentence(d.Text) {
		return result{seq: j.seq, failed: &FileError{Path: a.Source, Reason: ReasonNoSentence, Err: fmt.Errorf("%d bytes but no run of words that makes a sentence", len(d.Text))}}
	}
	if a.Published == "" {
		a.Published = p.Config.Published
	}
	return result{seq: j.seq, rec: p.filter(p.Extractor.Extract(a, d.Text)), undated: a.Published == ""}
}

// filter drops facts stated as done whose confidence is below the floor.
func (p *Pipeline) filter(r kg.Record) kg.Record {
	if p.Config.MinConfidence <= 0 {
		return r
	}
	kept := r.Relations[:0:0]
	for _, rel := range r.Relations {
		// An event marked future or hedged is no assertion that it was
		// done: it is kept with its mark ("la CPI a décidé qu'elle
		// pouvait enquêter sur Israël").
		if rel.Confidence == 0 || rel.Modality != "" || rel.Confidence >= p.Config.MinConfidence {
			kept = append(kept, rel)
		}
	}
	r.Relations = kept
	return r
}

// jsonLines "loads" records by printing them as JSON Lines, for --dry-run.
type jsonLines struct{ w io.Writer }

func (l jsonLines) Load(_ context.Context, recs []kg.Record, _ kg.LoadOptions) (kg.LoadResult, error) {
	enc := json.NewEncoder(l.w)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return kg.LoadResult{}, fmt.Errorf("write record: %w", err)
		}
	}
	return kg.LoadResult{Articles: len(recs)}, nil
}
