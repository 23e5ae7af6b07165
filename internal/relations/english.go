package relations

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/text"
)

// English rules: the same predicates and CAMEO codes as the French
// triggers, read in English word order. Their confidences are measured on
// the English audit sets (testdata/audit-en, testdata/holdout-en).
const (
	ruleEnVerb        = "en-verb"         // "X criticised Y"
	ruleEnPassive     = "en-passive"      // "Y was received by X"
	ruleEnReciprocal  = "en-reciprocal"   // "X and Y met"
	ruleEnPair        = "en-pair"         // "the two leaders discussed"
	ruleEnPronoun     = "en-pronoun"      // "He also criticised Y" after a sentence about X
	ruleEnNounWith    = "en-noun-with"    // "X held talks with Y"
	ruleEnAction      = "en-action"       // "X imposed sanctions on Y"
	ruleEnSaidAfter   = "en-said-after"   // "“…,” X said", "“…,” said X"
	ruleEnSaidBefore  = "en-said-before"  // "X said: “…”", "according to X, “…”"
	ruleEnSaidPronoun = "en-said-pronoun" // "“…,” he added"
	ruleEnSaidTitle   = "en-said-title"   // "“…,” the minister said"
)

// enVerb is one English trigger verb: its forms (base, third person,
// past, participle, gerund) and the trigger they share.
type enVerb struct {
	forms []string
	t     trigger
}

var enVerbSpecs = []enVerb{
	{[]string{"meet", "meets", "met", "meeting"}, trigger{predicate: "met", cameo: "040", shape: direct, symmetric: true}},
	{[]string{"speak", "speaks", "spoke", "spoken", "speaking", "talk", "talks", "talked", "talking", "confer", "conferred"},
		trigger{predicate: "spoke_with", cameo: "040", shape: withPrep, preps: []string{"with", "to"}, symmetric: true, talk: true}},
	{[]string{"discuss", "discusses", "discussed", "discussing"}, trigger{predicate: "spoke_with", cameo: "040", shape: withPrep, preps: []string{"with"}, symmetric: true, talk: true}},
	{[]string{"phone", "phoned", "phones", "telephoned", "telephone"}, trigger{predicate: "phoned", cameo: "041", shape: direct, symmetric: true, talk: true}},
	{[]string{"negotiate", "negotiates", "negotiated", "negotiating"}, trigger{predicate: "negotiated_with", cameo: "046", shape: withPrep, preps: []string{"with"}, symmetric: true, talk: true}},
	{[]string{"host", "hosts", "hosted", "hosting", "receive", "receives", "received", "receiving"}, trigger{predicate: "hosted", cameo: "043", shape: direct}},
	{[]string{"visit", "visits", "visited", "visiting"}, trigger{predicate: "visited", cameo: "042", shape: direct, place: true}},
	{[]string{"travel", "travels", "travelled", "traveled", "travelling", "traveling"}, trigger{predicate: "visited", cameo: "042", shape: withPrep, preps: []string{"to"}, place: true}},
	{[]string{"thank", "thanks", "thanked", "thanking"}, trigger{predicate: "thanked", cameo: "051", shape: direct}},
	{[]string{"praise", "praises", "praised", "praising", "hail", "hails", "hailed", "congratulate", "congratulates", "congratulated", "commend", "commends", "commended", "laud", "lauded"},
		trigger{predicate: "praised", cameo: "051", shape: direct}},
	{[]string{"support", "supports", "supported", "back", "backs", "backed"}, trigger{predicate: "supported", cameo: "051", shape: direct}},
	{[]string{"defend", "defends", "defended", "defending"}, trigger{predicate: "defended", cameo: "052", shape: direct}},
	{[]string{"criticise", "criticises", "criticised", "criticising", "criticize", "criticizes", "criticized", "criticizing",
		"condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced", "denouncing", "blame", "blames", "blamed",
		"slam", "slams", "slammed", "rebuke", "rebuked", "rebukes", "castigated", "lambasted"},
		trigger{predicate: "criticized", cameo: "111", shape: direct}},
	{[]string{"accuse", "accuses", "accused", "accusing"}, trigger{predicate: "accused", cameo: "112", shape: direct}},
	{[]string{"oppose", "opposes", "opposed"}, trigger{predicate: "opposes", cameo: "110", shape: direct}},
	{[]string{"reject", "rejects", "rejected", "rejecting", "rebuff", "rebuffed"}, trigger{predicate: "rejected", cameo: "120", shape: direct}},
	{[]string{"investigate", "investigates", "investigated", "investigating"}, trigger{predicate: "investigates", cameo: "090", shape: direct}},
	{[]string{"sanction", "sanctions", "sanctioned", "sanctioning"}, trigger{predicate: "sanctions", cameo: "163", shape: direct}},
	{[]string{"threaten", "threatens", "threatened", "threatening"}, trigger{predicate: "threatens", cameo: "130", shape: direct}},
	{[]string{"agree", "agrees", "agreed"}, trigger{predicate: "agreed_with", cameo: "030", shape: withPrep, preps: []string{"with"}, symmetric: true}},
	// "urged X to ...", "called on X to ...": an appeal only with "to".
	{[]string{"urge", "urges", "urged", "urging", "exhort", "exhorted"}, trigger{predicate: "urged", cameo: "100", shape: direct, urge: true}},
	{[]string{"call", "calls", "called", "calling"}, trigger{predicate: "urged", cameo: "100", shape: withPrep, preps: []string{"on", "upon"}, urge: true}},
	{[]string{"attack", "attacks", "attacked", "attacking"}, trigger{predicate: "attacked", cameo: "190", shape: direct, verbal: true}},
	{[]string{"bomb", "bombs", "bombed", "bombing", "shell", "shelled", "strike", "struck"}, trigger{predicate: "attacked", cameo: "190", shape: direct}},
	{[]string{"sue", "sues", "sued", "suing"}, trigger{predicate: "sued", cameo: "115", shape: direct}},
}

func buildEnVerbs() map[string]trigger {
	m := map[string]trigger{}
	for _, v := range enVerbSpecs {
		for _, f := range v.forms {
			if _, dup := m[f]; !dup {
				m[f] = v.t
			}
		}
	}
	return m
}

// enNounTriggers are talks and visits named by a noun after a light verb:
// "X held talks with Y", "X paid a visit to Y".
var enNounTriggers = map[string]trigger{
	"talks":         {predicate: "spoke_with", cameo: "040", shape: withPrep, preps: []string{"with"}},
	"meeting":       {predicate: "met", cameo: "040", shape: withPrep, preps: []string{"with"}},
	"call":          {predicate: "phoned", cameo: "041", shape: withPrep, preps: []string{"with"}},
	"conversation":  {predicate: "spoke_with", cameo: "040", shape: withPrep, preps: []string{"with"}},
	"negotiations":  {predicate: "negotiated_with", cameo: "046", shape: withPrep, preps: []string{"with"}},
	"visit":         {predicate: "visited", cameo: "042", shape: withPrep, preps: []string{"to"}, place: true},
	"trip":          {predicate: "visited", cameo: "042", shape: withPrep, preps: []string{"to"}, place: true},
	"sanctions":     {predicate: "sanctions", cameo: "163", shape: withPrep, preps: []string{"on", "against"}},
	"investigation": {predicate: "investigates", cameo: "090", shape: withPrep, preps: []string{"into", "of"}},
	"probe":         {predicate: "investigates", cameo: "090", shape: withPrep, preps: []string{"into"}},
	"agreement":     {predicate: "agreed_with", cameo: "030", shape: withPrep, preps: []string{"with"}},
	"deal":          {predicate: "agreed_with", cameo: "030", shape: withPrep, preps: []string{"with"}},
}

// enLightVerbs give a noun trigger to the subject: "held talks", "paid a
// visit", "imposed sanctions".
var enLightVerbs = set("held", "hold", "holds", "holding", "had", "have", "has", "paid", "pay", "pays", "made", "make",
	"makes", "imposed", "impose", "imposes", "imposing", "launched", "launch", "launches", "opened", "open", "opens",
	"signed", "sign", "signs", "reached", "reach", "struck", "conducted", "began", "begin", "begins", "started", "start")

var (
	// enAux are the words of a verb group before its main verb, and the
	// adverbs and time phrases that sit inside it.
	enAux = set("has", "have", "had", "having", "was", "were", "is", "are", "am", "be", "been", "being", "will", "would",
		"could", "can", "may", "might", "should", "must", "shall", "did", "does", "do", "not", "never", "also", "already",
		"reportedly", "allegedly", "publicly", "repeatedly", "sharply", "strongly", "openly", "again", "then", "later",
		"earlier", "previously", "recently", "formally", "officially", "personally", "directly", "briefly", "warmly",
		"fiercely", "harshly", "firmly", "jointly", "separately", "still", "just", "further", "once", "twice", "finally",
		"won't", "wouldn't", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "wasn't", "weren't", "isn't",
		"aren't", "couldn't", "can't", "cannot", "shouldn't", "'ll", "'d", "'s", "yesterday", "today", "tonight")
	enNegators = set("not", "never", "won't", "wouldn't", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't",
		"wasn't", "weren't", "isn't", "aren't", "couldn't", "can't", "cannot", "shouldn't", "no", "neither", "nor", "without")
	enHedges  = set("would", "could", "may", "might", "should", "reportedly", "allegedly", "'d", "possibly", "probably", "likely")
	enFutures = set("will", "'ll", "shall")
	// enPlans before "to" make the infinitive future: "is expected to
	// meet", "plans to visit".
	enPlans = set("expected", "plans", "planned", "plan", "planning", "set", "due", "scheduled", "going", "intends",
		"intend", "intended", "poised", "slated", "will", "aims", "prepares", "preparing", "prepared")
	// enWishes make it a wish or purpose: "wants to meet", "invited X to
	// visit".
	enWishes = set("want", "wants", "wanted", "hope", "hopes", "hoped", "seek", "seeks", "sought", "try", "tries", "tried",
		"trying", "offered", "offers", "offer", "invited", "invites", "invite", "asked", "asks", "urged", "urges", "called",
		"proposed", "proposes", "agreed", "agrees", "promised", "promises", "vowed", "vows", "pledged", "pledges",
		"ready", "willing", "able", "wish", "wishes", "wished", "needs", "need", "has", "have", "had", "would", "like",
		"threatened", "threatens", "looking", "attempt", "attempted", "attempts", "decided", "decides", "chose")
	// enDenials make it not happen: "refused to meet", "declined to
	// criticise".
	enDenials = set("refused", "refuses", "refuse", "declined", "declines", "decline", "denied", "denies", "deny", "failed",
		"fails", "ruled", "stopped", "avoided", "avoids", "unable", "unwilling", "reluctant", "cancelled", "canceled",
		"postponed", "ceased", "halted")
	enDeterminers = set("the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "another",
		"any", "no", "every", "each", "some", "one", "first", "new", "surprise", "rare", "brief", "two-day", "three-day",
		"official", "state", "phone", "telephone", "video", "virtual", "bilateral", "lengthy", "last", "next", "'s")
	enPrepositions = set("of", "in", "at", "on", "with", "by", "to", "from", "for", "against", "about", "after", "before",
		"over", "into", "near", "during", "between", "among", "across", "toward", "towards", "through", "under", "within",
		"without", "than", "like", "including", "via", "upon", "amid", "despite", "inside", "outside", "around")
	enClauseStops = set("that", "who", "whom", "which", "whose", "when", "where", "while", "because", "if", "as", "but",
		"although", "though", "after", "before", "since", "until", "unless", "so", "whether", "and", "or", "nor", "to")
	// enSkip may sit between a verb and its object: "spoke by phone with",
	// "met on Friday with".
	enSkip = set("by", "phone", "telephone", "over", "the", "again", "also", "briefly", "separately", "later", "on",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "publicly",
		"privately", "directly", "warmly", "sharply", "strongly", "openly", "repeatedly", "personally", "formally",
		"video", "link", "videolink", "virtually", "jointly", "up")
	enInstitutions = set("government", "administration", "ministry", "army", "military", "forces", "authorities",
		"officials", "delegation", "embassy", "diplomats", "leaders", "troops", "police", "navy", "parliament", "president",
		"presidency", "regime", "envoy", "office", "spokesman", "spokeswoman", "spokesperson")
)

// sentenceEn reads the events and quotations of an English sentence.
func (w *work) sentenceEn(si int) {
	s := w.d.Sentences[si]
	toks := w.d.Tokens
	for i := s.First; i < s.Last; i++ {
		if w.d.InQuote[i] || toks[i].Kind != text.Word {
			continue
		}
		n := toks[i].Norm
		if _, ok := enNounTriggers[n]; ok && i > s.First && enLightVerbs[toks[i-1].Norm] {
			w.enNounEvent(si, i, enNounTriggers[n]) // "imposed sanctions", not "sanctioned"
			continue
		}
		if tr, ok := w.x.enVerbs[n]; ok && !w.enNoun(s, i) {
			w.enVerbEvent(si, i, tr)
			continue
		}
		if tr, ok := enNounTriggers[n]; ok {
			w.enNounEvent(si, i, tr)
		}
	}
	w.statementsEn(si)
}

// enNoun reports whether the trigger form at i is a noun: after a
// determiner or possessive ("the visit", "his support", "Iran's
// support"), or a gerund or plural read as one ("the meeting", "talks").
func (w *work) enNoun(s text.Sentence, i int) bool {
	toks := w.d.Tokens
	if i == s.First {
		return false
	}
	p := toks[i-1].Norm
	if enDeterminers[p] && p != "'s" || p == "'s" || w.g.unitAt[i-1] >= 0 && w.a.Units[w.g.unitAt[i-1]].Kind == entities.UnitDemonym {
		return true // "a Russian attack": demonym before
	}
	return false
}

// enVerbEvent records the events of the English trigger verb at v.
func (w *work) enVerbEvent(si, v int, tr trigger) {
	s := w.d.Sentences[si]
	toks := w.d.Tokens
	vn := toks[v].Norm
	group, modality, negated, be := w.enVerbGroup(s, v)
	if negated {
		return
	}
	ing := strings.HasSuffix(vn, "ing")
	passive := be && !ing && v+1 < s.Last
	if ing && !be {
		return // "a resolution criticising Iran", ", meeting X": no finite verb
	}
	if group == v && w.enReducedRelative(s, v) {
		return // "the attack condemned by X", "sanctions backed by the EU"
	}
	if group > s.First && toks[group-1].Norm == "to" {
		skip, m := w.enInfinitive(s, group-1)
		if skip {
			return
		}
		if m == "future" || modality == "" {
			modality = m
		}
		if m == "" {
			return // "to" after something unknown: no subject to trust
		}
		if group = w.enGoverningGroup(s, group-1); group < 0 {
			return
		}
	}
	if passive {
		if tr.shape != direct {
			return
		}
		k := v + 1
		for k < s.Last && k <= v+4 && toks[k].Norm != "by" && toks[k].Kind == text.Word {
			k++
		}
		if k >= s.Last || toks[k].Norm != "by" {
			return
		}
		agents := w.enObjects(k, s.Last, trigger{shape: direct, cameo: tr.cameo})
		patients, rule := w.enSubjectOrPronoun(si, group)
		if patients == nil {
			return
		}
		if rule == ruleEnVerb {
			rule = ruleEnPassive
		}
		w.noteSubject(si, patients)
		w.pairs(si, v, tr, agents, patients, modality, rule)
		return
	}
	subs, rule := w.enSubjectOrPronoun(si, group)
	if subs == nil {
		return
	}
	w.noteSubject(si, subs)
	var objs []int
	if tr.shape == direct || tr.shape == withPrep {
		objs = w.enObjects(v, s.Last, tr)
		if tr.urge && !w.enUrgedTo(s, objs) {
			return
		}
	}
	if tr.talk {
		from := v
		if len(objs) > 0 {
			from = w.a.Units[objs[len(objs)-1]].Last - 1
		}
		tr.about = w.enTopics(s, from, v, append(append([]int(nil), subs...), objs...))
	}
	if len(objs) == 0 && tr.symmetric && len(subs) >= 2 {
		if rule == ruleEnVerb {
			rule = ruleEnReciprocal
		}
		for i := 0; i < len(subs); i++ {
			for j := i + 1; j < len(subs); j++ {
				w.pairs(si, v, tr, subs[j:j+1], subs[i:i+1], modality, rule)
			}
		}
		return
	}
	w.pairs(si, v, tr, subs, objs, modality, rule)
}

// enVerbGroup walks back from the verb at v over its auxiliaries and
// adverbs: group is the first token of the verb group; modality, negation
// and whether a form of "be" makes it passive (or progressive) come from
// the words on the way.
func (w *work) enVerbGroup(s text.Sentence, v int) (group int, modality string, negated, be bool) {
	toks := w.d.Tokens
	group = v
	for k := v - 1; k >= s.First && k >= v-6; k-- {
		n := toks[k].Norm
		if !enAux[n] {
			if n == "no" && k+1 < v && toks[k+1].Norm == "longer" {
				negated = true
			}
			break
		}
		if n == "'s" && (k == s.First || w.g.unitAt[k-1] >= 0) {
			break // "Iran's": a possessive, no auxiliary
		}
		group = k
		switch {
		case enNegators[n]:
			negated = true
		case enHedges[n]:
			modality = "hedged"
		case enFutures[n] && modality == "":
			modality = "future"
		case n == "was" || n == "were" || n == "is" || n == "are" || n == "been" || n == "being" || n == "be" || n == "am":
			be = true
		}
	}
	if v+1 < s.Last && (toks[v+1].Norm == "not" || toks[v+1].Norm == "never") {
		negated = true
	}
	return group, modality, negated, be
}

// enReducedRelative reports whether a participle at v, with no auxiliary,
// is followed by "by": "the attack condemned by X" describes, no one in
// the clause acts.
func (w *work) enReducedRelative(s text.Sentence, v int) bool {
	toks := w.d.Tokens
	if !strings.HasSuffix(toks[v].Norm, "ed") && toks[v].Norm != "met" && toks[v].Norm != "struck" {
		return false
	}
	for k := v + 1; k < s.Last && k <= v+3; k++ {
		if toks[k].Norm == "by" {
			return true
		}
		if toks[k].Kind != text.Word || !enSkip[toks[k].Norm] {
			break
		}
	}
	return false
}

// enInfinitive reads what governs "to" at p before an infinitive: skip
// for a denial ("refused to meet"), "future" for a plan ("is expected
// to meet"), "hedged" for a wish or purpose ("wants to meet", "travelled
// to Riyadh to meet"), "" when unknown.
func (w *work) enInfinitive(s text.Sentence, p int) (skip bool, modality string) {
	toks := w.d.Tokens
	g := p - 1
	for g >= s.First && (toks[g].Norm == "not" || toks[g].Norm == "also" || toks[g].Norm == "never" || strings.HasSuffix(toks[g].Norm, "ly")) {
		g--
	}
	if g < s.First {
		return false, ""
	}
	n := toks[g].Norm
	switch {
	case enDenials[n]:
		return true, ""
	case enPlans[n]:
		return false, "future"
	case enWishes[n]:
		return false, "hedged"
	}
	// "invited X to visit": the subject of the infinitive is X, whom the
	// subject search would miss.
	if ui := w.g.unitAt[g]; ui >= 0 {
		return true, ""
	}
	// A purpose after a clause: "travelled to Riyadh to meet X". Its
	// modality is the clause's.
	m, neg := w.enClauseModality(s, p)
	if neg {
		return true, ""
	}
	if m == "" {
		m = "hedged"
	}
	return false, m
}

// enClauseModality reads the modality markers of the clause before token
// p and whether it is negated.
func (w *work) enClauseModality(s text.Sentence, p int) (modality string, negated bool) {
	toks := w.d.Tokens
	for k := p - 1; k >= s.First; k-- {
		n := toks[k].Norm
		if toks[k].Text == ";" || w.d.InQuote[k] {
			break
		}
		switch {
		case enNegators[n]:
			negated = true
		case enHedges[n] || n == "could" || n == "possible":
			return "hedged", negated
		case enFutures[n] || enPlans[n] || n == "next" || n == "tomorrow":
			if modality == "" {
				modality = "future"
			}
		}
	}
	return modality, negated
}

// enUrgedTo reports whether "to" follows the objects: "urged China to
// exercise restraint".
func (w *work) enUrgedTo(s text.Sentence, objs []int) bool {
	if len(objs) == 0 {
		return false
	}
	k := w.a.Units[objs[len(objs)-1]].Last
	return k < s.Last && w.d.Tokens[k].Norm == "to"
}

// enNounEvent records "X held talks with Y", "X paid a visit to Y", "X
// imposed sanctions on Y": a light verb before the noun (determiners and
// adjectives between) whose subject is the actor.
func (w *work) enNounEvent(si, n int, tr trigger) {
	s := w.d.Sentences[si]
	toks := w.d.Tokens
	l := n - 1
	// "a peace agreement", "a phone call", "security talks": one noun
	// before the head.
	if l > s.First && toks[l].Kind == text.Word && !toks[l].Cap && !enLightVerbs[toks[l].Norm] && !enDeterminers[toks[l].Norm] &&
		!enAux[toks[l].Norm] && !enClauseStops[toks[l].Norm] && !enPrepositions[toks[l].Norm] && w.g.unitAt[l] < 0 {
		if _, verb := w.x.enVerbs[toks[l].Norm]; !verb {
			l--
		}
	}
	for l > s.First && l >= n-4 && (enDeterminers[toks[l].Norm] || toks[l].Kind == text.Word && !toks[l].Cap && !enLightVerbs[toks[l].Norm] && (strings.HasSuffix(toks[l].Norm, "al") || strings.HasSuffix(toks[l].Norm, "ic") || strings.HasSuffix(toks[l].Norm, "ive") || strings.HasSuffix(toks[l].Norm, "ous") || strings.HasSuffix(toks[l].Norm, "day") || toks[l].Norm == "new" || toks[l].Norm == "fresh" || toks[l].Norm == "further" || toks[l].Norm == "tough" || toks[l].Norm == "direct" || toks[l].Norm == "high-level")) {
		l--
	}
	if l < s.First || !enLightVerbs[toks[l].Norm] {
		return
	}
	_, modality, negated, _ := w.enVerbGroup(s, l)
	if negated {
		return
	}
	group := l
	for group > s.First && enAux[toks[group-1].Norm] && toks[group-1].Norm != "'s" {
		group--
	}
	if group > s.First && toks[group-1].Norm == "to" {
		skip, m := w.enInfinitive(s, group-1)
		if skip || m == "" {
			return
		}
		if m == "future" || modality == "" {
			modality = m
		}
		if group = w.enGoverningGroup(s, group-1); group < 0 {
			return
		}
	}
	subs, rule := w.enSubjectOrPronoun(si, group)
	if subs == nil {
		return
	}
	if rule == ruleEnVerb {
		rule = ruleEnNounWith
		if tr.cameo == "163" || tr.cameo == "090" {
			rule = ruleEnAction
		}
	}
	objs := w.enObjects(n, s.Last, tr)
	w.noteSubject(si, subs)
	if tr.cameo[:2] == "04" || tr.cameo == "030" {
		tr.symmetric = true
	}
	if len(objs) == 0 && tr.symmetric && len(subs) >= 2 {
		// "Armenia and Azerbaijan signed a peace agreement"
		for i := 0; i < len(subs); i++ {
			for j := i + 1; j < len(subs); j++ {
				w.pairs(si, l, tr, subs[j:j+1], subs[i:i+1], modality, rule)
			}
		}
		return
	}
	w.pairs(si, l, tr, subs, objs, modality, rule)
}

// enGoverningGroup returns the start of the verb group that governs the
// infinitive after "to" at p, whose subject is the infinitive's: "Orban
// is expected to visit", "Blinken could travel to Riyadh next week to
// meet"; -1 when there is none in the clause.
func (w *work) enGoverningGroup(s text.Sentence, p int) int {
	toks := w.d.Tokens
	g := -1
	for k := p - 1; k >= s.First && k > p-12; k-- {
		t := toks[k]
		if t.Kind == text.Punct || w.d.InQuote[k] {
			break
		}
		if w.g.unitAt[k] >= 0 {
			if g >= 0 {
				break
			}
			continue
		}
		n := t.Norm
		_, trig := w.x.enVerbs[n]
		if enPlans[n] || enWishes[n] || trig || enAux[n] && n != "'s" || strings.HasSuffix(n, "ed") && !t.Cap || n == "travel" || n == "go" || n == "goes" || n == "went" {
			g = k
			continue
		}
		if g >= 0 {
			break
		}
	}
	return g
}
