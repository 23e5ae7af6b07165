package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/newsgraph/newsgraph/internal/ingest"
)

// isTerminal reports whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// showProgress redraws one status line on w every half second until stop
// is closed: articles loaded of those found, rates and, when the inputs
// are one article a file, the time left.
func showProgress(w io.Writer, p *ingest.Progress, stop <-chan struct{}) {
	start := time.Now()
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			fmt.Fprint(w, "\r\033[K")
			return
		case <-tick.C:
		}
		el := time.Since(start).Seconds()
		done, files := p.Articles.Load(), p.Files.Load()
		line := fmt.Sprintf("%d articles extracted, %d loaded, %.0f articles/s, %.0f facts/s",
			p.Read.Load(), done, float64(done)/el, float64(p.Facts.Load())/el)
		if done > 0 && files > done {
			left := time.Duration(float64(files-done) / (float64(done) / el) * float64(time.Second))
			line += fmt.Sprintf(", about %v left of %d files", left.Round(time.Second), files)
		}
		fmt.Fprintf(w, "\r\033[K%s", line)
	}
}
