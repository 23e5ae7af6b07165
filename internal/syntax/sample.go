package syntax

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/syntax/conllu"
)

// sample is one annotated sentence, as the trainers and the evaluation
// see it: heads are 1-based (0 is the root), as in CoNLL-U.
type sample struct {
	forms  []string
	upos   []UPOS
	feats  []string
	lemmas []string
	heads  []int
	rels   []string
}

func fromCoNLLU(s *conllu.Sentence) *sample {
	n := len(s.Words)
	x := &sample{
		forms: make([]string, n), upos: make([]UPOS, n), feats: make([]string, n),
		lemmas: make([]string, n), heads: make([]int, n), rels: make([]string, n),
	}
	for i, w := range s.Words {
		x.forms[i] = w.Form
		x.upos[i] = ParseUPOS(w.UPOS)
		x.feats[i] = w.Feats
		if x.feats[i] == "" {
			x.feats[i] = "_"
		}
		x.lemmas[i] = w.Lemma
		x.heads[i] = w.Head
		x.rels[i] = w.Deprel
	}
	return x
}

// universal returns a relation without its subtype ("obl:arg" -> "obl").
func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}
