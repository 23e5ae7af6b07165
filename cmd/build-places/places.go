package main

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/text"
)

// Selection thresholds (see README.md).
const (
	minCommune = 20000  // French communes, préfectures aside
	minCity    = 150000 // world cities, capitals aside
)

// frenchTerritories are ISO 3166-1 codes GeoNames gives French overseas
// territories, whose communes come from INSEE instead.
var frenchTerritories = map[string]bool{
	"GP": true, "MQ": true, "GF": true, "RE": true, "YT": true, "PM": true,
	"BL": true, "MF": true, "WF": true, "PF": true, "NC": true, "TF": true,
}

// depISO and regISO give the ISO 3166-1 code of the French overseas
// départements and collectivités, and of the overseas régions, by INSEE
// code: where countries_fr.tsv lists them as countries they are left to it.
var (
	depISO = map[string]string{
		"971": "GP", "972": "MQ", "973": "GF", "974": "RE", "976": "YT",
		"975": "PM", "977": "BL", "978": "MF", "984": "TF", "986": "WF", "987": "PF", "988": "NC",
	}
	regISO = map[string]string{"01": "GP", "02": "MQ", "03": "GF", "04": "RE", "06": "YT"}
)

// role is how a name belongs to a place; the lower wins a contested name.
type role uint8

const (
	primary role = iota
	alias
	english
)

type name struct {
	text string
	role role
	base string // the name this one is a variant of ("Havre" of "Le Havre")
}

// place is one row of places_fr.tsv.
type place struct {
	Type       string
	Country    string
	Kind       string
	Population int
	ID         string
	names      []name // names[0] is the French name once resolved
	overseas   bool
	sameAs     string // the country of countries_fr.tsv this place is
	Ambiguous  []string
	Why        []string
}

func (p *place) add(s string, r role) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	p.names = append(p.names, name{text: s, role: r})
}

// Name, Aliases and English split the resolved names by role.
func (p *place) Name() string { return p.names[0].text }

func (p *place) Aliases() []string { return p.byRole(alias) }

func (p *place) English() []string { return p.byRole(english) }

func (p *place) byRole(r role) []string {
	var out []string
	for _, n := range p.names[1:] {
		if n.role == r {
			out = append(out, n.text)
		}
	}
	return out
}

func (p *place) String() string {
	return fmt.Sprintf("%s (%s %s %s)", p.names[0].text, p.Country, p.Kind, p.ID)
}

type result struct {
	places     []*place
	overlaps   []string
	collisions []string
	unusedHand []string // entries of ambiguous.tsv that name no place
}

// key is how the recogniser's gazetteer sees a name: its folded tokens.
func key(s string) string {
	toks := text.Tokenize(s)
	norms := make([]string, len(toks))
	for i, t := range toks {
		norms[i] = t.Norm
	}
	return strings.Join(norms, " ")
}

func build(in *inputs) (result, error) {
	var places []*place
	fr, err := in.francePlaces()
	if err != nil {
		return result{}, err
	}
	places = append(places, fr...)
	cities, err := in.worldCities()
	if err != nil {
		return result{}, err
	}
	places = append(places, cities...)
	divs, err := in.divisionPlaces()
	if err != nil {
		return result{}, err
	}
	places = append(places, divs...)
	for _, p := range places {
		addVariants(p)
	}
	res := result{}
	places = res.dropKnown(in, places)
	places = res.resolve(places)
	written := map[string]bool{}
	for _, p := range places {
		for _, n := range p.names {
			written[key(n.text)] = true
			if why := in.why(n.text); why != "" {
				p.Ambiguous = append(p.Ambiguous, n.text)
				p.Why = append(p.Why, why)
			}
		}
	}
	sort.Slice(places, func(i, j int) bool {
		a, b := places[i], places[j]
		return cmp.Or(cmp.Compare(a.Country, b.Country), cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(key(a.Name()), key(b.Name())), cmp.Compare(a.ID, b.ID)) < 0
	})
	res.places = places
	for k := range in.hand {
		if !written[k] {
			res.unusedHand = append(res.unusedHand, k)
		}
	}
	sort.Strings(res.unusedHand)
	sort.Strings(res.overlaps)
	sort.Strings(res.collisions)
	return res, nil
}

// francePlaces selects the communes, départements, régions and overseas
// collectivités of INSEE's code, and the régions before 2016.
func (in *inputs) francePlaces() ([]*place, error) {
	prefectures := map[string]bool{}
	for _, d := range in.departements {
		prefectures[d.ChefLieu] = true
	}
	depPop, regPop := map[string]int{}, map[string]int{}
	var out []*place
	for _, c := range in.communes {
		if c.Type != "commune-actuelle" {
			continue
		}
		depPop[c.Dep] += c.Population
		regPop[c.Region] += c.Population
		if c.Population < minCommune && !prefectures[c.Code] {
			continue
		}
		kind := "commune"
		if prefectures[c.Code] {
			kind = "prefecture"
		}
		p := &place{Type: "GPE", Country: "FR", Kind: kind, Population: c.Population, ID: "insee:" + c.Code, overseas: c.Zone != "metro"}
		p.add(c.Name, primary)
		out = append(out, p)
	}
	for _, d := range in.departements {
		kind, id := "departement", "insee-dep:"+d.Code
		if d.Zone == "com" {
			kind, id = "collectivite", "insee-com:"+d.Code
		}
		p := &place{Type: "GPE", Country: "FR", Kind: kind, Population: depPop[d.Code], ID: id, overseas: d.Zone != "metro"}
		p.add(d.Name, primary)
		if iso := depISO[d.Code]; in.countries[iso] {
			p.sameAs = iso
		}
		out = append(out, p)
	}
	byReg := map[string]*place{}
	for _, r := range in.regions {
		if r.Zone == "com" { // the same collectivités as in departements.json
			continue
		}
		p := &place{Type: "GPE", Country: "FR", Kind: "region", Population: regPop[r.Code], ID: "insee-reg:" + r.Code, overseas: r.Zone != "metro"}
		p.add(r.Name, primary)
		if iso := regISO[r.Code]; in.countries[iso] {
			p.sameAs = iso
		}
		byReg[r.Code] = p
		out = append(out, p)
	}
	for _, r := range in.france {
		switch r.Kind {
		case "region":
			p := byReg[r.Code]
			if p == nil || p.Name() != r.Name {
				return nil, fmt.Errorf("france.tsv: no région %s named %q in INSEE's code", r.Code, r.Name)
			}
			for _, a := range r.Aliases {
				p.add(a, alias)
			}
			for _, e := range r.English {
				p.add(e, english)
			}
		case "ancienne-region":
			p := &place{Type: "GPE", Country: "FR", Kind: r.Kind, ID: "insee-reg2015:" + r.Code}
			for _, d := range r.Deps {
				if _, ok := depPop[d]; !ok {
					return nil, fmt.Errorf("france.tsv: %s: unknown département %s", r.Name, d)
				}
				p.Population += depPop[d]
			}
			p.add(r.Name, primary)
			for _, a := range r.Aliases {
				p.add(a, alias)
			}
			for _, e := range r.English {
				p.add(e, english)
			}
			out = append(out, p)
		default:
			return nil, fmt.Errorf("france.tsv: unknown kind %q", r.Kind)
		}
	}
	return out, nil
}

// worldCities selects GeoNames cities of at least minCity people, and
// capitals, outside France; French names come from cities_fr.tsv.
func (in *inputs) worldCities() ([]*place, error) {
	type ck struct{ country, name string }
	best := map[ck]int{}
	for i, c := range in.cities {
		k := ck{c.Country, c.Name}
		if j, ok := best[k]; !ok || c.Population > in.cities[j].Population {
			best[k] = i
		}
	}
	exo := map[int]exonym{}
	for _, e := range in.exonyms {
		i, ok := best[ck{e.Country, e.GeoName}]
		if !ok {
			return nil, fmt.Errorf("cities_fr.tsv: no GeoNames city %q in %s", e.GeoName, e.Country)
		}
		if _, dup := exo[i]; dup {
			return nil, fmt.Errorf("cities_fr.tsv: %s %s listed twice", e.Country, e.GeoName)
		}
		c := in.cities[i]
		if c.Population < minCity && c.Feature != "PPLC" {
			return nil, fmt.Errorf("cities_fr.tsv: %s %s has %d people, below the threshold of %d: remove it", e.Country, e.GeoName, c.Population, minCity)
		}
		exo[i] = e
	}
	var out []*place
	for i, c := range in.cities {
		// PPLX are sections of cities ("Sector 1", "Latina", "Carrefour"):
		// news names the city.
		if c.Country == "FR" || frenchTerritories[c.Country] || !strings.HasPrefix(c.Feature, "PPL") || c.Feature == "PPLX" {
			continue
		}
		if c.Population < minCity && c.Feature != "PPLC" {
			continue
		}
		kind := "city"
		if c.Feature == "PPLC" {
			kind = "capital"
		}
		p := &place{Type: "GPE", Country: c.Country, Kind: kind, Population: c.Population, ID: "geonames:" + strconv.FormatInt(c.ID, 10)}
		if e, ok := exo[i]; ok {
			p.add(e.Name, primary)
			for _, a := range e.Aliases {
				p.add(a, alias)
			}
			p.add(c.Name, english)
		} else {
			p.add(c.Name, primary)
		}
		out = append(out, p)
	}
	return out, nil
}

// longForm matches a division name made of a head noun and the name proper
// ("Oblast de Donetsk", "Canton des Grisons", "État du Mississippi").
var longForm = regexp.MustCompile(`^(?i:(État|Etat|Région|Canton|Province|Oblast|Kraï|Voïvodie|Gouvernorat|Wilaya|Communauté|Préfecture|République|Land))( de la | de l'| de l’| du | des | de | d'| d’)(\p{Lu}.*)$`)

// keepCapital are heads French writes with a capital in a long form.
var keepCapital = map[string]bool{"état": true, "etat": true, "land": true, "république": true}

// englishSuffix is the generic word English names of divisions end with.
var englishSuffix = regexp.MustCompile(` (Province|Governorate|State|Oblast|Voivodeship|Prefecture|Krai)$`)

// divisionPlaces selects the first-level divisions of the countries of
// divisions.tsv, named by divisions_fr.tsv, else by iso3166-2-db.
func (in *inputs) divisionPlaces() ([]*place, error) {
	used := map[string]bool{}
	var out []*place
	for _, dc := range in.divCountries {
		divs, ok := in.divisions[dc.Country]
		if !ok {
			return nil, fmt.Errorf("divisions.tsv: no country %s in iso3166-2-db", dc.Country)
		}
		for _, d := range divs {
			code := dc.Country + "-" + d.ISO
			p := &place{Type: "GPE", Country: dc.Country, Kind: dc.Kind, ID: "iso:" + code}
			fr := cmp.Or(d.Names["fr"], d.Names["en"])
			if o, ok := in.overrides[code]; ok {
				used[code] = true
				if o.Name == "-" {
					continue
				}
				p.add(o.Name, primary)
				for _, a := range o.Aliases {
					p.add(a, alias)
				}
				for _, e := range o.English {
					p.add(e, english)
				}
			} else if m := longForm.FindStringSubmatch(fr); m != nil {
				head := m[1]
				if !keepCapital[strings.ToLower(head)] {
					head = strings.ToLower(head)
				}
				p.add(m[3], primary)
				p.add(head+m[2]+m[3], alias)
			} else {
				p.add(fr, primary)
			}
			for _, e := range []string{d.Names["en"], d.Names["geonames"]} {
				p.add(e, english)
				if m := englishSuffix.FindStringIndex(e); m != nil {
					p.add(e[:m[0]], english)
				}
			}
			out = append(out, p)
		}
	}
	for code := range in.overrides {
		if !used[code] {
			return nil, fmt.Errorf("divisions_fr.tsv: %s is no division of a country in divisions.tsv", code)
		}
	}
	return out, nil
}

// addVariants adds the forms French news writes a name in: without its
// article ("au Havre", "du Mans") and without hyphens.
func addVariants(p *place) {
	var extra []name
	for _, n := range p.names {
		if n.role == english {
			continue
		}
		for _, art := range []string{"Le ", "La ", "Les ", "L'", "L’"} {
			if rest, ok := strings.CutPrefix(n.text, art); ok && startsUpper(rest) {
				extra = append(extra, name{rest, alias, cmp.Or(n.base, n.text)})
			}
		}
		if strings.Contains(n.text, "-") {
			extra = append(extra, name{strings.ReplaceAll(n.text, "-", " "), alias, cmp.Or(n.base, n.text)})
		}
	}
	p.names = append(p.names, extra...)
	dedupe(p)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// dedupe keeps the first of the names of p that fold alike.
func dedupe(p *place) {
	seen := map[string]bool{}
	out := p.names[:0]
	for _, n := range p.names {
		k := key(n.text)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	p.names = out
}

// promote makes the best remaining French name the French name, after p
// lost its own; it reports false when p has none left (an English name
// alone, "Baghdad Governorate", does not make a French entry).
func promote(p *place) bool {
	best := -1
	for i, n := range p.names {
		if n.role != english && (best < 0 || n.role < p.names[best].role) {
			best = i
		}
	}
	if best < 0 {
		return false
	}
	n := p.names[best]
	p.names = append([]name{{n.text, primary, ""}}, slices.Delete(slices.Clone(p.names), best, best+1)...)
	return true
}

// dropKnown removes the names kb.tsv or countries_fr.tsv already give, so
// that the loader sees each name once. A city whose French name is there
// is the bundled entry itself and goes; a division keeps its other names
// ("État de Géorgie"), and goes when none is left.
func (res *result) dropKnown(in *inputs, places []*place) []*place {
	out := places[:0]
	for _, p := range places {
		before := p.String()
		if p.sameAs != "" {
			res.overlaps = append(res.overlaps, fmt.Sprintf("%s: the country %s of countries_fr.tsv: left out", before, p.sameAs))
			continue
		}
		kept := p.names[:0]
		var lost []string
		lostPrimary := false
		for _, n := range p.names {
			file := cmp.Or(in.known[key(n.text)], in.known[key(n.base)])
			if n.base == "" {
				file = in.known[key(n.text)]
			}
			if file != "" {
				lost = append(lost, fmt.Sprintf("%q (%s)", n.text, file))
				lostPrimary = lostPrimary || n.role == primary
				continue
			}
			kept = append(kept, n)
		}
		if len(lost) == 0 {
			out = append(out, p)
			continue
		}
		p.names = kept
		what := "left out"
		switch {
		case lostPrimary && kindRank(p.Kind) == 0:
			if len(kept) > 0 {
				what = "left out, other names " + quoteNames(kept)
			}
		case !lostPrimary || promote(p):
			what = "kept as " + p.String()
			out = append(out, p)
		}
		res.overlaps = append(res.overlaps, fmt.Sprintf("%s: %s: %s", before, strings.Join(lost, ", "), what))
	}
	return out
}

func quoteNames(ns []name) string {
	q := make([]string, len(ns))
	for i, n := range ns {
		q[i] = strconv.Quote(n.text)
	}
	return strings.Join(q, ", ")
}

// kindRank orders the kinds for a name two places of a country share: a
// city keeps it before the division named after it.
func kindRank(kind string) int {
	switch kind {
	case "commune", "prefecture", "city", "capital":
		return 0
	case "ancienne-region":
		return 2
	}
	return 1
}

// resolve gives each name shared by places of one country to one of them:
// as French name before alias before English name, city before division,
// mainland before overseas, more people before fewer.
func (res *result) resolve(places []*place) []*place {
	type owner struct {
		p *place
		r role
	}
	owners := map[string][]owner{}
	for _, p := range places {
		for _, n := range p.names {
			k := p.Country + "\t" + key(n.text)
			owners[k] = append(owners[k], owner{p, n.role})
		}
	}
	b2i := func(b bool) int {
		if b {
			return 1
		}
		return 0
	}
	lost := map[*place]map[string]bool{}
	for k, ows := range owners {
		if len(ows) < 2 {
			continue
		}
		slices.SortFunc(ows, func(a, b owner) int {
			return cmp.Or(cmp.Compare(a.r, b.r),
				cmp.Compare(kindRank(a.p.Kind), kindRank(b.p.Kind)), cmp.Compare(b2i(a.p.overseas), b2i(b.p.overseas)),
				cmp.Compare(b.p.Population, a.p.Population), cmp.Compare(a.p.ID, b.p.ID))
		})
		for _, o := range ows[1:] {
			if lost[o.p] == nil {
				lost[o.p] = map[string]bool{}
			}
			lost[o.p][k[strings.IndexByte(k, '\t')+1:]] = true
			res.collisions = append(res.collisions, fmt.Sprintf("%s: %q goes to %s", o.p, nameOf(o.p, k), ows[0].p))
		}
	}
	out := places[:0]
	for _, p := range places {
		l := lost[p]
		if l == nil {
			out = append(out, p)
			continue
		}
		before := p.String()
		kept := p.names[:0]
		lostPrimary := false
		for _, n := range p.names {
			if l[key(n.text)] {
				lostPrimary = lostPrimary || n.role == primary
				continue
			}
			kept = append(kept, n)
		}
		p.names = kept
		if lostPrimary && !promote(p) {
			res.collisions = append(res.collisions, fmt.Sprintf("%s: left out, no name of its own", before))
			continue
		}
		out = append(out, p)
	}
	return out
}

func nameOf(p *place, k string) string {
	k = k[strings.IndexByte(k, '\t')+1:]
	for _, n := range p.names {
		if key(n.text) == k {
			return n.text
		}
	}
	return k
}

// why says why a name must match only in context ("à X", "de X", "la
// ville de X"), or "" when it may match alone: see README.md.
func (in *inputs) why(s string) string {
	var r []string
	k := key(s)
	if h := in.hand[k]; h != "" {
		r = append(r, h)
	}
	toks := text.Tokenize(s)
	if len(toks) == 1 {
		c := in.casing[k]
		if n := c[0] + c[1]; n >= 5 && c[0]*10 >= n {
			r = append(r, "word")
		}
		if in.firstNames[k] {
			r = append(r, "first-name")
		}
		if in.surnames[k] {
			r = append(r, "surname")
		}
		if utf8.RuneCountInString(k) <= 3 {
			r = append(r, "short")
		}
	}
	slices.Sort(r)
	return strings.Join(slices.Compact(r), "+")
}
