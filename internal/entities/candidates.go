package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
)

// cand is a mention candidate before merging.
type cand struct {
	first, last int
	sent        int
	norm        string // folded tokens joined by spaces
	entry       int    // gazetteer entry or -1
	demonym     bool
	handle      bool
	acronym     bool
	personCue   bool // introduced by a title: a person
	gender      byte // 'm' after "M.", 'f' after "Mme", else 0
	weak        bool // one capitalised word opening a sentence
	anaphor     bool // "la Cour": a head noun standing for a named body
	guess       string
	sure        bool // the type comes from a cue, a gazetteer or an organisation word
	fallback    bool // typed a person for want of any evidence (guessType's last resort)
	fromModel   bool // proposed by the statistical tagger alone
	bracket     bool // a name spelled out before its acronym in brackets
	cluster     int
}

func candNorm(toks []text.Token, i, j int) string {
	if j-i == 1 {
		return toks[i].Norm
	}
	parts := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		parts = append(parts, toks[k].Norm)
	}
	return strings.Join(parts, " ")
}

// isOpening reports whether token i starts a sentence or a quotation, where
// French capitalises any word.
func isOpening(d *text.Doc, s text.Sentence, i int) bool {
	if i == s.First {
		return true
	}
	p := d.Tokens[i-1]
	if p.Kind != text.Punct {
		return false
	}
	switch p.Text {
	case ",", ";", "(", ")", "'", "’":
		return false
	}
	return true
}

// shoutedSentence reports whether sentence s is a heading in capitals:
// two words or more, none with a lower-case letter (shouted).
func shoutedSentence(d *text.Doc, s text.Sentence) bool {
	words := 0
	for k := s.First; k < s.Last; k++ {
		if d.Tokens[k].Kind == text.Word {
			words++
		}
	}
	return words >= 2 && shouted(d, cand{first: s.First, last: s.Last})
}

// capitalised finds capitalised word sequences not already explained by
// the gazetteer or a title, in sentence si.
func (r *Recognizer) capitalised(d *text.Doc, si int, inst map[int]int, places map[int]bool, surnames map[int]int, covered []int, roleTok []bool, cue []bool) []cand {
	toks := d.Tokens
	s := d.Sentences[si]
	if shoutedSentence(d, s) {
		// "VIOLENCES CONJUGALES", "LE SOUHAIT DU PRÉSIDENT": a heading in
		// capitals tells no name from a word; only the gazetteer's count.
		return nil
	}
	lex := r.lex
	var out []cand
	personCue := false
	var gender byte
	forced := r.bracketNames(d, s, covered)
	forcedAcr := map[int]bool{}
	for _, e := range forced {
		forcedAcr[e+1] = true // the acronym after the "("
	}
	for i := s.First; i < s.Last; {
		t := toks[i]
		if e, ok := forced[i]; ok {
			out = append(out, cand{first: i, last: e, sent: si, norm: candNorm(toks, i, e), entry: -1, cluster: -1, guess: kg.Org, sure: true, bracket: true})
			i = e
			continue
		}
		if e, ok := surnames[i]; ok {
			c := cand{first: i, last: e, sent: si, norm: candNorm(toks, i, e), entry: -1, cluster: -1, guess: kg.Person, sure: true, personCue: true}
			if personCue {
				c.gender = gender
			}
			out = append(out, c)
			i, personCue, gender = e, false, 0
			continue
		}
		if e, ok := inst[i]; ok && !roleTok[i] {
			typ := kg.Org
			if places[i] {
				typ = kg.Loc
			}
			out = append(out, cand{first: i, last: e, sent: si, norm: candNorm(toks, i, e), entry: -1, cluster: -1, guess: typ, sure: true})
			i, personCue = e, false
			continue
		}
		if covered[i] >= 0 || roleTok[i] {
			personCue = false
			i++
			continue
		}
		if t.Kind == text.Handle {
			out = append(out, cand{first: i, last: i + 1, sent: si, norm: t.Norm, entry: -1, handle: true, cluster: -1})
			i++
			continue
		}
		if t.Kind != text.Word || !t.Cap {
			if t.Text != "." {
				personCue = false
			}
			i++
			continue
		}
		if lex.personTitle[t.Norm] && i+1 < s.Last && (toks[i+1].Text == "." || (toks[i+1].Kind == text.Word && toks[i+1].Cap)) {
			personCue = true
			gender = titleGender[t.Norm]
			i++
			continue
		}
		if r.groupBeforeName(d, s, i) {
			// "le chef de file des Républicains Christian Jacob": a
			// group's plural name, then a person's; the group alone is
			// as often another one ("des Républicains" are also the
			// American party's), so only the person is kept.
			personCue = false
			i++
			continue
		}
		// "J. K. Traoré": initials open a person's name.
		initials := -1
		if k := initialsEnd(toks, i, s.Last); k > i && covered[k] < 0 && !roleTok[k] && !lex.function[toks[k].Norm] {
			initials, i, t = i, k, toks[k]
		}
		j := i + 1
		linked := false // the name runs on through a connector: "République de Cherbourg"
		// After a word in lower case the name may be a title's complement
		// of several words before the holder's: "le patron de
		// Renault-Nissan Carlos Ghosn", "le président de Vinci Autoroutes
		// Pierre Coppey".
		complement := i > s.First && toks[i-1].Kind == text.Word && !toks[i-1].Cap && !r.isFirstName(toks[i]) &&
			!eponymHeads[toks[i].Norm] && !facilityNouns[toks[i].Norm]
		holder := false // a person's name follows: this one is the complement, no person
		for j < s.Last && !toks[j].Newline && covered[j] < 0 && !roleTok[j] {
			if _, ok := forced[j]; ok {
				break
			}
			if _, ok := inst[j]; ok {
				break
			}
			if _, ok := surnames[j]; ok {
				break
			}
			u := toks[j]
			if j == i+1 && r.complementBeforeName(d, s, i) {
				break // "le ministre de l'Intérieur Christophe Castaner"
			}
			if u.Kind == text.Word && u.Cap && j > i && (u.Text == "Le" || u.Text == "La" || u.Text == "Les") && j+1 < s.Last &&
				(roleTok[j+1] || toks[j+1].Kind != text.Word || !toks[j+1].Cap) {
				break // "François Fillon Le Premier ministre a …": a glued sentence's article, not "Le Pen"
			}
			if u.Kind == text.Word && u.Cap {
				if k := initialsEnd(toks, j, s.Last); k > j {
					if j == i+1 && lex.firstNames[toks[i].Norm] && covered[k] < 0 && !roleTok[k] && toks[k].Start > toks[k-1].End {
						// "Michael R. Sherwin": a middle initial (not a
						// glued sentence: "Cédric O.La ministre")
						j = k
						continue
					}
					break // "Selon J. K. Traoré": the initials open the next name
				}
				if (linked || complement && r.namesNoOne(d, i, j)) && (lex.firstNames[u.Norm] || r.genders[u.Norm] != 0) && j+1 < s.Last && toks[j+1].Kind == text.Word && toks[j+1].Cap &&
					toks[j-1].Kind == text.Word && toks[j-1].Cap && !lex.firstNames[toks[j-1].Norm] && r.genders[toks[j-1].Norm] == 0 {
					// "le procureur de la République de Cherbourg Yves Le
					// Clair": a first name after a place's name opens a person.
					holder = true
					break
				}
				j++
				continue
			}
			if u.Kind == text.Word && arabicParticle(u.Text) {
				j++ // "Chia al-Soudani", "Deir ez-Zor"
				continue
			}
			if lex.connectors[u.Norm] && r.nameOpensAt(d, s, j+1) && !r.isFirstName(toks[j-1]) {
				break // "les Patriotes de Florian Philippot": the party's leader, not its name
			}
			// "Save the Children": an English name in a French text.
			englishThe := u.Norm == "the" && d.Lang != "en" && u.Text == "the"
			if (lex.connectors[u.Norm] || englishThe) && j+1 < s.Last && toks[j+1].Kind == text.Word && toks[j+1].Cap && covered[j+1] < 0 && !roleTok[j+1] && !lex.function[toks[j+1].Norm] {
				j += 2
				linked = true
				continue
			}
			break
		}
		opening := isOpening(d, s, i)
		first := i
		// Drop sentence-opening words that are not names ("Auparavant",
		// "Selon", "Le"); French capitalises them only by position.
		for first < j && (lex.function[toks[first].Norm] && !englishTitle(d, toks, first, j) || (first == i && opening && (lex.capNouns[toks[first].Norm] || r.common(toks[first].Norm) && !toks[first].Upper) && j-first > 1)) {
			first++
			opening = false
			if first < j && lex.connectors[toks[first].Norm] {
				first++ // "Invitée de Jean-Jacques Bourdin"
			}
		}
		if first > i && j-first > 1 && lex.personTitle[toks[first].Norm] {
			// "Le Pr Raoult, qui teste …": the courtesy title after a
			// dropped opening word cues the name; it is not part of it.
			personCue, gender = true, titleGender[toks[first].Norm]
			first++
		}
		if j-first > 1 && r.compoundDemonym(toks[first].Text) {
			// "la Franco-Américaine Esther Duflo": a nationality, not
			// the name's first word.
			first++
		}
		if j-first > 1 && toks[first].Upper && commonAcronyms[toks[first].Norm] && orgHeads[toks[first].Norm] {
			// "l'ONG Acted": the common noun is the name's cue, not its
			// first word ("l'ONG" later is not Acted by name).
			first++
		}
		if first < j && j-first == 1 && lex.orgWords[toks[first].Norm] {
			// "Parti socialiste", "Conseil constitutionnel", "Cour suprême"
			e := first + 1
			for e < s.Last && e-first <= 3 && covered[e] < 0 && isAdjective(toks[e], lex) && !participleWithObject(toks, e, s.Last, lex) {
				e++
			}
			if e > first+1 {
				out = append(out, cand{first: first, last: e, sent: si, norm: candNorm(toks, first, e), entry: -1, cluster: -1, guess: kg.Org, sure: true})
				i = e
				personCue = false
				continue
			}
		}
		// A head alone ("l'Office a publié", "le Comité a renoncé") stands
		// for a body named before, or for none.
		if first < j && j-first == 1 && (lex.capNouns[toks[first].Norm] || institutionHeads[toks[first].Norm]) {
			c := cand{first: first, last: j, sent: si, norm: toks[first].Norm, entry: -1, cluster: -1}
			if (lex.orgWords[toks[first].Norm] || institutionHeads[toks[first].Norm]) && first > s.First && lex.determiners[toks[first-1].Norm] {
				c.anaphor = true
				out = append(out, c)
			}
			i = j
			personCue = false
			continue
		}
		if first < j && j-first == 1 && r.compoundDemonym(toks[first].Text) {
			// "un Afro-Américain", "l'Italo-Argentin": a nationality
			// used as a noun, no one's name.
			i = j
			personCue = false
			continue
		}
		if first < j && j-first == 1 && lex.personTitle[toks[first].Norm] {
			// "Selon Mme Le Pen": the title of the name that follows.
			personCue, gender = true, titleGender[toks[first].Norm]
			i = j
			continue
		}
		if initials >= 0 && first == i {
			first, personCue = initials, true
		}
		if first < j && (len([]rune(toks[first].Text)) > 1 || initials >= 0) {
			c := cand{first: first, last: j, sent: si, norm: candNorm(toks, first, j), entry: -1, cluster: -1}
			c.personCue = personCue || cue[first]
			if personCue {
				c.gender = gender
			}
			c.acronym = j-first == 1 && (toks[first].Upper || forcedAcr[first])
			if (c.acronym && !forcedAcr[first] || j-first == 1 && cappedCommons[c.norm]) && commonAcronyms[c.norm] {
				// "les PME", "(NDLR : …)", "le PIB": a common noun; "l'ONG"
				// stands for the body named before, as "l'Office" does.
				if lex.orgWords[c.norm] && first > s.First && lex.determiners[toks[first-1].Norm] {
					c.anaphor = true
					out = append(out, c)
				}
				i, personCue = j, false
				continue
			}
			if j-first == 1 && romanOrdinal(toks[first].Text) {
				i, personCue = j, false
				continue // "au XIXe siècle", "le XVIe arrondissement"
			}
			if j-first == 1 && eponyms[c.norm] {
				i, personCue = j, false
				continue // "la maladie d'Alzheimer", "un cocktail Molotov"
			}
			if c.acronym && j < s.Last && toks[j].Kind == text.Number {
				i, personCue = j, false
				continue // "RN 174", "A 320": a road or a model
			}
			c.weak = opening && j-first == 1 && !c.personCue && !lex.firstNames[c.norm]
			c.guess, c.sure = r.guessType(d, c)
			if holder && c.guess == kg.Person && !c.sure {
				c.guess = kg.Org // "de Vinci Autoroutes Pierre Coppey": the holder's body
			}
			c.fallback = c.guess == kg.Person && !c.sure
			if c.weak && c.guess == kg.Org && r.companyCue(d, c) {
				c.weak = false // "Danone a annoncé ses résultats"
			}
			out = append(out, c)
		}
		personCue, gender = false, 0
		i = j
	}
	return out
}

// isFirstName reports whether token t is a capitalised first name.
func (r *Recognizer) isFirstName(t text.Token) bool {
	return t.Kind == text.Word && t.Cap && !t.Upper && (r.lex.firstNames[t.Norm] || r.genders[t.Norm] != 0)
}

// nameOpensAt reports whether a person's name opens at token k: a first
// name, then a capitalised word, in the sentence.
func (r *Recognizer) nameOpensAt(d *text.Doc, s text.Sentence, k int) bool {
	toks := d.Tokens
	if k+1 >= s.Last || !r.isFirstName(toks[k]) || toks[k+1].Newline || toks[k+1].Kind != text.Word || !toks[k+1].Cap {
		return false
	}
	if !r.lex.function[toks[k+1].Norm] {
		return true
	}
	// "Jean-Marie Le Pen": a surname's capitalised article.
	return (toks[k+1].Text == "Le" || toks[k+1].Text == "La") && k+2 < s.Last && toks[k+2].Kind == text.Word && toks[k+2].Cap &&
		!r.lex.function[toks[k+2].Norm]
}

// looseNameAt reports whether a person's name opens at token k by the
// long list of first names (nameGenders), which also holds words and
// surnames: only where something else says a name may follow, as after
// a body's acronym ("du PNF Eliane Houlette").
func (r *Recognizer) looseNameAt(toks []text.Token, k, end int) bool {
	if k+1 >= end || toks[k].Newline || toks[k+1].Newline {
		return false
	}
	t, u := toks[k], toks[k+1]
	if t.Kind != text.Word || !t.Cap || t.Upper || u.Kind != text.Word || !u.Cap || r.lex.function[u.Norm] {
		return false
	}
	if r.isFirstName(t) {
		return true
	}
	// By the long list only a two-word name of no known word: not "APF
	// France Handicap", "UFC Que Choisir", "DS Aero Sport Lounge".
	if _, known := r.gaz.longest(toks, k, k+1, ""); known || r.nameGenders[t.Norm] == 0 || r.lex.function[t.Norm] {
		return false
	}
	return k+2 >= end || toks[k+2].Newline || toks[k+2].Kind != text.Word || !toks[k+2].Cap
}

// groupBeforeName reports whether token i is a group's plural name after
// a plural article, right before a person's name: "des Républicains
// Christian Jacob", "aux Verts Julien Bayou".
func (r *Recognizer) groupBeforeName(d *text.Doc, s text.Sentence, i int) bool {
	toks := d.Tokens
	if i <= s.First || i+1 >= s.Last || toks[i].Upper || r.isFirstName(toks[i]) || toks[i+1].Newline {
		return false
	}
	switch toks[i-1].Norm {
	case "des", "les", "aux":
	default:
		return false
	}
	n := toks[i].Norm
	return (strings.HasSuffix(n, "s") || strings.HasSuffix(n, "x")) && r.nameOpensAt(d, s, i+1)
}

// complementBeforeName reports whether token i, a capitalised word after
// a word in lower case, ends a title's complement right before a
// person's name: "de l'Intérieur Christophe Castaner", "du Travail Muriel
// Pénicaud", "de la région Occitanie Carole Delga", "du FN Jean-Marie Le
// Pen". The word is a common noun French capitalises in a portfolio or a
// name the gazetteer knows; not an unknown word or acronym, which may
// open the person's name ("de Tedros Adhanom Ghebreyesus"), nor the head
// of a body named after the person ("l'Institut Robert Koch").
func (r *Recognizer) complementBeforeName(d *text.Doc, s text.Sentence, i int) bool {
	toks := d.Tokens
	if i <= s.First || r.isFirstName(toks[i]) || toks[i+1].Newline {
		return false
	}
	if p := toks[i-1]; p.Kind != text.Word || p.Cap {
		return false // after a word in lower case: "de l'", "du", "de la région"
	}
	if acronym := toks[i].Upper && utf8.RuneCountInString(toks[i].Text) <= 6; acronym && r.looseNameAt(toks, i+1, s.Last) {
		// "du PNF Eliane Houlette": an acronym, then a first name (by the
		// long list); a person's name does not open on one.
		return true
	}
	if !r.nameOpensAt(d, s, i+1) {
		return false
	}
	n := toks[i].Norm
	if eponymHeads[n] || facilityNouns[n] {
		return false // "l'Institut Robert Koch", "l'hôpital Raymond-Poincaré": named after the person
	}
	if _, known := r.gaz.longest(toks, i, i+1, d.Lang); known {
		return true
	}
	return !toks[i].Upper && (r.lowerShare(n) >= 0.5 || r.lex.capNouns[n])
}

// namesNoOne reports whether capitalised tokens [i, j) read as a body's
// or a place's name, not as the first part of a person's: an acronym, a
// compound, a name the gazetteer knows, or a word French mostly writes in
// lower case ("Vinci Autoroutes", "NPA", "Renault-Nissan", "Miss France";
// not "Roch" in "Roch Marc Christian Kaboré").
func (r *Recognizer) namesNoOne(d *text.Doc, i, j int) bool {
	toks := d.Tokens
	for k := i; k < j; k++ {
		t := toks[k]
		if t.Upper && len(t.Norm) > 1 || strings.Contains(t.Text, "-") || r.lowerShare(t.Norm) >= 0.5 || r.lex.capNouns[t.Norm] {
			return true
		}
		if _, known := r.gaz.longest(toks, k, k+1, d.Lang); known {
			return true
		}
	}
	return false
}

// eponymHeads are the heads of bodies and prizes named after a person:
// "l'Institut Robert Koch", "la Fondation Jean-Jaurès", "le prix Albert
// Londres" (facilityNouns are the places: "le lycée Victor Hugo").
var eponymHeads = set("institut", "fondation", "association", "ecole", "universite", "centre", "college", "prix",
	"club", "theatre", "salle", "espace", "maison", "campus", "bibliotheque", "fonds", "academie", "cite", "square",
	"parc", "residence", "clinique", "chaire", "trophee", "coupe", "collectif", "festival", "observatoire", "lycee",
	"musee", "hopital", "stade", "gare", "rue", "avenue", "boulevard", "place", "quai", "pont", "aeroport")

// facilityNouns name a place after them: "l'hôpital Gabriel-Touré" is
// not a person.
var facilityNouns = map[string]bool{"hopital": true, "aeroport": true, "stade": true, "lycee": true, "college": true,
	"gare": true, "rue": true, "avenue": true, "boulevard": true, "place": true, "pont": true, "quai": true,
	"prison": true, "camp": true, "quartier": true, "port": true, "palais": true, "musee": true, "cathedrale": true,
	"mosquee": true, "eglise": true, "base": true, "centrale": true, "barrage": true, "rond-point": true}

// eventHeads open the names of awards, competitions and festivals:
// "Prix Nobel", "Coupe du monde", "Jeux olympiques" name no one.
var eventHeads = map[string]bool{"prix": true, "coupe": true, "jeux": true, "championnat": true, "trophee": true,
	"festival": true, "mondial": true}

// orgHeads are common nouns an organisation's name follows.
var orgHeads = map[string]bool{"institut": true, "groupe": true, "societe": true, "entreprise": true, "firme": true,
	"constructeur": true, "compagnie": true, "chaine": true, "journal": true, "quotidien": true, "hebdomadaire": true,
	"magazine": true, "mensuel": true, "site": true, "radio": true, "operateur": true, "laboratoire": true,
	"association": true, "ong": true, "syndicat": true, "fabricant": true, "geant": true, "club": true,
	"plateforme": true, "reseau": true, "cabinet": true, "assureur": true, "banque": true, "editeur": true,
	"start-up": true, "startup": true, "distributeur": true, "transporteur": true, "armateur": true, "label": true,
	"usine": true, "organisation": true, "collectif": true, "fondation": true, "enseigne": true, "marque": true,
	"sondage": true, "laboratoires": true, "editions": true, "etablissements": true}

// englishTitle reports whether token k, a capitalised "The" in a French
// text, opens the English name that runs to j: "The Voice", "The Sun".
func englishTitle(d *text.Doc, toks []text.Token, k, j int) bool {
	return d.Lang != "en" && toks[k].Text == "The" && j-k > 1
}

// productHeads are common nouns a product's or a work's name follows:
// "le médicament Plaquenil", "le vaccin Comirnaty", "la série Friends".
var productHeads = map[string]bool{"medicament": true, "vaccin": true, "specialite": true, "molecule": true,
	"logiciel": true, "application": true, "appli": true, "smartphone": true, "serie": true, "feuilleton": true,
	"album": true, "roman": true, "documentaire": true, "single": true, "tube": true, "jeu-video": true,
	"sonde": true, "paquebot": true, "navire": true, "ouragan": true, "cyclone": true, "tempete": true, "typhon": true}

// placeHead returns the folded word before "de", "du", "de la" or "de
// l'" that precedes token i, or "".
func placeHead(toks []text.Token, i int) string {
	k := i - 1
	if k >= 0 && (toks[k].Norm == "la" || toks[k].Norm == "l'") {
		k--
	}
	if k < 1 {
		return ""
	}
	switch toks[k].Norm {
	case "de", "d'":
	case "du", "des":
		if k != i-1 {
			return ""
		}
	default:
		return ""
	}
	return toks[k-1].Norm
}

// placeHeads are nouns whose "de" complement is a place.
var placeHeads = map[string]bool{"pres": true, "region": true, "ville": true, "village": true, "province": true,
	"banlieue": true, "environs": true, "nord": true, "sud": true, "est": true, "ouest": true, "centre": true,
	"commune": true, "departement": true, "capitale": true, "abords": true, "peripherie": true, "oblast": true,
	"localite": true, "faubourg": true, "alentours": true, "maire": true, "habitants": true, "large": true,
	"depute": true, "deputee": true, "prefet": true, "prefete": true, "senateur": true, "senatrice": true,
	"prefecture": true, "eveque": true, "archeveque": true, "ile": true, "iles": true, "usine": true, "usines": true,
	"centrale": true, "mairie": true, "gare": true, "plage": true, "camp": true, "port": true, "aeroport": true,
	"tribunal": true, "hopital": true, "prison": true, "ateliers": true, "constructeur": true, "bassin": true,
	"baie": true, "circuit": true, "station": true, "agglomeration": true, "canton": true, "arrondissement": true,
	"duc": true, "duchesse": true, "comte": true, "comtesse": true, "prince": true, "princesse": true}

// arabicParticle reports whether w is a name after an Arabic article or
// kinship word, "al-Soudani", "ez-Zor", "ben-Gvir": lower-case particle,
// hyphen, capital.
func arabicParticle(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "ed-", "ar-", "as-", "ash-", "at-", "az-", "ez-", "an-", "ben-", "bin-", "ibn-", "abu-", "abou-"} {
		if len(w) > len(p) && strings.HasPrefix(w, p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// isMixedAcronym reports whether t could be an acronym written as a word
// ("Cojop", "Unesco"): capitalised, letters only, 3 to 8 of them.
func isMixedAcronym(t text.Token) bool {
	n := len([]rune(t.Text))
	if t.Kind != text.Word || !t.Cap || n < 3 || n > 8 {
		return false
	}
	for _, r := range t.Text {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// titleGender is the gender courtesy titles give; "Dr", "Pr", "Me" give none.
var titleGender = map[string]byte{"m": 'm', "monsieur": 'm', "mr": 'm', "sir": 'm', "lord": 'm',
	"mme": 'f', "madame": 'f', "mlle": 'f', "mademoiselle": 'f', "mrs": 'f', "ms": 'f', "lady": 'f', "mmes": 'f'}

// initialsEnd returns the token after a run of initials ("J." "K.")
// followed by a capitalised word on the same line, or i when there is none.
func initialsEnd(toks []text.Token, i, end int) int {
	k := i
	for k+2 < end && toks[k].Kind == text.Word && toks[k].Cap && len([]rune(toks[k].Text)) == 1 &&
		toks[k+1].Text == "." && !toks[k+2].Newline && toks[k+2].Kind == text.Word && toks[k+2].Cap {
		k += 2
	}
	if k == i || len([]rune(toks[k].Text)) < 2 {
		return i
	}
	return k
}

// guessType types a capitalised sequence the gazetteer does not know. sure
// is false when the type is only the fallback of position and length,
// which the statistical tagger may overrule.
func (r *Recognizer) guessType(d *text.Doc, c cand) (typ string, sure bool) {
	toks := d.Tokens
	lex := r.lex
	n := c.last - c.first
	switch {
	case c.personCue:
		return kg.Person, true
	case c.acronym:
		return kg.Org, true
	}
	for k := c.first; k < c.last; k++ {
		if lex.orgWords[toks[k].Norm] {
			return kg.Org, true
		}
	}
	if n >= 2 && (mediaWords[toks[c.last-1].Norm] || mediaWords[toks[c.first].Norm] && toks[c.first].Norm == "daily") {
		return kg.Org, true // "Japan Times", "South China Morning Post", "Daily Inquirer"
	}
	if n >= 2 && englishTitle(d, toks, c.first, c.last) {
		return kg.Misc, true // "The Voice", "The Crown": a show's or a work's title, no one
	}
	if n >= 2 && lex.firstNames[toks[c.first].Norm] {
		return kg.Person, true
	}
	if n >= 2 && eventHeads[toks[c.first].Norm] {
		return kg.Misc, true
	}
	for k := c.first; k < c.last && n >= 2; k++ {
		if toks[k].Norm == "guerre" {
			return kg.Misc, true // "Deuxième Guerre mondiale", "Guerre du Golfe"
		}
	}
	prev := ""
	if c.first > 0 {
		prev = toks[c.first-1].Norm
	}
	if prev == "operation" || productHeads[prev] && !r.firstName(toks[c.first].Norm) {
		return kg.Misc, true // "l'opération Chammal", "le médicament Plaquenil", "la série Friends"
	}
	if facilityNouns[prev] {
		return kg.Loc, true // "l'hôpital Gabriel-Touré", "la place Tahrir"
	}
	if orgHeads[prev] || r.companyCue(d, c) {
		return kg.Org, true // "l'institut Ipsos", "le quotidien Le Monde", "le géant russe Gazprom"
	}
	if prev == "les" && n == 1 && (strings.HasSuffix(c.norm, "s") || strings.HasSuffix(c.norm, "x")) {
		return kg.NORP, false // "les Kurdes", "les Gaulois"
	}
	if n <= 2 && placeHeads[placeHead(toks, c.first)] {
		return kg.GPE, false // "près de Bakhmout", "la région de Zaporijia", "député de l'Hérault"
	}
	if lex.locPreps[prev] && n <= 2 && !(n == 2 && r.genders[toks[c.first].Norm] != 0) {
		return kg.GPE, false // "à Rennes", not "à Roselyne Bachelot"
	}
	if n >= 2 {
		for k := c.first; k < c.last; k++ {
			if hasDigit(toks[k].Text) {
				return kg.Misc, true
			}
		}
		return kg.Person, false
	}
	if hasDigit(c.norm) {
		return kg.Misc, false // "V8", "A320", "W16": a model or a code, no one's name
	}
	if prev == "le" || prev == "la" || prev == "les" || prev == "l'" || prev == "du" || prev == "des" {
		return kg.Org, false
	}
	return kg.Person, false
}

func hasDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// handleWords splits "@Gabi_Ashkenazi" or "@EmmanuelMacron" into the
// folded words of the name it spells.
func handleWords(h string) string {
	h = strings.TrimLeft(h, "@#")
	var b strings.Builder
	prevLower := false
	for _, r := range h {
		switch {
		case r == '_':
			b.WriteByte(' ')
			prevLower = false
			continue
		case unicode.IsUpper(r) && prevLower:
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prevLower = unicode.IsLower(r)
	}
	return strings.Join(strings.Fields(text.Fold(b.String())), " ")
}

var adjectiveEndings = []string{"ique", "iques", "iste", "istes", "al", "ale", "aux", "ales", "ien", "ienne", "iens",
	"ais", "aise", "el", "elle", "aire", "aires", "if", "ive", "ain", "aine", "ois", "oise", "onal", "onale", "eral",
	"erale", "ier", "iere", "eme", "ieur", "ieure", "ant", "ante"}

// isAdjective guesses whether a lower-case word is an adjective that can
// end an organisation's name ("socialiste", "constitutionnel").
func isAdjective(t text.Token, lex *lexicon) bool {
	if t.Kind != text.Word || t.Cap || len(t.Norm) < 4 || lex.function[t.Norm] || lex.connectors[t.Norm] {
		return false
	}
	if strings.HasSuffix(t.Text, "é") || strings.HasSuffix(t.Text, "ée") || strings.HasSuffix(t.Text, "és") {
		return false
	}
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(t.Norm, e) {
			return true
		}
	}
	return false
}

// bracketNames finds names spelled out before their acronym: "Commission
// nationale des droits de l'homme (CNDH)". It maps the name's first token
// to its end when the initials of its content words spell the acronym.
func (r *Recognizer) bracketNames(d *text.Doc, s text.Sentence, covered []int) map[int]int {
	toks := d.Tokens
	var out map[int]int
	for k := s.First + 2; k+1 < s.Last; k++ {
		// "(CPI)", "(AP-HP)" or "(Cojop)": a capitalised word in brackets
		// is an acronym when it spells the initials of the name before it.
		if toks[k-1].Text != "(" || toks[k+1].Text != ")" || !(toks[k].Upper || isMixedAcronym(toks[k])) || covered[k] >= 0 && toks[k].Upper && !strings.Contains(toks[k].Text, "-") {
			continue
		}
		acr := strings.ReplaceAll(toks[k].Norm, "-", "")
		end := k - 1
		if i := r.acronymStart(toks, s.First, end, acr); i >= 0 {
			if out == nil {
				out = map[int]int{}
			}
			out[i] = end
		}
	}
	return out
}

// acronymStart finds where the name that acr abbreviates starts, the name
// ending at token end: every word of it gives its initial (each part of a
// hyphenated word may give one: "publique-Hôpitaux"), small words may give
// theirs or none ("La République en marche" is LREM, "État islamique au
// Grand Sahara" EIGS), and its first word is capitalised and no article.
// It returns -1 when no such name ends there.
func (r *Recognizer) acronymStart(toks []text.Token, first, end int, acr string) int {
	best := -1
	for i := end - 1; i >= first && end-i <= len(acr)+6; i-- {
		t := toks[i]
		if t.Kind != text.Word {
			break
		}
		if !t.Cap || r.lex.determiners[t.Norm] && !strings.HasPrefix(acr, "l") {
			continue
		}
		skips := 0
		if r.lex.orgWords[t.Norm] {
			skips = 1 // only a body's name skips a word: "Conseil représentatif des institutions juives de France (Crif)"
		}
		if r.spells(toks, i, end, acr, skips) {
			best = i // the shortest name that spells it
			break
		}
	}
	return best
}

// spells reports whether the words [i, end) spell acr, in order. Up to
// skips lowercase words inside the name may give no letter: "Conseil
// représentatif des institutions juives de France (Crif)".
func (r *Recognizer) spells(toks []text.Token, i, end int, acr string, skips int) bool {
	if acr == "" {
		return i == end
	}
	if i == end {
		return false
	}
	t := toks[i]
	small := r.lex.connectors[t.Norm] || r.lex.function[t.Norm] || r.lex.determiners[t.Norm] || t.Norm == "et" || t.Norm == "pour" || t.Norm == "en"
	if small && r.spells(toks, i+1, end, acr, skips) {
		return true // a small word gives no letter
	}
	if !small && skips > 0 && !t.Cap && i+1 < end && r.spells(toks, i+1, end, acr, skips-1) {
		return true
	}
	parts := strings.FieldsFunc(t.Norm, func(r rune) bool { return r == '-' || r == '\'' })
	// The word gives its initial, then maybe the initials of its other parts.
	used := 0
	for _, p := range parts {
		if p == "" || used >= len(acr) || p[0] != acr[used] {
			break
		}
		used++
		if r.spells(toks, i+1, end, acr[used:], skips) {
			return true
		}
	}
	return false
}

// commonAcronyms are the acronyms French news writes for common nouns and
// editorial marks, not for a body or a person ("l'ONG", "les PME", "le
// PIB", "NDLR"). An acronym bracketed after its spelled-out name is still
// a name ("Organisation non gouvernementale (ONG)" is not in the news).
var commonAcronyms = set("ong", "ngo", "pme", "tpe", "eti", "sdf", "ehpad", "ndlr", "pib", "tva", "smic", "rsa", "cdd",
	"cdi", "vtc", "suv", "ivg", "pma", "gpa", "qg", "pdg", "dg", "drh", "rh", "btp", "ogm", "hlm", "rer", "tgv", "ter",
	"vih", "sida", "avc", "irm", "adn", "rtt", "apl", "isf", "ifi", "csg", "crds", "tnt", "ia", "gps", "sms", "ceo",
	"cfo", "rib", "iban", "vpn", "cv", "ht", "ttc", "rdv", "sav", "faq", "usb", "lgbt", "lgbtqi", "lgbtq", "lgbti",
	"pcr", "ffp2", "ffp3", "cbd", "thc", "zad", "qpv", "ppe", "pv", "bd", "dj", "mma", "vtt", "4x4", "hiv", "gdp",
	"vip", "ovni", "ufo", "ko", "ok", "pmr", "ald", "aah", "cmu", "ame", "jt", "hd", "pc", "tv",
	// time zones, units and measures, school years, engines and media:
	// "à 14h00 GMT", "le CO2", "dix jours d'ITT", "un tir de LBD", "en CM2"
	"gmt", "utc", "co2", "itt", "led", "lbd", "wltp", "nedc", "cp", "ce1", "ce2", "cm1", "cm2", "dvd", "cd", "h1n1",
	"tdi", "tfsi", "tsi", "xxl",
	// a Roman numeral alone: "l'acte II du quinquennat", "Phase II"
	"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xii")

// romanOrdinal reports whether a word is a Roman ordinal: "XIXe",
// "XVIe", "Ier", "IIIème".
func romanOrdinal(w string) bool {
	for _, suffix := range []string{"ème", "er", "e"} {
		if n, ok := strings.CutSuffix(w, suffix); ok && n != "" && strings.Trim(n, "IVXLC") == "" {
			return true
		}
	}
	return false
}

// cappedCommons are the commonAcronyms French also writes with one
// capital, still common nouns: "les Ehpad", "le Smic", "la Zad".
var cappedCommons = set("ehpad", "smic", "sida", "zad", "pme", "tva")

// eponyms are words from proper names that French news writes for a
// disease, a unit or a thing, not for anyone in the article.
var eponyms = set("alzheimer", "parkinson", "ebola", "crohn", "asperger", "creutzfeldt-jakob", "celsius", "nm", "nobel",
	"fahrenheit", "molotov", "damocles", "richter", "t-shirt", "t-shirts",
	// car makers' words for a body or a trim, capitalised in reviews
	"alcantara", "turbo", "supercar", "hypercar", "cabriolet", "roadster", "spider", "spyder", "nappa", "steptronic")

// mediaWords end the names of newspapers: "Japan Times", "Washington
// Post", "Philippine Daily Inquirer".
var mediaWords = set("times", "post", "inquirer", "herald", "tribune", "gazette", "journal", "telegraph", "guardian",
	"chronicle", "observer", "express", "mail", "monitor", "globe", "news", "daily", "independent", "examiner", "sun",
	"mirror", "economist")

// compoundDemonym reports whether word w is a demonym of several parts
// ("Franco-Américaine", "Italo-Argentin"): its parts are all demonyms or
// the combining forms French joins them with.
func (r *Recognizer) compoundDemonym(w string) bool {
	parts := strings.Split(text.Fold(w), "-")
	if len(parts) < 2 {
		return false
	}
	for i, p := range parts {
		if !(r.gaz.demonyms[p] || i < len(parts)-1 && combiningForms[p]) {
			return false
		}
	}
	return true
}

// combiningForms are the first parts of compound demonyms (folded).
var combiningForms = set("franco", "anglo", "germano", "italo", "hispano", "russo", "sino", "nippo", "americano",
	"israelo", "arabo", "afro", "euro", "greco", "turco", "austro", "belgo", "helveto", "luso", "irano", "indo",
	"syro", "libano", "algero", "tuniso", "senegalo", "polono", "sovieto", "hungaro", "dano", "suedo",
	"norvego", "finno", "serbo", "croato", "bosno", "romano", "bulgaro", "ukraino", "bielo", "canado",
	"mexicano", "argentino", "chileno", "brasilo", "cubano", "haitiano", "congolo", "ivoiro")

// participleWithObject reports whether token k is a present participle
// followed by its object's determiner: "le Conseil représentant les 27
// États membres" names no "Conseil représentant".
func participleWithObject(toks []text.Token, k, end int, lex *lexicon) bool {
	return strings.HasSuffix(toks[k].Norm, "ant") && k+1 < end && lex.determiners[toks[k+1].Norm]
}
