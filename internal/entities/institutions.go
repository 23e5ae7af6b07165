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

// InstitutionHead reports whether a folded word opens the names of
// bodies: "cour", "conseil", "agence".
func InstitutionHead(folded string) bool { return institutionHeads[folded] }

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
	for n := 0; n < 3 && k < s.Last && !toks[k].Newline && r.isNameAdjective(toks[k]) && !participleWithObject(toks, k, s.Last, r.lex); n++ {
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
			if sp.kind != kindDemonym && e.Type == kg.GPE && bracketedAcronym(toks, sp.last, s.Last) {
				return sp.last // "Union nationale des journalistes des Philippines (NUJP)": the acronym names the whole
			}
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
	if strings.HasSuffix(u.Text, "é") && !strings.HasSuffix(u.Text, "té") || strings.HasSuffix(u.Text, "ée") || strings.HasSuffix(u.Text, "és") || strings.HasSuffix(u.Text, "ées") {
		return k // a participle: "des fonds versés"; but not "de santé", "de la sécurité"
	}
	return n + 1
}

// bracketedAcronym reports whether an acronym in brackets opens at token
// k: "(NUJP)".
func bracketedAcronym(toks []text.Token, k, last int) bool {
	return k+2 < last && toks[k].Text == "(" && toks[k+1].Upper && toks[k+2].Text == ")"
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

// localBodies are the lower-case heads French gives the offices of a place
// or a field: "le parquet de Paris", "la préfecture du Gard", "le tribunal
// d'Istanbul", "le ministère de l'Intérieur". The phrase is the body's
// name when a place or a capitalised name completes it.
var localBodies = set("parquet", "prefecture", "sous-prefecture", "tribunal", "ministere", "mairie", "rectorat",
	"ambassade", "consulat", "universite", "gendarmerie", "musee", "syndicat", "cour")

// courtKinds are the words between a court's head and its place: "le
// tribunal correctionnel de Nanterre", "la cour d'appel de Paris", "la
// cour d'assises du Rhône".
var courtKinds = map[string][]string{
	"tribunal": {"correctionnel", "administratif", "judiciaire", "militaire", "penal", "populaire", "special", "pour enfants"},
	"cour":     {"d' appel", "administrative d' appel", "d' assises", "criminelle", "martiale", "speciale", "supreme", "militaire"},
}

// courtKindEnd returns the end of the words of courtKinds that follow
// the court head at token i, or i+1 when none does; ok is false for
// "cour" without one (a courtyard, "la cour de l'Élysée").
func courtKindEnd(toks []text.Token, i, end int) (int, bool) {
	for _, kind := range courtKinds[toks[i].Norm] {
		ws := strings.Fields(kind)
		k := i + 1
		for _, w := range ws {
			if k >= end || toks[k].Norm != w {
				break
			}
			k++
		}
		if k == i+1+len(ws) {
			return k, true
		}
	}
	return i + 1, toks[i].Norm != "cour"
}

// geoHeads are the lower-case nouns that open the name of a place: "le lac
// Supérieur", "la vallée du Jourdain", "le mont Blanc".
var geoHeads = set("lac", "vallee", "mont", "fleuve", "golfe", "detroit", "massif", "desert", "canal",
	"riviere", "ile", "iles", "baie", "cap", "col", "peninsule", "archipel")

// localBodyEnd returns the end of a body or place named by a lower-case
// head at token i ("parquet de Paris", "ministère péruvien de la
// Culture", "préfecture de police de Paris", "musée Fesch", "lac
// Supérieur"), its type, or i when there is none.
func (r *Recognizer) localBodyEnd(d *text.Doc, s text.Sentence, i int) (int, string) {
	toks := d.Tokens
	t := toks[i]
	if t.Kind != text.Word || t.Upper || t.Cap && !isOpening(d, s, i) {
		return i, ""
	}
	if r.titleBefore(toks, s, i) {
		return i, "" // "le porte-parole du ministère iranien des Affaires étrangères": the title's
	}
	typ := kg.Org
	switch {
	case localBodies[t.Norm]:
	case geoHeads[t.Norm]:
		typ = kg.Loc
	default:
		return i, ""
	}
	k := i + 1
	if courtKinds[t.Norm] != nil {
		var ok bool
		if k, ok = courtKindEnd(toks, i, s.Last); !ok {
			return i, ""
		}
	}
	direct := typ == kg.Loc || t.Norm == "musee" || t.Norm == "universite" || t.Norm == "syndicat"
	if direct && k < s.Last && toks[k].Kind == text.Word && toks[k].Cap && !toks[k].Newline && !r.lex.function[toks[k].Norm] {
		// "musée Fesch", "lac Supérieur", "syndicat Alliance": the name
		// follows the head.
		if t.Norm == "syndicat" {
			return i, "" // the name alone is the union's: "syndicat Alliance" is "Alliance"
		}
		if sp, ok := r.gaz.longest(toks, k, s.Last, d.Lang); ok && sp.kind != kindName {
			return i, ""
		} else if ok {
			return sp.last, typ
		}
		e := k
		for e < s.Last && e-k < 3 && toks[e].Kind == text.Word && toks[e].Cap && !toks[e].Newline {
			e++
		}
		return e, typ
	}
	if k < s.Last && typ == kg.Org {
		if sp, ok := r.gaz.longest(toks, k, s.Last, d.Lang); ok && sp.kind == kindDemonym {
			k = sp.last // "ministère péruvien de la Culture"
		}
	}
	named := false
	end := k
	for n := 0; n < 3 && end < s.Last; n++ {
		e, proper := r.bodyComplement(d, s, end)
		if e == end {
			break
		}
		end, named = e, named || proper
	}
	if !named {
		return i, ""
	}
	return end, typ
}

// bodyComplement reads one "de …" complement of a local body at token k:
// a place or a capitalised name (proper), a ministry's field ("de
// l'Intérieur": proper), or one lower-case noun ("de police"). It returns
// its end, or k.
func (r *Recognizer) bodyComplement(d *text.Doc, s text.Sentence, k int) (int, bool) {
	toks := d.Tokens
	if k >= s.Last || toks[k].Newline {
		return k, false
	}
	n := k + 1
	switch toks[k].Norm {
	case "de", "d'":
		if n < s.Last && (toks[n].Norm == "la" || toks[n].Norm == "l'") && !toks[n].Cap {
			n++
		}
	case "du", "des":
	default:
		return k, false
	}
	if n >= s.Last || toks[n].Newline || toks[n].Kind != text.Word {
		return k, false
	}
	u := toks[n]
	if u.Cap && r.lex.capNouns[u.Norm] && !r.lex.ministries[u.Norm] {
		return k, false // "de l'État"
	}
	if u.Cap {
		if r.lex.ministries[u.Norm] {
			return ministryName(toks, n, s.Last, r.lex), true
		}
		if sp, ok := r.gaz.longest(toks, n, s.Last, d.Lang); ok {
			if e := r.gaz.entries[sp.entry]; sp.kind == kindDemonym || e.Type == kg.Person || e.Type == kg.Org && geoHeads[toks[k-1].Norm] {
				return k, false
			}
			return sp.last, true
		}
		m := n
		for m < s.Last && m-n < 3 && toks[m].Kind == text.Word && toks[m].Cap && !toks[m].Newline &&
			!r.lex.personTitle[toks[m].Norm] && !r.lex.firstNames[toks[m].Norm] {
			m++
		}
		return m, m > n
	}
	if r.lex.ministries[u.Norm] || u.Norm == "police" || u.Norm == "commerce" || u.Norm == "grande" {
		if u.Norm == "grande" && n+1 < s.Last && toks[n+1].Norm == "instance" {
			return n + 2, false // "tribunal de grande instance"
		}
		return n + 1, false
	}
	return k, false
}

// ministryAdjectives may follow a ministry's field in its name: "Affaires
// étrangères", "Éducation nationale", "Transition écologique".
var ministryAdjectives = set("etrangeres", "nationale", "nationales", "publique", "publiques", "numerique", "ecologique",
	"solidaire", "sociale", "sociales", "superieur", "territoriale", "territoriales", "economique", "interieure",
	"europeennes", "europeenne", "industrielle", "alimentaire", "rurale", "maritime", "familiale")

// ministryName returns the end of a ministry's field starting at token k,
// a known field with its adjectives, and another after "et": "Économie et
// des Finances", "Europe et des Affaires étrangères".
func ministryName(toks []text.Token, k, end int, lex *lexicon) int {
	j := k + 1
	for j < end && ministryAdjectives[toks[j].Norm] { // ("Affaires Etrangères" too)
		j++
	}
	if j+2 < end && toks[j].Norm == "et" {
		m := j + 1
		if toks[m].Norm == "de" || toks[m].Norm == "des" || toks[m].Norm == "du" || toks[m].Norm == "d'" {
			m++
			if m < end && (toks[m].Norm == "la" || toks[m].Norm == "l'") {
				m++
			}
			if m < end && toks[m].Cap && lex.ministries[toks[m].Norm] {
				return ministryName(toks, m, end, lex)
			}
		}
	}
	return j
}

// titleBefore reports whether a title's "du", "de la" leads to token i:
// the body is then part of the title ("porte-parole du ministère").
func (r *Recognizer) titleBefore(toks []text.Token, s text.Sentence, i int) bool {
	k := i - 1
	if k > s.First && (toks[k].Norm == "la" || toks[k].Norm == "l'") {
		k--
	}
	if k <= s.First || !(toks[k].Norm == "du" || toks[k].Norm == "de" || toks[k].Norm == "d'" || toks[k].Norm == "des") {
		return false
	}
	for h := k - 1; h >= s.First && h >= k-3; h-- {
		if e, ok := r.roleHead(toks, h, k); ok && e == k {
			return true
		}
	}
	return false
}

// broadcasters are the public networks whose local stations take a
// region's name: "France Bleu Occitanie", "France 3 Hauts-de-France".
var broadcasters = [][]string{{"france", "bleu"}, {"france", "3"}}

// LocalStation reports whether a folded name is a local station of one of
// the broadcasters: "france bleu occitanie", not "france bleu".
func LocalStation(folded string) bool {
	for _, b := range broadcasters {
		if strings.HasPrefix(folded, strings.Join(b, " ")+" ") {
			return true
		}
	}
	return false
}

// stationWords are the names local stations bear that are no place of
// the gazetteer: "France Bleu Azur", "France Bleu Pays Basque".
var stationWords = set("azur", "roussillon", "berry", "pays", "loire", "drome", "isere", "breizh", "armorique",
	"sud", "nord", "est", "ouest", "centre", "cotentin", "occitanie", "provence", "normandie", "alsace")

// stationEnd returns the end of a local station's name opening at token
// i ("France Bleu Occitanie", "France 3 Auvergne-Rhône-Alpes"): a
// network, then up to three capitalised words, the first a place or a
// station word; i when there is none.
func (r *Recognizer) stationEnd(d *text.Doc, s text.Sentence, i int) int {
	toks := d.Tokens
	for _, nw := range broadcasters {
		k := i
		for _, w := range nw {
			if k >= s.Last || toks[k].Norm != w || k > i && toks[k].Newline {
				break
			}
			k++
		}
		if k != i+len(nw) || !toks[i].Cap {
			continue
		}
		e := k
		for e < s.Last && e-k < 3 && !toks[e].Newline && toks[e].Kind == text.Word && toks[e].Cap && !r.lex.function[toks[e].Norm] {
			if e == k {
				sp, ok := r.gaz.longest(toks, e, s.Last, d.Lang)
				place := ok && sp.kind == kindName && (r.gaz.entries[sp.entry].Type == kg.GPE || r.gaz.entries[sp.entry].Type == kg.Loc)
				if !place && !stationWords[toks[e].Norm] {
					break
				}
			}
			e++
		}
		if e > k {
			return e
		}
	}
	return i
}
