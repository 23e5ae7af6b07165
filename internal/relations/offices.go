package relations

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/text"
)

//go:embed data/offices.tsv
var officesTSV string

// ruleOfficeRole is a definite description of an office ("le chef de
// l'État", "l'ancien président de la République") resolved through
// data/offices.tsv to its holder on the day of publication, whom the
// article names: the holder holds the title as written.
const ruleOfficeRole = "office-role"

// term is one holder's time in an office (folded office and country).
type term struct {
	office, country string
	names           []string // folded
	from, to        string   // YYYY-MM-DD; to "" while in office
}

// readOffices parses data/offices.tsv.
func readOffices(src string) ([]term, error) {
	var out []term
	for i, line := range strings.Split(src, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 || f[0] == "" || f[1] == "" || f[2] == "" || f[3] == "" {
			return nil, fmt.Errorf("offices.tsv:%d: want office, country, holder, from and to, tab-separated", i+1)
		}
		for _, d := range f[3:] {
			if _, ok := ParseDay(d); d != "" && !ok {
				return nil, fmt.Errorf("offices.tsv:%d: %q is not a YYYY-MM-DD day", i+1, d)
			}
		}
		if f[4] != "" && f[4] < f[3] {
			return nil, fmt.Errorf("offices.tsv:%d: the term ends before it starts", i+1)
		}
		t := term{office: text.Fold(f[0]), country: text.Fold(f[1]), from: f[3], to: f[4]}
		for _, n := range strings.Split(f[2], "|") {
			t.names = append(t.names, text.Fold(n))
		}
		out = append(out, t)
	}
	return out, nil
}

// officeName is an office a description names, and the country the
// description implies ("" any, the country its words state).
type officeName struct {
	office, country string
	// needsCountry: the office by this name exists in many places
	// ("le secrétaire d'État" is a junior minister in France).
	needsCountry bool
}

// officeNames are the folded descriptions of the offices of
// data/offices.tsv, feminine forms with them.
var officeNames = map[string]officeName{
	"president":                                         {office: "president"},
	"presidente":                                        {office: "president"},
	"chef de l'etat":                                    {office: "president"},
	"president de la republique":                        {office: "president", country: "france"},
	"presidente de la republique":                       {office: "president", country: "france"},
	"locataire de l'elysee":                             {office: "president", country: "france"},
	"hote de l'elysee":                                  {office: "president", country: "france"},
	"locataire de la maison blanche":                    {office: "president", country: "etats-unis"},
	"hote de la maison blanche":                         {office: "president", country: "etats-unis"},
	"premier ministre":                                  {office: "premier ministre"},
	"premiere ministre":                                 {office: "premier ministre"},
	"chef du gouvernement":                              {office: "premier ministre"},
	"cheffe du gouvernement":                            {office: "premier ministre"},
	"locataire de matignon":                             {office: "premier ministre", country: "france"},
	"hote de matignon":                                  {office: "premier ministre", country: "france"},
	"ministre de l'interieur":                           {office: "ministre de l'interieur"},
	"locataire de la place beauvau":                     {office: "ministre de l'interieur", country: "france"},
	"locataire de beauvau":                              {office: "ministre de l'interieur", country: "france"},
	"ministre des affaires etrangeres":                  {office: "ministre des affaires etrangeres"},
	"ministre de l'europe et des affaires etrangeres":   {office: "ministre des affaires etrangeres", country: "france"},
	"chef de la diplomatie":                             {office: "ministre des affaires etrangeres"},
	"cheffe de la diplomatie":                           {office: "ministre des affaires etrangeres"},
	"ministre de l'economie":                            {office: "ministre de l'economie"},
	"ministre de l'economie et des finances":            {office: "ministre de l'economie"},
	"locataire de bercy":                                {office: "ministre de l'economie", country: "france"},
	"ministre de la sante":                              {office: "ministre de la sante"},
	"ministre des solidarites et de la sante":           {office: "ministre de la sante", country: "france"},
	"ministre de la justice":                            {office: "ministre de la justice"},
	"garde des sceaux":                                  {office: "ministre de la justice", country: "france"},
	"chancelier":                                        {office: "chancelier"},
	"chanceliere":                                       {office: "chancelier"},
	"secretaire d'etat":                                 {office: "secretaire d'etat", needsCountry: true},
	"president de la chambre des representants":         {office: "president de la chambre des representants", country: "etats-unis"},
	"presidente de la chambre des representants":        {office: "president de la chambre des representants", country: "etats-unis"},
	"vice-president":                                    {office: "vice-president", needsCountry: true},
	"vice-presidente":                                   {office: "vice-president", needsCountry: true},
	"secretaire general":                                {office: "secretaire general", needsCountry: true},
	"secretaire generale":                               {office: "secretaire general", needsCountry: true},
	"delegue general":                                   {office: "delegue general", needsCountry: true},
	"roi":                                               {office: "roi", needsCountry: true},
	"reine":                                             {office: "reine", needsCountry: true},
	"reine d'angleterre":                                {office: "reine", country: "royaume-uni"},
	"maire":                                             {office: "maire", needsCountry: true},
	"porte-parole du gouvernement":                      {office: "porte-parole du gouvernement"},
	"ministre des armees":                               {office: "ministre des armees"},
	"ministre de la defense":                            {office: "ministre des armees", country: "france"},
	"ministre de l'education nationale":                 {office: "ministre de l'education nationale"},
	"ministre de l'education":                           {office: "ministre de l'education nationale", country: "france"},
	"ministre du travail":                               {office: "ministre du travail"},
	"ministre de la culture":                            {office: "ministre de la culture"},
	"ministre de la transition ecologique":              {office: "ministre de la transition ecologique"},
	"ministre de la transition ecologique et solidaire": {office: "ministre de la transition ecologique", country: "france"},
	"ministre de l'agriculture":                         {office: "ministre de l'agriculture"},
	"ministre des finances":                             {office: "ministre des finances"},
}

// trimFormer returns a folded title without the word of formerPrefixes
// it begins with, and whether it had one.
func trimFormer(title string) (string, bool) {
	for _, p := range formerPrefixes {
		if rest, ok := strings.CutPrefix(title, p); ok {
			return rest, true
		}
	}
	return title, false
}

// bodies are the places of data/offices.tsv that are no state: their
// offices are meant only when the description names the body ("le
// président du Sénat").
var bodies = set("organisation des nations unies", "commission europeenne", "conseil europeen",
	"banque centrale europeenne", "assemblee nationale", "senat", "front national", "rassemblement national",
	"les republicains", "la republique en marche", "paris", "chambre des representants")

// formerPrefixes make a description name a past holder: "l'ancien
// président de la République", "l'ex-président du Brésil".
var formerPrefixes = []string{"ancien ", "ancienne ", "ex-", "ex "}

// officeComplement returns the office name that role r's title makes
// with the words after it ("président" and "de la République"), and how
// many words it takes; 0 when none does.
func (w *work) officeComplement(r *entities.Role, title string) (string, int) {
	if r.Last < 1 {
		return "", 0
	}
	for n := 3; n >= 1; n-- {
		end := r.Last + n - 1
		if end >= w.d.Sentences[r.Sentence].Last {
			continue
		}
		long := title + strings.ReplaceAll(text.Fold(w.d.Text[w.d.Tokens[r.Last-1].End:w.d.Tokens[end].End]), "’", "'")
		if _, ok := officeNames[long]; ok {
			return long, n
		}
	}
	return "", 0
}

// resolveOffices gives each definite description of an office that no
// person holds yet ("le chef de l'État a dénoncé …") the holder of that
// office on the day of publication, or for "ancien"/"ex-" a past holder,
// when the article names exactly one such person; a bare title ("le
// président") only when no one else in the article bears it. The
// description's units then stand for that person (quotations, events).
func (w *work) resolveOffices() {
	if !w.hasPub || len(w.x.offices) == 0 {
		return
	}
	day := w.pub.Format("2006-01-02")
	// Around a change of holder the news names both, and "le ministre"
	// may be either: no office changed hands in the fortnight before.
	recent := w.pub.AddDate(0, 0, -14).Format("2006-01-02")
	for i := range w.a.Roles {
		r := &w.a.Roles[i]
		if r.Person >= 0 || !r.Definite || r.Plural || r.Homologue || r.InQuote {
			continue
		}
		title := strings.ReplaceAll(text.Fold(r.Title), "’", "'")
		gender := titleGender(w.d.Tokens[r.First].Norm, title)
		title, former := trimFormer(title)
		for k := max(r.First-2, 0); k < r.Last && !former; k++ {
			// "l'ancien chef de l'État", the adjective outside the title
			n := w.d.Tokens[k].Norm
			former = n == "ancien" || n == "ancienne" || n == "ex" || strings.HasPrefix(n, "ex-")
		}
		for k := r.Last; k < min(r.Last+2, len(w.d.Tokens)) && !former; k++ {
			// "l'absence du président déchu"
			n := w.d.Tokens[k].Norm
			former = n == "dechu" || n == "dechue"
		}
		o, ok := officeNames[title]
		long, extended := w.officeComplement(r, title)
		if extended > 0 {
			// "le président de la République", the complement left out
			// of the title: the office it names
			o, ok, title = officeNames[long], true, long
		}
		if r.First > 0 && w.d.Tokens[r.First-1].Norm == "vice" || r.First > 1 && w.d.Tokens[r.First-1].Text == "-" && w.d.Tokens[r.First-2].Norm == "vice" {
			continue // "l'ancien vice-président de Barack Obama"
		}
		if !ok || extended == 0 && r.Country < 0 && r.Last < len(w.d.Tokens) && complementWords[w.d.Tokens[r.Last].Norm] && !w.markAt(r.Sentence, r.Last) {
			continue // "la présidente du RN": another office, its complement not read
		}
		if extended == 0 && r.Country < 0 && w.complementInPhrase(r, title) {
			continue // "le président de la Nation navajo": another office, its complement read into the phrase
		}
		country := o.country
		if r.Country >= 0 {
			c := text.Fold(w.a.Entities[r.Country].Name)
			if country != "" && c != country {
				continue
			}
			country = c
		}
		if country == "" && o.needsCountry {
			continue
		}
		holder := -1
		for _, t := range w.x.offices {
			if t.office != o.office || country != "" && t.country != country || country == "" && bodies[t.country] {
				continue // "le président" with no country is a state's, not the Senate's
			}
			e := w.personNamed(t.names)
			if e < 0 {
				continue
			}
			if !former && (t.from > recent && t.from <= day || t.to != "" && t.to > recent && t.to <= day) {
				holder = -2 // "le ministre de l'Intérieur" on the day of the handover, both named
				break
			}
			if former && (t.to == "" || t.to > day) || !former && (t.from > day || t.to != "" && t.to <= day) || e == holder {
				continue
			}
			if g := w.a.Entities[e].Gender; gender != 0 && g != 0 && g != gender {
				continue // "la Première ministre écossaise" is not Boris Johnson
			}
			if holder != -1 {
				if former && holder >= 0 {
					// "Alain Juppé a répondu. L'ancien Premier ministre …"
					// after François Fillon further up: the former holder
					// named in this sentence or the one before, alone.
					a, b := w.lastSentenceOf(holder, r.First), w.lastSentenceOf(e, r.First)
					switch {
					case a >= r.Sentence-1 && b < r.Sentence-1:
						continue
					case b >= r.Sentence-1 && a < r.Sentence-1:
						holder = e
						continue
					}
				}
				holder = -2 // two holders named: which is meant is not told
				break
			}
			holder = e
		}
		if holder < 0 || country == "" && w.otherBearer(i, r.Head, holder) {
			continue
		}
		r.Person = holder
		w.office[i] = true
		if extended > 0 {
			r.Title = w.d.Text[w.d.Tokens[r.First].Start:w.d.Tokens[r.Last+extended-1].End]
			r.Title = strings.TrimSpace(strings.TrimPrefix(r.Title, w.d.Tokens[r.First].Text)) // the article
			r.Last += extended
		}
		if _, said := trimFormer(text.Fold(r.Title)); former && !said {
			// "le président déchu", "l'ancien chef de l'État" with the
			// adjective outside the title: the role says it is past.
			if w.a.Entities[holder].Gender == 'f' {
				r.Title = "ancienne " + r.Title
			} else {
				r.Title = "ancien " + r.Title
			}
		}
		if !w.argumentPhrase(r.Sentence, r.First, r.Last) {
			// "avoir de bons rapports avec le président : « … »": the
			// holder holds the title, but a complement is no speaker
			// and no party to the clause's act.
			continue
		}
		w.standFor(i, holder)
	}
}

// resolveAnaphors gives the unnamed politicians' titles no office
// resolved to the person the recogniser found they stand for, unless
// that person held another office on the day: "Bruno Le Maire a proposé
// de comparer son patrimoine à celui de l'ancien candidat. Le député est
// revenu …" is not the minister.
func (w *work) resolveAnaphors() {
	for i := range w.a.Roles {
		if r := &w.a.Roles[i]; r.Person < 0 && r.Anaphor >= 0 && !w.holdsOther(r.Anaphor, r.Head) {
			r.Person, r.Lede = r.Anaphor, true
			w.standFor(i, r.Anaphor)
		}
	}
}

// holdsOther reports whether person e held on the day of publication an
// office that title head (folded) does not name.
func (w *work) holdsOther(e int, head string) bool {
	if !w.hasPub {
		return false
	}
	day := w.pub.Format("2006-01-02")
	for _, t := range w.x.offices {
		if t.from <= day && (t.to == "" || t.to > day) && !strings.HasPrefix(t.office, head) && w.personNamed(t.names) == e {
			return true
		}
	}
	return false
}

// standFor makes the units of role j stand for entity e: the arguments,
// speakers and subjects the trees read there are e.
func (w *work) standFor(j, e int) {
	for ui := range w.a.Units {
		if w.a.Units[ui].Role == j {
			w.a.Units[ui].Entity = e
		}
	}
}

// argumentPhrase reports whether the phrase of tokens [first, last) of
// sentence si is a clause's subject or object in its tree.
func (w *work) argumentPhrase(si, first, last int) bool {
	if si >= len(w.t) {
		return false
	}
	s := w.tree(si)
	for k := first; k < last; k++ {
		i := s.WordOf(k)
		if i < 0 {
			continue
		}
		h := s.Words[i].Head
		if h >= 0 && wordToken(s, h) >= first && wordToken(s, h) < last {
			continue // inside the phrase
		}
		switch s.Words[i].Rel() {
		case "nsubj", "obj", "iobj":
			return true
		case "xcomp":
			// "a appelé le président « à démissionner »": the object the
			// parser took for an attribute, which targetsOf reads too.
			if h >= 0 && h < i && s.Words[h].UPOS == syntax.VERB && articledAttribute(s, i) {
				for _, f := range w.x.lex.verbs[s.Words[h].Lemma] {
					if f.target == "obj" {
						return true
					}
				}
			}
		case "obl", "obl:arg":
			// "a demandé au chef de l'État de …", "s'est entretenu avec
			// le président": the complement a lexicon verb takes its
			// target by; or a passive's agent ("a été reçu à l'Élysée par
			// le président de la République").
			if h >= 0 && s.Words[h].UPOS == syntax.VERB && s.Words[i].Deprel == "obl:agent" && len(w.x.lex.verbs[s.Words[h].Lemma]) > 0 {
				return true
			}
			if h >= 0 && s.Words[h].UPOS == syntax.VERB {
				for _, f := range w.x.lex.verbs[s.Words[h].Lemma] {
					if f.target != "obj" && f.target != "-" && caseIs(s, i, f.target) {
						return true
					}
				}
			}
		}
		return false
	}
	return false
}

// complementInPhrase reports whether role r's phrase goes on after its
// title (folded) with a complement: "le président de la Nation".
func (w *work) complementInPhrase(r *entities.Role, title string) bool {
	var b strings.Builder
	for k := r.First; k < r.Last && k < len(w.d.Tokens); k++ {
		b.WriteString(" ")
		b.WriteString(w.d.Tokens[k].Norm)
	}
	phrase := b.String() + " "
	i := strings.Index(phrase, " "+title+" ")
	if i < 0 {
		return false
	}
	rest := strings.Fields(phrase[i+len(title)+2:])
	return len(rest) > 0 && complementWords[rest[0]]
}

// markAt reports whether token t of sentence si is a clause's mark in
// its tree: the "de" of "a demandé au chef de l'État de démissionner"
// opens no complement of the title.
func (w *work) markAt(si, t int) bool {
	if si >= len(w.t) {
		return false
	}
	s := w.tree(si)
	k := s.WordOf(t)
	return k >= 0 && s.Words[k].Rel() == "mark"
}

// complementWords open a title's complement: a title followed by one
// names another office than its bare words.
var complementWords = set("de", "du", "des", "d", "d'")

// titleGender is the gender a description's determiner or its title's
// first word gives the holder ('f', 'm'), or 0 when neither tells ("l'ex-
// ministre").
func titleGender(det, title string) byte {
	switch det {
	case "la":
		return 'f'
	case "le", "du", "au":
		return 'm'
	}
	head, _, _ := strings.Cut(title, " ")
	switch head {
	case "presidente", "premiere", "chanceliere", "cheffe", "ancienne":
		return 'f'
	case "president", "premier", "chancelier", "chef", "ancien":
		return 'm'
	}
	return 0
}

// personNamed returns the person of the article one of whose names
// (folded) is one of names, or -1.
// lastSentenceOf returns the sentence of entity e's last mention before
// token t, or -1.
func (w *work) lastSentenceOf(e, t int) int {
	last := -1
	for _, m := range w.a.Entities[e].Mentions {
		if m.First < t {
			last = max(last, m.Sentence)
		}
	}
	return last
}

func (w *work) personNamed(names []string) int {
	for ei, e := range w.a.Entities {
		if e.Type != kg.Person {
			continue
		}
		for _, n := range names {
			if text.Fold(e.Name) == n {
				return ei
			}
			for _, al := range e.Aliases {
				if text.Fold(al) == n && strings.Contains(n, " ") {
					return ei
				}
			}
		}
	}
	return -1
}

// otherBearer reports whether another person of the article bears a
// title of the same head as role i ("le président du club Jean Dupont"):
// then a bare "le président" may be theirs.
func (w *work) otherBearer(i int, head string, holder int) bool {
	for j, o := range w.a.Roles {
		if j != i && o.Person >= 0 && o.Person != holder && o.Head == head && !w.office[j] {
			return true
		}
	}
	return false
}
