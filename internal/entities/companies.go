package entities

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/text"
)

// Companies look like people to the rules: one capitalised word, often
// the subject of "a annoncé". These cues say "company" instead; a name
// typed by one of them is sure, so the tagger does not retype it.

// companyOfHeads name a company after "de": "le PDG de Stellantis", "les
// actionnaires de Danone". Words that could as well introduce a place
// ("les usines de", "les salariés de") are not among them.
var companyOfHeads = set("pdg", "patron", "patronne", "dirigeant", "dirigeants", "dirigeante", "actionnaire",
	"actionnaires", "filiale", "filiales", "rachat", "cofondateur", "cofondatrice", "fondateur", "fondatrice",
	"concurrent", "concurrents", "administrateur", "administrateurs")

// companyNouns are what a company has and a person does not: "Danone a
// annoncé ses résultats", "Airbus a livré ses avions".
var companyNouns = set("resultats", "benefice", "benefices", "chiffre", "ventes", "actionnaires", "filiale",
	"filiales", "usines", "action", "actions", "abonnes", "magasins", "livraisons", "vehicules", "avions",
	"salaries", "effectifs", "comptes", "dividende", "dividendes", "titre", "capitalisation", "pertes", "clients")

// sectorWords may stand between a company noun and its name: "le
// constructeur automobile Renault", "le groupe pétrolier TotalEnergies".
var sectorWords = set("automobile", "automobiles", "aeronautique", "pharmaceutique", "petrolier", "gazier",
	"energetique", "informatique", "numerique", "bancaire", "agroalimentaire", "minier", "chimique", "industriel",
	"technologique", "francais", "americain", "chinois", "japonais", "allemand", "europeen", "britannique",
	"russe", "suisse", "italien", "espagnol", "coreen", "sud-coreen", "neerlandais", "suedois", "indien", "geant")

// firstName reports whether w (folded) is a first name of either list.
func (r *Recognizer) firstName(w string) bool {
	return r.lex.firstNames[w] || r.genders[w] != 0 || r.nameGenders[w] != 0
}

// companyCue reports whether the context of a capitalised name the
// gazetteer does not know makes it a company.
func (r *Recognizer) companyCue(d *text.Doc, c cand) bool {
	toks := d.Tokens
	n := c.last - c.first
	if n == 1 && camelCase(toks[c.first].Text) {
		return true // "TotalEnergies", "BioNTech", "ArcelorMittal"
	}
	// "le géant russe Gazprom", "le constructeur automobile japonais Toyota"
	k := c.first - 1
	for steps := 0; steps < 2 && k >= 0 && toks[k].Kind == text.Word && !toks[k].Cap && sectorWords[toks[k].Norm]; steps++ {
		if orgHeads[toks[k].Norm] {
			return true
		}
		k--
	}
	if k < c.first-1 && k >= 0 && orgHeads[toks[k].Norm] {
		return true
	}
	// "le site internet d'information Rappler", "le quotidien
	// d'investigation Philippine Daily Inquirer": a media or company noun
	// with its lower-case complements.
	for k, steps := c.first-1, 0; k >= 0 && steps < 4 && !r.firstName(toks[c.first].Norm); k, steps = k-1, steps+1 {
		t := toks[k]
		if t.Kind != text.Word || t.Cap || t.Newline && k != c.first-1 {
			break
		}
		if steps == 0 && (t.Norm == "de" || t.Norm == "d'") {
			break // "le constructeur de Woking": the place it is in
		}
		if orgHeads[t.Norm] {
			return steps > 0
		}
		if r.lex.function[t.Norm] && t.Norm != "de" && t.Norm != "d'" {
			break
		}
	}
	if n > 2 {
		return false
	}
	// "le PDG de Stellantis", "les actionnaires d'Alstom"
	if k := c.first - 1; k >= 1 && (toks[k].Norm == "de" || toks[k].Norm == "d'") && companyOfHeads[toks[k-1].Norm] {
		return true
	}
	// Not "chez X": "une perquisition chez Fillon" is as common as "chez
	// Renault".
	// "Danone a annoncé ses résultats": a possessive and a company noun
	// within the next few words of the same sentence.
	s := d.Sentences[c.sent]
	for k := c.last; k < s.Last && k < c.last+5; k++ {
		t := toks[k]
		if t.Kind != text.Word {
			break
		}
		if (t.Norm == "ses" || t.Norm == "son" || t.Norm == "sa") && k+1 < s.Last && companyNouns[toks[k+1].Norm] {
			return true
		}
	}
	return false
}

// camelCase reports whether w is one word with a capital inside after
// at least three lower-case letters ("TotalEnergies", "BioNTech"), as
// brands are written and names ("McCain", "DiCaprio", "MacArthur") are
// not.
func camelCase(w string) bool {
	rs := []rune(w)
	if len(rs) < 5 || !unicode.IsUpper(rs[0]) {
		return false
	}
	lower := 0
	for i := 1; i < len(rs); i++ {
		switch {
		case unicode.IsLower(rs[i]):
			lower++
		case unicode.IsUpper(rs[i]):
			if i >= 3 && lower >= 2 && !strings.EqualFold(string(rs[:i]), "mac") {
				return true
			}
			return false
		default:
			return false
		}
	}
	return false
}

// legalForms follow a company's name and belong to it.
var legalForms = set("SA", "SE", "SAS", "AG", "NV", "Inc", "Ltd", "plc", "PLC", "Group", "Groupe", "Holding")
