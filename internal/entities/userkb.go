package entities

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// KBEntity is one line of a user knowledge base, JSON Lines:
//
//	{"name": "Kaja Kallas", "type": "PERSON", "aliases": ["Kallas"], "wikidata": "Q3186200"}
//
// name and type are required; type is one of PERSON, ORG, GPE, LOC, NORP,
// MISC; aliases and wikidata are optional. A wikidata id the bundled
// knowledge base already holds adds the names to that entity instead of
// making a second one. Blank lines and lines starting with # are skipped.
type KBEntity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases,omitempty"`
	Wikidata string   `json:"wikidata,omitempty"`
}

var qid = regexp.MustCompile(`^Q[1-9][0-9]*$`)

var kbTypes = map[string]bool{kg.Person: true, kg.Org: true, kg.GPE: true, kg.Loc: true, kg.NORP: true, kg.Misc: true}

// ReadKB reads a user knowledge base; name says where it comes from in
// errors.
func ReadKB(r io.Reader, name string) ([]KBEntity, error) {
	var out []KBEntity
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		var e KBEntity
		dec := json.NewDecoder(strings.NewReader(l))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			return nil, fmt.Errorf("%s:%d: %w (want {\"name\", \"type\", \"aliases\", \"wikidata\"})", name, line, err)
		}
		e.Name = strings.TrimSpace(e.Name)
		switch {
		case e.Name == "":
			return nil, fmt.Errorf("%s:%d: no name", name, line)
		case !kbTypes[e.Type]:
			return nil, fmt.Errorf("%s:%d: type %q: want PERSON, ORG, GPE, LOC, NORP or MISC", name, line, e.Type)
		case e.Wikidata != "" && !qid.MatchString(e.Wikidata):
			return nil, fmt.Errorf("%s:%d: wikidata %q is not an id like Q90", name, line, e.Wikidata)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// NewWithKB is New plus the entities of a user knowledge base, whose
// names win over bundled ones spelled the same.
func NewWithKB(kb []KBEntity) (*Recognizer, error) {
	r, err := New()
	if err != nil {
		return nil, err
	}
	g := r.gaz
	byQID := map[string]int{}
	for i, e := range g.entries {
		if e.QID != "" {
			byQID[e.QID] = i
		}
	}
	for _, e := range kb {
		idx, ok := -1, false
		if e.Wikidata != "" {
			idx, ok = byQID[e.Wikidata]
		}
		if !ok {
			idx = len(g.entries)
			g.entries = append(g.entries, kbEntry{Type: e.Type, QID: e.Wikidata, Name: e.Name})
			if e.Wikidata != "" {
				byQID[e.Wikidata] = idx
			}
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if n = strings.TrimSpace(n); n != "" {
				g.addFirst(n, idx)
			}
		}
	}
	return r, nil
}
