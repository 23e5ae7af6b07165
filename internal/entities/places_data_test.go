package entities

import (
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/text"
)

// placeRow is one row of data/places_fr.tsv (written by cmd/build-places).
type placeRow struct {
	line             int
	typ, name        string
	aliases, english []string
	country, kind    string
	population       int
	id               string
	ambiguous, why   []string
}

func (r placeRow) names() []string {
	return append(append([]string{r.name}, r.aliases...), r.english...)
}

func splitBar(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func readPlaces(t *testing.T) []placeRow {
	t.Helper()
	b, err := os.ReadFile("data/places_fr.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > 2<<20 {
		t.Errorf("places_fr.tsv is %d bytes, want under 2 MB", len(b))
	}
	var rows []placeRow
	for n, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			t.Fatalf("line %d: %d columns, want 10: %q", n+1, len(f), l)
		}
		r := placeRow{line: n + 1, typ: f[0], name: f[1], aliases: splitBar(f[2]), english: splitBar(f[3]),
			country: f[4], kind: f[5], id: f[7], ambiguous: splitBar(f[8]), why: splitBar(f[9])}
		if f[6] != "" {
			if r.population, err = strconv.Atoi(f[6]); err != nil || r.population <= 0 {
				t.Errorf("line %d: population %q", n+1, f[6])
			}
		}
		rows = append(rows, r)
	}
	if len(rows) < 3000 {
		t.Fatalf("%d places, want thousands", len(rows))
	}
	return rows
}

var (
	placeKinds = map[string]bool{
		"commune": true, "prefecture": true, "departement": true, "region": true, "ancienne-region": true, "collectivite": true,
		"city": true, "capital": true, "state": true, "province": true, "land": true, "canton": true, "community": true,
		"nation": true, "oblast": true, "voivodeship": true, "subject": true, "governorate": true,
	}
	placeID    = regexp.MustCompile(`^(insee:[0-9AB]{5}|insee-dep:[0-9AB]{2,3}|insee-reg:[0-9]{2}|insee-reg2015:[0-9]{2}|insee-com:[0-9]{3}|geonames:[0-9]+|iso:[A-Z]{2}-[A-Z0-9]{1,3})$`)
	isoCountry = regexp.MustCompile(`^[A-Z]{2}$`)
)

func TestPlacesParse(t *testing.T) {
	for _, r := range readPlaces(t) {
		if r.typ != "GPE" && r.typ != "LOC" {
			t.Errorf("line %d: type %q", r.line, r.typ)
		}
		if !isoCountry.MatchString(r.country) || !placeKinds[r.kind] || !placeID.MatchString(r.id) {
			t.Errorf("line %d: country %q, kind %q, id %q", r.line, r.country, r.kind, r.id)
		}
		for _, n := range r.names() {
			if strings.TrimSpace(n) != n || n == "" || len(text.Tokenize(n)) == 0 {
				t.Errorf("line %d: name %q", r.line, n)
			}
		}
		if len(r.ambiguous) != len(r.why) {
			t.Errorf("line %d: %d ambiguous names, %d reasons", r.line, len(r.ambiguous), len(r.why))
		}
		for _, a := range r.ambiguous {
			if !slices.Contains(r.names(), a) {
				t.Errorf("line %d: ambiguous %q is none of the row's names", r.line, a)
			}
		}
	}
}

// placeKey is how the gazetteer sees a name: its folded tokens.
func placeKey(s string) string {
	var b strings.Builder
	for i, tok := range text.Tokenize(s) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tok.Norm)
	}
	return b.String()
}

func TestPlacesNoDuplicateWithinCountry(t *testing.T) {
	seen := map[string]int{}
	for _, r := range readPlaces(t) {
		for _, n := range r.names() {
			k := r.country + " " + placeKey(n)
			if prev, dup := seen[k]; dup && prev != r.line {
				t.Errorf("line %d: %q (%s) already on line %d", r.line, n, r.country, prev)
			}
			seen[k] = r.line
		}
	}
}

// TestPlacesNotInBundledData checks that no name of places_fr.tsv is one
// the gazetteer already has from countries_fr.tsv or kb.tsv.
func TestPlacesNotInBundledData(t *testing.T) {
	g, err := newGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range readPlaces(t) {
		for _, n := range r.names() {
			node := g.root
			for _, tok := range text.Tokenize(n) {
				if node = node.next[tok.Norm]; node == nil {
					break
				}
			}
			if node == nil {
				continue
			}
			for _, o := range node.out {
				// The places' own entries come after the rest of the data.
				if e := g.entries[o.entry]; e.QID != "" || e.ISO != "" || o.entry < g.places {
					t.Errorf("line %d: %q is already %q in the bundled data", r.line, n, e.Name)
					break
				}
			}
		}
	}
}

func TestPlacesThresholds(t *testing.T) {
	for _, r := range readPlaces(t) {
		switch {
		case r.kind == "commune" && r.population < 20000:
			t.Errorf("line %d: commune %s has %d people, and is no préfecture", r.line, r.name, r.population)
		case r.kind == "city" && r.population < 150000:
			t.Errorf("line %d: city %s has %d people, and is no capital", r.line, r.name, r.population)
		case (r.kind == "commune" || r.kind == "prefecture") && (r.country != "FR" || !strings.HasPrefix(r.id, "insee:")):
			t.Errorf("line %d: commune %s in %s, id %s", r.line, r.name, r.country, r.id)
		}
	}
}

func TestPlacesKnownEntries(t *testing.T) {
	rows := readPlaces(t)
	tests := []struct {
		name, country, kind string
		alias, english      string // one of its other names, if given
		ambiguous           string // why it must match in context only, "" for never
	}{
		{name: "Rennes", country: "FR", kind: "prefecture"},
		{name: "Isère", country: "FR", kind: "departement"},
		{name: "Seine-Saint-Denis", country: "FR", kind: "departement", alias: "Seine Saint Denis"},
		{name: "Le Havre", country: "FR", kind: "commune", alias: "Havre"},
		{name: "Auvergne-Rhône-Alpes", country: "FR", kind: "region"},
		{name: "Rhône-Alpes", country: "FR", kind: "ancienne-region"},
		{name: "Midi-Pyrénées", country: "FR", kind: "ancienne-region"},
		{name: "Tours", country: "FR", kind: "prefecture", ambiguous: "word"},
		{name: "Nancy", country: "FR", kind: "prefecture", ambiguous: "first-name"},
		{name: "Orange", country: "FR", kind: "commune", ambiguous: "company+word"},
		{name: "Minnesota", country: "US", kind: "state"},
		{name: "Californie", country: "US", kind: "state", english: "California"},
		{name: "Floride", country: "US", kind: "state"},
		{name: "Texas", country: "US", kind: "state"},
		{name: "État de New York", country: "US", kind: "state"},
		{name: "Philadelphie", country: "US", kind: "city", english: "Philadelphia"},
		{name: "Bavière", country: "DE", kind: "land", english: "Bavaria"},
		{name: "Cologne", country: "DE", kind: "city", english: "Köln"},
		{name: "Lombardie", country: "IT", kind: "region", english: "Lombardy"},
		{name: "Catalogne", country: "ES", kind: "community"},
		{name: "Ontario", country: "CA", kind: "province"},
		{name: "Québec", country: "CA", kind: "province"},
		{name: "Flandre", country: "BE", kind: "region"},
		{name: "Écosse", country: "GB", kind: "nation", english: "Scotland"},
		{name: "Vaud", country: "CH", kind: "canton"},
		{name: "Nord-Kivu", country: "CD", kind: "province"},
		{name: "Tchétchénie", country: "RU", kind: "subject"},
		{name: "oblast de Donetsk", country: "UA", kind: "oblast"},
		{name: "Donetsk", country: "UA", kind: "city"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := slices.IndexFunc(rows, func(r placeRow) bool { return r.name == tt.name && r.country == tt.country })
			if i < 0 {
				t.Fatalf("no %s in %s", tt.name, tt.country)
			}
			r := rows[i]
			if r.typ != "GPE" || r.kind != tt.kind {
				t.Errorf("%s: type %s, kind %s, want GPE, %s", tt.name, r.typ, r.kind, tt.kind)
			}
			if tt.alias != "" && !slices.Contains(r.aliases, tt.alias) {
				t.Errorf("%s: aliases %q, want %q among them", tt.name, r.aliases, tt.alias)
			}
			if tt.english != "" && !slices.Contains(r.english, tt.english) {
				t.Errorf("%s: English names %q, want %q among them", tt.name, r.english, tt.english)
			}
			why := ""
			if j := slices.Index(r.ambiguous, tt.name); j >= 0 {
				why = r.why[j]
			}
			if why != tt.ambiguous {
				t.Errorf("%s: ambiguous %q, want %q", tt.name, why, tt.ambiguous)
			}
		})
	}
}
