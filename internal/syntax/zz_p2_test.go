package syntax_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/syntax/model"
	"github.com/newsgraph/newsgraph/internal/text"
)

func TestTry(t *testing.T) {
	m, _ := syntax.Load(model.Gzipped())
	p := syntax.NewParser(m)
	for _, s := range strings.Split(os.Getenv("SENTS"), "|") {
		d := text.Analyze(s)
		names := make([]bool, len(d.Tokens))
		for i, tk := range d.Tokens {
			for _, n := range strings.Fields(os.Getenv("NAMES")) {
				if tk.Text == n {
					names[i] = true
				}
			}
		}
		for _, sn := range p.ParseSentences(d, nil, names) {
			for i, w := range sn.Words {
				fmt.Printf("%d\t%s\t%s\t%s\t%d\t%s\n", i, w.Form, w.Lemma, w.UPOS, w.Head, w.Deprel)
			}
			fmt.Println()
		}
	}
}
