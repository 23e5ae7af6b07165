package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
)

// institutionHeads open the name of a body, which French writes with one
// capital and then lower-case words: "Agence mondiale antidopage", "Cour
// européenne des droits de l'homme", "Fonds monétaire international".
var institutionHeads = set("agence", "organisation", "cour", "conseil", "fonds", "banque", "commission",
	"haut-commissariat", "office", "autorite", "comite", "tribunal", "parlement", "programme", "union", "institut",
	"observatoire", "federation", "confederation", "ligue", "centre", "bureau", "conference", "caisse", "assemblee",
	"parquet", "fondation", "academie", "etablissement", "haute", "haut", "direction", "inspection", "syndicat",
	"association", "mouvement", "alliance", "parti", "ecole", "universite", "secretariat", "chambre", "ordre", "regie")

// maxInstitution bounds a name in tokens; longer runs are sentences.
const maxInstitution = 14

// institutionEnd returns the end of an institution's name opening at
// token i, or i when there is none: a capitalised head, then lower-case
// adjectives and "de", "des", "du", "de la", "pour les" complements up to
// the first word that can be neither. The head alone ("l'Agence a
// annoncé", "le Conseil a décidé mardi de") is no name here; it is left
// to the rules for a body named before. A known name (the gazetteer's)
// is only lengthened by adjectives or a "pour" complement ("Organisation
// des Nations unies pour l'alimentation"), never by "de Bruxelles".
func (r *Recognizer) institutionEnd(d *text.Doc, s text.Sentence, i int) int {
	toks := d.Tokens
	t := toks[i]
	if t.Kind != text.Word || !t.Cap || t.Upper || !institutionHeads[t.Norm] {
		return i
	}
	k := i + 1
	// "Haute Autorité", "Haut Conseil"
	if k < s.Last && !toks[k].Newline && toks[k].Kind == text.Word && toks[k].Cap && institutionHeads[toks[k].Norm] {
		k++
	}
	onlyPour := false
	if sp, ok := r.gaz.longest(toks, i, s.Last, d.Lang); ok {
		if sp.kind != kindName || r.gaz.entries[sp.entry].Type != kg.Org {
			return i
		}
		k, onlyPour = sp.last, true
	}
	start := k
	if e := r.centralBank(d, s, i); e > k {
		return e
	}
	end := r.nameModifiers(d, s, k)
	for end-i < maxInstitution {
		e := r.complement(d, s, end, onlyPour)
		if e <= end {
			break
		}
		end = r.nameModifiers(d, s, e)
	}
	if end == start || end-i > maxInstitution {
		return i
	}
	return end
}

// nameModifiers skips the lower-case adjectives after a noun of a name
// ("mondiale antidopage", "centrale européenne"), at most three. A
// demonym is the name's only when a complement follows it ("Fédération
// roumaine de tennis"); at the end ("le Parlement arménien", "la
// présidente du Conseil italien") it stays the country's.
func (r *Recognizer) nameModifiers(d *text.Doc, s text.Sentence, k int) int {
	toks := d.Tokens
	for n := 0; n < 3 && k < s.Last && !toks[k].Newline && r.isNameAdjective(toks[k]); n++ {
		if sp, ok := r.gaz.longest(toks, k, k+1, d.Lang); ok && sp.kind == kindDemonym && r.complement(d, s, k+1, false) == k+1 {
			break
		}
		k++
	}
	return k
}

// isNameAdjective is isAdjective with the endings of "européen" and the
// "anti-" words names use as adjectives ("antidopage", "antifraude").
func (r *Recognizer) isNameAdjective(t text.Token) bool {
	if isAdjective(t, r.lex) {
		return true
	}
	if t.Kind != text.Word || t.Cap || r.lex.function[t.Norm] {
		return false
	}
	for _, e := range []string{"een", "eenne", "eens", "eennes"} {
		if strings.HasSuffix(t.Norm, e) {
			return true
		}
	}
	return strings.HasPrefix(t.Norm, "anti") && len(t.Norm) >= 8
}

// complement returns the end of a "de …", "des …", "pour la …" complement
// of a name starting at token k, or k when there is none. Its noun is a
// lower-case noun ("de sécurité", "de l'énergie"), a known organisation
// ("de l'ONU", "des Nations unies"), a known city ("de Paris") or an
// unknown capitalised name ("de la Croix-Rouge"); a country, a demonym, a
// date word or an infinitive ("de reporter") ends the name before it.
func (r *Recognizer) complement(d *text.Doc, s text.Sentence, k int, onlyPour bool) int {
	toks := d.Tokens
	if k >= s.Last || toks[k].Newline || toks[k].Kind != text.Word {
		return k
	}
	n := k + 1
	bare := false
	switch toks[k].Norm {
	case "de", "d'":
		if onlyPour {
			return k
		}
		if n < s.Last && (toks[n].Norm == "la" || toks[n].Norm == "l'") && !toks[n].Cap {
			n++
		} else {
			bare = true
		}
	case "des", "du":
		if onlyPour || toks[k].Cap {
			return k
		}
	case "pour":
		// "pour les réfugiés"; "pour reporter" is a purpose, not a name.
		if n >= s.Last || !(toks[n].Norm == "la" || toks[n].Norm == "l'" || toks[n].Norm == "le" || toks[n].Norm == "les") || toks[n].Cap {
			return k
		}
		n++
	default:
		return k
	}
	if n >= s.Last || toks[n].Newline || toks[n].Kind != text.Word {
		return k
	}
	u := toks[n]
	if u.Cap {
		if sp, ok := r.gaz.longest(toks, n, s.Last, d.Lang); ok {
			e := r.gaz.entries[sp.entry]
			if sp.kind == kindDemonym || !(e.Type == kg.Org || (e.Type == kg.GPE && e.ISO == "")) {
				return k
			}
			return sp.last
		}
		m := n
		// "de la Croix-Rouge", "des Tailleurs de Pierre", "pour la
		// Nouvelle Gloire"; not "de Marc Dupont", a person.
		for m < s.Last && m-n < 4 && !toks[m].Newline && toks[m].Kind == text.Word && toks[m].Cap &&
			!r.lex.determiners[toks[m].Norm] && !r.lex.personTitle[toks[m].Norm] {
			if r.lex.firstNames[toks[m].Norm] && m+1 < s.Last && toks[m+1].Kind == text.Word && toks[m+1].Cap {
				break
			}
			m++
		}
		if m == n {
			return k
		}
		return m
	}
	if len(u.Norm) < 3 || r.lex.function[u.Norm] || nameStopWords[u.Norm] {
		return k
	}
	if bare && (strings.HasSuffix(u.Norm, "er") || strings.HasSuffix(u.Norm, "ir")) {
		return k // "de reporter", "d'agir"
	}
	if strings.HasSuffix(u.Text, "é") || strings.HasSuffix(u.Text, "ée") || strings.HasSuffix(u.Text, "és") || strings.HasSuffix(u.Text, "ées") {
		return k // a participle: "des fonds versés"
	}
	return n + 1
}

// nameStopWords are lower-case words that never continue a name after
// "de": verbs and words of time or quantity.
var nameStopWords = set("faire", "prendre", "mettre", "dire", "rendre", "suspendre", "reconnaitre", "etre", "avoir",
	"semaine", "semaines", "mois", "annee", "annees", "ans", "jours", "jour", "heures", "heure", "minutes", "fois",
	"millions", "milliards", "milliers", "centaines", "dizaines", "euros", "dollars", "personnes", "facon", "maniere",
	"nouveau", "nouveaux", "nombreux", "nombreuses", "part", "cote", "suite", "sorte", "moitie", "fin", "debut",
	"matin", "soir", "midi", "nuit", "veille", "lendemain", "retour", "nouvelles")

// centralBank returns the end of "Banque de France", "Banque d'Italie",
// "Banque du Japon": a country after "Banque" is the bank's name, while
// "la Cour suprême d'Israël" keeps its country apart.
func (r *Recognizer) centralBank(d *text.Doc, s text.Sentence, i int) int {
	toks := d.Tokens
	k := i + 1
	if toks[i].Norm != "banque" || k+1 >= s.Last || !(toks[k].Norm == "de" || toks[k].Norm == "d'" || toks[k].Norm == "du") {
		return i
	}
	sp, ok := r.gaz.longest(toks, k+1, s.Last, d.Lang)
	if !ok || sp.kind != kindName || r.gaz.entries[sp.entry].ISO == "" || !toks[k+1].Cap {
		return i
	}
	return sp.last
}
