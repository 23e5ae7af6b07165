package relations

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
)

// enTimeWords may stand between an English subject and its verb: "Biden
// on Friday met", "Guterres on Tuesday, November 14, condemned".
var enTimeWords = set("on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
	"today", "earlier", "later", "last", "this", "week", "month", "year", "morning", "evening", "afternoon", "night",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
	"december", "also", "then", "meanwhile", "however", "too", "in")

// enPairNouns are the heads of "the two leaders".
var enPairNouns = map[string]string{
	"leaders": kg.Person, "men": kg.Person, "women": kg.Person, "ministers": kg.Person, "presidents": kg.Person,
	"diplomats": kg.Person, "officials": kg.Person, "sides": kg.GPE, "countries": kg.GPE, "nations": kg.GPE,
	"governments": kg.GPE, "neighbours": kg.GPE, "neighbors": kg.GPE, "allies": kg.GPE,
}

// enSubjectOrPronoun finds the subject of the English verb group starting
// at group: a named subject, "the two leaders", or "he"/"she" for the
// person the text is about. It returns nil when unsure.
func (w *work) enSubjectOrPronoun(si, group int) ([]int, string) {
	s := w.d.Sentences[si]
	if subs, ok := w.enSubject(group, s.First, 0); ok {
		return subs, ruleEnVerb
	}
	toks := w.d.Tokens
	k := group - 1
	if k < s.First {
		return nil, ""
	}
	switch toks[k].Norm {
	case "he", "she":
		if k > s.First && (toks[k-1].Norm == "that" || enPrepositions[toks[k-1].Norm] || isEnSpeechVerb(toks[k-1].Norm)) {
			return nil, "" // "X said that he would meet Y": reported, not asserted
		}
		if ui := w.leadingPerson(si); ui >= 0 && w.a.Units[ui].First < k {
			return []int{ui}, ruleEnPronoun
		}
		if w.lastSubj < 0 || w.lastSubjSent < si-1 {
			return nil, ""
		}
		if ui := w.lastUnitOf(w.lastSubj, k); ui >= 0 {
			return []int{ui}, ruleEnPronoun
		}
	default:
		if typ, ok := enPairNouns[toks[k].Norm]; ok && k-2 >= s.First && toks[k-1].Norm == "two" && (toks[k-2].Norm == "the" || toks[k-2].Norm == "both") {
			if p := w.pairBefore(si, k-2, typ, false); p != nil {
				return p, ruleEnPair
			}
		}
	}
	return nil, ""
}

// enSubject finds the named subject before the verb group at group: the
// nearest unit, with only time phrases, adverbs or a closed apposition
// between, that no preposition governs; with the units coordinated to
// it. "X rejected Y and accused Z" gives Z's accuser the first verb's
// subject when nothing reported comes before it.
func (w *work) enSubject(group, first, depth int) ([]int, bool) {
	toks := w.d.Tokens
	for k := group - 1; k >= first && group-k < 30; k-- {
		if w.d.InQuote[k] {
			return nil, false
		}
		t := toks[k]
		if ui := w.g.unitAt[k]; ui >= 0 {
			u := w.a.Units[ui]
			if u.Kind == entities.UnitDemonym || u.Entity < 0 || w.enGoverned(ui) || w.enAfterVerb(ui) {
				return nil, false
			}
			subs := []int{ui}
			for j := u.First - 1; j > first; {
				if toks[j].Norm == "the" && j-1 > first {
					j--
				}
				if toks[j].Norm != "and" && (toks[j].Text != "," || len(subs) == 1) {
					break
				}
				pj := w.g.unitAt[j-1]
				if pj < 0 || w.a.Units[pj].Entity < 0 || w.a.Units[pj].Kind == entities.UnitDemonym {
					break
				}
				subs = append(subs, pj)
				j = w.a.Units[pj].First - 1
			}
			return subs, true
		}
		switch {
		case enTimeWords[t.Norm] || t.Kind == text.Number || enAux[t.Norm] && t.Norm != "'s" || strings.HasSuffix(t.Norm, "ly") && !t.Cap:
			continue
		case t.Text == ",":
			// ", who was received by Putin at the Kremlin," or ", the
			// foreign minister,": a closed apposition or relative clause.
			open := -1
			for j := k - 1; j >= first && j > k-16; j-- {
				if toks[j].Text == "," {
					open = j
					break
				}
				if toks[j].Text == ";" || toks[j].Text == ":" || text.IsQuoteMark(toks[j]) {
					break
				}
			}
			if open < 0 || open+1 >= k {
				return nil, false
			}
			n := toks[open+1].Norm
			// ", asked about the talks," ", speaking in Brussels,": a
			// participle phrase.
			participle := !toks[open+1].Cap && (strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "ing"))
			if n == "who" || n == "which" || participle || enDeterminers[n] || enTimeWords[n] || toks[open+1].Kind == text.Number || w.g.unitAt[open+1] >= 0 && w.a.Units[w.g.unitAt[open+1]].Entity < 0 {
				k = open
				continue
			}
			return nil, false
		case (t.Norm == "who" || t.Norm == "which") && k-1 >= first:
			// "Orban, who was received by Putin": the antecedent.
			j := k - 1
			if toks[j].Text == "," {
				j--
			}
			if j >= first {
				if ui := w.g.unitAt[j]; ui >= 0 && w.a.Units[ui].Entity >= 0 && w.a.Units[ui].Kind != entities.UnitDemonym {
					return []int{ui}, true
				}
			}
			return nil, false
		case t.Norm == "and" && depth == 0 && k == group-1:
			return w.sharedSubject(k, first)
		}
		return nil, false
	}
	return nil, false
}

// sharedSubject reads "X rejected the criticism and accused Y": the verb
// before "and" at k, within its clause, lends its subject when that
// subject opens the clause (nothing reported: "Lavrov said Moscow had
// ... and accused NATO" is left alone).
func (w *work) sharedSubject(k, first int) ([]int, bool) {
	toks := w.d.Tokens
	for j := k - 1; j >= first && j > k-15; j-- {
		if toks[j].Kind == text.Punct || w.d.InQuote[j] || enClauseStops[toks[j].Norm] {
			return nil, false
		}
		if w.g.unitAt[j] >= 0 {
			continue
		}
		n := toks[j].Norm
		_, trig := w.x.enVerbs[n]
		if !trig && !(strings.HasSuffix(n, "ed") && !toks[j].Cap) {
			continue
		}
		g := j
		for g > first && enAux[toks[g-1].Norm] && toks[g-1].Norm != "'s" {
			g--
		}
		subs, ok := w.enSubject(g, first, 1)
		if !ok {
			return nil, false
		}
		for m := first; m < w.a.Units[subs[len(subs)-1]].First; m++ {
			if isEnSpeechVerb(toks[m].Norm) || toks[m].Norm == "that" {
				return nil, false
			}
		}
		return subs, true
	}
	return nil, false
}

// enGoverned reports whether a preposition governs unit ui ("in Geneva",
// "with the United States").
func (w *work) enGoverned(ui int) bool {
	u := w.a.Units[ui]
	k := u.First - 1
	if k < 0 {
		return false
	}
	for k > 0 && (enDeterminers[w.d.Tokens[k].Norm] && w.d.Tokens[k].Norm != "'s" || w.g.unitAt[k] >= 0 && w.a.Units[w.g.unitAt[k]].Kind == entities.UnitDemonym) {
		k--
	}
	return enPrepositions[w.d.Tokens[k].Norm]
}

// enAfterVerb reports whether unit ui is the object of a verb right
// before it ("Biden, who met Bennett, ..."): then it subjects nothing.
func (w *work) enAfterVerb(ui int) bool {
	u := w.a.Units[ui]
	k := u.First - 1
	for k > 0 && enDeterminers[w.d.Tokens[k].Norm] {
		k--
	}
	if k < 0 {
		return false
	}
	t := w.d.Tokens[k]
	if _, ok := w.x.enVerbs[t.Norm]; ok {
		return true
	}
	return t.Kind == text.Word && !t.Cap && strings.HasSuffix(t.Norm, "ed")
}

// enModifier reports whether unit ui only qualifies the title after it:
// "U.S." in "U.S. President Donald Trump", "NATO" in "NATO Secretary
// General Jens Stoltenberg".
func (w *work) enModifier(ui int) bool {
	u := w.a.Units[ui]
	k := u.Last
	if k < len(w.d.Tokens) && w.d.Tokens[k].Norm == "'s" {
		k++
	}
	if k >= len(w.d.Tokens) {
		return false
	}
	ni := w.g.unitAt[k]
	if ni < 0 || ni == ui || w.a.Units[ni].First != k {
		return false
	}
	kind := w.a.Units[ni].Kind
	return kind == entities.UnitRolePerson || kind == entities.UnitDescription
}

// enObjects finds the objects after the English trigger at v: the first
// named noun phrase (after the preposition the trigger wants), then the
// units coordinated to it. A name that is only the complement of another
// noun ("the attack on a hospital in Gaza") is none, except the owner of
// what is judged ("criticised Germany's decision").
func (w *work) enObjects(v, last int, tr trigger) []int {
	toks := w.d.Tokens
	k := v + 1
	for k < last && k-v <= 4 && enSkip[toks[k].Norm] && !(tr.shape == withPrep && contains(tr.preps, toks[k].Norm)) {
		k++
	}
	if k < last && toks[k].Norm == "with" && tr.shape == direct && tr.symmetric {
		k++ // "met with"
	} else if tr.shape == withPrep {
		if k >= last || !contains(tr.preps, toks[k].Norm) {
			return nil
		}
		k++
	}
	var out []int
	heads := 0
	for ; k < last && k-v < 14; k++ {
		t := toks[k]
		if ui := w.g.unitAt[k]; ui >= 0 {
			u := w.a.Units[ui]
			if u.Kind == entities.UnitDemonym || w.enModifier(ui) {
				k = u.Last - 1
				if k+1 < last && toks[k+1].Norm == "'s" {
					k++
				}
				continue
			}
			if u.Entity < 0 {
				return nil
			}
			if tr.shape == direct && len(out) == 0 && heads == 0 && u.First > 0 && (toks[u.First-1].Norm == "in" || toks[u.First-1].Norm == "at") && !tr.place {
				k = u.Last - 1 // "met in Geneva Y": the place
				continue
			}
			if heads > 0 {
				return nil
			}
			if u.Last < last && toks[u.Last].Norm == "'s" {
				// "criticised Germany's decision": the owner of a judged act.
				if evaluative(tr.cameo) && u.Last+1 < last && enAgentNouns[toks[u.Last+1].Norm] {
					return []int{ui}
				}
				// "sanctions on Iran's oil ministry": its institution.
				for j := u.Last + 1; j < last && j <= u.Last+3 && toks[j].Kind == text.Word && w.g.unitAt[j] < 0; j++ {
					if enInstitutions[toks[j].Norm] || toks[j].Norm == "bank" || toks[j].Norm == "guards" {
						return []int{ui}
					}
				}
				return nil
			}
			out = append(out, ui)
			k = u.Last
			listed := 1
			for k+1 < last && (toks[k].Norm == "and" || toks[k].Text == ",") {
				and := toks[k].Norm == "and"
				n := k + 1
				if toks[n].Norm == "the" && w.g.unitAt[n] < 0 {
					n++
				}
				nu := w.g.unitAt[n]
				if n >= last || nu < 0 || w.a.Units[nu].Entity < 0 || w.a.Units[nu].Kind == entities.UnitDemonym || w.a.Units[nu].First != n {
					break
				}
				if e := w.a.Units[nu].Last; e < last && toks[e].Norm == "'s" {
					break
				}
				out = append(out, nu)
				k = w.a.Units[nu].Last
				if and {
					listed = len(out)
				}
			}
			return out[:listed]
		}
		if t.Kind == text.Punct && t.Text != "." || text.IsQuoteMark(t) || enClauseStops[t.Norm] {
			return nil
		}
		if t.Text == "." {
			continue // "Mr." in a name
		}
		if _, isVerb := w.x.enVerbs[t.Norm]; isVerb && heads == 0 && !(k > 0 && enDeterminers[toks[k-1].Norm]) {
			return nil
		}
		switch {
		case enDeterminers[t.Norm] || t.Norm == "mr" || t.Norm == "mrs" || t.Norm == "ms" || t.Norm == "dr":
		case enPrepositions[t.Norm]:
			if len(out) == 0 && heads == 0 && t.Norm != "of" {
				return nil // "met in Geneva with", "criticised for": no object yet
			}
		default:
			heads++
		}
	}
	return out
}

// enAgentNouns name what someone does or says, so that judging it judges
// its owner: "Germany's decision".
var enAgentNouns = set("decision", "decisions", "policy", "policies", "position", "stance", "response", "handling",
	"conduct", "actions", "action", "move", "moves", "plan", "plans", "proposal", "statement", "statements", "remarks",
	"comments", "refusal", "support", "leadership", "role", "efforts", "offensive", "invasion", "aggression", "threats",
	"ruling", "verdict", "sanctions", "demands", "behaviour", "behavior", "approach", "strategy", "attacks", "attack")

// enTopics reads the entities talks were about: "spoke about X and Y",
// "talks on X", or the direct object of "discussed X".
func (w *work) enTopics(s text.Sentence, from, v int, parties []int) []int {
	toks := w.d.Tokens
	k := from + 1
	for k < s.Last && k-from <= 4 && enSkip[toks[k].Norm] && toks[k].Norm != "on" && toks[k].Norm != "over" {
		k++
	}
	if k >= s.Last {
		return nil
	}
	switch n := toks[k].Norm; {
	case n == "about" || n == "on" || n == "over" || n == "regarding":
		k++
	case from == v && strings.HasPrefix(toks[v].Norm, "discuss"):
	default:
		return nil
	}
	var out []int
	for k < s.Last {
		for k < s.Last && enDeterminers[toks[k].Norm] && w.g.unitAt[k] < 0 {
			k++
		}
		if k >= s.Last {
			break
		}
		ui := w.g.unitAt[k]
		if ui < 0 || w.a.Units[ui].Entity < 0 || w.a.Units[ui].First != k || w.a.Units[ui].Kind == entities.UnitDemonym {
			break
		}
		e := w.a.Units[ui].Entity
		party := false
		for _, p := range parties {
			party = party || w.a.Units[p].Entity == e
		}
		if !party {
			out = append(out, e)
		}
		k = w.a.Units[ui].Last
		if k+1 < s.Last && (toks[k].Norm == "and" || toks[k].Text == ",") {
			k++
			continue
		}
		break
	}
	return out
}
