package relations

import (
	"github.com/newsgraph/newsgraph/internal/kg"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/text"
)

var (
	prepositions = set("de", "du", "des", "d'", "a", "au", "aux", "avec", "pour", "sur", "contre", "par", "entre", "dans",
		"vers", "chez", "devant", "selon", "sans", "apres", "avant", "depuis", "en", "lors", "envers", "of", "by", "with",
		"to", "from", "for", "against", "about", "malgre", "face", "parmi", "sous", "pres")
	// clauseStops end the search for an object.
	objectStops = set(",", ";", ":", ".", "!", "?", "pour", "apres", "car", "mais", "qui", "que", "qu'", "lors", "afin",
		"parce", "depuis", "puisque", "alors", "tandis", "lorsque", "lorsqu'", "quand", "si", "dont", "ou", "comme",
		"malgre", "sans", "avant", "during", "»", "«", "\"", "“", "”", "(", ")")
	institutions = set("administration", "gouvernement", "diplomatie", "armee", "autorites", "forces", "justice",
		"presidence", "executif", "regime", "pouvoir", "marine", "aviation", "police", "delegation", "ambassade",
		"parlement", "dirigeants", "responsables", "officiels", "diplomates", "negociateurs", "services", "etat",
		"representation", "renseignement", "renseignements", "chancellerie")
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
}

func newArgs(a *entities.Analysis) *args {
	g := &args{a: a, d: a.Doc, unitAt: make([]int, len(a.Doc.Tokens))}
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

var (
	determiners = set("le", "la", "l'", "les", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce",
		"cet", "cette", "ces", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "the", "an")
	ofPreps = set("de", "du", "des", "d'", "of")
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
	"mobilisation", "determination", "fermete", "reaction", "verdict", "jugement", "rapport", "conclusions", "ordonnance",
	"mepris", "arrogance", "deni", "inaction", "laxisme", "mensonge", "mensonges", "intrusion", "ingerences",
	"agissements", "methodes", "acharnement", "professionnalisme", "sang-froid", "devouement", "bravoure",
	"remarques", "paroles", "sorties", "message", "messages", "tweet", "tweets", "bilan", "echec", "erreurs",
	// qualities judged in whoever shows them ("a salué la dignité de X",
	// "dénonce l'irresponsabilité de Y"), and what someone runs or tries
	"dignite", "hauteur", "stupidite", "hypocrisie", "irresponsabilite", "incompetence", "amateurisme", "cynisme",
	"lachete", "complaisance", "duplicite", "memoire", "candidature", "ligne", "tentative", "tentatives", "campagne",
	"jeu", "derive", "derives", "manoeuvre", "manoeuvres", "methode", "methodes", "programme", "revirement",
	"volte-face", "positionnement", "gouvernance", "comportements", "attitudes", "politiques",
	// a life's work, praised
	"carriere", "parcours", "oeuvre", "combat", "talent", "annonces", "roles", "attachement", "merites",
	// attacks in words, condemned in whoever makes them ("a dénoncé les
	// insultes de X")
	"attaques", "insultes", "injures", "invectives", "outrances", "calomnies", "derapage", "derapages")

// conductNouns name what someone did or chose, which one may regret in
// them: "a regretté la décision de X", "l'attitude de Y".
var conductNouns = set("decision", "decisions", "choix", "attitude", "comportement", "propos", "position", "positions",
	"refus", "silence", "inaction", "candidature", "declaration", "declarations", "annonce", "politique", "gestion",
	"absence", "initiative", "strategie", "reaction", "manque")

// evaluative reports whether a CAMEO code judges its target (praise,
// defend, criticise, accuse, reject), so that judging someone's decision
// is judging them.
func evaluative(cameo string) bool {
	r := root(cameo)
	return r == "05" || r == "11" || r == "12"
}

var clauseWords = set("et", "ou", "qui", "que", "qu'", "dont", "ni", "mais", "n'", "ne", "l'", "le", "la", "les", "lui", "leur", "y", "en")

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

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
