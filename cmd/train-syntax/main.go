// Command train-syntax trains the French tagger, lemmatiser and dependency
// parser embedded in the extractor from Universal Dependencies treebanks
// and word clusters of unannotated news, reproducibly (fixed seed, same
// bytes), and reports its accuracy on the development treebank.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/syntax/conllu"
	"github.com/newsgraph/newsgraph/internal/text"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

func run(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train-syntax", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/data/ud-french", "folder holding the UD French treebanks (fr_sequoia-ud-train.conllu, fr_gsd-ud-dev.conllu, ...)")
	corpus := fs.String("corpus", "../shared/data/orangesum/orangesum-fr.jsonl.gz", "unannotated news (JSON Lines, gzip) for word clusters; empty: none")
	out := fs.String("out", "internal/syntax/model/syntax.bin.gz", "where to write the model (gzip)")
	seed := fs.Uint64("seed", 20260301, "seed for shuffles, exploration, projections and cluster starts")
	tagEpochs := fs.Int("tag-epochs", 10, "passes of the tagger, morphology and lemma models")
	parseEpochs := fs.Int("parse-epochs", 15, "passes of the parser")
	minLabel := fs.Int("min-label", 3, "least count of a relation subtype to be a label of its own")
	trainFiles := fs.String("train", "fr_sequoia-ud-train.conllu,fr_gsd-ud-dev.conllu", "comma-separated training treebanks in --data (fr_parisstories-ud-train.conllu, spoken, lowered written-news accuracy when measured)")
	devFile := fs.String("dev", "fr_sequoia-ud-dev.conllu", "treebank in --data reported on after training")
	folds := fs.Int("folds", 1, "jackknife folds: the parser learns from tags predicted by taggers that did not see the sentence (1: gold tags)")
	clusterMin := fs.Int("cluster-min", 5, "least count of a corpus word to get a cluster")
	clusterContexts := fs.Int("cluster-contexts", 300, "commonest corpus words used as contexts")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "train-syntax: unexpected argument %q (all inputs are flags; see -h)\n", fs.Arg(0))
		return 2
	}
	start := time.Now()
	files := strings.Split(*trainFiles, ",")
	var train []conllu.Sentence
	for _, name := range files {
		s, err := readCoNLLU(filepath.Join(*data, name))
		if err != nil {
			fmt.Fprintf(stderr, "train-syntax: %v (pass --data pointing at ../shared/data/ud-french)\n", err)
			return 1
		}
		train = append(train, s...)
	}
	dev, err := readCoNLLU(filepath.Join(*data, *devFile))
	if err != nil {
		fmt.Fprintf(stderr, "train-syntax: %v\n", err)
		return 1
	}
	opts := syntax.TrainOptions{TagEpochs: *tagEpochs, ParseEpochs: *parseEpochs, Seed: *seed, Folds: *folds, MinLabel: *minLabel, Log: stdout}
	if *corpus != "" {
		if _, err := os.Stat(*corpus); err != nil {
			fmt.Fprintf(stderr, "train-syntax: %v (pass --corpus pointing at ../shared/data/orangesum/orangesum-fr.jsonl.gz, or --corpus '' for no clusters)\n", err)
			return 1
		}
		var readErr error
		corp := syntax.NewCorpus(corpusSentences(*corpus, &readErr))
		if readErr != nil {
			fmt.Fprintf(stderr, "train-syntax: %s: %v\n", *corpus, readErr)
			return 1
		}
		cl := syntax.Cluster(corp, syntax.ClusterOptions{
			MinCount: *clusterMin, Contexts: *clusterContexts, Dim: 128, Top: 32, Sub: 16, Iter: 10, Seed: *seed,
		})
		opts.Clusters = cl
		fmt.Fprintf(stdout, "clusters: %d words of %d running words in %s, %s\n", len(cl.Of), cl.Words, filepath.Base(*corpus), time.Since(start).Round(time.Second))
	}
	n := 0
	for _, s := range train {
		n += len(s.Words)
	}
	fmt.Fprintf(stdout, "train: %d sentences, %d words (%s)\n", len(train), n, strings.Join(files, ", "))
	m, err := syntax.Train(train, opts)
	if err != nil {
		fmt.Fprintf(stderr, "train-syntax: %v\n", err)
		return 1
	}
	// Report on the model as saved (quantised), as the extractor loads it.
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		fmt.Fprintf(stderr, "train-syntax: %v\n", err)
		return 1
	}
	saved, err := syntax.Load(buf.Bytes())
	if err != nil {
		fmt.Fprintf(stderr, "train-syntax: %v\n", err)
		return 1
	}
	syntax.NewParser(saved).Evaluate(dev).Print(stdout, strings.TrimSuffix(*devFile, ".conllu"))
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintf(stderr, "train-syntax: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s: %d bytes, sha256 %x, in %s\n", *out, buf.Len(), sha256.Sum256(buf.Bytes()), time.Since(start).Round(time.Second))
	return 0
}

func readCoNLLU(path string) ([]conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := conllu.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// corpusSentences yields the tokens of every line of every
// article's text in a JSON Lines gzip file; the first read error is
// stored in *errp.
func corpusSentences(path string, errp *error) iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		f, err := os.Open(path)
		if err != nil {
			*errp = err
			return
		}
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			*errp = err
			return
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		var words []string
		for sc.Scan() {
			var rec struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				continue
			}
			d := text.Analyze(rec.Text)
			for _, se := range d.Sentences {
				words = words[:0]
				for _, t := range d.Tokens[se.First:se.Last] {
					words = append(words, t.Text)
				}
				if !yield(words) {
					return
				}
			}
		}
		if err := sc.Err(); err != nil {
			*errp = err
		}
	}
}
