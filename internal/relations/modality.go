package relations

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/text"
)

var (
	// participleAux are the verb forms that make a participle a tense.
	participleAux = set("a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "est", "sont", "etait",
		"etaient", "sera", "seront", "serait", "seraient", "ete", "eu", "avoir", "etre", "s'est", "as", "ai", "avons", "avez")
	hedges = set("aurait", "auraient", "serait", "seraient", "pourrait", "pourraient", "devrait", "devraient",
		"semble", "semblent", "envisage", "envisagent", "possible", "eventuel", "eventuelle", "eventuels", "eventuelles",
		"probable", "pourra", "pourront")
	futures = set("va", "vont", "doit", "doivent", "devra", "devront", "prevu", "prevue", "prevus", "prevues",
		"prochain", "prochaine", "prochains", "prochaines", "aura", "auront", "sera", "seront", "compte", "comptent",
		"reprendront", "reprendra", "demain", "bientot")
	negators = set("ne", "n'", "pas", "jamais", "aucun", "aucune", "ni", "sans")
)

// adjectival reports whether the trigger at v is a past participle used
// as an adjective ("Budapest, accusé de ...", "ces livraisons, qualifiées
// de ...") rather than a tense: no auxiliary in the three words before it.
func (w *work) adjectival(s text.Sentence, v int) bool {
	t := w.d.Tokens[v]
	low := strings.ToLower(t.Text)
	if !(strings.HasSuffix(low, "é") || strings.HasSuffix(low, "ée") || strings.HasSuffix(low, "és") || strings.HasSuffix(low, "ées")) {
		return false
	}
	// "ont de leur côté menacé": the auxiliary may stand a few words
	// back, but not across a comma or a relative pronoun.
	for k := v - 1; k >= s.First && k >= v-6; k-- {
		n := w.d.Tokens[k]
		if participleAux[n.Norm] {
			return false
		}
		if n.Kind == text.Punct || n.Norm == "qui" || n.Norm == "que" || n.Norm == "qu'" || w.g.unitAt[k] >= 0 {
			break
		}
	}
	// "Israël a rejeté ces critiques et accusé le Hamas": the auxiliary
	// is shared with the verb before "et".
	if v-1 > s.First && w.d.Tokens[v-1].Norm == "et" {
		for k := v - 2; k >= s.First && k >= v-12; k-- {
			n := w.d.Tokens[k]
			if n.Text == "," || n.Text == ";" || n.Norm == "qui" || n.Norm == "que" {
				break
			}
			if participleAux[n.Norm] {
				return false
			}
		}
	}
	return true
}

// clauseModality reads the modality of the clause around a noun trigger
// at n ("les discussions ... reprendront en mars" is future, "une
// rencontre pourrait avoir lieu" hedged) and whether it is negated ("n'a
// pas eu d'entretien").
func (w *work) clauseModality(s text.Sentence, n int) (modality string, negated bool) {
	toks := w.d.Tokens
	for k := n - 1; k >= s.First && k >= n-5; k-- {
		if negators[toks[k].Norm] {
			negated = true
		}
	}
	for k := s.First; k < s.Last; k++ {
		if w.d.InQuote[k] || toks[k].Kind != text.Word {
			continue
		}
		m := toks[k].Norm
		switch {
		case hedges[m] || len(m) > 6 && (strings.HasSuffix(m, "rait") || strings.HasSuffix(m, "raient")):
			return "hedged", negated
		case futures[m] || len(m) > 6 && strings.HasSuffix(m, "eront"):
			modality = "future"
		}
	}
	return modality, negated
}

var (
	// denials make the infinitive after them not happen: "a refusé de
	// rencontrer", "dément avoir critiqué".
	denials = set("refuse", "refusent", "refusait", "refuser", "renonce", "renoncent", "exclut", "exclu", "exclure",
		"dement", "dementi", "nie", "nient", "annule", "evite", "evitent", "evite", "empeche", "interdit", "oublie",
		"sans", "cesse", "arrete", "decline", "rejette")
	// intentions make it a plan or a wish: "veut rencontrer", "a proposé
	// de recevoir", "pour rencontrer".
	intentions = set("veut", "veulent", "voulait", "voulaient", "voudrait", "souhaite", "souhaitent", "souhaitait",
		"espere", "esperent", "envisage", "envisagent", "tente", "tentent", "tentera", "cherche", "cherchent",
		"propose", "proposent", "promis", "promet", "promettent", "entend", "entendent", "s'engage", "engage",
		"menace", "menacent", "pour", "afin", "accepte", "acceptent", "pret", "prete", "prets", "decide", "decident",
		"essaye", "essaie", "appele", "appelle", "appellent", "invite", "invitent", "demande", "demandent", "exhorte",
		"devait", "devaient", "pensait", "esperait", "comptait", "voulu", "souhaite", "tente", "cherche")
	// plans make it future: "s'apprête à recevoir", "a prévu de rencontrer".
	plans = set("apprete", "appretent", "prevu", "prevoit", "prevoient", "prevoyait", "projette", "projettent",
		"va", "vont", "allait", "allaient", "doit", "doivent", "devra", "devront")
	perfectAux = set("avoir", "etre", "ete", "se", "s'")
)

// infinitiveContext reads what governs a trigger in the infinitive: skip
// is true when the event is denied ("a refusé de rencontrer") or its
// subject is the object of another verb ("accuse Y d'avoir attaqué Z":
// Y's attack is an allegation whose actor the subject search would miss);
// modality is "hedged" for a wish or plan ("veut rencontrer") or a
// condition ("si X rencontre Y").
func (w *work) infinitiveContext(s text.Sentence, v int) (skip bool, modality string) {
	toks := w.d.Tokens
	for k := v - 1; k >= s.First && k >= v-8; k-- {
		if toks[k].Norm == "si" || toks[k].Norm == "s'il" || toks[k].Norm == "s'ils" {
			modality = "hedged"
		}
	}
	p := v - 1
	for p > s.First && perfectAux[toks[p].Norm] {
		p--
	}
	if p < s.First {
		return false, modality
	}
	g := p
	if n := toks[p].Norm; n == "de" || n == "d'" || n == "a" {
		if n == "a" && toks[p].Text != "à" && toks[p].Text != "À" {
			return false, modality // "X a rencontré": the auxiliary
		}
		g = p - 1
		if g >= s.First {
			if ui := w.g.unitAt[g]; ui >= 0 && w.g.afterVerb(ui) {
				return true, modality
			}
		}
	}
	for g >= s.First && (toks[g].Norm == "pas" || toks[g].Norm == "plus" || toks[g].Norm == "jamais") {
		g--
	}
	if g < s.First || g == v {
		return false, modality
	}
	n := toks[g].Norm
	switch {
	case denials[n] || denialStem(n):
		return true, modality
	case plans[n] && (g < v-1 || infinitive(toks[v].Norm)):
		return false, "future"
	case intentions[n] && (g < v-1 || infinitive(toks[v].Norm)):
		return false, "hedged"
	}
	return false, modality
}

// denialStem catches the tenses of the denial verbs: "a refusé", "ont
// démenti".
func denialStem(n string) bool {
	for _, st := range []string{"refus", "renonc", "dement", "exclu"} {
		if strings.HasPrefix(n, st) {
			return true
		}
	}
	return false
}
