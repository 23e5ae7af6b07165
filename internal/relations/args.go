package relations

import (
	"github.com/newsgraph/newsgraph/internal/kg"
	"strings"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/text"
)

var (
	prepositions = set("de", "du", "des", "d'", "a", "au", "aux", "avec", "pour", "sur", "contre", "par", "entre", "dans",
		"vers", "chez", "devant", "selon", "sans", "apres", "avant", "depuis", "en", "lors", "envers", "of", "by", "with",
		"to", "from", "for", "against", "about", "malgre", "face", "parmi", "sous", "pres")
	subjectPronouns = set("il", "elle", "ils", "elles", "on", "nous", "je", "j'", "vous", "tu", "cela", "ce", "c'", "ceux", "celle", "celui")
	// clauseStops end the search for an object.
	objectStops = set(",", ";", ":", ".", "!", "?", "pour", "apres", "car", "mais", "qui", "que", "qu'", "lors", "afin",
		"parce", "depuis", "puisque", "alors", "tandis", "lorsque", "lorsqu'", "quand", "si", "dont", "ou", "comme",
		"malgre", "sans", "avant", "during", "»", "«", "\"", "“", "”", "(", ")")
	// skippable are words that may sit between a verb and its object.
	skippable = set("justice", "egalement", "aussi", "ensuite", "deja", "notamment", "encore", "alors", "hier", "aujourd'hui",
		"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "dernier", "souvent", "longuement",
		"publiquement", "officiellement", "vivement", "fermement", "severement", "chaleureusement", "recemment",
		"finalement", "meme", "personnellement", "directement", "brievement", "lui", "leur", "pas", "jamais", "plus",
		"soir", "matin", "apres-midi", "par", "telephone", "au", "visioconference", "en")
	auxiliaries = set("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "est", "sont", "etait",
		"etaient", "sera", "seront", "serait", "seraient", "s'est", "se", "s'", "va", "vont", "doit", "doivent",
		"devrait", "devraient", "pourrait", "pourraient", "peut", "peuvent", "pouvait", "pouvaient", "avoir", "etre",
		"ete", "fut", "furent", "eu", "veut", "veulent", "voulait", "souhaite", "compte", "entend", "tenu", "tente",
		"aurait", "vient", "venait", "de", "d'", "egalement", "aussi", "deja", "ne", "n'", "pas", "jamais", "plus", "notamment",
		"encore", "ensuite", "longuement", "publiquement", "vivement", "fermement", "finalement", "meme", "lui", "leur",
		"y", "en", "souvent", "recemment", "hier", "aujourd'hui", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
		"samedi", "dimanche", "personnellement", "directement", "officiellement", "se", "s'")
	institutions = set("administration", "gouvernement", "diplomatie", "armee", "autorites", "forces", "justice",
		"presidence", "executif", "regime", "pouvoir", "marine", "aviation", "police", "delegation", "ambassade",
		"parlement", "dirigeants", "responsables", "officiels", "diplomates", "negociateurs", "services", "etat")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// args finds subjects and objects around triggers in one analysis.
type args struct {
	a      *entities.Analysis
	d      *text.Doc
	unitAt []int // token → unit covering it, or -1
	verbs  map[string]int
}

func newArgs(a *entities.Analysis, verbs map[string]int) *args {
	g := &args{a: a, d: a.Doc, unitAt: make([]int, len(a.Doc.Tokens)), verbs: verbs}
	for i := range g.unitAt {
		g.unitAt[i] = -1
	}
	for ui, u := range a.Units {
		for k := u.First; k < u.Last; k++ {
			if g.unitAt[k] < 0 || a.Units[g.unitAt[k]].Last-a.Units[g.unitAt[k]].First < u.Last-u.First {
				g.unitAt[k] = ui
			}
		}
	}
	return g
}

// argUnit reports whether unit u can be an argument: an adjective of
// nationality only after an institution ("l'administration américaine").
func (g *args) argUnit(ui int) bool {
	u := g.a.Units[ui]
	if u.Kind != entities.UnitDemonym {
		return true
	}
	if u.First == 0 {
		return false
	}
	return institutions[g.d.Tokens[u.First-1].Norm]
}

// governed reports whether unit u follows a preposition ("de la Cour").
func (g *args) governed(ui int) bool {
	u := g.a.Units[ui]
	if u.First == 0 {
		return false
	}
	k := u.First - 1
	p := g.d.Tokens[k].Norm
	if p == "(" {
		return true // "(CPI)" repeats the name before it
	}
	if (p == "la" || p == "l'" || p == "le" || p == "les") && k > 0 {
		p = g.d.Tokens[k-1].Norm
	}
	return prepositions[p]
}

// locative reports whether unit u is governed by a preposition other than
// "de" ("à Tunis", "en Tunisie", "avec Lavrov").
func (g *args) locative(ui int) bool {
	u := g.a.Units[ui]
	if u.First == 0 {
		return false
	}
	k := u.First - 1
	p := g.d.Tokens[k].Norm
	if (p == "la" || p == "l'" || p == "le" || p == "les") && k > 0 {
		p = g.d.Tokens[k-1].Norm
	}
	return prepositions[p] && p != "de" && p != "du" && p != "des" && p != "d'" && p != "of"
}

// afterVerb reports whether unit u directly follows a past participle or
// a trigger: it is that verb's object, not the next verb's subject.
func (g *args) afterVerb(ui int) bool {
	u := g.a.Units[ui]
	k := u.First - 1
	if k < 0 {
		return false
	}
	t := g.d.Tokens[k]
	if t.Norm == "le" || t.Norm == "la" || t.Norm == "l'" || t.Norm == "les" {
		if k == 0 {
			return false
		}
		t = g.d.Tokens[k-1]
	}
	if _, ok := g.verbs[t.Norm]; ok {
		return true
	}
	return strings.HasSuffix(t.Text, "é") || strings.HasSuffix(t.Text, "ée") || strings.HasSuffix(t.Text, "és")
}

// subjects finds the subject of the verb at token v: the nearest unit to
// the left that no preposition governs, with any units coordinated to it.
// A pronoun in the way ends the search unless it resumes the subject of
// "X a décidé qu'elle ...". ok is false when the subject is unknown.
func (g *args) subjects(v, first int, depth int) ([]int, bool) {
	toks := g.d.Tokens
	// "la décision de la CPI d'enquêter": the infinitive's subject is the
	// noun's complement.
	loose := v > first && (toks[v-1].Norm == "d'" || toks[v-1].Norm == "de") && infinitive(toks[v].Norm)
	if !loose && g.nounPhraseSubject(v, first) {
		return nil, false
	}
	for k := v - 1; k >= first && v-k < 45; k-- {
		t := toks[k]
		if g.d.InQuote[k] {
			continue
		}
		if ui := g.unitAt[k]; ui >= 0 {
			u := g.a.Units[ui]
			k = u.First
			if g.bracketedBefore(ui, v) {
				// "La Communauté économique ... (Cédéao) a sanctionné": the
				// acronym names the subject whole even when the long name
				// before it was cut short.
				return []int{ui}, true
			}
			if (!loose && g.governed(ui)) || !g.argUnit(ui) || (!loose && g.afterVerb(ui)) {
				continue
			}
			if loose && u.First > 0 && toks[u.First-1].Text == "(" {
				continue
			}
			if u.Entity < 0 && u.Kind == entities.UnitDescription && u.First > first && toks[u.First-1].Text == "," && g.closedApposition(u.Last, v) {
				continue // "X, vice-président du Conseil, a accusé": an apposition
			}
			if u.Entity < 0 || g.cutShort(ui, v) {
				return nil, false
			}
			subs := []int{ui}
			// "X et Y", "X, Y et Z"
			for j := u.First - 1; j > first; {
				if articles[toks[j].Norm] && j-1 > first {
					j-- // "la France, l'Allemagne et l'Italie"
				}
				if toks[j].Norm != "et" && (toks[j].Text != "," || len(subs) == 1) {
					break // a list ends with "et": "X, Y et Z"
				}
				pj := g.unitAt[j-1]
				if pj < 0 || g.a.Units[pj].Entity < 0 || !g.argUnit(pj) {
					break
				}
				subs = append(subs, pj)
				j = g.a.Units[pj].First - 1
			}
			return subs, true
		}
		switch {
		case t.Text == ";" || t.Text == ":":
			return nil, false
		case t.Norm == "qui" && g.onlyAuxiliaries(k+1, v):
			// "Y, qui a critiqué X": the antecedent is the subject.
			j := k - 1
			if j >= first && toks[j].Text == "," {
				j--
			}
			if j >= first {
				if ui := g.unitAt[j]; ui >= 0 && g.a.Units[ui].Entity >= 0 && g.argUnit(ui) {
					return []int{ui}, true
				}
			}
			return nil, false
		case subjectPronouns[t.Norm]:
			if depth == 0 && (t.Norm == "il" || t.Norm == "elle") && k >= 2 && (toks[k-1].Norm == "qu'" || toks[k-1].Norm == "que") {
				return g.subjects(k-2, first, depth+1)
			}
			return nil, false
		}
	}
	return nil, false
}

// objects finds the objects after token v (the trigger's last token):
// the first unit of the noun phrase, then units coordinated to it.
func (g *args) objects(v, last int, tr trigger) []int {
	toks := g.d.Tokens
	k := v + 1
	for k < last && skippable[toks[k].Norm] && k-v <= 4 && !(tr.shape == withPrep && contains(tr.preps, toks[k].Norm)) {
		k++
	}
	if tr.shape == withPrep {
		if k >= last || !contains(tr.preps, toks[k].Norm) {
			// "au téléphone avec", "par téléphone avec"
			return nil
		}
		k++
	}
	if tr.shape == direct && k < last && (toks[k].Norm == "de" || toks[k].Norm == "d'") {
		// "Budapest, accusé de servir ...": no direct object.
		return nil
	}
	var out []int
	// heads counts the words of a noun phrase the entity would only be a
	// complement of: "la frappe contre une école de l'UNRWA" is no
	// condemnation of the UNRWA, "l'engagement de l'Italie" praises Italy.
	heads, otherPrep := 0, false
	for ; k < last && k-v < 14; k++ {
		t := toks[k]
		if ui := g.unitAt[k]; ui >= 0 {
			u := g.a.Units[ui]
			if u.Entity < 0 {
				// "le président du Conseil européen, Charles Michel": the
				// name in apposition to a title the recogniser left open.
				if ni := g.appositiveName(ui, last); ni >= 0 {
					return []int{ni}
				}
				return nil
			}
			if !g.argUnit(ui) || (tr.shape == direct && len(out) == 0 && g.locative(ui)) {
				// "a reçu à l'Élysée le chancelier": skip the place.
				k = u.Last - 1
				heads, otherPrep = 0, false
				continue
			}
			if heads > 0 && (heads > 2 || otherPrep || !evaluative(tr.cameo) || !g.agentComplement(u.First)) {
				return nil
			}
			out = append(out, ui)
			k = u.Last
			// A list ends with "et" ("X, Y et Z"); units after a comma
			// and no "et" are the next clause's ("la Pologne, l'Otan
			// réagira").
			listed := 1
			for k+1 < last && (toks[k].Norm == "et" || toks[k].Text == ",") {
				et := toks[k].Norm == "et"
				n := k + 1
				if toks[n].Norm == "le" || toks[n].Norm == "la" || toks[n].Norm == "l'" || toks[n].Norm == "les" || toks[n].Norm == "son" || toks[n].Norm == "sa" {
					if g.unitAt[n] < 0 {
						n++
					}
				}
				nu := g.unitAt[n]
				if n >= last || nu < 0 || g.a.Units[nu].Entity < 0 || !g.argUnit(nu) {
					break
				}
				out = append(out, nu)
				k = g.a.Units[nu].Last
				if et {
					listed = len(out)
				}
			}
			return out[:listed]
		}
		if t.Text == "." && k > 0 && personTitles[toks[k-1].Norm] {
			continue // "M. Tokaïev"
		}
		if objectStops[t.Norm] || objectStops[t.Text] || (t.Norm == "et" && len(out) == 0) {
			return nil
		}
		if _, isVerb := g.verbs[t.Norm]; isVerb && !(k > 0 && determiners[toks[k-1].Norm]) {
			return nil
		}
		switch {
		case determiners[t.Norm] || skippable[t.Norm] || personTitles[t.Norm] || timeWords[t.Norm] || t.Text == "." || text.IsQuoteMark(t):
		case prepositions[t.Norm]:
			if !ofPreps[t.Norm] {
				otherPrep = true
			}
		default:
			heads++
		}
	}
	return out
}

var (
	determiners = set("le", "la", "l'", "les", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce",
		"cet", "cette", "ces", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "the", "an")
	ofPreps = set("de", "du", "des", "d'", "of")
	// timeWords may sit between a verb and its object: "a reçu la semaine
	// dernière le ministre".
	timeWords = set("semaine", "mois", "annee", "prochain", "prochaine", "dernier", "derniere", "matin", "soir",
		"midi", "apres-midi", "veille", "lendemain", "week-end", "debut", "fin", "aussitot", "toutefois", "ainsi",
		"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre")
)

// agentNouns name what someone does or says: praising or condemning "la
// décision de la Cour" is praising or condemning the Cour. Nouns of what
// is done to someone ("l'invasion de l'Ukraine", "l'arrestation de X")
// are not among them.
var agentNouns = set("decision", "decisions", "position", "positions", "politique", "engagement", "engagements",
	"attitude", "comportement", "soutien", "aide", "role", "choix", "propos", "declaration", "declarations", "annonce",
	"action", "actions", "gestion", "reponse", "refus", "silence", "retrait", "victoire", "initiative", "proposition",
	"propositions", "plan", "projet", "strategie", "intervention", "offensive", "efforts", "travail", "courage",
	"leadership", "menaces", "sanctions", "critiques", "accusations", "demande", "exigences", "ingerence",
	"agression", "provocations", "provocation", "mesures", "discours", "reforme", "mediation", "contribution",
	"solidarite", "generosite", "hospitalite", "accueil", "appui", "cooperation", "partenariat", "implication",
	"mobilisation", "determination", "fermete", "reaction", "verdict", "jugement", "rapport", "conclusions", "ordonnance")

// evaluative reports whether a CAMEO code judges its target (praise,
// defend, criticise, accuse, reject), so that judging someone's decision
// is judging them.
func evaluative(cameo string) bool {
	r := root(cameo)
	return r == "05" || r == "11" || r == "12"
}

// agentComplement reports whether the unit starting at first is the "de"
// complement of an agent noun before it: "la décision de la Cour".
func (g *args) agentComplement(first int) bool {
	k := first - 1
	if k >= 1 && g.d.Tokens[k].Text == "." && personTitles[g.d.Tokens[k-1].Norm] {
		k -= 2 // "les propos de M. Guterres"
	} else if k >= 0 && personTitles[g.d.Tokens[k].Norm] {
		k--
	}
	if k >= 0 && articles[g.d.Tokens[k].Norm] && g.unitAt[k] < 0 {
		k--
	}
	if k < 1 || !ofPreps[g.d.Tokens[k].Norm] {
		return false
	}
	return agentNouns[g.d.Tokens[k-1].Norm]
}

// cutShort reports whether an organisation's name looks cut before its
// end: "L'Agence mondiale antidopage a félicité" recognised as "Agence
// mondiale", or "Le Mouvement pour un cyclisme crédible" as "Mouvement".
// The next word would then be a lower-case word that is neither an
// auxiliary, an adverb, a verb we know, nor a clause word.
func (g *args) cutShort(ui, v int) bool {
	u := g.a.Units[ui]
	if g.a.Entities[u.Entity].Type != kg.Org || u.Last >= v {
		return false
	}
	t := g.d.Tokens[u.Last]
	if t.Kind != text.Word || t.Cap || auxiliaries[t.Norm] || clauseWords[t.Norm] || isSpeechVerb(t.Norm) {
		return false
	}
	if _, ok := g.verbs[t.Norm]; ok {
		return false
	}
	return true
}

var clauseWords = set("et", "ou", "qui", "que", "qu'", "dont", "ni", "mais", "n'", "ne", "l'", "le", "la", "les", "lui", "leur", "y", "en")

// closedApposition reports whether a comma in [from, v) closes an
// apposition: only auxiliaries follow it up to the verb at v.
func (g *args) closedApposition(from, v int) bool {
	for c := from; c < v && c < from+8; c++ {
		if g.d.Tokens[c].Text == "," {
			return g.onlyAuxiliaries(c+1, v)
		}
	}
	return false
}

// appositiveName returns the person unit a description unit ui is put in
// apposition to, "le président du Conseil européen, Charles Michel", or
// -1. The comma must come within three words of the description.
func (g *args) appositiveName(ui, last int) int {
	u := g.a.Units[ui]
	if u.Kind != entities.UnitDescription {
		return -1
	}
	for k := u.Last; k < last && k < u.Last+3; k++ {
		t := g.d.Tokens[k]
		if t.Text != "," {
			if g.unitAt[k] >= 0 || t.Kind != text.Word || objectStops[t.Norm] {
				return -1
			}
			continue
		}
		if k+1 >= last {
			return -1
		}
		ni := g.unitAt[k+1]
		if ni < 0 || g.a.Units[ni].Entity < 0 || g.a.Units[ni].First != k+1 || g.a.Entities[g.a.Units[ni].Entity].Type != kg.Person {
			return -1
		}
		return ni
	}
	return -1
}

// bracketedBefore reports whether unit ui is "(ACRONYM)" right before the
// verb at v, auxiliaries aside.
func (g *args) bracketedBefore(ui, v int) bool {
	u := g.a.Units[ui]
	toks := g.d.Tokens
	if u.Entity < 0 || u.First == 0 || toks[u.First-1].Text != "(" || u.Last >= v || toks[u.Last].Text != ")" {
		return false
	}
	return g.onlyAuxiliaries(u.Last+1, v)
}

// nounPhraseSubject reports whether the verb at v has a common noun
// phrase for subject: "X estime que les manifestants ont critiqué Y" is
// no criticism by X. The noun stands right before the verb (auxiliaries
// aside) with an article one or two words before it.
func (g *args) nounPhraseSubject(v, first int) bool {
	toks := g.d.Tokens
	p := v - 1
	for p > first && auxiliaries[toks[p].Norm] {
		p--
	}
	if p <= first || g.unitAt[p] >= 0 || toks[p].Kind != text.Word || toks[p].Cap || g.d.InQuote[p] {
		return false
	}
	if subjectPronouns[toks[p].Norm] || clauseWords[toks[p].Norm] || prepositions[toks[p].Norm] || determiners[toks[p].Norm] {
		return false
	}
	for k := p - 1; k >= first && k >= p-2; k-- {
		n := toks[k].Norm
		if n == "le" || n == "la" || n == "l'" || n == "les" || n == "un" || n == "une" || n == "des" || n == "ces" || n == "cette" || n == "ce" {
			// "de leur côté" is no subject; "la Pologne et les pays
			// baltes" is a list whose named part the search finds.
			return k == first || !prepositions[toks[k-1].Norm] && toks[k-1].Norm != "et" && toks[k-1].Text != ","

		}
		if g.unitAt[k] >= 0 || toks[k].Kind != text.Word {
			return false
		}
	}
	return false
}

var articles = set("le", "la", "l'", "les")

// onlyAuxiliaries reports whether tokens [from, to) are auxiliaries and
// adverbs: the verb at to is the next verb of the clause.
func (g *args) onlyAuxiliaries(from, to int) bool {
	for k := from; k < to; k++ {
		if !auxiliaries[g.d.Tokens[k].Norm] {
			return false
		}
	}
	return true
}

func infinitive(w string) bool {
	return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re")
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
