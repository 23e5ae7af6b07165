package entities

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
)

// buildRoles ties each title to its person and country entities, gives
// "son homologue russe" the title of the person it is the counterpart of,
// and resolves definite descriptions ("le ministre des Affaires
// étrangères") to the one person given that title earlier.
func (r *Recognizer) buildRoles(d *text.Doc, a *Analysis, phrases []rolePhrase, cands []cand, candAt, spanCand []int) {
	candEnd := make(map[int]int, len(cands))
	for ci, c := range cands {
		candEnd[c.last] = ci
	}
	held := make([]int, len(phrases)) // the person each phrase's title went to
	for pi, p := range phrases {
		held[pi] = -1
		ro := p.Role
		if p.nameFirst >= 0 {
			if ci := candAt[p.nameFirst]; ci >= 0 {
				ro.Person = cands[ci].cluster
			}
		}
		if ro.Person < 0 && p.nameFirst < 0 && !ro.Plural {
			// "L'ancien ministre et secrétaire général de l'Elysée Claude
			// Guéant", "ancienne ministre de l'Environnement et actuelle
			// ambassadrice des pôles": two titles joined by "et", no
			// article before the second, are one person's.
			if pi+1 < len(phrases) && coordinated(d, p, phrases[pi+1]) && phrases[pi+1].nameFirst >= 0 {
				if ci := candAt[phrases[pi+1].nameFirst]; ci >= 0 {
					ro.Person = cands[ci].cluster
				}
			} else if pi > 0 && coordinated(d, phrases[pi-1], p) {
				ro.Person = held[pi-1]
			}
		}
		if p.countryC >= 0 {
			if ci := spanCand[p.countryC]; ci >= 0 {
				ro.Country = cands[ci].cluster
			}
		} else if p.orgTok >= 0 {
			if ci := candAt[p.orgTok]; ci >= 0 && cands[ci].cluster >= 0 && a.Entities[cands[ci].cluster].Type != kg.Person {
				ro.Country = cands[ci].cluster
			}
		}
		if ro.Person < 0 && p.nameFirst < 0 && !ro.Plural {
			ro.Person = r.apposed(d, a, p, cands, candEnd)
		}
		if ro.Person >= 0 && a.Entities[ro.Person].Type != kg.Person {
			switch {
			case a.Entities[ro.Person].Type == kg.GPE || a.Entities[ro.Person].Type == kg.Loc:
				ro.Person = -1
			case r.surelyOrg(cands, ro.Person):
				// "députée LREM", "maire PCF": the party the title is
				// for, not who holds it.
				if ro.Country < 0 {
					ro.Country = ro.Person
				}
				ro.Person = -1
			default:
				a.Entities[ro.Person].Type = kg.Person
			}
		}
		if ro.Person >= 0 && a.Entities[ro.Person].Gender == 0 && !ro.Homologue {
			a.Entities[ro.Person].Gender = phraseGender(d, p)
		}
		held[pi] = ro.Person
		a.Roles = append(a.Roles, ro)
	}
	for i := range a.Roles {
		ro := &a.Roles[i]
		if !ro.Homologue || ro.Person < 0 {
			continue
		}
		ro.Title, ro.Head = "", ""
		for j := range a.Roles {
			o := a.Roles[j]
			if j != i && o.Sentence == ro.Sentence && o.Person >= 0 && o.Person != ro.Person && !o.Homologue && !o.Plural {
				ro.Title, ro.Head = o.Title, o.Head
				break
			}
		}
		if ro.Title == "" && !namesOtherPerson(a, ro.Sentence, ro.Person) {
			// "… le chef de la diplomatie américaine Mike Pompeo. Ce
			// dernier a exhorté la France …, lors d'une réunion avec son
			// homologue français Jean-Yves Le Drian": the sentence names
			// no one else, the one before one titled person.
			if o := loneTitled(a, ro.Sentence-1, ro.Person); o >= 0 && sameKind(a, ro.Country, a.Roles[o].Country) {
				ro.Title, ro.Head = a.Roles[o].Title, a.Roles[o].Head
			}
		}
	}
	for i := range a.Roles {
		ro := &a.Roles[i]
		if !ro.Homologue || ro.Person >= 0 || ro.Country < 0 || ro.Plural || ro.InQuote {
			continue
		}
		// "X s'est entretenu avec son homologue japonais": the one
		// person the article gives a title of that country, named
		// anywhere in it ("le ministre japonais des Affaires étrangères
		// Taro Kono"); no one when two are.
		found, title := -1, -1
		for j, o := range a.Roles {
			if o.Person < 0 || o.Homologue || o.Plural || o.Country != ro.Country || a.Entities[o.Person].Type != kg.Person {
				continue
			}
			if found >= 0 && found != o.Person {
				found = -2
				break
			}
			found, title = o.Person, j
		}
		if found >= 0 {
			ro.Person, ro.Title, ro.Head = found, a.Roles[title].Title, a.Roles[title].Head
			ro.Definite = true
			ro.personC = -2 // resolved, not named
		}
	}
	for i := range a.Roles {
		ro := &a.Roles[i]
		if ro.Person >= 0 || !ro.Definite || ro.Plural || ro.Homologue {
			continue
		}
		if titleApposed(d, a, ro.Last, d.Sentences[ro.Sentence].Last) {
			// "Le préfet de l'Aude, Bernard Gonzalez … le préfet du
			// département, Philippe Chopin": the name put beside the
			// title holds it, not the one who held a title like it.
			continue
		}
		key := text.Fold(ro.Title)
		found := -1
		for j := range a.Roles {
			o := a.Roles[j]
			if o.First >= ro.First || o.Person < 0 {
				continue
			}
			if ok := text.Fold(o.Title); ok != key {
				// "Le président Emmanuel Macron … Le chef de l'État": the
				// same office by another name, for the same country.
				if sameOffice[key] == "" || sameOffice[key] != sameOffice[ok] && sameOffice[key] != ok || ro.Country != o.Country {
					continue
				}
			}
			if ro.Country >= 0 && o.Country >= 0 && ro.Country != o.Country {
				continue
			}
			if iso := countryISO(a, ro.Country); o.Country < 0 && d.Lang == "fr" && iso != "" && iso != "FR" &&
				!slices.ContainsFunc(a.Entities[ro.Country].Mentions, func(m Mention) bool { return m.Sentence == o.Sentence }) {
				// "Le Premier ministre Édouard Philippe … s'était entretenu
				// avec le Premier ministre néerlandais": a French article's
				// title with no country is France's, unless its sentence
				// names another ("Au Guatemala, le vice-président Guillermo
				// Castillo … le vice-président guatémaltèque").
				continue
			}
			if ro.Country >= 0 && o.Country < 0 && possessives[d.Tokens[o.First].Norm] {
				// "… a écrit son président Richard Ferrand. Le président
				// français s'est entretenu …": the title of what "son"
				// stands for is not the country's.
				continue
			}
			if found >= 0 && found != o.Person {
				found = -2
				break
			}
			found = o.Person
		}
		if found >= 0 {
			ro.Person = found
			ro.Definite = true
			ro.personC = -2 // resolved, not named
		}
	}
	r.ledeTitles(d, a)
	anaphoricTitles(d, a)
}

// afterOpening reports whether token k follows a fronted adverbial that
// opens sentence si, up to a comma, with no one named in it: "Quelques
// heures après l'attaque, la sénatrice PS a appelé …". Not after a noun
// phrase ("Le fils de X, le ministre …").
func afterOpening(d *text.Doc, a *Analysis, si, k int) bool {
	s := d.Sentences[si]
	if k-s.First < 2 || k-s.First > 25 || d.Tokens[k-1].Text != "," || openingDeterminers[d.Tokens[s.First].Norm] {
		return false
	}
	for j := s.First; j < k; j++ {
		if d.InQuote[j] {
			return false
		}
	}
	if personMentioned(a, func(m Mention) bool { return m.First >= s.First && m.First < k }) {
		return false
	}
	for _, o := range a.Roles {
		if o.Sentence == si && o.First < k {
			return false
		}
	}
	return true
}

// nameSoonAfter reports whether a person's name follows token k within
// a party's bracketed acronym: "la députée La France insoumise (LFI)
// Danièle Obono".
func nameSoonAfter(d *text.Doc, a *Analysis, k int) bool {
	return personMentioned(a, func(m Mention) bool {
		if m.First < k || m.First > k+4 {
			return false
		}
		for j := k; j < m.First; j++ {
			if t := d.Tokens[j]; t.Text != "(" && t.Text != ")" && !t.Upper {
				return false
			}
		}
		return true
	})
}

// headlineSubject reports whether person e is named in the headline as
// its subject: not after a preposition ("les précédents depuis Rocard",
// "Affaire Maëlys", "Propos du Pr Perronne"), and a lower-case word, its
// verb, after the name ("Samia Ghali appelle la droite …").
func headlineSubject(d *text.Doc, e Entity) bool {
	for _, m := range e.Mentions {
		if m.Sentence != 0 || m.Last >= d.Sentences[0].Last {
			continue
		}
		if m.First > 0 && subjectBars[d.Tokens[m.First-1].Norm] {
			continue
		}
		if t := d.Tokens[m.Last]; t.Kind == text.Word && !t.Cap && !t.Upper {
			return true
		}
	}
	return false
}

var subjectBars = map[string]bool{"de": true, "du": true, "d'": true, "des": true, "depuis": true, "par": true, "à": true,
	"a": true, "avec": true, "contre": true, "pour": true, "sur": true, "affaire": true, "pr": true, "dr": true, "selon": true,
	"chez": true, "entre": true, "et": true, "après": true, "apres": true}

// apposedLater reports whether a person's name is put beside the title
// ending at token k after a comma, within a bracketed gloss: "le
// directeur général de l'AP-HP (Assistance publique - Hôpitaux de Paris),
// Martin Hirsch".
func apposedLater(d *text.Doc, a *Analysis, si, k int) bool {
	return personMentioned(a, func(m Mention) bool {
		return m.Sentence == si && m.First > k && m.First <= k+12 && d.Tokens[m.First-1].Text == ","
	})
}

// personMentioned reports whether some mention of a person satisfies ok.
func personMentioned(a *Analysis, ok func(Mention) bool) bool {
	for _, e := range a.Entities {
		if e.Type == kg.Person && slices.ContainsFunc(e.Mentions, ok) {
			return true
		}
	}
	return false
}

// countryISO is the ISO code of entity e when it is a country: "" for a
// city, a region, anything else or -1.
func countryISO(a *Analysis, e int) string {
	if e < 0 {
		return ""
	}
	return a.Entities[e].ISO
}

// possessives make a title relative to what they stand for: "son président".
var possessives = map[string]bool{"son": true, "sa": true, "ses": true, "leur": true, "leurs": true, "notre": true, "nos": true}

var openingDeterminers = map[string]bool{"le": true, "la": true, "les": true, "l'": true, "un": true, "une": true,
	"des": true, "son": true, "sa": true, "ses": true, "leur": true, "leurs": true, "ce": true, "cet": true, "cette": true, "ces": true}

// ledeTitles gives the person a headline names a definite title that
// opens the first sentences after it: "Coronavirus : Le Maire assure qu'il
// n'y aura pas de pénurie / Le ministre de l'Économie a garanti …",
// "Marion Maréchal à Oxford : … / L'ex-députée du Vaucluse a été
// accueillie …". The headline is a first line of its own naming one
// person and no other; the title agrees with that person's gender.
func (r *Recognizer) ledeTitles(d *text.Doc, a *Analysis) {
	if len(d.Sentences) < 2 {
		return
	}
	head := d.Sentences[0]
	if next := d.Sentences[1]; next.First >= len(d.Tokens) || !d.Tokens[next.First].Newline {
		return // no headline line
	}
	person := -1
	for ei, e := range a.Entities {
		if e.Type != kg.Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.Sentence != 0 || d.InQuote[m.First] {
				continue
			}
			if person >= 0 && person != ei {
				return // two people: which is meant is not told
			}
			person = ei
		}
	}
	if person < 0 || head.Last-head.First < 2 {
		return
	}
	for i := range a.Roles {
		ro := &a.Roles[i]
		if ro.Person >= 0 || !ro.Definite || ro.Plural || ro.Homologue || ro.InQuote || ro.Sentence < 1 || ro.Sentence > 2 {
			continue
		}
		if ro.First != d.Sentences[ro.Sentence].First && !(ro.Sentence == 1 && headlineSubject(d, a.Entities[person]) &&
			afterOpening(d, a, ro.Sentence, ro.First) && !apposedLater(d, a, ro.Sentence, ro.Last)) {
			continue // only the title that opens its sentence, its subject
		}
		if ro.Last < len(d.Tokens) && d.Tokens[ro.Last].Text == "," {
			continue // "Le président de la Chambre, Paul Ryan, …", "Le Premier ministre, le ministre de l'Intérieur et …"
		}
		if apposedName(d, a, ro.Last, d.Sentences[ro.Sentence].Last) || nameSoonAfter(d, a, ro.Last) {
			continue // "Le président de la Chambre des représentants, Paul Ryan, …"
		}
		if mentionedIn(a.Entities[person], ro.Sentence) {
			continue // "Le président a confié une mission à Jack Lang": someone else
		}
		g := articleGender[d.Tokens[ro.First].Norm]
		if pg := a.Entities[person].Gender; g != 0 && pg != 0 && g != pg {
			continue
		}
		ro.Person = person
		ro.personC = -2 // resolved, not named
		ro.Lede = true
	}
}

// anaphoricTitles gives a politician's title that stands for a name the
// person the sentence before spoke of: "Pour Yannick Jadot, la réponse
// est non. Invité de BFMTV, l'eurodéputé a déclaré …", "Des attaques qui
// ne laissent pas Jean-Luc Mélenchon indifférent. Le député des
// Bouches-du-Rhône a dénoncé …". The title is its sentence's subject,
// opening it or after an opening with no one in it, and names no one of
// its own; the sentence before names one person and no other, the
// headline names them too, and the title agrees with their gender. Only
// the titles a politician is told by: "le maire", "le procureur", "le
// juge" after a named person are as often someone else of the story.
// The person is kept in Anaphor: an office held on the day (relations)
// says better who "l'ancien président de la République" is.
func anaphoricTitles(d *text.Doc, a *Analysis) {
	if len(d.Sentences) < 3 {
		return
	}
	for i := range a.Roles {
		ro := &a.Roles[i]
		si := ro.Sentence
		if ro.Person >= 0 || !ro.Definite || ro.Plural || ro.Homologue || ro.InQuote || si < 2 || !anaphoricTitle(ro) {
			continue
		}
		if ro.First != d.Sentences[si].First && !(afterOpening(d, a, si, ro.First) && !pronounBefore(d, si, ro.First)) {
			continue // "Selon lui, le ministre …": someone else
		}
		if heldByOther(a, ro) {
			continue
		}
		if ro.Last < len(d.Tokens) && d.Tokens[ro.Last].Text == "," || apposedName(d, a, ro.Last, d.Sentences[si].Last) ||
			nameSoonAfter(d, a, ro.Last) || apposedLater(d, a, si, ro.Last) {
			continue
		}
		person := lonePerson(d, a, si-1)
		if person < 0 || mentionedIn(a.Entities[person], si) || !mentionedIn(a.Entities[person], 0) || !topicOf(d, a.Entities[person], si-1) {
			continue
		}
		g := genderedTitles[strings.TrimPrefix(ro.Head, "ex-")]
		if g == 0 {
			g = articleGender[d.Tokens[ro.First].Norm]
		}
		if pg := a.Entities[person].Gender; g == 0 || pg == 0 || g != pg {
			continue
		}
		ro.Anaphor = person
	}
}

// anaphoricTitle reports whether role ro is a politician's title news
// gives a person in place of their name: "le député", "l'eurodéputée",
// "le président des Républicains", "l'ancien ministre". Not a unique
// office told alone ("le président", "le Premier ministre", "le
// ministre"), which is its holder's, whoever the story is about.
func anaphoricTitle(ro *Role) bool {
	switch ro.Head {
	case "depute", "deputee", "depute europeen", "deputee europeenne", "eurodepute", "eurodeputee", "senateur", "senatrice", "parlementaire", "leader",
		"chef de file", "cheffe de file", "premier secretaire", "premiere secretaire", "secretaire national":
		return true
	case "ministre", "president", "presidente":
		t := text.Fold(ro.Title)
		if strings.Contains(t, "republique") {
			return false // "le président de la République": the office's holder
		}
		return strings.Contains(t, " de ") || strings.Contains(t, " du ") || strings.Contains(t, " des ") || strings.Contains(t, " d'") ||
			strings.HasPrefix(t, "ancien") || strings.HasPrefix(t, "ex-")
	}
	return false
}

// pronounBefore reports whether sentence si has a personal pronoun before
// token k: "Selon lui, le ministre …" speaks of two people.
func pronounBefore(d *text.Doc, si, k int) bool {
	for j := d.Sentences[si].First; j < k; j++ {
		switch d.Tokens[j].Norm {
		case "lui", "elle", "il", "eux", "elles", "ils", "son", "sa", "ses", "leur", "leurs":
			return true
		}
	}
	return false
}

// heldByOther reports whether the article gives role ro's title to a
// person by name: then it is theirs.
func heldByOther(a *Analysis, ro *Role) bool {
	key := text.Fold(ro.Title)
	for _, o := range a.Roles {
		if o.Person >= 0 && o.personC != -2 && text.Fold(o.Title) == key {
			return true
		}
	}
	return false
}

// topicOf reports whether sentence si speaks of person e as its topic:
// named there, not after a preposition ("Il a écrit à Édouard Philippe",
// "ce sera François Fillon" after "Il a tranché") unless as the one
// whose view it gives ("Pour Yannick Jadot, …"), and no one else stands
// as its subject pronoun.
func topicOf(d *text.Doc, e Entity, si int) bool {
	s := d.Sentences[si]
	for k := s.First; k < s.Last; k++ {
		if n := d.Tokens[k].Norm; (n == "il" || n == "elle") && !d.InQuote[k] {
			return false
		}
	}
	for _, m := range e.Mentions {
		if m.Sentence == si && m.First > s.First && subjectBars[d.Tokens[m.First-1].Norm] &&
			!(m.First == s.First+1 && viewHolders[d.Tokens[s.First].Norm]) { // "Pour Yannick Jadot, la réponse est non."
			return false
		}
	}
	return true
}

var viewHolders = set("pour", "selon")

// lonePerson returns the one person sentence si names, by name or by a
// title given them; -1 when none or several.
func lonePerson(d *text.Doc, a *Analysis, si int) int {
	found := -1
	see := func(e int) bool {
		if found >= 0 && found != e {
			return false
		}
		found = e
		return true
	}
	for ei, e := range a.Entities {
		if e.Type != kg.Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.Sentence == si && !see(ei) {
				return -1
			}
		}
	}
	for _, ro := range a.Roles {
		if ro.Sentence == si && ro.Person >= 0 && !ro.InQuote && !ro.Homologue && a.Entities[ro.Person].Type == kg.Person && !see(ro.Person) {
			return -1
		}
	}
	return found
}

// phraseGender is the gender a title phrase gives its holder: an inflected
// title ("la présidente", "le député"), or the determiner of one of either
// gender ("la ministre"); 0 when it tells none.
func phraseGender(d *text.Doc, p rolePhrase) byte {
	if len(p.titleToks) == 0 {
		return 0
	}
	head := d.Tokens[p.titleToks[0]]
	for _, k := range p.titleToks {
		if t := d.Tokens[k]; !roleModWords[t.Norm] {
			head = t
			break
		}
	}
	if g := genderedTitles[strings.TrimPrefix(head.Norm, "ex-")]; g != 0 {
		return g
	}
	if p.First < p.titleToks[0] {
		return articleGender[d.Tokens[p.First].Norm]
	}
	return 0
}

// roleModWords come before a title without being it: "ancienne ministre".
var roleModWords = set("ancien", "ancienne", "ex", "futur", "future", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle")

// surelyOrg reports whether entity e is an organisation by more than a
// guess: the knowledge base says so, or one of its mentions is an acronym
// or was typed by an organisation word.
func (r *Recognizer) surelyOrg(cands []cand, e int) bool {
	for _, c := range cands {
		if c.cluster != e {
			continue
		}
		if c.entry >= 0 && r.gaz.entries[c.entry].Type == kg.Org || c.acronym || c.sure && c.guess == kg.Org {
			return true
		}
	}
	return false
}

// buildUnits lists the noun phrases relations may use as arguments.
func (r *Recognizer) buildUnits(d *text.Doc, a *Analysis, cands []cand) {
	inRole := make([]int, len(d.Tokens))
	for i := range inRole {
		inRole[i] = -1
	}
	for ri, ro := range a.Roles {
		kind := UnitRolePerson
		if ro.personC == -2 || (ro.Person < 0) {
			kind = UnitDescription
		}
		a.Units = append(a.Units, Unit{First: ro.First, Last: ro.Last, Sentence: ro.Sentence, Entity: ro.Person, Role: ri, Kind: kind})
		for k := ro.First; k < ro.Last; k++ {
			inRole[k] = ri
		}
	}
	for ei, e := range a.Entities {
		for _, m := range e.Mentions {
			if inRole[m.First] >= 0 {
				continue
			}
			kind := UnitName
			if m.Demonym {
				kind = UnitDemonym
			}
			a.Units = append(a.Units, Unit{First: m.First, Last: m.Last, Sentence: m.Sentence, Entity: ei, Role: -1, Kind: kind})
		}
	}
	sort.Slice(a.Units, func(i, j int) bool { return a.Units[i].First < a.Units[j].First })
}

// apposed finds the person a title follows as an apposition: "Olivier
// Faure, premier secrétaire du PS, a ..." It returns -1 unless a person's
// name, a comma, then the title closed by punctuation or by "et" and a
// second title.
func (r *Recognizer) apposed(d *text.Doc, a *Analysis, p rolePhrase, cands []cand, candEnd map[int]int) int {
	toks := d.Tokens
	s := d.Sentences[p.Sentence]
	if p.First-1 <= s.First || toks[p.First-1].Text != "," {
		return -1
	}
	if p.First < len(toks) && (toks[p.First].Norm == "un" || toks[p.First].Norm == "une" || toks[p.First].Norm == "son" || toks[p.First].Norm == "sa") {
		return -1
	}
	if p.Last < s.Last {
		switch toks[p.Last].Text {
		case ",", ".", ")", ";", "»":
		case "et":
			// "François Asselin, président de la CPME et chef d'une
			// entreprise", not a list ("X, le ministre de l'Intérieur et
			// le ministre de la Justice") or a title naming its own
			// holder ("Y, la députée de l'Hérault Coralie Dubost et …").
			if p.nameFirst >= 0 || p.Last+1 >= s.Last || r.lex.determiners[toks[p.Last+1].Norm] || toks[p.Last+1].Norm == "par" {
				return -1
			}
		default:
			return -1
		}
	}
	ci, ok := candEnd[p.First-1]
	if !ok || cands[ci].cluster < 0 || a.Entities[cands[ci].cluster].Type != kg.Person {
		return -1
	}
	return cands[ci].cluster
}

// sameOffice names one office by its other names (folded titles): "le
// chef de l'État" after "le président X" is X.
var sameOffice = map[string]string{
	"chef de l'etat":             "president",
	"chef de l’etat":             "president",
	"president de la republique": "president",
	"chef du gouvernement":       "premier ministre",
	"chef de la diplomatie":      "ministre des affaires etrangeres",
}

// mentionedIn reports whether e is named in sentence si.
func mentionedIn(e Entity, si int) bool {
	for _, m := range e.Mentions {
		if m.Sentence == si {
			return true
		}
	}
	return false
}

// coordinated reports whether title phrase b follows a right after "et",
// with no article of its own: one person's two titles.
func coordinated(d *text.Doc, a, b rolePhrase) bool {
	return a.Sentence == b.Sentence && !a.Plural && !b.Plural && a.nameFirst < 0 && a.Last+1 == b.First &&
		d.Tokens[a.Last].Norm == "et" && len(b.titleToks) > 0 && b.First == b.titleToks[0]
}

// titleApposed reports whether a person's name is put in apposition to
// the title that ends at token from, right after it or after its
// complement ("le préfet du département, Philippe Chopin").
func titleApposed(d *text.Doc, a *Analysis, from, end int) bool {
	if from >= end {
		return false
	}
	if n := d.Tokens[from].Norm; n != "," && n != "de" && n != "du" && n != "des" && n != "d'" {
		return false
	}
	return apposedName(d, a, from, min(end, from+6))
}

// apposedName reports whether a person's name follows the first comma
// within eight tokens after token from (before end): a title put in
// apposition to a name is that name's.
func apposedName(d *text.Doc, a *Analysis, from, end int) bool {
	for k := from; k < end && k < from+8; k++ {
		if d.Tokens[k].Text != "," {
			continue
		}
		return personMentioned(a, func(m Mention) bool { return m.First == k+1 })
	}
	return false
}

// sameKind reports whether a counterpart of country or body c may take
// the title of country or body o (-1: none stated): a country's for a
// country's, a body's for a body's, and a body's counterpart needs a
// body's title ("son homologue de la CGT" is no Prime Minister).
func sameKind(a *Analysis, c, o int) bool {
	switch {
	case c < 0:
		return true
	case o < 0:
		return a.Entities[c].Type != kg.Org
	}
	return a.Entities[o].Type == a.Entities[c].Type
}

// namesOtherPerson reports whether sentence si names a person other than
// entity e.
func namesOtherPerson(a *Analysis, si, e int) bool {
	for _, u := range a.Units {
		if u.Sentence == si && u.Entity >= 0 && u.Entity != e && a.Entities[u.Entity].Type == kg.Person {
			return true
		}
	}
	return false
}

// loneTitled returns the role of the one person sentence si gives a
// title, other than entity e (not a counterpart's, not a plural one); -1
// when none, or several people.
func loneTitled(a *Analysis, si, e int) int {
	found := -1
	for j, o := range a.Roles {
		if o.Sentence != si || o.Person < 0 || o.Person == e || o.Homologue || o.Plural || o.Title == "" {
			continue
		}
		if found >= 0 && a.Roles[found].Person != o.Person {
			return -1
		}
		if found < 0 {
			found = j
		}
	}
	return found
}
