// Command train-ner trains the named-entity tagger embedded in the
// extractor from POPCORN and Europeana Newspapers French, reproducibly
// (fixed seed), and reports its accuracy on a held-out split.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"github.com/newsgraph/newsgraph/internal/ner"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

func run(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train-ner", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/data", "folder holding popcorn/train.json and europeana-fr/enp_FR.bnf.bio")
	out := fs.String("out", "internal/ner/model/ner.bin.gz", "where to write the model (gzip)")
	epochs := fs.Int("epochs", 6, "training passes")
	seed := fs.Uint64("seed", 20260227, "seed for the split and the training order")
	holdout := fs.Float64("holdout", 0.1, "share of POPCORN documents and Europeana blocks held out for evaluation")
	target := fs.Float64("precision", 0.9, "held-out entity precision the model's threshold aims at")
	weight := fs.Int("popcorn-weight", 5, "how many times each POPCORN training sentence is seen per pass (modern prose, against 1906 OCR)")
	typeTarget := fs.Float64("type-accuracy", 0.9, "held-out type accuracy (spans with right boundaries) the model's type threshold aims at")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	start := time.Now()
	train, test, err := load(*data, *seed, *holdout, *weight)
	if err != nil {
		fmt.Fprintf(stderr, "train-ner: %v (pass --data pointing at ../shared/data)\n", err)
		return 1
	}
	ntok := 0
	for _, ex := range train {
		ntok += len(ex.Toks)
	}
	fmt.Fprintf(stdout, "train: %d sentences, %d tokens; held out: %d POPCORN + %d Europeana sentences\n",
		len(train), ntok, len(test.popcorn), len(test.europeana))
	trained := ner.Train(train, *epochs, *seed)
	all := append(append([]ner.Example(nil), test.popcorn...), test.europeana...)
	rep := trained.Evaluate(all, 0)
	trained.Threshold = rep.Threshold(*target)
	trained.TypeThreshold = rep.TypeThreshold(*typeTarget)
	// Report on the model as saved: weights quantised, as the extractor
	// loads it.
	var buf bytes.Buffer
	if err := trained.Save(&buf); err != nil {
		fmt.Fprintf(stderr, "train-ner: %v\n", err)
		return 1
	}
	m, err := ner.Load(buf.Bytes())
	if err != nil {
		fmt.Fprintf(stderr, "train-ner: %v\n", err)
		return 1
	}
	m.Evaluate(all, 0).Print(stdout, "held-out, every span")
	m.Evaluate(test.popcorn, 0).Print(stdout, "POPCORN")
	m.Evaluate(test.europeana, 0).Print(stdout, "Europeana")
	fmt.Fprintf(stdout, "threshold (margin) for entity precision %.2f: %.3f\n", *target, m.Threshold)
	fmt.Fprintf(stdout, "type threshold (margin) for type accuracy %.2f on right boundaries: %.3f\n", *typeTarget, m.TypeThreshold)
	m.Evaluate(all, m.Threshold).Print(stdout, "held-out, margin >= threshold")
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintf(stderr, "train-ner: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s: %d features, %d bytes, in %s\n", *out, m.Features(), buf.Len(), time.Since(start).Round(time.Second))
	return 0
}

type heldOut struct{ popcorn, europeana []ner.Example }

// load reads both corpora and splits them by a seeded shuffle: POPCORN by
// document, Europeana by blocks of 50 consecutive sentences (neighbouring
// sentences share names; a block keeps them on one side).
func load(dir string, seed uint64, share float64, weight int) ([]ner.Example, heldOut, error) {
	var test heldOut
	rng := rand.New(rand.NewPCG(seed, 1))
	f, err := os.Open(filepath.Join(dir, "popcorn", "train.json"))
	if err != nil {
		return nil, test, err
	}
	docs, err := ner.ReadPOPCORN(f)
	f.Close()
	if err != nil {
		return nil, test, err
	}
	var train []ner.Example
	for i, k := range rng.Perm(len(docs)) {
		if i < int(share*float64(len(docs))) {
			test.popcorn = append(test.popcorn, docs[k].Sentences...)
		} else {
			for range max(1, weight) {
				train = append(train, docs[k].Sentences...)
			}
		}
	}
	f, err = os.Open(filepath.Join(dir, "europeana-fr", "enp_FR.bnf.bio"))
	if err != nil {
		return nil, test, err
	}
	eu, err := ner.ReadEuropeana(f, 60)
	f.Close()
	if err != nil {
		return nil, test, err
	}
	const block = 50
	nb := (len(eu) + block - 1) / block
	for i, b := range rng.Perm(nb) {
		part := eu[b*block : min(len(eu), (b+1)*block)]
		if i < int(share*float64(nb)) {
			test.europeana = append(test.europeana, part...)
		} else {
			train = append(train, part...)
		}
	}
	return train, test, nil
}
