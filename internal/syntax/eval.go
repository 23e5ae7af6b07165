package syntax

import (
	"fmt"
	"io"

	"github.com/newsgraph/newsgraph/internal/syntax/conllu"
)

// Scores counts words whose prediction matches the gold annotation, the
// CoNLL 2018 shared task's way over gold tokens: LAS compares universal
// relations (no subtype); a gold lemma "_" matches anything.
type Scores struct {
	Words, UPOS, Feats, Lemma, UAS, LAS int
}

// Add counts one sentence: pred and gold have the same words.
func (s *Scores) Add(pred, gold []conllu.Word) {
	for i := range gold {
		g, p := &gold[i], &pred[i]
		s.Words++
		if p.UPOS == g.UPOS {
			s.UPOS++
		}
		if p.Feats == g.Feats || (p.Feats == "" && g.Feats == "_") || (p.Feats == "_" && g.Feats == "") {
			s.Feats++
		}
		if g.Lemma == "_" || p.Lemma == g.Lemma {
			s.Lemma++
		}
		if p.Head == g.Head {
			s.UAS++
			if universal(p.Deprel) == universal(g.Deprel) {
				s.LAS++
			}
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Ratios returns UPOS, feature-bundle and lemma accuracy, UAS and LAS.
func (s Scores) Ratios() (upos, feats, lemma, uas, las float64) {
	return ratio(s.UPOS, s.Words), ratio(s.Feats, s.Words), ratio(s.Lemma, s.Words), ratio(s.UAS, s.Words), ratio(s.LAS, s.Words)
}

// Print writes the scores on one line.
func (s Scores) Print(w io.Writer, name string) {
	u, f, l, ua, la := s.Ratios()
	fmt.Fprintf(w, "%-28s words %6d  UPOS %.4f  UFeats %.4f  Lemma %.4f  UAS %.4f  LAS %.4f\n", name, s.Words, u, f, l, ua, la)
}

// Annotate replaces the predicted columns of s (UPOS, FEATS, LEMMA, HEAD,
// DEPREL) with the parser's, keeping its words.
func (p *Parser) Annotate(s *conllu.Sentence) {
	forms := make([]string, len(s.Words))
	for i, w := range s.Words {
		forms[i] = w.Form
	}
	words := p.ParseWords(forms)
	for i := range s.Words {
		w := &s.Words[i]
		pw := &words[i]
		w.UPOS = pw.UPOS.String()
		w.Lemma = pw.Lemma
		w.Feats = pw.UDFeats
		w.Head = pw.Head + 1
		w.Deprel = pw.Deprel
		w.XPOS = "_"
		w.Deps = "_"
	}
}

// Evaluate parses the words of gold sentences and scores the result.
func (p *Parser) Evaluate(gold []conllu.Sentence) Scores {
	var sc Scores
	for i := range gold {
		g := &gold[i]
		pred := conllu.Sentence{Words: append([]conllu.Word(nil), g.Words...)}
		p.Annotate(&pred)
		sc.Add(pred.Words, g.Words)
	}
	return sc
}
