package relations

import (
	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/text"
)

// ruleTreeRequest: an act done at someone's request, "X a renoncé à se
// présenter à la demande d'Emmanuel Macron": Emmanuel Macron asked X.
const ruleTreeRequest = "tree-request"

// requests records, for each "à la demande de Y" of sentence si that
// hangs on a clause whose subject is named, that Y asked that subject.
// Not a passive's subject ("a été limogé à la demande de Y": whoever
// fired them was asked), nor a clause denied or only planned.
func (w *work) requests(si int) {
	s := w.tree(si)
	f, ok := w.lexFrame(w.x.lex.verbs["demander"], "à")
	if !ok {
		return
	}
	for n, d := range s.Words {
		if d.UPOS != syntax.NOUN || d.Lemma != "demande" || !caseIs(s, n, "à") || d.Feats.Number == syntax.NumberPlur {
			continue
		}
		if t := d.Token; t < 0 || w.d.InQuote[t] {
			continue
		}
		det := s.Dependent(n, "det")
		if det < 0 || text.Fold(s.Words[det].Form) != "la" {
			continue // "à sa demande", "à une demande"
		}
		v := s.Words[n].Head
		if v < 0 || s.Words[v].UPOS != syntax.VERB {
			continue
		}
		if clauseOf(s, v).passive {
			continue
		}
		g := v // the clause whose subject acted: "a renoncé à se présenter …"
		for infinitive(s, g) && len(s.Dependents(g, "nsubj")) == 0 && s.Words[g].Head >= 0 && s.Words[s.Words[g].Head].UPOS == syntax.VERB {
			g = s.Words[g].Head
		}
		if cg := clauseOf(s, g); cg.negated || cg.wished || cg.modality != "" || cg.passive {
			continue
		}
		var askers []int
		for _, k := range s.Dependents(n, "nmod") {
			if caseIs(s, k, "de") || s.Case(k) == "du" || s.Case(k) == "des" {
				askers = append(askers, k)
			}
		}
		subs := w.argUnits(si, s, askers)
		objs := w.argUnits(si, s, subjectOf(s, g, false))
		if len(subs) == 0 || len(objs) == 0 {
			continue
		}
		w.treePairs(si, s, n, f, subs, objs, "", ruleTreeRequest)
	}
}
