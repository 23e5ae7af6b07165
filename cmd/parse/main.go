// Command parse tags, lemmatises and parses French: CoNLL-U with gold
// tokens or plain text in, CoNLL-U with predicted UPOS, FEATS, LEMMA,
// HEAD and DEPREL out; --eval scores the parser against gold treebanks.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/syntax/conllu"
	"github.com/newsgraph/newsgraph/internal/text"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// multiFlag collects a repeated flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: parse [--input conllu|text] [--model FILE] [FILE|- ...]\n       parse --eval GOLD.conllu [--eval GOLD2.conllu ...]")
		fs.PrintDefaults()
	}
	input := fs.String("input", "conllu", "input format: conllu (gold words, their annotation replaced) or text (plain text, split and tokenised here)")
	modelPath := fs.String("model", "", "model file written by train-syntax (default: the model built into this binary)")
	var evals multiFlag
	fs.Var(&evals, "eval", "score the parser on the words of this gold CoNLL-U file (UPOS, UFeats, lemma, UAS, LAS the CoNLL 2018 way); repeatable; prints scores instead of CoNLL-U")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *input != "conllu" && *input != "text" {
		fmt.Fprintf(stderr, "parse: --input %q: want conllu or text\n", *input)
		return 2
	}
	if len(evals) > 0 && fs.NArg() > 0 {
		fmt.Fprintln(stderr, "parse: --eval reads its gold files' words; give no other input")
		return 2
	}
	p, err := loadParser(*modelPath)
	if err != nil {
		fmt.Fprintf(stderr, "parse: %v\n", err)
		return 1
	}
	if len(evals) > 0 {
		return evaluate(p, evals, stdout, stderr)
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	status := 0
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			fmt.Fprintf(stderr, "parse: %v\n", err)
			return 1
		}
		r, closeIn, err := open(in, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "parse: %v\n", err)
			status = 1
			continue
		}
		if *input == "conllu" {
			err = parseCoNLLU(p, r, out)
		} else {
			err = parseText(p, r, out, name(in))
		}
		closeIn()
		if err != nil {
			fmt.Fprintf(stderr, "parse: %s: %v\n", in, err)
			status = 1
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "parse: %v\n", err)
		return 1
	}
	return status
}

// loadParser loads the embedded model, or the one at path, and gives it
// the news's words as ingest does (extract.New), so that the lemmas
// printed and scored are the pipeline's.
func loadParser(path string) (*syntax.Parser, error) {
	var m *syntax.Model
	if path == "" {
		p, err := syntax.Default()
		if err != nil {
			return nil, err
		}
		m = p.Model()
	} else {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if m, err = syntax.Load(b); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	r, err := entities.New()
	if err != nil {
		return nil, err
	}
	m.SetNewsWords(r.NewsWord)
	return syntax.NewParser(m), nil
}

func open(path string, stdin io.Reader) (io.Reader, func(), error) {
	if path == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

func name(path string) string {
	if path == "-" {
		return "stdin"
	}
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}

func evaluate(p *syntax.Parser, files []string, stdout, stderr io.Writer) int {
	status := 0
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintf(stderr, "parse: %v\n", err)
			status = 1
			continue
		}
		gold, err := conllu.ReadAll(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "parse: %v\n", err)
			status = 1
			continue
		}
		p.Evaluate(gold).Print(stdout, filepath.Base(path))
	}
	return status
}

// parseCoNLLU replaces the annotation of every sentence of r, keeping its
// words, comments and multiword tokens.
func parseCoNLLU(p *syntax.Parser, r io.Reader, w io.Writer) error {
	rd := conllu.NewReader(r)
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		p.Annotate(&s)
		if err := conllu.Write(w, &s); err != nil {
			return err
		}
	}
}

// parseText splits plain text into sentences and tokens the project's way,
// parses them and writes CoNLL-U: a contraction is a multiword token
// ("1-2 du" over "de" and "le"), and SpaceAfter=No marks glued tokens.
func parseText(p *syntax.Parser, r io.Reader, w io.Writer, docName string) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	d := text.Analyze(string(b))
	for si, s := range p.ParseDoc(d) {
		if len(s.Words) == 0 {
			continue
		}
		out := toCoNLLU(d, &s)
		out.Comments = []string{
			"sent_id = " + docName + "-" + strconv.Itoa(si+1),
			"text = " + strings.Join(strings.Fields(d.Text[s.Words[0].Start:s.Words[len(s.Words)-1].End]), " "),
		}
		if err := conllu.Write(w, &out); err != nil {
			return err
		}
	}
	return nil
}

func toCoNLLU(d *text.Doc, s *syntax.Sentence) conllu.Sentence {
	var out conllu.Sentence
	ws := s.Words
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		// words sharing their bytes are a contraction
		j := i
		for j+1 < len(ws) && ws[j+1].Start == w.Start && ws[j+1].End == w.End {
			j++
		}
		glued := j+1 < len(ws) && ws[j+1].Start == ws[j].End
		if j > i {
			m := conllu.MultiWord{First: i + 1, Last: j + 1, Form: d.Text[w.Start:w.End]}
			if glued {
				m.Misc = "SpaceAfter=No"
			}
			out.Multi = append(out.Multi, m)
		}
		for k := i; k <= j; k++ {
			x := ws[k]
			cw := conllu.Word{ID: k + 1, Form: x.Form, Lemma: x.Lemma, UPOS: x.UPOS.String(), XPOS: "_",
				Feats: x.UDFeats, Head: x.Head + 1, Deprel: x.Deprel, Deps: "_", Misc: "_"}
			if j == i && glued {
				cw.Misc = "SpaceAfter=No"
			}
			out.Words = append(out.Words, cw)
		}
		i = j
	}
	return out
}
