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
	"time"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/kg"
)

var (
	errEmpty   = errors.New("empty file")
	errNotText = errors.New("not UTF-8 text (binary file?)")
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
}

// FileError is one input that could not be taken, and why.
type FileError struct {
	Path   string
	Line   int // for line-oriented inputs, 0 otherwise
	Reason string
	Err    error
}

func (e FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %v", e.Path, e.Line, e.Reason, e.Err)
	}
	return fmt.Sprintf("%s: %s: %v", e.Path, e.Reason, e.Err)
}

// Summary accounts for a run.
type Summary struct {
	Files     int
	Articles  int // extracted or read as records
	Entities  int // in the records, before merging across articles
	Relations int // in the records, after the confidence floor
	Load      dgraph.LoadResult
	Failed    []FileError
	Elapsed   time.Duration
}

// Pipeline reads, extracts and loads. With Loader nil it only extracts and
// writes records as JSON Lines to Out.
type Pipeline struct {
	Extractor Extractor
	Loader    Loader
	Out       io.Writer
	Config    Config
}

type job struct {
	seq  int
	path string
}

type result struct {
	seq int
	rec kg.Record
	err *FileError
}

// Run ingests text files and folders of them.
func (p *Pipeline) Run(ctx context.Context, paths []string) (Summary, error) {
	start := time.Now()
	files, errs := expand(paths)
	sum := Summary{Files: len(files), Failed: errs}
	workers := p.Config.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}

	jobs := make(chan job)
	results := make(chan result, 2*workers)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(jobs)
		for i, f := range files {
			select {
			case jobs <- job{seq: i, path: f}:
			case <-ctx.Done():
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
				results <- p.extract(j)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Records leave in input order, so output and batches are repeatable.
	pending := map[int]result{}
	next := 0
	var batch []kg.Record
	var loadErr error
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if r.err != nil {
				sum.Failed = append(sum.Failed, *r.err)
				continue
			}
			sum.Articles++
			batch = append(batch, r.rec)
			if len(batch) >= p.batchSize() && loadErr == nil {
				loadErr = p.flush(ctx, batch, &sum)
				batch = batch[:0]
				if loadErr != nil {
					cancel()
				}
			}
		}
	}
	if loadErr == nil && len(batch) > 0 {
		loadErr = p.flush(ctx, batch, &sum)
	}
	sum.Elapsed = time.Since(start)
	return sum, loadErr
}

// RunRecords loads extraction records made elsewhere (JSON Lines files).
func (p *Pipeline) RunRecords(ctx context.Context, paths []string) (Summary, error) {
	start := time.Now()
	files, errs := expand(paths)
	sum := Summary{Files: len(files), Failed: errs}
	for _, f := range files {
		recs, errs := readRecords(f)
		sum.Failed = append(sum.Failed, errs...)
		for i := range recs {
			recs[i] = p.filter(recs[i])
		}
		for len(recs) > 0 {
			n := min(p.batchSize(), len(recs))
			sum.Articles += n
			if err := p.flush(ctx, recs[:n], &sum); err != nil {
				sum.Elapsed = time.Since(start)
				return sum, err
			}
			recs = recs[n:]
		}
	}
	sum.Elapsed = time.Since(start)
	return sum, nil
}

func (p *Pipeline) batchSize() int {
	if p.Config.Batch > 0 {
		return p.Config.Batch
	}
	return 64
}

func (p *Pipeline) extract(j job) result {
	a, text, err := readText(j.path, p.Config.Published)
	if err != nil {
		reason := "unreadable"
		switch {
		case errors.Is(err, errEmpty):
			reason = "empty"
		case errors.Is(err, errNotText):
			reason = "not text"
		}
		return result{seq: j.seq, err: &FileError{Path: j.path, Reason: reason, Err: err}}
	}
	return result{seq: j.seq, rec: p.filter(p.Extractor.Extract(a, text))}
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

func (p *Pipeline) flush(ctx context.Context, batch []kg.Record, sum *Summary) error {
	for _, r := range batch {
		sum.Entities += len(r.Entities)
		sum.Relations += len(r.Relations)
	}
	if p.Loader == nil {
		enc := json.NewEncoder(p.Out)
		enc.SetEscapeHTML(false)
		for _, r := range batch {
			if err := enc.Encode(r); err != nil {
				return fmt.Errorf("write record: %w", err)
			}
		}
		return nil
	}
	res, err := p.Loader.Load(ctx, batch, dgraph.LoadOptions{Reprocess: p.Config.Reprocess})
	sum.Load.Add(res)
	return err
}
