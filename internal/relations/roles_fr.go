package relations

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/text"
)

// ruleTreeRole is a title a tree gives a named person: in apposition
// ("Ann-Kathrin Stracke, journaliste à la WDR"), before the name ("le
// vice-président Guillermo Castillo") or as the attribute of a present
// copula ("X est avocat").
const ruleTreeRole = "tree-role"

// roleNouns are the functions and trades a title names. Family ties
// ("son épouse"), ages and nationalities are not titles.
var roleNouns = set("président", "présidente", "vice-président", "vice-présidente", "ministre", "secrétaire",
	"porte-parole", "directeur", "directrice", "pdg", "patron", "patronne", "chef", "cheffe", "dirigeant",
	"dirigeante", "responsable", "coordinateur", "coordinatrice", "délégué", "déléguée", "conseiller", "conseillère",
	"avocat", "avocate", "juge", "procureur", "procureure", "magistrat", "magistrate", "journaliste", "éditorialiste",
	"chroniqueur", "chroniqueuse", "correspondant", "correspondante", "photographe", "écrivain", "écrivaine", "auteur",
	"autrice", "romancier", "romancière", "philosophe", "historien", "historienne", "sociologue", "politologue",
	"économiste", "analyste", "chercheur", "chercheuse", "professeur", "professeure", "enseignant", "enseignante",
	"médecin", "infectiologue", "épidémiologiste", "immunologue", "virologue", "chirurgien", "chirurgienne",
	"pharmacien", "pharmacienne", "scientifique", "ingénieur", "architecte", "acteur", "actrice", "comédien",
	"comédienne", "chanteur", "chanteuse", "musicien", "musicienne", "réalisateur", "réalisatrice", "producteur",
	"productrice", "animateur", "animatrice", "présentateur", "présentatrice", "humoriste", "footballeur", "joueur",
	"joueuse", "entraîneur", "sélectionneur", "athlète", "pilote", "militant", "militante", "syndicaliste", "député",
	"députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée", "maire", "adjoint", "adjointe", "élu", "élue",
	"candidat", "candidate", "préfet", "préfète", "ambassadeur", "ambassadrice", "consul", "diplomate", "général",
	"colonel", "commandant", "officier", "policier", "policière", "gendarme", "commissaire", "prédicateur", "imam",
	"rabbin", "évêque", "archevêque", "cardinal", "pape", "prêtre", "pasteur", "roi", "reine", "prince", "princesse",
	"émir", "sultan", "fondateur", "fondatrice", "cofondateur", "cofondatrice", "propriétaire", "milliardaire",
	"entrepreneur", "entrepreneuse", "banquier", "employé", "employée", "salarié", "salariée", "membre", "leader",
	"dictateur", "chancelier", "chancelière", "gouverneur", "gouverneure", "commissaire", "négociateur", "négociatrice",
	"émissaire", "envoyé", "envoyée", "médiateur", "médiatrice", "représentant", "représentante", "défenseur",
	"défenseure", "parlementaire", "opposant", "opposante", "activiste", "lanceur", "lanceuse", "expert", "experte",
	"président-directeur", "patriarche", "ayatollah", "guide", "vice-premier", "premier", "première", "gérant",
	"gérante", "trésorier", "trésorière", "fonctionnaire", "rapporteur", "rapporteure", "questeur", "président-fondateur",
	"haut-commissaire", "haute-commissaire", "sergent", "caporal", "adjudant", "capitaine")

// lawyerHonorific reports whether word h is "Me" or "Maître" on a
// lawyer's title.
func lawyerHonorific(s *syntax.Sentence, h int) bool {
	f := strings.ToLower(s.Words[h].Form)
	l := s.Words[s.Words[h].Head].Lemma
	return (f == "me" || f == "maître") && (l == "avocat" || l == "avocate")
}

// possessives are the singular possessive determiners' lemmas.
var possessives = set("son", "mon", "ton", "notre", "votre", "leur")

// businessPerson reports whether noun n is "homme d'affaires" or "femme
// d'affaires".
func businessPerson(s *syntax.Sentence, n int) bool {
	if l := s.Words[n].Lemma; l != "homme" && l != "femme" {
		return false
	}
	for _, c := range s.Dependents(n, "nmod") {
		if cs := s.Case(c); c == n+2 && s.Words[c].Form == "affaires" && (cs == "de" || cs == "d'") {
			return true
		}
	}
	return false
}

// treeRoles records the titles the trees of sentence si give named
// persons the recogniser found no title for in that sentence.
func (w *work) treeRoles(si int) {
	s := w.tree(si)
	titled := map[int]bool{}
	bare := map[int]int{} // person -> the recogniser's role that is a bare title noun ("ministre")
	for i, r := range w.a.Roles {
		if r.Sentence == si && r.Person >= 0 {
			titled[r.Person] = true
			if !strings.Contains(strings.TrimSpace(r.Title), " ") && r.Country < 0 {
				bare[r.Person] = i
			}
		}
	}
	for k := range s.Words {
		t := wordToken(s, k)
		if t < 0 || w.d.InQuote[t] {
			continue
		}
		ui := w.g.unitAt[t]
		if ui < 0 || w.a.Units[ui].Entity < 0 || w.a.Units[ui].First != t {
			continue
		}
		e := w.a.Units[ui].Entity
		if w.a.Entities[e].Type != kg.Person || titled[e] {
			continue
		}
		if n := w.titleOf(s, k); n >= 0 && !(wordToken(s, n) >= w.a.Units[ui].First && wordToken(s, n) < w.a.Units[ui].Last) && !conjBetween(s, n, k) {
			title, country := w.titlePhrase(s, n)
			if title == "" || country == e {
				continue
			}
			plural := s.Words[n].Feats.Number == syntax.NumberPlur
			if plural {
				// "l'un des deux présidents du GMH", "les ministres de
				// l'Economie Bruno Le Maire et …": each holds one. Not
				// "les ministres de l'Intérieur allemand et italien X et
				// Y" (which is whose?), nor a plural the parser hung one
				// name on ("l'avocate des salariés Jessy Levy").
				h := s.Words[n].Head
				oneOf := h >= 0 && s.Words[h].Lemma == "un"
				if strings.Contains(title, " et ") || !oneOf && wordToken(s, n) < t && !w.listAfter(ui, title) {
					continue
				}
				title = feminineTitle(singularTitle(title), w.a.Entities[e].Gender)
			}
			titled[e] = true
			w.add(si, Fact{Subj: e, Obj: country, Rule: ruleTreeRole, Relation: kg.Relation{Predicate: kg.HoldsRole, Role: title,
				Confidence: confidence(ruleTreeRole, "", "")}, from: min(t, wordToken(s, n)), to: max(w.a.Units[ui].Last, wordToken(s, n)+1)})
			w.nameTitle(si, wordToken(s, n), e)
			if plural && wordToken(s, n) < t {
				if e2, title2, last := w.nextTitled(ui, title); e2 >= 0 && !titled[e2] {
					titled[e2] = true
					w.add(si, Fact{Subj: e2, Obj: country, Rule: ruleTreeRole, Relation: kg.Relation{Predicate: kg.HoldsRole, Role: feminineTitle(title2, w.a.Entities[e2].Gender),
						Confidence: confidence(ruleTreeRole, "", "")}, from: wordToken(s, n), to: last})
				}
			}
		}
	}
	w.opponents(si, s)
	// "Le ministre des Technologies, Fawad Chaudhry": the recogniser knew
	// "ministre" but not the portfolio; the tree's longer title of the
	// same noun, read from the name inside the recogniser's phrase,
	// replaces it.
	for ri, r := range w.a.Roles { // in text order, not the map's
		e := r.Person
		if i, ok := bare[e]; !ok || i != ri {
			continue
		}
		for t := r.First; t < r.Last; t++ {
			k := s.WordOf(t)
			if k < 0 || s.Words[k].UPOS != syntax.PROPN || w.g.unitAt[t] < 0 || w.a.Units[w.g.unitAt[t]].Entity != e {
				continue
			}
			n := w.titleOf(s, k)
			if n < 0 || wordToken(s, n) < r.First || wordToken(s, n) >= t {
				break
			}
			title, country := w.titlePhrase(s, n)
			if strings.HasPrefix(text.Fold(title), text.Fold(r.Title)+" ") && country != e {
				w.superseded[ri] = true
				w.add(si, Fact{Subj: e, Obj: country, Rule: ruleTreeRole, Relation: kg.Relation{Predicate: kg.HoldsRole, Role: title,
					Confidence: confidence(ruleTreeRole, "", "")}, from: r.First, to: r.Last})
			}
			break
		}
	}
}

// ruleTreeOpponent is whom a person's title says they oppose: "Alexeï
// Navalny, principal opposant au Kremlin", "Leila de Lima, une farouche
// opposante de Rodrigo Duterte".
const ruleTreeOpponent = "tree-opponent"

// opponentNouns are the titles of those who oppose someone.
var opponentNouns = set("opposant", "opposante")

// opponents records what the titles of the persons named in sentence si
// say they oppose.
func (w *work) opponents(si int, s *syntax.Sentence) {
	for k := range s.Words {
		t := wordToken(s, k)
		if t < 0 || w.d.InQuote[t] {
			continue
		}
		ui := w.g.unitAt[t]
		if ui < 0 || w.a.Units[ui].Entity < 0 || w.a.Units[ui].First != t || w.a.Entities[w.a.Units[ui].Entity].Type != kg.Person {
			continue
		}
		if n := w.titleOf(s, k); n >= 0 {
			w.opponent(si, s, w.a.Units[ui].Entity, k, n)
		}
	}
}

// opponent records the opposition that title n of person e, named at
// word k, states: its "de" or "à" complement names one party, not the
// person's own. A race's rival ("son opposant au second tour") is named
// by no such complement.
func (w *work) opponent(si int, s *syntax.Sentence, e, k, n int) {
	d := s.Words[n]
	if !opponentNouns[d.Lemma] || d.Feats.Number == syntax.NumberPlur {
		return
	}
	for _, c := range s.Dependents(n, "nmod") {
		if !caseIs(s, c, "de") && !caseIs(s, c, "à") && s.Case(c) != "au" && s.Case(c) != "du" {
			continue
		}
		if n < k && c > k {
			continue // "l'opposante Tikhanovskaïa à l'ONU": where, after the name
		}
		us := w.argUnits(si, s, []int{c})
		if len(us) != 1 {
			continue
		}
		o := w.a.Units[us[0]].Entity
		if o < 0 || o == e || w.ownCountry(e, o) {
			continue
		}
		switch w.a.Entities[o].Type {
		case kg.Person, kg.Org, kg.GPE:
		default:
			continue
		}
		u := w.a.Units[us[0]]
		t := wordToken(s, k)
		w.add(si, Fact{Subj: e, Obj: o, Rule: ruleTreeOpponent, Relation: kg.Relation{Predicate: "opposes", Cameo: "110",
			Confidence: confidence(ruleTreeOpponent, "", ""), Trigger: "noun " + d.Lemma},
			from: min(t, wordToken(s, n), u.First), to: max(t+1, wordToken(s, n)+1, u.Last)})
		return
	}
}

// oneOfTitle returns the plural title noun of "l'un des (deux)
// présidents du GMH", word c being its "un", or -1: the person is one of
// the title's holders, and holds it.
func oneOfTitle(s *syntax.Sentence, c int) int {
	d := s.Words[c]
	if d.Lemma != "un" || d.UPOS != syntax.PRON && d.UPOS != syntax.NUM {
		return -1
	}
	if det := s.Dependent(c, "det"); det < 0 || s.Words[det].Feats.Definite != syntax.DefiniteDef {
		return -1 // "l'un", not "un des"
	}
	for _, n := range s.Dependents(c, "nmod") {
		w := s.Words[n]
		if n > c && w.UPOS == syntax.NOUN && w.Feats.Number == syntax.NumberPlur && roleNouns[w.Lemma] && caseIs(s, n, "de") &&
			len(s.Dependents(n, "nmod")) > 0 {
			return n // with its complement: "l'un des avocats de la famille", not "l'un des avocats"
		}
	}
	return -1
}

// listAfter reports whether another person follows the name of unit ui
// in a list, as a plural title before it wants: "les ministres X et Y",
// "les ministres X, Y et Z".
func (w *work) listAfter(ui int, title string) bool {
	if e2, _, _ := w.nextTitled(ui, title); e2 >= 0 {
		return true
	}
	toks := w.d.Tokens
	t := w.a.Units[ui].Last
	if t < len(toks) && toks[t].Text == "(" {
		// "les députés Benjamin Griveaux (LREM) et Jean-Louis Thiériot"
		for k := t + 1; k < len(toks) && k <= t+8; k++ {
			if toks[k].Text == ")" {
				t = k + 1
				break
			}
		}
	}
	if t >= len(toks) || toks[t].Text != "," && toks[t].Norm != "et" && toks[t].Norm != "ou" {
		return false
	}
	// the next name, after an adjective or an article at most: "et
	// libanais Saad Hariri", "ou l'Italienne Monica Bellucci"
	for k := t + 1; k < len(toks) && k <= t+3; k++ {
		if u2 := w.g.unitAt[k]; u2 >= 0 && w.a.Units[u2].First == k {
			e2 := w.a.Units[u2].Entity
			if e2 >= 0 && w.a.Entities[e2].Type == kg.Person {
				return true
			}
			if w.a.Units[u2].Kind != entities.UnitDemonym {
				return false
			}
			k = w.a.Units[u2].Last - 1
			continue
		}
		if toks[k].Kind != text.Word || toks[k].Cap {
			return false
		}
	}
	return false
}

// nextTitled returns the second person a plural title before the name
// of unit ui gives its title to, that title, and the token after that
// person's name: "les ministres Bruno Le Maire et Gérald Darmanin" (the
// same title), "les ministres de l'Economie Bruno Le Maire et des Comptes
// publics Gérald Darmanin", "… Christophe Castaner, de la Santé Agnès
// Buzyn" (the head with the second complement). -1 when "et" or a comma
// and a person do not follow the name.
func (w *work) nextTitled(ui int, title string) (int, string, int) {
	toks := w.d.Tokens
	t := w.a.Units[ui].Last
	if t+1 >= len(toks) || toks[t].Norm != "et" && toks[t].Text != "," {
		return -1, "", 0
	}
	head := title
	for i, f := range strings.Fields(title) {
		if i > 0 && (ofPreps[strings.ToLower(f)] || strings.HasPrefix(strings.ToLower(f), "d'")) {
			head = strings.Join(strings.Fields(title)[:i], " ")
			break
		}
	}
	complemented := head != title
	for k := t + 1; k < len(toks) && k <= t+6; k++ {
		if u2 := w.g.unitAt[k]; u2 >= 0 && w.a.Units[u2].First == k {
			e2 := w.a.Units[u2].Entity
			if e2 < 0 || w.a.Entities[e2].Type != kg.Person {
				return -1, "", 0
			}
			if k == t+1 {
				return e2, title, w.a.Units[u2].Last
			}
			if !complemented || !ofPreps[toks[t+1].Norm] {
				return -1, "", 0
			}
			return e2, head + " " + w.d.Text[toks[t+1].Start:toks[k-1].End], w.a.Units[u2].Last
		}
		if toks[k].Kind != text.Word {
			return -1, "", 0
		}
	}
	return -1, "", 0
}

// feminineTitle gives a woman the feminine of a title's head that the
// masculine plural named ("les acteurs Anthony Hopkins et Kate Winslet").
func feminineTitle(title string, gender byte) string {
	if gender != 'f' {
		return title
	}
	head, rest, _ := strings.Cut(title, " ")
	if f, ok := feminines[head]; ok {
		return strings.TrimSpace(f + " " + rest)
	}
	return title
}

// feminines are the feminine forms of the titles French inflects.
var feminines = map[string]string{
	"acteur": "actrice", "animateur": "animatrice", "présentateur": "présentatrice", "réalisateur": "réalisatrice",
	"producteur": "productrice", "sénateur": "sénatrice", "ambassadeur": "ambassadrice", "directeur": "directrice",
	"fondateur": "fondatrice", "cofondateur": "cofondatrice", "chanteur": "chanteuse", "chercheur": "chercheuse",
	"joueur": "joueuse", "député": "députée", "eurodéputé": "eurodéputée", "élu": "élue", "avocat": "avocate",
	"candidat": "candidate", "militant": "militante", "représentant": "représentante", "opposant": "opposante",
	"adjoint": "adjointe", "président": "présidente", "conseiller": "conseillère", "comédien": "comédienne",
	"musicien": "musicienne", "historien": "historienne", "gouverneur": "gouverneure", "délégué": "déléguée",
	"envoyé": "envoyée", "employé": "employée", "salarié": "salariée", "dirigeant": "dirigeante",
}

// singularTitle is a title whose first words are plural, in the
// singular: "présidents du GMH" is "président du GMH", "producteurs
// mondiaux de seringues" "producteur mondial de seringues".
func singularTitle(title string) string {
	words := strings.Fields(title)
	for i, w := range words {
		if i > 0 && (w == "de" || w == "du" || w == "des" || w == "d'" || strings.HasPrefix(w, "d'") || w == "à" || w == "au" || w == "aux") {
			break // the complement keeps its number
		}
		switch {
		case strings.HasSuffix(w, "aux") && i > 0:
			words[i] = strings.TrimSuffix(w, "aux") + "al"
		case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x"):
			words[i] = w[:len(w)-1]
		}
	}
	return strings.Join(words, " ")
}

// conjBetween reports whether title n has a conjunct with its own article
// between it and the name at k: "Le ministre de l'Intérieur et le garde
// des Sceaux Éric Dupond-Moretti" names the second title's holder only
// ("l'acteur et réalisateur André Cerf" is one man's two titles).
func conjBetween(s *syntax.Sentence, n, k int) bool {
	for _, c := range s.Dependents(n, "conj") {
		if n < c && c < k && s.Dependent(c, "det") >= 0 {
			return true
		}
	}
	return false
}

// nameTitle gives person e the recogniser's unresolved title that covers
// token t of sentence si, the tree having tied it to e ("Chantal
// Jouanno, la présidente de la CNDP"): a later "la présidente de la CNDP"
// then stands for e. Its unit is the same mention as the name, so it is
// not counted again (titledByTree).
func (w *work) nameTitle(si, t, e int) {
	for j := range w.a.Roles {
		r := &w.a.Roles[j]
		if r.Sentence != si || r.Person >= 0 || r.Plural || r.InQuote || t < r.First || t >= r.Last {
			continue
		}
		r.Person = e
		w.titledByTree[j] = true
		w.standFor(j, e)
		return
	}
}

// titleOf returns the title noun that word k, the first word of a
// person's name, is tied to: an apposition of the name, the noun the
// name is in apposition to, or the attribute of a present copula; -1.
// titleNamed reports whether title n has a person's name of its own in
// apposition or as its flat name.
func (w *work) titleNamed(s *syntax.Sentence, n int) bool {
	for _, c := range s.Children(n) {
		c := int(c)
		if (s.Words[c].Deprel == "appos" || s.Words[c].Deprel == "flat:name") && w.personUnit(s, c) >= 0 {
			return true
		}
	}
	return false
}

func (w *work) titleOf(s *syntax.Sentence, k int) int {
	isTitle := func(n int) bool {
		d := s.Words[n]
		if d.UPOS != syntax.NOUN || !roleNouns[strings.TrimPrefix(d.Lemma, "ex-")] && !businessPerson(s, n) || w.d.InQuote[max(wordToken(s, n), 0)] {
			return false
		}
		// "selon un diplomate européen, X ...": an unnamed source, not X's
		// title. A title that runs into the name keeps its preposition:
		// "avec l'immunologue Anthony Fauci", "par l'ex-dictateur Marcos".
		// After the name, an indefinite singular title is what the
		// person is: "Meena Gabeena, une défenseure des droits de
		// l'Homme".
		det := s.Dependent(n, "det")
		if det >= 0 && s.Words[det].Feats.Definite == syntax.DefiniteInd && (n < k || d.Feats.Number == syntax.NumberPlur || s.Words[n].Rel() != "appos" ||
			len(s.Dependents(k, "conj")) > 0) { // "Hans Zimmer et Renzo Vitale, un ingénieur": whose?
			return false
		}
		// "des propos du président de la région Grand Est, Jean
		// Rottner": a definite title names the person after it.
		// So does a possessive one: "à son avocat, Me Roberto Pereira".
		if s.Case(n) != "" && !runsInto(s, n, k) && (det < 0 || s.Words[det].Feats.Definite != syntax.DefiniteDef && !possessives[s.Words[det].Lemma] ||
			d.Feats.Number == syntax.NumberPlur) {
			return false // (not "interrogé par les journalistes, X")
		}
		return true
	}
	for _, c := range s.Dependents(k, "appos") {
		if isTitle(c) {
			return c
		}
	}
	// "Giles Ungpakorn, 65 ans, membre de l'association": the title in
	// apposition to the age.
	for _, c := range s.Children(k) {
		if c := int(c); c > k && s.Words[c].Lemma == "an" && s.Dependent(c, "nummod") >= 0 {
			for _, t := range s.Dependents(c, "appos") {
				if isTitle(t) {
					return t
				}
			}
		}
	}
	// namedBefore reports whether word h already has a person's name
	// before k: "le Premier ministre Édouard Philippe, Christophe
	// Castaner et Laurent Nuñez" gives the title to Philippe alone.
	namedBefore := func(h int) bool {
		for _, c := range s.Children(h) {
			if c := int(c); c < k && s.Words[c].UPOS == syntax.PROPN && w.personUnit(s, c) >= 0 {
				switch s.Words[c].Deprel {
				case "appos", "flat:name", "flat":
					return true
				case "nmod":
					if s.Case(c) == "" {
						return true
					} // "le porte-parole de Trump, Sean Spicer": Trump is whose
				}
			}
		}
		return false
	}
	between := func(a, b int) bool { // a colon between: "par l'avocat : X"
		for j := a + 1; j < b; j++ {
			if s.Words[j].Form == ":" {
				return true
			}
		}
		return false
	}
	if h := s.Words[k].Head; h >= 0 {
		rel := s.Words[k].Deprel
		if (rel == "flat:name" || rel == "appos" || rel == "nmod" && s.Case(k) == "") && h == k-1 && (personTitles[text.Fold(strings.TrimSuffix(s.Words[h].Form, "."))] || text.Fold(s.Words[h].Form) == "maitre") && s.Words[h].Head >= 0 &&
			(h > 0 && s.Words[h-1].Form == "," || lawyerHonorific(s, h)) {
			// "son avocat, Me Roberto Pereira": the name hangs on its
			// honorific, which is the title's apposition (after a comma,
			// or a lawyer's "Me" on "avocat"; not "l'avocat du comédien
			// Me Hervé Témime").
			k, rel, h = h, s.Words[h].Deprel, s.Words[h].Head
		}
		if (rel == "appos" || rel == "flat:name" || rel == "nmod" && s.Case(k) == "") && isTitle(h) && h < k && !namedBefore(h) && !between(h, k) {
			return h
		}
		// "a réagi Khawaja Asif, le ministre des Affaires étrangères":
		// the parser made the title the incise verb's object; a
		// definite title right after the name and its comma is the
		// name's apposition.
		// So with the name its object and the title an oblique: "a
		// déclaré Othman Nasrou, le président du groupe LR".
		if (rel == "nsubj" || rel == "obj") && s.Words[h].UPOS == syntax.VERB && speechLemmas[s.Words[h].Lemma] {
			for _, o := range s.Children(h) {
				o := int(o)
				if r := s.Words[o].Rel(); r != "obj" && r != "obl" && r != "obl:arg" && r != "obl:mod" {
					continue
				}
				if det := s.Dependent(o, "det"); o > k && det == o-1 && isTitle(o) && s.Words[det].Feats.Definite == syntax.DefiniteDef &&
					s.Words[det-1].Form == "," && w.g.unitAt[max(wordToken(s, det-2), 0)] == w.g.unitAt[wordToken(s, k)] {
					return o
				}
			}
		}
		// "a confirmé le procureur de la République du Havre, François
		// Gosselin": the title the incise verb's object, the name hung
		// on the verb after the title's phrase and a comma.
		if (rel == "obl:mod" || rel == "obl" || rel == "appos") && s.Words[h].UPOS == syntax.VERB && speechLemmas[s.Words[h].Lemma] && k > 0 && s.Words[k-1].Form == "," {
			for _, o := range s.Dependents(h, "obj") {
				if _, last := s.Subtree(o); o < k && last == k-2 && isTitle(o) && !w.titleNamed(s, o) {
					if det := s.Dependent(o, "det"); det == o-1 && s.Words[det].Feats.Definite == syntax.DefiniteDef {
						return o
					}
				}
			}
		}
		// "X est avocat": the name is the subject of a noun with a copula.
		if rel == "nsubj" && isTitle(h) && s.Dependent(h, "cop") >= 0 && !w.negatedCopula(s, h) {
			return h
		}
		// "Jean Castex a été nommé Premier ministre", "Joe Biden a été élu
		// président des États-Unis": the title one was given.
		if rel == "nsubj:pass" && appointed(s, h) && !w.pastYear(s, h) {
			for _, n := range s.Dependents(h, "xcomp") {
				if isTitle(n) && s.Dependent(n, "det") < 0 && !honour(s, n) && !candidacy[s.Words[n].Lemma] {
					return n
				}
			}
		}
		// "le ministre des Comptes publics Gérald Darmanin", "le
		// gouverneur démocrate du Minnesota Tim Walz": the parser hangs
		// the name on the title's complement.
		// (The complement is a portfolio or a proper name, capitalised,
		// and names no one else: not "avocat de son ami X".)
		if (rel == "appos" || rel == "flat:name") && s.Words[h].Deprel == "appos" && h > 0 && s.Words[h-1].Form == "(" && s.Words[h].Head >= 0 {
			// "la présidente du Rassemblement national (RN) Marine Le
			// Pen": the name hung on the complement's bracketed acronym.
			h = s.Words[h].Head
		}
		// "a déclaré à l'AFP Rabyah Khan, la présidente du Parti
		// travailliste": the parser hung the name on the medium and made
		// the title the incise verb's subject.
		if ui := w.g.unitAt[max(wordToken(s, k), 0)]; ui >= 0 {
			for n := k + 3; n < len(s.Words); n++ {
				if wordToken(s, n-2) != w.a.Units[ui].Last || s.Words[n-2].Form != "," {
					continue
				}
				det, v := n-1, s.Words[n].Head
				if s.Words[det].UPOS == syntax.DET && s.Words[det].Feats.Definite == syntax.DefiniteDef && s.Words[n].Deprel == "nsubj" &&
					v >= 0 && v < k && s.Words[v].UPOS == syntax.VERB && speechLemmas[s.Words[v].Lemma] && isTitle(n) && !w.titleNamed(s, n) {
					return n
				}
				break
			}
		}
		// "Le député européen LR Brice Hortefeux": the name hung on the
		// party's acronym in apposition to the title.
		if (rel == "appos" || rel == "flat:name") && h < k && s.Words[h].UPOS == syntax.PROPN && s.Words[h].Deprel == "appos" &&
			w.personUnit(s, h) < 0 && wordToken(s, h) >= 0 && w.d.Tokens[wordToken(s, h)].Upper {
			if t := s.Words[h].Head; t >= 0 && t < h && isTitle(t) && !namedBefore(t) && !between(t, k) {
				return t
			}
		}
		if (rel == "appos" || rel == "flat:name") && h < k && s.Words[h].Deprel == "nmod" && s.Case(h) != "" &&
			wordToken(s, h) >= 0 && (w.d.Tokens[wordToken(s, h)].Cap || w.namesBody(s, h, k)) && !namedBefore(h) {
			if t := s.Words[h].Head; t >= 0 && t < h && isTitle(t) && !namedBefore(t) && !between(t, k) {
				return t
			}
		}
	}
	return w.oneOfTitleAfter(s, k)
}

// appointLemmas are the verbs that give someone a title: "nommé",
// "élu", "désigné".
var appointLemmas = set("nommer", "élire", "réélire", "désigner", "installer", "investir")

// appointed reports whether verb v gives its passive subject a title, as
// stated: in the present or the perfect, neither denied nor only
// planned or hoped ("n'a pas été élu maire", "pourrait être nommé", "avait
// été nommé ministre en 2012", since left).
func appointed(s *syntax.Sentence, v int) bool {
	if v < 0 || s.Words[v].UPOS != syntax.VERB || !appointLemmas[s.Words[v].Lemma] || s.Dependent(v, "aux:pass") < 0 {
		return false
	}
	if c := clauseOf(s, v); c.negated || c.wished || c.modality != "" {
		return false
	}
	for _, a := range s.Dependents(v, "aux") {
		if f := s.Words[a].Feats; f.VerbForm == syntax.VerbFormFin && f.Tense != syntax.TensePres {
			return false
		}
	}
	return true
}

// candidacy are the titles one is appointed to run for, not to hold:
// "désigné candidat LREM".
var candidacy = set("candidat", "candidate", "tête")

// honour reports whether title n is a rank in an order: "nommé officier
// de la Légion d'honneur", "chevalier de l'ordre du Mérite".
func honour(s *syntax.Sentence, n int) bool {
	for _, m := range s.Dependents(n, "nmod") {
		switch text.Fold(s.Words[m].Lemma) {
		case "legion", "ordre", "merite", "arts":
			return true
		}
	}
	return false
}

// pastYear reports whether clause v names a year before the article's:
// "En 1995, Charles Aznavour est nommé ambassadeur", "élu député en
// 2007": a title held then, told in the historic present or the perfect.
func (w *work) pastYear(s *syntax.Sentence, v int) bool {
	if !w.hasPub {
		return false
	}
	first, last := s.Subtree(v)
	for k := first; k <= last; k++ {
		f := s.Words[k].Form
		if len(f) == 4 && s.Words[k].UPOS == syntax.NUM && f >= "1800" && f < w.pub.Format("2006") {
			return true
		}
	}
	return false
}

// oneOfTitleAfter returns the title of "Frédéric Létoffé, l'un des deux
// présidents du GMH" for the name at k, "l'un" in apposition or hung
// elsewhere by the parser right after the name and its comma; -1. A title
// the name has otherwise comes first ("Le chef indigène Paulinho Paiakan,
// l'un des plus ardents défenseurs de la forêt").
func (w *work) oneOfTitleAfter(s *syntax.Sentence, k int) int {
	// Right after the name and its comma only: "Hayat Boumedienne,
	// compagne d'Amédy Coulibaly, l'un des auteurs des attentats" is
	// Coulibaly's.
	ui := w.g.unitAt[max(wordToken(s, k), 0)]
	if ui < 0 {
		return -1
	}
	j := wordOfToken(s, w.a.Units[ui].Last-1)
	if j < 0 || j+3 >= len(s.Words) || s.Words[j+1].Form != "," || s.Words[j+2].UPOS != syntax.DET {
		return -1
	}
	if n := oneOfTitle(s, j+3); n >= 0 && !w.d.InQuote[max(wordToken(s, n), 0)] && !notOffices[s.Words[n].Lemma] {
		return n
	}
	return -1
}

// notOffices are the title nouns that, in "l'un des …", tell what a
// person did or is like, not a post: "l'un des auteurs de l'étude", "l'un
// des rois de l'information".
var notOffices = set("auteur", "auteure", "roi", "reine", "candidat", "candidate", "figure", "star", "victime", "héros")

// namesBody reports whether title complement h names a body before the
// person's name at k: "la présidente de la région Île-de-France Valérie
// Pécresse", whose "région" is not capitalised.
func (w *work) namesBody(s *syntax.Sentence, h, k int) bool {
	for _, c := range s.Children(h) {
		c := int(c)
		if r := s.Words[c].Rel(); c >= k || r != "appos" && r != "flat" {
			continue
		}
		if t := wordToken(s, c); t >= 0 && w.bodyAt(t) >= 0 {
			return true
		}
	}
	return false
}

// runsInto reports whether title n runs into the name at k with nothing
// but its adjectives between them: "le prédicateur turc Fethullah Gülen".
func runsInto(s *syntax.Sentence, n, k int) bool {
	if n >= k {
		return false
	}
	for j := n + 1; j < k; j++ {
		if s.Words[j].UPOS != syntax.ADJ || s.Words[j].Head != n {
			return false
		}
	}
	return true
}

// negatedCopula reports whether the copula of noun h is denied or in the
// past: "n'a pas été élu maire", "était ministre".
func (w *work) negatedCopula(s *syntax.Sentence, h int) bool {
	if clauseOf(s, h).negated {
		return true
	}
	if c := s.Dependent(h, "cop"); c >= 0 && s.Words[c].Feats.Tense != syntax.TensePres {
		return true
	}
	return false
}

// titlePhrase writes the title noun n with what makes it a title: the
// adjectives and complements that say of what ("ministre des Affaires
// étrangères", "présidente de la région"), the words before it that change
// it ("ancienne", "ex-"), and returns the country or organisation its
// complement or nationality adjective names (-1 when none).
func (w *work) titlePhrase(s *syntax.Sentence, n int) (string, int) {
	first, last, party := n, n, -1
	country := -1
	for _, c := range s.Children(n) {
		c := int(c)
		d := s.Words[c]
		switch d.Rel() {
		case "amod":
			if ui := w.g.unitAt[max(wordToken(s, c), 0)]; ui >= 0 && w.a.Units[ui].Entity >= 0 && wordToken(s, c) >= 0 {
				if country < 0 {
					country = w.a.Units[ui].Entity
				}
				continue // "le président russe": the country, not the title
			}
			if c > n && c == last+1 && entities.PartyAdjective(text.Fold(d.Lemma)) {
				// "le sénateur démocrate Tim Kaine": the party, like the
				// country, is not the title's words.
				last, party = c, c
				continue
			}
			if c < n && (d.Lemma == "ancien" || d.Lemma == "premier" || d.Lemma == "futur" || d.Lemma == "nouveau" || d.Lemma == "haut") || c > n && c == last+1 {
				first, last = min(first, c), max(last, c)
			}
		case "nmod":
			cs := s.Case(c)
			if c != last+2 && c != last+3 || cs != "de" && cs != "d'" && cs != "à" && cs != "chez" {
				continue
			}
			if d.Lemma == "an" && s.Dependent(c, "nummod") >= 0 {
				continue // "un élu républicain de 44 ans": an age, not a portfolio
			}
			if e := w.bodyAt(wordToken(s, c)); e >= 0 {
				if country < 0 {
					country = e
				}
				continue // the body is the title's object, not its words
			}
			if d.UPOS == syntax.NOUN || d.UPOS == syntax.PROPN && w.g.unitAt[max(wordToken(s, c), 0)] < 0 {
				// "à la Fiscalité", "des Comptes publics": the portfolio,
				// up to the name the parser may have hung on it.
				_, l := s.Subtree(c)
				for j := c + 1; j <= l; j++ {
					if r := s.Words[j].Deprel; (r == "appos" || r == "flat:name") && s.Words[j].UPOS == syntax.PROPN {
						if e := w.bodyAt(wordToken(s, j)); e >= 0 && s.Words[j].Head == c && country < 0 {
							country = e // "présidente de la région Île-de-France"
						}
						l = j - 1
						break
					}
				}
				for l > c && s.Words[l].UPOS == syntax.PUNCT {
					l--
				}
				if l-n <= 6 {
					last = l
				}
			}
		}
	}
	if country >= 0 {
		switch w.a.Entities[country].Type {
		case kg.GPE, kg.Org, kg.Loc:
		default:
			country = -1
		}
	}
	ft, lt := wordToken(s, first), wordToken(s, last)
	if ft < 0 || lt < 0 {
		return "", -1
	}
	raw := w.d.Text[w.d.Tokens[ft].Start:w.d.Tokens[lt].End]
	if party >= 0 {
		if pt := wordToken(s, party); pt > ft && pt <= lt {
			raw = w.d.Text[w.d.Tokens[ft].Start:w.d.Tokens[pt].Start] + w.d.Text[w.d.Tokens[pt].End:w.d.Tokens[lt].End]
		}
	}
	title := strings.Join(strings.Fields(raw), " ")
	return strings.Trim(title, " ,"), country
}

// bodyAt returns the country, place or organisation a mention starting at
// token t names, or -1. Mentions are read, not units: a title the
// recogniser kept as a description ("le président de la Fédération
// française de rugby") covers the body's name, whose unit it then is.
func (w *work) bodyAt(t int) int {
	if t < 0 {
		return -1
	}
	for ei, e := range w.a.Entities {
		switch e.Type {
		case kg.GPE, kg.Org, kg.Loc:
		default:
			continue
		}
		for _, m := range e.Mentions {
			if m.First == t {
				return ei
			}
		}
	}
	return -1
}
