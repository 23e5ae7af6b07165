// Command build-casing counts how each word of a news corpus is written
// where French does not capitalise by position, and writes the table the
// entity recogniser embeds (internal/entities/data/casing.tsv.gz): a word
// mostly written in lower case is no name when a sentence opens with it.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/source"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stderr))
}

func run(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("build-casing", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", "../shared/data/orangesum/orangesum-fr.jsonl.gz", "the news corpus: JSON Lines of articles, as ingest reads them")
	out := fs.String("out", "internal/entities/data/casing.tsv.gz", "where to write the table")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	var failed error
	texts := func(yield func(string) bool) {
		for it := range (&source.Reader{}).Items(ctx, *corpus) {
			if it.Err != nil {
				failed = it.Err
				return
			}
			if it.Doc != nil && !yield(it.Doc.Text) {
				return
			}
		}
	}
	counts := entities.CountCasing(iter.Seq[string](texts))
	if failed != nil {
		fmt.Fprintf(stderr, "build-casing: %v\n", failed)
		return 1
	}
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintf(stderr, "build-casing: %v\n", err)
		return 1
	}
	if err := errors.Join(entities.WriteCasing(f, counts), f.Close()); err != nil {
		fmt.Fprintf(stderr, "build-casing: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "build-casing: %d words counted, table in %s\n", len(counts), *out)
	return 0
}
