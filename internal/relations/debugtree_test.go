package relations

import (
	"fmt"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/text"
)

// TestDebugTree prints, for DEBUG_TREE=file, every lexicon verb and noun
// with the units its subject and targets resolve to.
func TestDebugTree(t *testing.T) {
	path := os.Getenv("DEBUG_TREE")
	if path == "" {
		t.Skip("DEBUG_TREE unset")
	}
	b, _ := os.ReadFile(path)
	r, _ := entities.New()
	d := text.Analyze(string(b))
	a := r.Recognize(d)
	x := mustNew(t)
	tr := trees(t, d)
	w := &work{x: x, a: a, d: d, t: tr, g: newArgs(a), seen: map[string]bool{}, lastSpeaker: -1, lastSpeakerSent: -1, lastSubj: -1, lastSubjSent: -1}
	name := func(us []int) string {
		out := ""
		for _, u := range us {
			if e := a.Units[u].Entity; e >= 0 {
				out += a.Entities[e].Name + "; "
			}
		}
		return out
	}
	for si := range tr {
		s := &tr[si]
		for v, wd := range s.Words {
			fs := x.lex.verbs[wd.Lemma]
			if wd.UPOS != syntax.VERB {
				fs = nil
			}
			if wd.UPOS == syntax.NOUN {
				fs = x.lex.nouns[wd.Lemma]
			}
			if len(fs) == 0 {
				continue
			}
			inq := wd.Token >= 0 && d.InQuote[wd.Token]
			c := clauseOf(s, v)
			f := fs[0]
			subj := subjectOf(s, v, c.passive && f.target == "obj")
			fmt.Printf("s%d %s/%s %s inQuote=%v neg=%v mod=%q pass=%v refl=%v subjW=%v subj=[%s] tgt=[%s]\n   %s\n", si, wd.Form, wd.Lemma, wd.Deprel, inq, c.negated, c.modality, c.passive, c.reflex,
				subj, name(w.argUnits(si, s, subj)), name(w.argUnits(si, s, targetsOf(s, v, f, c))), d.Text[d.Sentences[si].Start:d.Sentences[si].End])
		}
	}
}
