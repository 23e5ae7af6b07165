package relations

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// englishTitles gives the French form of the titles English articles use,
// masculine and feminine (empty: the same), so that a person's role is one
// whatever the language of the article: Putin's "President" of an English
// article is the "président" of a French one. Keys are kg.Normalize'd.
var englishTitles = map[string][2]string{
	"president":                        {"président", "présidente"},
	"president-elect":                  {"président élu", "présidente élue"},
	"vice president":                   {"vice-président", "vice-présidente"},
	"prime minister":                   {"Premier ministre", "Première ministre"},
	"foreign minister":                 {"ministre des Affaires étrangères", ""},
	"defence minister":                 {"ministre de la Défense", ""},
	"defense minister":                 {"ministre de la Défense", ""},
	"minister":                         {"ministre", ""},
	"secretary of state":               {"secrétaire d’État", ""},
	"secretary general":                {"secrétaire général", "secrétaire générale"},
	"secretary-general":                {"secrétaire général", "secrétaire générale"},
	"defense secretary":                {"secrétaire à la Défense", ""},
	"defence secretary":                {"secrétaire à la Défense", ""},
	"secretary":                        {"secrétaire", ""},
	"national security adviser":        {"conseiller à la sécurité nationale", "conseillère à la sécurité nationale"},
	"ambassador":                       {"ambassadeur", "ambassadrice"},
	"spokesman":                        {"porte-parole", ""},
	"spokeswoman":                      {"porte-parole", ""},
	"spokesperson":                     {"porte-parole", ""},
	"chancellor":                       {"chancelier", "chancelière"},
	"king":                             {"roi", ""},
	"queen":                            {"reine", ""},
	"senator":                          {"sénateur", "sénatrice"},
	"governor":                         {"gouverneur", "gouverneure"},
	"mayor":                            {"maire", ""},
	"general":                          {"général", ""},
	"counterpart":                      {"homologue", ""},
	"foreign policy chief":             {"chef de la diplomatie", "cheffe de la diplomatie"},
	"top diplomat":                     {"chef de la diplomatie", "cheffe de la diplomatie"},
	"opposition leader":                {"chef de l’opposition", "cheffe de l’opposition"},
	"envoy":                            {"envoyé", "envoyée"},
	"chief":                            {"chef", "cheffe"},
	"premier ministre":                 {"Premier ministre", ""}, // French convention: the capital stays
	"premiere ministre":                {"Première ministre", ""},
	"premier ministre delegue":         {"Premier ministre délégué", ""},
	"vice-premier ministre":            {"vice-Premier ministre", "vice-Première ministre"},
	"vice-premiere ministre":           {"vice-Première ministre", ""},
	"former president":                 {"ancien président", "ancienne présidente"},
	"former prime minister":            {"ancien Premier ministre", "ancienne Première ministre"},
	"former foreign minister":          {"ancien ministre des Affaires étrangères", "ancienne ministre des Affaires étrangères"},
	"former secretary of state":        {"ancien secrétaire d’État", "ancienne secrétaire d’État"},
	"former chancellor":                {"ancien chancelier", "ancienne chancelière"},
	"former national security adviser": {"ancien conseiller à la sécurité nationale", "ancienne conseillère à la sécurité nationale"},
}

// frenchTitleWords are the first words of French titles (kg.Normalize'd),
// which a French title writes in lower case: a capital there is the
// sentence's or a heading's ("Président de la Russie, Vladimir Poutine…").
var frenchTitleWords = map[string]bool{
	"president": true, "presidente": true, "vice-president": true, "vice-presidente": true, "ministre": true,
	"secretaire": true, "sous-secretaire": true, "chancelier": true, "chanceliere": true, "ambassadeur": true,
	"ambassadrice": true, "charge": true, "chargee": true, "porte-parole": true, "chef": true, "cheffe": true,
	"dirigeant": true, "dirigeante": true, "roi": true, "reine": true, "prince": true, "princesse": true,
	"emir": true, "sultan": true, "pape": true, "ayatollah": true, "guide": true, "directeur": true,
	"directrice": true, "patron": true, "patronne": true, "senateur": true, "senatrice": true, "depute": true,
	"deputee": true, "eurodepute": true, "eurodeputee": true, "maire": true, "gouverneur": true,
	"gouverneure": true, "general": true, "marechal": true, "amiral": true, "colonel": true, "commandant": true,
	"juge": true, "procureur": true, "procureure": true, "conseiller": true, "conseillere": true,
	"emissaire": true, "envoye": true, "envoyee": true, "mediateur": true, "mediatrice": true,
	"negociateur": true, "negociatrice": true, "commissaire": true, "haut": true, "haute": true,
	"homologue": true, "representant": true, "representante": true, "prefet": true, "prefete": true,
	"consul": true, "consule": true, "ancien": true, "ancienne": true,
}

// normalTitle is a role title in its one normal form: an English title in
// French, a French one with the capital of the sentence taken off; gender
// ('f', 'm' or 0) chooses the feminine form of a translated title.
func normalTitle(title string, gender byte) string {
	k := kg.Normalize(title)
	if f, ok := englishTitles[k]; ok {
		if gender == 'f' && f[1] != "" {
			return f[1]
		}
		return f[0]
	}
	first, _, _ := strings.Cut(k, " ")
	if r, n := utf8.DecodeRuneInString(title); unicode.IsUpper(r) && frenchTitleWords[first] {
		w, _, _ := strings.Cut(title, " ")
		if strings.ToUpper(w) != w { // not an acronym written in capitals
			return string(unicode.ToLower(r)) + title[n:]
		}
	}
	return title
}
