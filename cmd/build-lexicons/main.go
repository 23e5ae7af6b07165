// Command build-lexicons counts, over a news corpus, what the entity
// recogniser learns from text rather than from a list, and writes the
// tables it embeds:
//
//   - internal/entities/data/casing.tsv.gz: how each word is written where
//     French does not capitalise by position (a word mostly in lower case
//     is no name when a sentence opens with it);
//   - internal/entities/data/firstnames.tsv.gz: the gender a title gives
//     each first name ("Mme Valérie Pécresse", "le président Emmanuel
//     Macron"), for "il" and "elle".
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/source"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stderr))
}

func run(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("build-lexicons", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", "../shared/data/orangesum/orangesum-fr.jsonl.gz", "the news corpus: JSON Lines of articles, as ingest reads them")
	out := fs.String("out", "internal/entities/data", "the folder to write the tables to")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	var texts []string
	for it := range (&source.Reader{}).Items(ctx, *corpus) {
		if it.Err != nil {
			fmt.Fprintf(stderr, "build-lexicons: %v\n", it.Err)
			return 1
		}
		if it.Doc != nil {
			texts = append(texts, it.Doc.Text)
		}
	}
	all := func(yield func(string) bool) {
		for _, t := range texts {
			if !yield(t) {
				return
			}
		}
	}
	casing := entities.CountCasing(all)
	genders := entities.CountGenders(all)
	for name, write := range map[string]func(io.Writer) error{
		"casing.tsv.gz":     func(w io.Writer) error { return entities.WriteCasing(w, casing) },
		"firstnames.tsv.gz": func(w io.Writer) error { return entities.WriteGenders(w, genders) },
	} {
		if err := writeFile(filepath.Join(*out, name), write); err != nil {
			fmt.Fprintf(stderr, "build-lexicons: %v\n", err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "build-lexicons: %d articles; %d words counted for casing, %d first names for gender; tables in %s\n",
		len(texts), len(casing), len(genders), *out)
	return 0
}

func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	return errors.Join(write(f), f.Close())
}
