package relations

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
)

// enSpeechVerbs introduce or follow an English quotation.
var enSpeechVerbs = set("said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "tweeted", "posted",
	"stated", "declared", "insisted", "insists", "warned", "warns", "noted", "notes", "explained", "stressed", "stresses",
	"argued", "argues", "continued", "replied", "asked", "asks", "announced", "acknowledged", "admitted", "claimed",
	"claims", "recalled", "concluded", "emphasised", "emphasized", "underlined", "remarked", "observed", "responded",
	"answered", "predicted", "pledged", "vowed", "promised", "urged", "conceded", "confirmed", "maintained", "suggested",
	"cautioned", "complained", "lamented", "quipped", "retorted", "declared", "affirmed", "reiterated", "reaffirmed")

func isEnSpeechVerb(n string) bool { return enSpeechVerbs[n] }

// statementsEn records who said each quotation of English sentence si:
// "“…,” X said", "“…,” said X", "“…,” he added", "“…,” the minister
// said", "X said: “…”", "X told reporters “…”", "according to X, “…”".
func (w *work) statementsEn(si int) {
	w.quotations(si, w.enSpeakerAfter, w.enSpeakerBefore)
}

// enSpeakerAfter reads the attribution after a closed quotation.
func (w *work) enSpeakerAfter(q text.Quote, s text.Sentence) (int, string) {
	if q.Close < 0 {
		return -1, ""
	}
	toks := w.d.Tokens
	k := q.Close + 1
	if k < s.Last && toks[k].Text == "," {
		k++
	}
	if k >= s.Last {
		return -1, ""
	}
	// "said X", "added the minister"
	if isEnSpeechVerb(toks[k].Norm) {
		j := k + 1
		for j < s.Last && (toks[j].Norm == "mr" || toks[j].Norm == "mrs" || toks[j].Norm == "ms" || toks[j].Text == ".") {
			j++
		}
		if j < s.Last {
			if e, rule := w.enSpeakerUnit(j, s); e >= 0 {
				return e, rule
			}
		}
		return -1, ""
	}
	// "X said", "he told reporters", "the minister added"
	j := k
	if toks[j].Norm == "he" || toks[j].Norm == "she" {
		if v := j + 1; v < s.Last && w.enSpeechAhead(v, s) {
			return w.enPronounSpeaker(w.d.SentOf[j]), ruleEnSaidPronoun
		}
		return -1, ""
	}
	for j < s.Last && (enDeterminers[toks[j].Norm] || toks[j].Norm == "mr" || toks[j].Norm == "mrs" || toks[j].Norm == "ms" || toks[j].Text == ".") && w.g.unitAt[j] < 0 {
		j++
	}
	ui := -1
	if j < s.Last {
		ui = w.g.unitAt[j]
	}
	// "Russian President Vladimir Putin said": the demonym qualifies the
	// title after it.
	for ui >= 0 && (w.a.Units[ui].Kind == entities.UnitDemonym || w.enModifier(ui)) && w.a.Units[ui].Last < s.Last {
		j = w.a.Units[ui].Last
		if j+1 < s.Last && toks[j].Norm == "'s" {
			j++
		}
		ui = w.g.unitAt[j]
	}
	if ui < 0 {
		return -1, ""
	}
	u := w.a.Units[ui]
	if !w.enSpeechAhead(u.Last, s) {
		return -1, ""
	}
	return w.enSpeakerUnit(j, s)
}

// enSpeechAhead reports whether a verb of saying follows at v, adverbs
// and auxiliaries aside: "Biden told", "he later added", "X has said".
func (w *work) enSpeechAhead(v int, s text.Sentence) bool {
	toks := w.d.Tokens
	for ; v < s.Last && v < s.Last+4; v++ {
		n := toks[v].Norm
		if isEnSpeechVerb(n) {
			return true
		}
		if !enAux[n] && !(strings.HasSuffix(n, "ly") && !toks[v].Cap) || enNegators[n] {
			return false
		}
	}
	return false
}

// enSpeakerUnit names the speaker whose unit starts at token j: a named
// entity, or a title resolved to the one person who bears it.
func (w *work) enSpeakerUnit(j int, s text.Sentence) (int, string) {
	ui := w.g.unitAt[j]
	if ui < 0 {
		return -1, ""
	}
	u := w.a.Units[ui]
	if u.Kind == entities.UnitDemonym {
		return -1, "" // a demonym
	}
	if w.enModifier(ui) {
		ni := w.g.unitAt[u.Last]
		if u.Last < len(w.d.Tokens) && w.d.Tokens[u.Last].Norm == "'s" {
			ni = w.g.unitAt[u.Last+1]
		}
		u, ui = w.a.Units[ni], ni
	}
	if u.Entity >= 0 {
		return u.Entity, ruleEnSaidAfter
	}
	if ni := w.g.appositiveName(ui, s.Last); ni >= 0 {
		return w.a.Units[ni].Entity, ruleEnSaidAfter
	}
	return w.enDescribedPerson(ui), ruleEnSaidTitle
}

// enDescribedPerson resolves "the minister" to the one person named
// earlier with a title of the same last word ("Foreign Minister X"):
// English shortens titles from the front.
func (w *work) enDescribedPerson(ui int) int {
	if p := w.describedPerson(ui); p >= 0 {
		return p
	}
	u := w.a.Units[ui]
	if u.Kind != entities.UnitDescription || u.Role < 0 {
		return -1
	}
	last := func(h string) string { return h[strings.LastIndexByte(h, ' ')+1:] }
	head := last(w.a.Roles[u.Role].Head)
	found := -1
	for _, r := range w.a.Roles {
		if r.Person < 0 || r.Plural || r.Homologue || r.InQuote || r.First >= u.First || last(r.Head) != head {
			continue
		}
		if w.a.Entities[r.Person].Type != kg.Person {
			continue
		}
		if found >= 0 && found != r.Person {
			return -1
		}
		found = r.Person
	}
	return found
}

// enPronounSpeaker resolves "he said" after a quotation: the speaker of
// the quotation before (within three sentences), else the one person of
// this sentence and the one before.
func (w *work) enPronounSpeaker(si int) int {
	if w.lastSpeakerSent >= 0 && w.lastSpeaker >= 0 && si-w.lastSpeakerSent <= 3 && w.lastSpeakerSent <= si {
		return w.lastSpeaker
	}
	return w.onlyPerson(si)
}

// enSpeakerBefore reads "X said: “…”", "X told reporters “…”", "X said
// Washington would stand with Ukraine “…”" and "according to X, “…”".
func (w *work) enSpeakerBefore(q text.Quote, s text.Sentence) (int, string) {
	toks := w.d.Tokens
	o := q.Open
	for k := o - 1; k >= s.First && o-k < 30; k-- {
		t := toks[k]
		if w.d.InQuote[k] || text.IsQuoteMark(t) || t.Text == ";" {
			return -1, ""
		}
		if t.Norm == "according" && k+2 < s.Last && toks[k+1].Norm == "to" {
			j := k + 2
			for j < s.Last && enDeterminers[toks[j].Norm] && w.g.unitAt[j] < 0 {
				j++
			}
			if ui := w.g.unitAt[j]; ui >= 0 && w.a.Units[ui].Entity >= 0 {
				return w.a.Units[ui].Entity, ruleEnSaidBefore
			}
			return -1, ""
		}
		if t.Kind == text.Word && isEnSpeechVerb(t.Norm) && w.g.unitAt[k] < 0 {
			g := k
			for g > s.First && enAux[toks[g-1].Norm] && toks[g-1].Norm != "'s" && !enNegators[toks[g-1].Norm] {
				g--
			}
			if g > s.First && enNegators[toks[g-1].Norm] {
				return -1, ""
			}
			if subs, ok := w.enSubject(g, s.First, 1); ok && len(subs) == 1 {
				return w.a.Units[subs[0]].Entity, ruleEnSaidBefore
			}
			if g > s.First && (toks[g-1].Norm == "he" || toks[g-1].Norm == "she") {
				if p, _ := w.enSubjectOrPronoun(w.d.SentOf[k], g); len(p) == 1 {
					return w.a.Units[p[0]].Entity, ruleEnSaidPronoun
				}
			}
			return -1, ""
		}
	}
	return -1, ""
}
