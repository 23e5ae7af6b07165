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
	for k := v - 1; k >= s.First && k >= v-3; k-- {
		if participleAux[w.d.Tokens[k].Norm] {
			return false
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
