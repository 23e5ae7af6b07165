package entities

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
	"golang.org/x/text/unicode/norm"
)

// Recognize finds, types, merges and links the entities of d.
func (r *Recognizer) Recognize(d *text.Doc) *Analysis {
	toks := d.Tokens
	n := len(toks)
	spanAt := make([]int, n)
	covered := make([]int, n)
	for i := range spanAt {
		spanAt[i], covered[i] = -1, -1
	}
	var spans []span
	// Institution names ("Agence mondiale antidopage") are read before
	// the gazetteer, which would stop at a known name inside them.
	inst := map[int]int{}
	places := map[int]bool{} // the names inst holds that are places: "lac Supérieur"
	for _, s := range d.Sentences {
		for i := s.First; i < s.Last; {
			t := toks[i]
			if e := r.institutionEnd(d, s, i); e > i {
				inst[i] = e
				i = e
				continue
			}
			if e := r.stationEnd(d, s, i); e > i {
				inst[i] = e
				i = e
				continue
			}
			if e, typ := r.localBodyEnd(d, s, i); e > i {
				inst[i] = e
				if typ == kg.Loc {
					places[i] = true
				}
				i = e
				continue
			}
			if t.Kind == text.Word || t.Kind == text.Number {
				if sp, ok := r.gaz.longest(toks, i, s.Last, d.Lang); ok && r.keepSpan(d, sp, s) {
					// "Vivendi SA", "Renault Group": the legal form is
					// part of the company's name.
					if sp.kind == kindName && sp.last < s.Last && legalForms[toks[sp.last].Text] && !toks[sp.last].Newline &&
						r.gaz.entries[sp.entry].Type == kg.Org {
						sp.last++
					}
					sp.last = r.brandTail(d, sp, s)
					spanAt[i] = len(spans)
					for k := sp.first; k < sp.last; k++ {
						covered[k] = len(spans)
					}
					spans = append(spans, sp)
					i = sp.last
					continue
				}
			}
			i++
		}
	}
	var phrases []rolePhrase
	roleTok := make([]bool, n)
	cue := make([]bool, n)
	surnames := r.particleSurnames(d, covered)
	for si := range d.Sentences {
		for _, p := range r.parseRoles(d, si, spans, spanAt, covered) {
			if slices.ContainsFunc(p.titleToks, func(k int) bool { return inSurname(surnames, k) }) {
				continue // "M. Le Maire a appelé": Bruno Le Maire, not a mayor
			}
			for _, k := range p.titleToks {
				roleTok[k] = true
			}
			if p.nameFirst >= 0 {
				cue[p.nameFirst] = true
			}
			phrases = append(phrases, p)
		}
	}
	// Candidates: gazetteer spans, then capitalised sequences.
	var cands []cand
	spanCand := make([]int, len(spans))
	for k, sp := range spans {
		spanCand[k] = len(cands)
		cands = append(cands, cand{first: sp.first, last: sp.last, sent: d.SentOf[sp.first], norm: candNorm(toks, sp.first, sp.last),
			entry: sp.entry, demonym: sp.kind == kindDemonym, acronym: sp.kind == kindAcronym, cluster: -1})
	}
	for si := range d.Sentences {
		cands = append(cands, r.capitalised(d, si, inst, places, surnames, covered, roleTok, cue)...)
	}
	cands = dropInsideBrackets(cands)
	cands = dropShouted(d, cands)
	cands = r.applyModel(d, cands, covered, roleTok)
	cands = r.applyEnglishNER(d, cands)
	if d.Lang != "en" {
		r.weakenCommon(cands)
	}
	r.coupleNames(d, cands)
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].first < cands[j].first })
	candAt := make([]int, n)
	for i := range candAt {
		candAt[i] = -1
	}
	for ci, c := range cands {
		candAt[c.first] = ci
	}
	for k, sp := range spans {
		spanCand[k] = candAt[sp.first]
	}
	clusters := r.cluster(d, cands, candAt)
	a := &Analysis{Doc: d}
	r.buildEntities(d, a, cands, clusters)
	r.buildRoles(d, a, phrases, cands, candAt, spanCand)
	r.buildUnits(d, a, cands)
	return a
}

// dropInsideBrackets removes the names inside a name spelled out before its
// acronym: "syrien" in "Observatoire syrien des droits de l'homme (OSDH)"
// is part of the name, not a mention of Syria, nor is "France" in
// "Fédération hospitalière de France (FHF)".
func dropInsideBrackets(cands []cand) []cand {
	var inside []cand
	for _, c := range cands {
		if c.bracket {
			inside = append(inside, c)
		}
	}
	if len(inside) == 0 {
		return cands
	}
	out := cands[:0]
	for _, c := range cands {
		drop := false
		for _, b := range inside {
			drop = drop || (!c.bracket && c.first >= b.first && c.last <= b.last)
		}
		if !drop {
			out = append(out, c)
		}
	}
	return out
}

// dropShouted removes runs of capitals the article never writes in
// ordinary case: "FAIT DIVERS", "BEST-OF POLITIQUE" are the headings of
// scraped pages. "EMMANUEL MACRON" stays when "Emmanuel Macron" is there
// too (it is then one more mention of him); known names and acronyms,
// which the gazetteer or a single word gives, are not touched.
func dropShouted(d *text.Doc, cands []cand) []cand {
	plain := map[string]bool{}
	for _, c := range cands {
		if !shouted(d, c) {
			plain[c.norm] = true
		}
	}
	out := cands[:0]
	for _, c := range cands {
		if c.entry < 0 && !c.bracket && c.last-c.first >= 2 && shouted(d, c) && !plain[c.norm] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// shouted reports whether c is written in capitals: no word of it has a
// lower-case letter ("LIBERTE D'EXPRESSION") and one has two capitals.
func shouted(d *text.Doc, c cand) bool {
	upper := false
	for k := c.first; k < c.last; k++ {
		t := d.Tokens[k]
		if t.Kind != text.Word {
			continue
		}
		if strings.ContainsFunc(t.Text, unicode.IsLower) {
			return false
		}
		upper = upper || t.Upper
	}
	return upper
}

// shoutedForm reports whether s is a name written in capitals ("EMMANUEL
// MACRON", not "ONU"): two words or more, no lower-case letter.
func shoutedForm(s string) bool {
	if !strings.Contains(s, " ") && !strings.Contains(s, "-") {
		return false
	}
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// isCapitals reports whether s has letters and none of them is lower case.
func isCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// keepSpan rejects a surname-only match of a known person when another
// first name precedes it ("Melania Trump" is not Donald Trump).
func (r *Recognizer) keepSpan(d *text.Doc, sp span, s text.Sentence) bool {
	if sp.kind == kindAcronym && sp.last < s.Last && d.Tokens[sp.last].Kind == text.Number {
		return false // "RN 174" is a road, "G7 2021" fine either way
	}
	if sp.kind == kindName && (r.insideLongerName(d, sp, s) || r.particleName(d, sp, s)) {
		return false
	}
	if cardinal[d.Tokens[sp.first].Norm] && sp.last-sp.first == 1 && sp.last < s.Last && (d.Tokens[sp.last].Norm == "de" || d.Tokens[sp.last].Norm == "d'" || d.Tokens[sp.last].Norm == "du") {
		return false // "au Nord d'Islamabad": a direction, not the département
	}
	if sp.last-sp.first != 1 || sp.first == s.First {
		return true
	}
	if t := d.Tokens[sp.first]; sp.kind == kindDemonym && d.Lang != "en" && t.Cap && !r.lex.determiners[d.Tokens[sp.first-1].Norm] && sp.last+1 < s.Last &&
		capWord(d.Tokens[sp.last]) && capWord(d.Tokens[sp.last+1]) {
		// "le quotidien Philippine Daily Inquirer": a word of a longer
		// name (French writes its demonyms in lower case; English does
		// not: "Israeli Prime Minister Naftali Bennett").
		return false
	}
	e := r.gaz.entries[sp.entry]
	prev := d.Tokens[sp.first-1]
	if sp.kind == kindDemonym || prev.Kind != text.Word || !prev.Cap || r.lex.function[prev.Norm] || r.lex.personTitle[prev.Norm] {
		return true
	}
	if _, isRole := r.roleHead(d.Tokens, sp.first-1, sp.first); isRole {
		return true
	}
	if e.Type == kg.Person {
		return false
	}
	if r.lex.firstNames[prev.Norm] || r.genders[prev.Norm] != 0 {
		return false // "Louis Renault"
	}
	// "Ettore Bugatti", "Walt Disney": a first name of the long list, when
	// it is no name the gazetteer knows itself.
	_, known := r.gaz.longest(d.Tokens, sp.first-1, sp.first, d.Lang)
	return known || r.nameGenders[prev.Norm] == 0
}

// brandTail returns the end of a one-word company name the knowledge base
// knows, taken over the words of a division or a model after it: "Volvo
// Cars", "Airbus Helicopters", "Ferrari F40", and after "la" or "une" a
// car's name, "la Bugatti Chiron". They are the company's mentions, not
// a person named Cars or Chiron; "le président du Medef Geoffroy Roux"
// stays a person.
func (r *Recognizer) brandTail(d *text.Doc, sp span, s text.Sentence) int {
	toks := d.Tokens
	if sp.kind != kindName || sp.last-sp.first != 1 || r.gaz.entries[sp.entry].Type != kg.Org {
		return sp.last
	}
	car := sp.first > s.First && carDeterminers[toks[sp.first-1].Norm]
	e := sp.last
	for e < s.Last && e-sp.last < 2 && toks[e].Space && !toks[e].Newline {
		t := toks[e]
		word := t.Kind == text.Word && t.Cap && !r.lex.function[t.Norm] && !r.lex.personTitle[t.Norm]
		model := (t.Kind == text.Word || t.Kind == text.Number) && hasDigit(t.Text) && len(t.Text) <= 6
		if !(word && (divisionWords[t.Norm] || car) || model) {
			break
		}
		if _, known := r.gaz.longest(toks, e, s.Last, d.Lang); known {
			break
		}
		e++
	}
	return e
}

// divisionWords name a company's branch after its name: "Volvo Cars".
var divisionWords = set("cars", "motors", "automotive", "automobiles", "automobili", "helicopters", "airlines",
	"group", "groupe", "technologies", "entertainment", "pictures", "studios", "records", "music", "bank",
	"energy", "energies", "pharma", "france", "international", "europe", "mobility", "motorsport", "racing")

// carDeterminers before a car maker's name make the next capitalised word
// its model: "la Porsche Taycan", "une Renault Clio".
var carDeterminers = set("la", "une", "sa", "cette", "leur", "nouvelle")

// particleSurnames finds the surnames that open on a capitalised article
// in the article's full names ("Marine Le Pen", "Bruno Le Maire",
// "Jean-Yves Le Drian": a first name, then "Le" or "La", then a
// capitalised word) and returns where such a surname stands alone, start
// to end: "Le Pen a dénoncé", "M. Le Maire a appelé". Alone, its article
// would be dropped as a function word and "Maire" read as a title.
func (r *Recognizer) particleSurnames(d *text.Doc, covered []int) map[int]int {
	toks := d.Tokens
	particle := func(i int) bool {
		return i+1 < len(toks) && (toks[i].Text == "Le" || toks[i].Text == "La") && toks[i+1].Kind == text.Word && toks[i+1].Cap &&
			!toks[i+1].Upper && !toks[i+1].Newline && !r.lex.function[toks[i+1].Norm] && d.SentOf[i] == d.SentOf[i+1]
	}
	firstName := func(i int) bool {
		t := toks[i]
		return t.Kind == text.Word && t.Cap && !t.Upper && (r.lex.firstNames[t.Norm] || r.genders[t.Norm] != 0)
	}
	known := map[string]bool{}
	for i := 1; i+1 < len(toks); i++ {
		if particle(i) && !toks[i].Newline && d.SentOf[i-1] == d.SentOf[i] && firstName(i-1) {
			known[toks[i].Norm+" "+toks[i+1].Norm] = true
		}
	}
	if len(known) == 0 {
		return nil
	}
	out := map[int]int{}
	for i := 0; i+1 < len(toks); i++ {
		if particle(i) && known[toks[i].Norm+" "+toks[i+1].Norm] && covered[i] < 0 && covered[i+1] < 0 &&
			(i == 0 || d.SentOf[i-1] != d.SentOf[i] || !(toks[i-1].Kind == text.Word && toks[i-1].Cap && !r.lex.personTitle[toks[i-1].Norm])) {
			out[i] = i + 2
		}
	}
	return out
}

func inSurname(surnames map[int]int, k int) bool {
	for i, e := range surnames {
		if k >= i && k < e {
			return true
		}
	}
	return false
}

// cardinal points are directions before "de", and places alone.
var cardinal = map[string]bool{"nord": true, "sud": true, "est": true, "ouest": true}

// particleName reports whether a place is the end of a person's name
// with a particle: "Leila de Lima", "Bernardino de Sahagún": a first name,
// then "de", then the place.
func (r *Recognizer) particleName(d *text.Doc, sp span, s text.Sentence) bool {
	e := r.gaz.entries[sp.entry]
	if e.Type != kg.GPE && e.Type != kg.Loc || sp.first-2 < s.First {
		return false
	}
	toks := d.Tokens
	p, pp := toks[sp.first-1], toks[sp.first-2]
	if !(p.Norm == "de" || p.Norm == "da" || p.Norm == "do" || p.Norm == "del") || !pp.Cap || pp.Upper || isOpening(d, s, sp.first-2) {
		return false
	}
	if r.lex.firstNames[pp.Norm] || r.genders[pp.Norm] != 0 {
		return true
	}
	// A name no list knows, never written in lower case: "Leila de Lima".
	_, known := r.gaz.longest(toks, sp.first-2, sp.first-1, d.Lang)
	return !known && r.lowerShare(pp.Norm) == 0 && !r.lex.capNouns[pp.Norm] && !institutionHeads[pp.Norm]
}

// insideLongerName reports whether a place the gazetteer knows is only a
// word of a longer proper name: "Air France", "Ouest France", "Météo
// France", "France Télévisions", "France 2", "Chine nouvelle" are bodies,
// not the countries. A capitalised word before it (not a function word,
// title or role, which French capitalises at a sentence's start) or after
// it (not a first name, nor after a preposition: "le maire de Paris Anne
// Hidalgo") makes it part of the longer name. (Channels, "France 2", are in the knowledge base.)
func (r *Recognizer) insideLongerName(d *text.Doc, sp span, s text.Sentence) bool {
	e := r.gaz.entries[sp.entry]
	if e.Type != kg.GPE && e.Type != kg.Loc {
		return false
	}
	toks := d.Tokens
	lex := r.lex
	if sp.first > s.First {
		p := toks[sp.first-1]
		if p.Kind == text.Word && p.Cap && !toks[sp.first].Newline && !lex.function[p.Norm] && !lex.personTitle[p.Norm] && !lex.determiners[p.Norm] {
			if _, role := r.roleHead(toks, sp.first-1, sp.first); !role {
				if _, known := r.gaz.longest(toks, sp.first-1, sp.first, d.Lang); !known {
					return true
				}
			}
		}
	}
	if sp.last < s.Last && !toks[sp.last].Newline && toks[sp.last].Space && (sp.first == s.First || !prepositions[toks[sp.first-1].Norm]) {
		n := toks[sp.last]
		switch {
		case n.Kind == text.Word && n.Cap && !lex.function[n.Norm] && !lex.firstNames[n.Norm] && r.genders[n.Norm] == 0 && !lex.personTitle[n.Norm]:
			if _, role := r.roleHead(toks, sp.last, s.Last); role {
				return false
			}
			if _, known := r.gaz.longest(toks, sp.last, s.Last, d.Lang); known {
				return false // "France Allemagne": two places
			}
			return true
		}
	}
	return false
}

type cluster struct {
	entry  int
	gender byte // from a courtesy title, 0 when unknown or mixed
	typ    string
	cands  []int
	words  []string // folded words of the longest name
}

// cluster merges candidates into entities.
func (r *Recognizer) cluster(d *text.Doc, cands []cand, candAt []int) []*cluster {
	var cl []*cluster
	byKey := map[string]int{}
	add := func(key string, ci int, entry int, typ string) {
		k, ok := byKey[key]
		if !ok {
			k = len(cl)
			byKey[key] = k
			cl = append(cl, &cluster{entry: entry, typ: typ})
		}
		cl[k].cands = append(cl[k].cands, ci)
		cands[ci].cluster = k
		if w := strings.Fields(cands[ci].norm); len(w) > len(cl[k].words) && !cands[ci].demonym {
			cl[k].words = w
		}
	}
	kbKey := func(e int) string { return "kb:" + r.gaz.entries[e].Name + ":" + r.gaz.entries[e].Type }
	r.surnamesOverPlaces(d, cands)
	// Known entities and multi-word names first: they anchor the rest.
	for ci, c := range cands {
		switch {
		case c.entry >= 0:
			e := r.gaz.entries[c.entry]
			add(kbKey(c.entry), ci, c.entry, e.Type)
		case !c.handle && !c.anaphor && c.last-c.first >= 2:
			add("n:"+c.norm, ci, -1, c.guess)
		}
	}
	for k := range cl {
		for _, ci := range cl[k].cands {
			if cands[ci].personCue && cl[k].entry < 0 {
				cl[k].typ = kg.Person
			}
			if g := cands[ci].gender; g != 0 {
				cl[k].gender = g
			}
		}
	}
	// Known people's surnames in this article, for "Ashkenazi" alone, and
	// their first names, for "Emmanuel" alone.
	surname, firstName := map[string]int{}, map[string]int{}
	note := func(m map[string]int, w string, k int) {
		if _, dup := m[w]; dup && m[w] != k {
			m[w] = -1
		} else {
			m[w] = k
		}
	}
	for k, c := range cl {
		if c.typ == kg.Person && len(c.words) >= 2 {
			note(surname, c.words[len(c.words)-1], k)
			note(firstName, c.words[0], k)
		}
	}
	mergeSuffixNames(cl, cands)
	// "(Cojop)" made an acronym of a word; "le Cojop" later is one too.
	wordAcronyms := map[string]bool{}
	for _, c := range cands {
		if c.acronym && !d.Tokens[c.first].Upper {
			wordAcronyms[c.norm] = true
		}
	}
	strong := map[string]bool{}
	for _, c := range cands {
		if c.entry < 0 && !c.weak && !c.handle {
			strong[c.norm] = true
		}
	}
	// The places and bodies the knowledge base found in the article, by
	// the word that names them: "Isère" in "France Bleu Isère", "Aude" in
	// the headline "Aude : un cadavre …", which the gazetteer did not take
	// there, is the Isère or the Aude of the rest of the article.
	known, ends := map[string]int{}, map[int]bool{}
	for _, c := range cands {
		ends[c.last] = true
		if c.entry >= 0 && c.cluster >= 0 && c.last-c.first == 1 && !c.demonym && cl[c.cluster].typ != kg.Person {
			if k, dup := known[c.norm]; dup && k != c.cluster {
				known[c.norm] = -1
			} else {
				known[c.norm] = c.cluster
			}
		}
	}
	for ci, c := range cands {
		if c.entry >= 0 || c.handle || c.cluster >= 0 {
			continue
		}
		if c.anaphor {
			if k := r.headOf(cl, cands, d, c.norm); k >= 0 {
				cl[k].cands = append(cl[k].cands, ci)
				cands[ci].cluster = k
			}
			continue
		}
		if k, ok := surname[c.norm]; ok {
			if k >= 0 && c.gender != 0 && cl[k].gender != 0 && c.gender != cl[k].gender {
				// "M. Amadou Diallo" then "Mme Diallo": another person.
				add("n:"+string(c.gender)+":"+c.norm, ci, -1, kg.Person)
				continue
			}
			if k >= 0 {
				cl[k].cands = append(cl[k].cands, ci)
				cands[ci].cluster = k
			}
			continue
		}
		if k, ok := firstName[c.norm]; ok && c.last-c.first == 1 && !c.acronym && c.gender == 0 {
			if _, alsoSurname := surname[c.norm]; !alsoSurname {
				// "Emmanuel" alone after Emmanuel Macron: him, when he is
				// the only one of that first name; no one when two are.
				if k >= 0 {
					cl[k].cands = append(cl[k].cands, ci)
					cands[ci].cluster = k
				}
				continue
			}
		}
		if k, ok := known[c.norm]; ok && k >= 0 && c.last-c.first == 1 && (!c.personCue || ends[c.first]) && c.gender == 0 {
			// (A name right after another, "France Bleu" then "Isère",
			// is not the person an incise's verb cues.)
			cl[k].cands = append(cl[k].cands, ci)
			cands[ci].cluster = k
			continue
		}
		if c.acronym || wordAcronyms[c.norm] {
			if k := r.acronymOf(cl, c.norm); k >= 0 {
				cl[k].cands = append(cl[k].cands, ci)
				cands[ci].cluster = k
				continue
			}
		}
		if c.weak && !strong[c.norm] {
			continue
		}
		add("n:"+c.norm, ci, -1, c.guess)
	}
	// A name typed a person for want of evidence at its first mention
	// takes the type a later mention gives it: "Lesbos" then "à Lesbos",
	// "l'île de Lesbos".
	for _, c := range cl {
		if c.entry >= 0 || c.typ != kg.Person || len(c.cands) < 2 || len(c.words) != 1 || r.firstName(c.words[0]) {
			continue // "Nadine Morano", "Maëlys": a person's name whatever its context
		}
		evidence := ""
		for _, ci := range c.cands {
			x := cands[ci]
			if x.personCue || x.gender != 0 || x.guess == kg.Person && !x.fallback {
				evidence = ""
				break
			}
			if evidence == "" && !x.fallback && x.guess != kg.Person && x.guess != "" {
				evidence = x.guess
			}
		}
		if evidence != "" {
			c.typ = evidence
		}
	}
	// "Cour pénale internationale (CPI)": the bracketed acronym is an alias.
	toks := d.Tokens
	for _, c := range cands {
		if c.cluster < 0 || c.last+2 >= len(toks) || toks[c.last].Text != "(" || toks[c.last+2].Text != ")" {
			continue
		}
		ai := candAt[c.last+1]
		if ai < 0 || !cands[ai].acronym || cands[ai].cluster == c.cluster {
			continue
		}
		other := cands[ai].cluster
		if other >= 0 && cl[other].entry >= 0 {
			continue // a known acronym of something else
		}
		if t := cl[c.cluster].typ; t == kg.GPE || t == kg.Loc {
			// "... de Paris (AP-HP)", "... du Rwanda (TPIR)": the acronym
			// is of a longer name that ends with the place.
			continue
		}
		if other >= 0 {
			for _, x := range cl[other].cands {
				cands[x].cluster = c.cluster
				cl[c.cluster].cands = append(cl[c.cluster].cands, x)
			}
			cl[other].cands = nil
		} else {
			cands[ai].cluster = c.cluster
			cl[c.cluster].cands = append(cl[c.cluster].cands, ai)
		}
	}
	// Handles: "@Gabi_Ashkenazi" is Gabi Ashkenazi, "@POTUS Biden" is Biden.
	byName := map[string]int{}
	for k, c := range cl {
		if len(c.cands) > 0 {
			byName[strings.Join(c.words, " ")] = k
			if c.entry >= 0 {
				byName[text.Fold(r.gaz.entries[c.entry].Name)] = k
			}
		}
	}
	for ci, c := range cands {
		if !c.handle {
			continue
		}
		k := -1
		next := -1 // the name right after the handle: "@POTUS Biden"
		if c.last < len(candAt) && !toks[c.last].Newline {
			next = candAt[c.last]
		}
		if kk, ok := byName[handleWords(toks[c.first].Text)]; ok {
			k = kk
		} else if next >= 0 && cands[next].cluster >= 0 && !cands[next].handle {
			k = cands[next].cluster
		} else if kk, ok := surname[handleWords(toks[c.first].Text)]; ok && kk >= 0 {
			k = kk
		}
		if k >= 0 {
			cl[k].cands = append(cl[k].cands, ci)
			cands[ci].cluster = k
		}
	}
	return cl
}

// surnamesOverPlaces unlinks a lone known name that is the surname (or the
// first name) of a person the article names in full: "Hollande" in an article about François
// Hollande is him, not the Netherlands; "Washington" after George
// Washington is him. After a determiner or a preposition of place ("la
// Hollande", "en Hollande", "à Washington") the place stays.
func (r *Recognizer) surnamesOverPlaces(d *text.Doc, cands []cand) {
	surnames := map[string]bool{}
	for _, c := range cands {
		if c.last-c.first < 2 || c.demonym || c.handle {
			continue
		}
		person := c.personCue || c.guess == kg.Person && c.entry < 0
		if c.entry >= 0 {
			person = r.gaz.entries[c.entry].Type == kg.Person
		}
		if person {
			surnames[d.Tokens[c.last-1].Norm] = true
			surnames[d.Tokens[c.first].Norm] = true // "Nancy" after Nancy Pelosi
		}
	}
	for i, c := range cands {
		if c.entry < 0 || c.last-c.first != 1 || c.demonym || c.acronym || !surnames[c.norm] || r.gaz.entries[c.entry].Type == kg.Person {
			continue
		}
		if c.first > 0 && placeWords[d.Tokens[c.first-1].Norm] && c.entry < r.gaz.places {
			continue // "en Hollande"; a town ("à Nancy") yields to the person the article names
		}
		cands[i].entry, cands[i].guess, cands[i].sure = -1, kg.Person, true
	}
}

// placeWords before a name make it a place: determiners and prepositions of
// place ("la Hollande", "en Hollande"); "de Hollande" is as often the
// man's ("la décision de Hollande").
var placeWords = map[string]bool{
	"la": true, "le": true, "les": true, "l'": true, "en": true, "au": true, "aux": true, "a": true,
	"vers": true, "dans": true, "the": true, "in": true, "to": true,
}

// prepositions before a place make a capitalised word after it a new name:
// "le maire de Paris Anne Hidalgo".
var prepositions = map[string]bool{
	"de": true, "d'": true, "du": true, "des": true, "a": true, "au": true, "aux": true, "en": true, "pour": true,
	"sur": true, "vers": true, "depuis": true, "dans": true, "of": true, "in": true, "from": true, "to": true,
}

// mergeSuffixNames merges a name of several words that ends a longer
// person's name into that person: "Giscard d'Estaing" after Valéry Giscard
// d'Estaing, "Le Pen" after Marine Le Pen, when one person alone ends so.
func mergeSuffixNames(cl []*cluster, cands []cand) {
	for k, c := range cl {
		if c.entry >= 0 || len(c.words) < 2 || len(c.cands) == 0 || c.typ != kg.Person && c.typ != "" {
			continue
		}
		into := -1
		for m, o := range cl {
			if m == k || o.typ != kg.Person || len(o.words) <= len(c.words) || len(o.cands) == 0 {
				continue
			}
			if strings.Join(o.words[len(o.words)-len(c.words):], " ") == strings.Join(c.words, " ") {
				if into >= 0 {
					into = -2
					break
				}
				into = m
			}
		}
		if into < 0 {
			continue
		}
		for _, ci := range c.cands {
			cands[ci].cluster = into
		}
		cl[into].cands = append(cl[into].cands, c.cands...)
		c.cands = nil
	}
}

// headOf finds the one organisation whose name starts with head ("Cour").
func (r *Recognizer) headOf(cl []*cluster, cands []cand, d *text.Doc, head string) int {
	found := -1
	for k, c := range cl {
		if c.typ != kg.Org || len(c.cands) == 0 {
			continue
		}
		match := false
		for _, ci := range c.cands {
			if x := cands[ci]; x.last-x.first >= 2 && d.Tokens[x.first].Norm == head {
				match = true
			}
		}
		if match {
			if found >= 0 {
				return -1
			}
			found = k
		}
	}
	return found
}

// acronymOf finds the organisation whose initials spell acr.
func (r *Recognizer) acronymOf(cl []*cluster, acr string) int {
	found := -1
	for k, c := range cl {
		if c.typ != kg.Org || len(c.words) < 2 {
			continue
		}
		var b strings.Builder
		for _, w := range c.words {
			if !r.lex.connectors[w] && !r.lex.function[w] {
				b.WriteByte(w[0])
			}
		}
		if b.String() == acr {
			if found >= 0 {
				return -1
			}
			found = k
		}
	}
	return found
}

// buildEntities turns clusters into entities ordered by first mention.
func (r *Recognizer) buildEntities(d *text.Doc, a *Analysis, cands []cand, cl []*cluster) {
	type ent struct {
		k     int
		first int
	}
	var order []ent
	for k, c := range cl {
		if len(c.cands) == 0 {
			continue
		}
		first := len(d.Tokens)
		for _, ci := range c.cands {
			first = min(first, cands[ci].first)
		}
		order = append(order, ent{k, first})
	}
	sort.Slice(order, func(i, j int) bool { return order[i].first < order[j].first })
	idx := make([]int, len(cl))
	for i := range idx {
		idx[i] = -1
	}
	for _, o := range order {
		c := cl[o.k]
		e := Entity{Type: c.typ, Gender: c.gender}
		if e.Type == kg.Person && e.Gender == 0 {
			// The first name's, or a first name's alone ("Tanya", "Marie-
			// Noëlle"): a person already, whose gender the list may tell.
			if e.Gender = r.genders[c.words[0]]; e.Gender == 0 {
				e.Gender = r.nameGenders[c.words[0]]
			}
		}
		if c.entry >= 0 {
			kb := r.gaz.entries[c.entry]
			e.Name, e.Wikidata, e.ISO = kb.Name, kb.QID, kb.ISO
			e.Names = slices.Clip(kb.Names) // shared: an append copies
		}
		sort.Slice(c.cands, func(i, j int) bool { return cands[c.cands[i]].first < cands[c.cands[j]].first })
		best := -1
		folded := map[string]bool{} // forms written in ordinary case
		for _, ci := range c.cands {
			x := cands[ci]
			e.Mentions = append(e.Mentions, Mention{First: x.first, Last: x.last, Sentence: x.sent, Demonym: x.demonym, Handle: x.handle})
			form := clean(d.Slice(x.first, x.last))
			if !shoutedForm(form) && !isCapitals(form) {
				folded[text.Fold(form)] = true
			}
			if !x.demonym && !x.handle && (best < 0 || longerName(d, cands[best], x)) {
				best = ci
			}
		}
		if e.Name == "" {
			if best < 0 {
				continue
			}
			e.Name = clean(d.Slice(cands[best].first, cands[best].last))
		}
		folded[text.Fold(e.Name)] = true
		seen := map[string]bool{e.Name: true}
		for _, m := range e.Mentions {
			s := clean(d.Slice(m.First, m.Last))
			if (shoutedForm(s) || isCapitals(s)) && folded[text.Fold(s)] {
				continue // "EMMANUEL MACRON" beside "Emmanuel Macron", "PARIS" beside "Paris": a heading's case, no alias
			}
			if !seen[s] {
				seen[s] = true
				e.Aliases = append(e.Aliases, s)
			}
		}
		idx[o.k] = len(a.Entities)
		a.Entities = append(a.Entities, e)
	}
	for ci := range cands {
		if k := cands[ci].cluster; k >= 0 {
			cands[ci].cluster = idx[k]
		}
	}
}

// longerName reports whether x names its entity better than best: more
// words, or as many in ordinary case where best is in capitals.
func longerName(d *text.Doc, best, x cand) bool {
	bn, xn := best.last-best.first, x.last-x.first
	if xn != bn {
		return xn > bn
	}
	return shouted(d, best) && !shouted(d, x)
}

// clean makes a name of a text span: one space between words, invisible
// characters (soft hyphens) dropped, NFC.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		if text.IsInvisible(r) {
			return -1
		}
		return r
	}, s)
	return norm.NFC.String(strings.Join(strings.Fields(s), " "))
}

// capWord reports whether t is a capitalised word on the line before it.
func capWord(t text.Token) bool {
	return t.Kind == text.Word && t.Cap && !t.Newline
}

// coupleNames links a first name that a couple's shared surname completes
// ("Emmanuel et Brigitte Macron", "Barack et Michelle Obama") to the
// known person of that full name; alone, "Emmanuel" is no one.
func (r *Recognizer) coupleNames(d *text.Doc, cands []cand) {
	toks := d.Tokens
	for i := range cands {
		c := &cands[i]
		if c.entry >= 0 || c.last-c.first != 1 || c.last+2 >= len(toks) || toks[c.last].Norm != "et" || !r.firstName(c.norm) {
			continue
		}
		n := slices.IndexFunc(cands, func(o cand) bool { return o.first == c.last+1 })
		if n < 0 || cands[n].last-cands[n].first < 2 || !r.firstName(toks[cands[n].first].Norm) {
			continue
		}
		full := append([]text.Token{toks[c.first]}, toks[cands[n].first+1:cands[n].last]...)
		if sp, ok := r.gaz.longest(full, 0, len(full), d.Lang); ok && sp.last == len(full) && r.gaz.entries[sp.entry].Type == kg.Person {
			c.entry, c.guess, c.sure, c.fallback = sp.entry, kg.Person, true, false
			c.norm = candNorm(full, 0, len(full))
		}
	}
}
