// Package ingest runs the pipeline: read articles, extract records, load
// them into the graph, and account for every input.
package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/source"
)

// Extractor turns one article's text into a record.
type Extractor interface {
	Extract(a kg.Article, text string) kg.Record
}

// Loader writes records to the graph.
type Loader interface {
	Load(ctx context.Context, recs []kg.Record, opts dgraph.LoadOptions) (dgraph.LoadResult, error)
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
	Load      dgraph.LoadResult
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

	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job)
	results := make(chan result, 2*workers)
	// window bounds the articles read but not yet passed on in order, so
	// a stream of any length runs in bounded memory.
	window := make(chan struct{}, 4*workers+p.batchSize())
	// One goroutine reads the inputs in order; the workers parse pages
	// and records as well as extract them.
	input := p.Input
	input.Defer = true
	go func() {
		defer close(jobs)
		seq := 0
		send := func(it source.Item) bool {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			select {
			case jobs <- job{seq: seq, item: it}:
				seq++
				return true
			case <-ctx.Done():
				return false
			}
		}
		for _, f := range files {
			if !readFile(ctx, input, f, send) {
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
				if !ld.send(batch) {
					cancel()
				}
				batch = nil
			}
		}
	}
	if len(batch) > 0 && ctx.Err() == nil {
		ld.send(batch)
	}
	err := ld.wait()
	sum.Interrupted = sum.Interrupted || parent.Err() != nil
	sum.Elapsed = time.Since(start)
	return sum, err
}

// readFile passes on the items of one input until send refuses one; it
// reports whether to go on. A panic while reading ends that input alone,
// as one more item: an internal error naming it.
func readFile(ctx context.Context, input source.Reader, path string, send func(source.Item) bool) (goOn bool) {
	last := source.Item{Path: path}
	defer func() {
		if v := recover(); v != nil {
			goOn = send(source.Item{Err: &FileError{Path: last.Path, Line: last.Line, Reason: ReasonInternal, Err: kg.Recovered(v)}})
		}
	}()
	for it := range input.Items(ctx, path) {
		last = it
		if !send(it) {
			return false
		}
	}
	return true
}

// loaders load batches concurrently and sum what they did.
type loaders struct {
	p       *Pipeline
	sum     *Summary
	batches chan []kg.Record
	wg      sync.WaitGroup
	mu      sync.Mutex
	err     error
	ctx     context.Context
	// refused are the articles the loader left out; wait moves them from
	// the articles read to the failures.
	refused []FileError
}

// startLoaders starts Config.Loaders goroutines. Batches already handed to
// them are finished even when ctx ends (an interrupt), so that a run stops
// between transactions; what was not handed over is left for the next run.
func (p *Pipeline) startLoaders(ctx context.Context, sum *Summary) *loaders {
	n := max(p.Config.Loaders, 1)
	ld := &loaders{p: p, sum: sum, batches: make(chan []kg.Record), ctx: ctx}
	loadCtx := context.WithoutCancel(ctx)
	for range n {
		ld.wg.Add(1)
		go func() {
			defer ld.wg.Done()
			for b := range ld.batches {
				ld.mu.Lock()
				failed := ld.err != nil
				if failed {
					ld.sum.Unsent += len(b)
				}
				ld.mu.Unlock()
				if failed {
					continue // one failure is enough to wait for
				}
				res, err := ld.p.load(loadCtx, b)
				if pr := ld.p.Progress; pr != nil {
					pr.Articles.Add(int64(res.Articles + res.Skipped))
					pr.Facts.Add(int64(res.Facts))
				}
				ld.mu.Lock()
				for _, r := range res.Refused {
					ld.refused = append(ld.refused, refusal(r))
				}
				res.Refused = nil
				ld.sum.Load.Add(res)
				if err != nil {
					for _, r := range b {
						ld.sum.NotLoaded = append(ld.sum.NotLoaded, r.Article.Source)
					}
					if ld.err == nil {
						ld.err = err
					}
				}
				ld.mu.Unlock()
			}
		}()
	}
	return ld
}

// send hands a batch over, reporting false once loading has failed or the
// run was interrupted.
func (ld *loaders) send(b []kg.Record) bool {
	ld.mu.Lock()
	failed := ld.err != nil
	if failed {
		ld.sum.Unsent += len(b)
	}
	ld.mu.Unlock()
	if failed {
		return false
	}
	if ld.p.Loader != nil && ld.ctx.Err() != nil {
		ld.sum.Interrupted = true
		return false
	}
	for _, r := range b {
		ld.sum.Entities += len(r.Entities)
		ld.sum.Relations += len(r.Relations)
	}
	if ld.p.Loader == nil {
		if err := ld.p.write(b); err != nil {
			ld.mu.Lock()
			ld.err = err
			ld.mu.Unlock()
			return false
		}
		return true
	}
	select {
	case ld.batches <- b:
		return true
	case <-ld.ctx.Done():
		ld.mu.Lock()
		ld.sum.Interrupted = true
		ld.mu.Unlock()
		return false
	}
}

func (ld *loaders) wait() error {
	close(ld.batches)
	ld.wg.Wait()
	ld.sum.Failed = append(ld.sum.Failed, ld.refused...)
	ld.sum.Articles -= len(ld.refused)
	return ld.err
}

// refusal names an article a loader left out.
func refusal(r dgraph.Refused) FileError {
	reason := source.ReasonInvalid
	var ie *kg.InternalError
	if errors.As(r.Err, &ie) {
		reason = ReasonInternal
	}
	return FileError{Path: r.Source, Reason: reason, Err: r.Err}
}

// RunRecords loads extraction records made elsewhere (JSON Lines files).
func (p *Pipeline) RunRecords(ctx context.Context, paths []string) (Summary, error) {
	start := time.Now()
	files, errs := source.Expand(paths)
	sum := Summary{Files: len(files), Failed: errs}
	ld := p.startLoaders(ctx, &sum)
	var batch []kg.Record
	ok := true
files:
	for _, f := range files {
		for it := range p.Input.Records(ctx, f) {
			switch {
			case it.Err != nil:
				sum.Failed = append(sum.Failed, *it.Err)
			case it.Warning != nil:
				sum.Warnings = append(sum.Warnings, *it.Warning)
			case it.Record != nil:
				sum.Articles++
				if p.Progress != nil {
					p.Progress.Read.Add(1)
				}
				batch = append(batch, p.filter(*it.Record))
			}
			if len(batch) >= p.batchSize() {
				ok = ld.send(batch)
				batch = nil
			}
			if !ok {
				// Loading failed: what was read is counted as unsent,
				// the rest is left for the next run.
				break files
			}
		}
	}
	if ok && len(batch) > 0 && ctx.Err() == nil {
		ld.send(batch)
	}
	err := ld.wait()
	sum.Interrupted = sum.Interrupted || (err == nil && ctx.Err() != nil)
	sum.Elapsed = time.Since(start)
	return sum, err
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

// filter drops facts below the confidence floor.
func (p *Pipeline) filter(r kg.Record) kg.Record {
	if p.Config.MinConfidence <= 0 {
		return r
	}
	kept := r.Relations[:0:0]
	for _, rel := range r.Relations {
		if rel.Confidence == 0 || rel.Confidence >= p.Config.MinConfidence {
			kept = append(kept, rel)
		}
	}
	r.Relations = kept
	return r
}

// write prints records as JSON Lines, for --dry-run.
func (p *Pipeline) write(batch []kg.Record) error {
	enc := json.NewEncoder(p.Out)
	enc.SetEscapeHTML(false)
	for _, r := range batch {
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("write record: %w", err)
		}
	}
	return nil
}

func (p *Pipeline) load(ctx context.Context, batch []kg.Record) (dgraph.LoadResult, error) {
	return p.Loader.Load(ctx, batch, dgraph.LoadOptions{Reprocess: p.Config.Reprocess})
}
