package entities

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
)

//go:embed data/countries_fr.tsv
var countriesTSV string

//go:embed data/kb.tsv
var kbTSV string

//go:embed data/places_fr.tsv
var placesTSV string

// kbEntry is one thing the bundled data knows: a country, city, region,
// organisation or well-known person.
type kbEntry struct {
	Type, QID, Name string
	ISO             string // countries only
	// Names are the entry's names in every language the knowledge base
	// gives, which a linked entity carries as aliases whatever language
	// its article is in: "Putin" finds the Poutine of a French article.
	Names []string
}

// nameKind says how a gazetteer name was written, which decides how it may
// match: acronyms exactly, demonyms in any case, names with their capitals.
type nameKind uint8

const (
	kindName nameKind = iota
	kindAcronym
	kindDemonym
)

type gazOut struct {
	entry  int
	kind   nameKind
	caps   []bool // which tokens must be capitalised in the text
	exact  []string
	enOnly bool
	// contextual names are also words, first names or surnames ("Tours",
	// "Nancy", "Metz"): they are places only after a preposition of place
	// or a word that says what kind of place follows.
	contextual bool
	// titled names are a party's name that is also its voters' and
	// another country's party's ("Républicains"): only between a party
	// officer's title and a name (titledParty).
	titled bool
	// articled contextual names are areas French writes with an article,
	// which may stand between the name and its context word: "dans le
	// Var", "de l'Aude", "dans le Missouri".
	articled bool
	// contracted names are a body's name without its article ("Figaro"
	// of "Le Figaro"), which French fuses with a preposition: they match
	// only after the fused forms ("au Figaro", "du Parisien", "aux
	// Echos").
	contracted map[string]bool
}

// fusedLe and fusedLes are the prepositions French fuses with "le" and
// "les".
var (
	fusedLe  = map[string]bool{"au": true, "du": true}
	fusedLes = map[string]bool{"aux": true, "des": true}
)

type trieNode struct {
	next map[string]*trieNode
	out  []gazOut
}

// child returns the node under n for a folded token, adding it if new.
func (n *trieNode) child(norm string) *trieNode {
	if n.next == nil {
		n.next = map[string]*trieNode{}
	}
	c := n.next[norm]
	if c == nil {
		c = &trieNode{}
		n.next[norm] = c
	}
	return c
}

// gazetteer maps folded token sequences to knowledge-base entries.
type gazetteer struct {
	entries []kbEntry
	root    *trieNode
	iso     map[string]int
	places  int // entries from this index on come from places_fr.tsv
	// demonyms holds every demonym, folded, whatever country it names:
	// the last part of a compound one ("Franco-Américaine") is one.
	demonyms map[string]bool
}

// placeOnlyNames are the ambiguousNames that name the country after a
// preposition of place: not "Congo" (two countries), nor "Grenade" (a
// Spanish city as often).
var placeOnlyNames = map[string]bool{"maurice": true, "niger": true, "salvador": true}

// ambiguousNames are country names that are also common words or first
// names; they only match in longer forms ("île Maurice").
var ambiguousNames = map[string]bool{
	"maurice": true, "dominique": true, "grenade": true, "reunion": true, "salvador": true,
	"jersey": true, "congo": true, "man": true, "christmas": true, "norfolk": true, "bouvet": true,
	"georgia": true, "jordan": true, "chad": true, "turkey": true, "guinea": true, "niger": true,
	"dominica": true, "grenada": true, "mauritius": true, "guernsey": true, "wallis": true,
}

// preferredDemonym settles demonyms shared by several countries or
// territories ("américain": the United States, not American Samoa).
var preferredDemonym = map[string]bool{"US": true, "FR": true, "NL": true, "GB": true, "CN": true, "ES": true, "PT": true, "DK": true, "NZ": true, "AU": true, "NO": true, "FI": true}

func newGazetteer() (*gazetteer, error) {
	g := &gazetteer{root: &trieNode{}, iso: map[string]int{}, demonyms: map[string]bool{}}
	demonyms := map[string][]int{}
	sc := bufio.NewScanner(strings.NewReader(countriesTSV))
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 13 {
			return nil, fmt.Errorf("entities: countries_fr.tsv line %d: %d columns, want 13", line, len(f))
		}
		name := stripParen(f[4])
		if n, ok := displayNames[f[0]]; ok {
			name = n
		}
		idx := len(g.entries)
		g.entries = append(g.entries, kbEntry{Type: kg.GPE, QID: f[2], Name: name, ISO: f[0]})
		g.iso[f[0]] = idx
		names := []string{f[4], f[5], f[6], f[7]}
		names = append(names, strings.Split(f[11], "|")...)
		for _, n := range names {
			n = strings.TrimSpace(stripParen(n))
			if n == "" {
				continue
			}
			if ambiguousNames[text.Fold(n)] {
				if placeOnlyNames[text.Fold(n)] {
					// "au Niger", "à Maurice", "du Salvador": after a
					// preposition of place, the country.
					g.insert(n, gazOut{entry: idx, kind: kindName, contextual: true}, false)
					g.name(idx, n)
				}
				continue
			}
			if strings.HasPrefix(n, "Les ") {
				n = "l" + n[1:]
			}
			g.add(n, idx, kindName, false)
		}
		if en := strings.TrimSpace(f[3]); en != "" && !ambiguousNames[text.Fold(en)] {
			g.add(en, idx, kindName, true)
		}
		forms := []string{f[8], f[9], f[10]}
		forms = append(forms, strings.Split(f[12], "|")...)
		seen := map[string]bool{}
		for _, d := range forms {
			d = strings.TrimSpace(d)
			k := text.Fold(d)
			if d == "" || strings.ContainsAny(d, " ,()") || seen[k] || misreadDemonyms[k] == f[0] {
				continue
			}
			seen[k] = true
			demonyms[k] = append(demonyms[k], idx)
		}
	}
	for d, idxs := range demonyms {
		idx := idxs[0]
		if len(idxs) > 1 {
			idx = -1
			for _, i := range idxs {
				if preferredDemonym[g.entries[i].ISO] {
					idx = i
				}
			}
			if idx < 0 {
				continue
			}
		}
		g.add(d, idx, kindDemonym, false)
	}
	if err := g.loadKB(); err != nil {
		return nil, err
	}
	if err := g.loadPlaces(); err != nil {
		return nil, err
	}
	for name, n := range nations {
		idx := slices.IndexFunc(g.entries[g.places:], func(e kbEntry) bool { return e.Name == name })
		if idx < 0 {
			return nil, fmt.Errorf("entities: places_fr.tsv has no %q for its demonyms", name)
		}
		for _, d := range n.demonyms {
			g.add(d, g.places+idx, kindDemonym, false)
		}
		for _, a := range n.aliases {
			g.insert(a, gazOut{entry: g.places + idx, kind: kindName, contextual: true}, false)
		}
	}
	return g, nil
}

// displayNames are the names French news gives countries whose CLDR name
// it does not write: "R.A.S. chinoise de Hong Kong" is "Hong Kong".
var displayNames = map[string]string{"HK": "Hong Kong", "MO": "Macao", "VA": "Vatican",
	"CD": "République démocratique du Congo"}

// misreadDemonyms are demonyms the countries' source gives a country by
// mistake: "Gallois" (Welsh) for Wallis-et-Futuna, whose people are
// Wallisiens; "Américan" for the Northern Mariana Islands, which made
// "American Airlines" theirs.
var misreadDemonyms = map[string]string{"gallois": "WF", "american": "MP", "americaine": "MP", "americain": "MP", "americaines": "MP", "americains": "MP"}

// nations are the nations of the United Kingdom, no country of their own,
// with their demonyms ("a appelé les Ecossais à rester chez eux" addresses
// Scotland) and the names French news writes after a preposition ("le
// pays de Galles", "au pays de Galles": "Galles" after "de"). English is
// left out: "anglais" is as often the language.
var nations = map[string]struct{ demonyms, aliases []string }{
	"Écosse":          {demonyms: []string{"écossais", "écossaise", "écossaises"}},
	"Pays de Galles":  {demonyms: []string{"gallois", "galloise", "galloises"}, aliases: []string{"Galles"}},
	"Irlande du Nord": {demonyms: []string{"nord-irlandais", "nord-irlandaise", "nord-irlandaises"}},
}

// loadPlaces adds the places of data/places_fr.tsv (cmd/build-places):
// French communes, départements and régions, the world's cities and the
// first-level divisions of large countries. Names its ambiguous column
// lists match only in context.
func (g *gazetteer) loadPlaces() error {
	g.places = len(g.entries)
	for n, l := range strings.Split(placesTSV, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return fmt.Errorf("entities: places_fr.tsv line %d: %d columns, want 10", n+1, len(f))
		}
		contextual := map[string]bool{}
		for _, a := range strings.Split(f[8], "|") {
			contextual[a] = a != ""
		}
		area := articledKinds[f[5]]
		idx := len(g.entries)
		g.entries = append(g.entries, kbEntry{Type: f[0], Name: f[1]})
		g.insert(f[1], gazOut{entry: idx, kind: kindName, contextual: contextual[f[1]], articled: area && !compassAreas[text.Fold(f[1])]}, false)
		for _, a := range splitNonEmpty(f[2]) {
			g.insert(a, gazOut{entry: idx, kind: kindName, contextual: contextual[a], articled: area && !compassAreas[text.Fold(a)]}, false)
		}
		for _, a := range splitNonEmpty(f[3]) {
			g.insert(a, gazOut{entry: idx, kind: kindName, enOnly: true, contextual: contextual[a]}, false)
		}
	}
	return nil
}

// articledKinds are the kinds of places_fr.tsv whose names take an
// article; compassAreas are the vague ones among them ("dans l'Est"),
// left to need their context word right before.
var (
	articledKinds = set("departement", "region", "ancienne-region", "state")
	compassAreas  = set("est", "ouest", "sud", "sud-ouest", "sud-est", "nord-ouest", "nord-est", "centre")
)

func splitNonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func (g *gazetteer) loadKB() error {
	for n, l := range strings.Split(kbTSV, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < 3 {
			return fmt.Errorf("entities: kb.tsv line %d: %d columns, want 4", n+1, len(f))
		}
		var aliases []string
		if len(f) > 3 && f[3] != "" {
			aliases = strings.Split(f[3], "|")
		}
		if f[0] == "ALIAS_EN" { // English demonyms
			idx, ok := g.iso[f[1]]
			if !ok {
				return fmt.Errorf("entities: kb.tsv line %d: unknown country %q", n+1, f[1])
			}
			for _, a := range aliases {
				g.add(a, idx, kindDemonym, true)
			}
			continue
		}
		if f[0] == "ALIAS" {
			idx, ok := g.iso[f[1]]
			if !ok {
				return fmt.Errorf("entities: kb.tsv line %d: unknown country %q", n+1, f[1])
			}
			for _, a := range aliases {
				g.add(a, idx, kindName, false)
			}
			continue
		}
		idx := len(g.entries)
		g.entries = append(g.entries, kbEntry{Type: f[0], QID: f[1], Name: f[2]})
		g.add(f[2], idx, kindName, false)
		for _, a := range aliases {
			g.add(a, idx, kindName, false)
		}
		if f[0] == kg.Org {
			for _, a := range append([]string{f[2]}, aliases...) {
				g.addContracted(a, idx)
			}
		}
	}
	return nil
}

// unfused are the names whose fused form names something else as often:
// "des Républicains" are as often the American party's, "la Coupe du
// Monde" is no newspaper.
var unfused = map[string]bool{"Républicains": true, "Monde": true}

// addContracted adds a body's name that opens on "Le" or "Les" without
// it, to be matched after the prepositions French fuses with the article:
// "a-t-elle confié au Figaro" names Le Figaro.
func (g *gazetteer) addContracted(name string, entry int) {
	var after map[string]bool
	rest := ""
	switch {
	case strings.HasPrefix(name, "Le "):
		after, rest = fusedLe, name[len("Le "):]
	case strings.HasPrefix(name, "Les "):
		after, rest = fusedLes, name[len("Les "):]
	default:
		return
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return
	}
	if unfused[rest] {
		if rest == "Républicains" {
			// "le président des Républicains Christian Jacob": after a
			// title, before a name, the French party
			g.insert(rest, gazOut{entry: entry, kind: kindName, contracted: after, titled: true}, false)
		}
		return
	}
	g.insert(rest, gazOut{entry: entry, kind: kindName, contracted: after}, false)
}

func stripParen(s string) string {
	if i := strings.IndexByte(s, '('); i > 0 {
		return strings.TrimSpace(s[:i])
	}
	return strings.TrimSpace(s)
}

func (g *gazetteer) add(name string, entry int, kind nameKind, enOnly bool) {
	if kind == kindName {
		g.name(entry, name)
	}
	if kind == kindDemonym && !enOnly {
		g.demonyms[text.Fold(name)] = true
	}
	g.insert(name, gazOut{entry: entry, kind: kind, enOnly: enOnly}, false)
}

// addFirst adds a name of a user's entity ahead of any bundled entity
// spelled the same.
func (g *gazetteer) addFirst(name string, entry int) {
	g.name(entry, name)
	g.insert(name, gazOut{entry: entry, kind: kindName}, true)
}

// name records a name of a linked entry (one with a Wikidata id) for its
// aliases. A name in lower case ("les états-unis d'Amérique") is a form
// made for matching inside a sentence, not a name to show.
func (g *gazetteer) name(entry int, name string) {
	e := &g.entries[entry]
	if e.QID == "" || name == "" {
		return
	}
	if r, _ := utf8.DecodeRuneInString(name); unicode.IsLower(r) {
		return
	}
	if slices.Contains(e.Names, name) {
		return
	}
	e.Names = append(e.Names, name)
}

func (g *gazetteer) insert(name string, o gazOut, first bool) {
	toks := text.Tokenize(name)
	if len(toks) == 0 {
		return
	}
	o.caps = make([]bool, len(toks))
	if len(toks) == 1 && toks[0].Upper && o.kind == kindName {
		o.kind = kindAcronym
		o.exact = []string{toks[0].Text}
	}
	n := g.root
	for i, t := range toks {
		o.caps[i] = o.kind != kindDemonym && t.Cap
		n = n.child(t.Norm)
	}
	for _, prev := range n.out {
		if prev.entry == o.entry && prev.kind == o.kind {
			return
		}
	}
	if first {
		n.out = append([]gazOut{o}, n.out...)
		return
	}
	n.out = append(n.out, o)
}

// span is one gazetteer match over tokens [first, last).
type span struct {
	first, last int
	entry       int
	kind        nameKind
}

// longest returns the longest match starting at token i, not crossing end.
func (g *gazetteer) longest(toks []text.Token, i, end int, lang string) (span, bool) {
	best, found := span{}, false
	n := g.root
	for j := i; j < end; j++ {
		t := toks[j]
		if j > i && t.Newline {
			break
		}
		n = n.next[t.Norm]
		if n == nil {
			break
		}
		for _, o := range n.out {
			if !g.valid(o, toks[i:j+1], lang) || o.contextual && !placeContext(toks, i, o.articled) ||
				o.contracted != nil && (i == 0 || !o.contracted[toks[i-1].Norm]) || o.titled && !titledParty(toks, i, j+1) {
				continue
			}
			if !found || j+1 > best.last || (j+1 == best.last && o.kind < best.kind) {
				best, found = span{first: i, last: j + 1, entry: o.entry, kind: o.kind}, true
			}
		}
	}
	return best, found
}

// partyTitles are the last words of the titles a party's officer bears
// ("le président des Républicains", "secrétaire général des …").
var partyTitles = map[string]bool{"president": true, "presidente": true, "vice-president": true, "vice-presidente": true,
	"patron": true, "patronne": true, "chef": true, "cheffe": true, "general": true, "generale": true, "porte-parole": true,
	"depute": true, "deputee": true, "senateur": true, "senatrice": true, "eurodepute": true, "eurodeputee": true,
	"candidat": true, "candidate": true, "elu": true, "elue": true, "maire": true, "delegue": true, "deleguee": true,
	"tresorier": true, "tresoriere": true, "vice-presidents": true, "presidents": true, "deputes": true, "senateurs": true}

// titledParty reports whether the name at tokens [i, end), after its
// fused article, follows a party officer's title and comes before a
// name or the end of a phrase: "le président des Républicains Christian
// Jacob", "Christian Jacob, président des Républicains," — not "la
// majorité des Républicains au Sénat".
func titledParty(toks []text.Token, i, end int) bool {
	if i < 2 || !partyTitles[toks[i-2].Norm] {
		return false
	}
	if end >= len(toks) {
		return true
	}
	next := toks[end]
	return next.Text == "," || next.Text == "." || next.Text == ")" || next.Text == ";" || next.Cap && next.Kind == text.Word
}

// placeContexts are the words after which a name that is also a common
// word or a person's name is a place: "à Tours", "la ville de Nancy".
var placeContexts = map[string]bool{
	"a": true, "au": true, "en": true, "de": true, "d'": true, "du": true, "dans": true, "pres": true, "vers": true,
	"depuis": true, "ville": true, "commune": true, "departement": true, "region": true, "province": true,
	"etat": true, "prefecture": true, "in": true, "near": true, "city": true, "to": true, "from": true,
}

// surnameArticles are the articles French surnames open on ("Le Maire",
// "La Fontaine"), which writers put in lower case inside a full name.
var surnameArticles = map[string]bool{"le": true, "la": true}

// compass are the points a name's last word may be written in lower case
// ("la Corée du nord").
var compass = map[string]bool{"nord": true, "sud": true, "est": true, "ouest": true}

// placeContext reports whether the word before token i, or before its
// article for an articled name, makes a place of the name at i.
func placeContext(toks []text.Token, i int, articled bool) bool {
	if articled && i > 1 && placeArticles[toks[i-1].Norm] && !toks[i-1].Cap {
		// "dans le Var", "de l'Aude", "les Bouches-du-Rhône, le Var et
		// les Alpes-Maritimes": with its article in lower case, a
		// département's or a région's name is that place; "le Nord" only
		// after a place's word ("dans le Nord"), for "a exhorté le Nord"
		// may be North Korea.
		if toks[i].Norm != "nord" {
			return true
		}
		i--
	}
	if articled && i > 1 && i+1 < len(toks) && toks[i-1].Text == "(" && toks[i+1].Text == ")" && toks[i-2].Cap {
		return true // "Bormes-les-Mimosas (Var)": a town's département
	}
	return i > 0 && placeContexts[toks[i-1].Norm]
}

// placeArticles may stand between a place's context word and its name.
var placeArticles = set("le", "la", "l'", "les")

func (g *gazetteer) valid(o gazOut, toks []text.Token, lang string) bool {
	if o.enOnly && lang != "en" {
		return false
	}
	if o.kind == kindAcronym {
		return toks[0].Text == o.exact[0]
	}
	for k, t := range toks {
		if o.caps[k] && !t.Cap && !(k > 0 && compass[t.Norm]) && !(k > 0 && k < len(toks)-1 && surnameArticles[t.Norm] && g.entries[o.entry].Type == kg.Person) {
			// but "la Corée du nord", "le Soudan du sud", and a surname's
			// article in lower case: "Bruno le Maire", "Marine le Pen"
			return false
		}
	}
	if o.kind == kindDemonym {
		return true
	}
	// A one-word name must be written with a capital even if the alias is
	// lower case ("talibans" is the exception the alias spelling allows).
	return true
}
