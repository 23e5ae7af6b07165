package entities

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"iter"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/internal/text"
)

//go:embed data/firstnames.tsv.gz
var firstNamesGz []byte

// firstNameListGz lists first names with the one gender they are given
// (gender-detection-from-name's French and English lists; NOTICE).
//
//go:embed data/firstnames-list.tsv.gz
var firstNameListGz []byte

// Gendered counts how often a first name was seen for a man and for a
// woman.
type Gendered struct {
	Masc, Fem int
}

// genderedTitles are the words that give the gender of the name after
// them: courtesy titles, and the titles French inflects ("la présidente",
// "le député").
var genderedTitles = map[string]byte{
	"m.": 'm', "monsieur": 'm', "mme": 'f', "madame": 'f', "mlle": 'f', "mademoiselle": 'f',
	"president": 'm', "presidente": 'f', "depute": 'm', "deputee": 'f', "senateur": 'm', "senatrice": 'f',
	"directeur": 'm', "directrice": 'f', "ambassadeur": 'm', "ambassadrice": 'f', "chancelier": 'm',
	"chanceliere": 'f', "eurodepute": 'm', "eurodeputee": 'f', "conseiller": 'm', "conseillere": 'f',
	"acteur": 'm', "actrice": 'f', "chanteur": 'm', "chanteuse": 'f', "animateur": 'm', "animatrice": 'f',
	"avocat": 'm', "avocate": 'f', "candidat": 'm', "candidate": 'f', "militant": 'm', "militante": 'f', "ecrivain": 'm', "ecrivaine": 'f',
}

// articleGender is the gender a determiner gives a title of either gender:
// "la ministre", "le ministre".
var articleGender = map[string]byte{"le": 'm', "la": 'f', "du": 'm', "au": 'm'}

// epicene titles take their gender from the determiner before them.
var epicene = set("ministre", "secretaire", "porte-parole", "maire", "juge", "chef", "cheffe", "prefet", "commissaire",
	"journaliste", "responsable", "dirigeant", "dirigeante", "leader", "patron", "patronne")

// CountGenders counts, over texts, the gender each first name is given by
// the word before a full name: "Mme Valérie Pécresse", "la ministre Élisabeth
// Borne", "le président Emmanuel Macron".
func CountGenders(texts iter.Seq[string]) map[string]Gendered {
	counts := map[string]Gendered{}
	for s := range texts {
		toks := text.Tokenize(s)
		for i := 1; i+2 < len(toks); i++ {
			first, last := toks[i+1], toks[i+2]
			if first.Kind != text.Word || last.Kind != text.Word || !first.Cap || !last.Cap || first.Upper || len(first.Norm) < 3 {
				continue
			}
			if strings.ContainsAny(first.Text, "0123456789.") {
				continue
			}
			g := titleGenderBefore(toks, i)
			if g == 0 {
				g = agreementAfter(toks, i+3)
			}
			if g == 0 {
				continue
			}
			c := counts[first.Norm]
			if g == 'm' {
				c.Masc++
			} else {
				c.Fem++
			}
			counts[first.Norm] = c
		}
	}
	return counts
}

// titleGenderBefore returns the gender of the title that ends at token i,
// or of one a short complement separates from the name ("la présidente du
// RN Marine Le Pen", "la ministre de la Santé Agnès Buzyn"), or 0.
func titleGenderBefore(toks []text.Token, i int) byte {
	if isComplementWord(toks[i].Norm) {
		return 0 // "l'avocate de Nicolas Sarkozy": the title is someone else's
	}
	for k := i; k >= 1 && k > i-5; k-- {
		t := toks[k]
		norm := t.Norm
		if t.Text == "." && toks[k-1].Text == "M" {
			norm = "m."
		}
		switch {
		case genderedTitles[norm] != 0:
			return genderedTitles[norm]
		case epicene[norm]:
			return articleGender[toks[k-1].Norm]
		case t.Kind == text.Word && (isComplementWord(norm) || t.Cap && k < i):
			continue // "du RN", "de la Santé"
		}
		return 0
	}
	return 0
}

func isComplementWord(w string) bool {
	switch w {
	case "de", "du", "des", "d'", "la", "l'", "et":
		return true
	}
	return false
}

// agreementAfter returns the gender the participle or adjective right
// after a name agrees in: "Valérie Pécresse, élue en 2015", "Emmanuel
// Macron est arrivé", or 0.
func agreementAfter(toks []text.Token, k int) byte {
	if k < len(toks) && toks[k].Text == "," {
		k++
	} else if k+1 < len(toks) && (toks[k].Norm == "est" || toks[k].Norm == "etait") {
		k++
	} else {
		return 0
	}
	if k >= len(toks) || toks[k].Kind != text.Word {
		return 0
	}
	if g, ok := agreeing[toks[k].Norm]; ok {
		return g
	}
	return 0
}

// agreeing are participles and adjectives that tell a person's gender.
var agreeing = map[string]byte{
	"age": 'm', "agee": 'f', "ne": 'm', "nee": 'f', "elu": 'm', "elue": 'f', "arrive": 'm', "arrivee": 'f',
	"reelu": 'm', "reelue": 'f', "nomme": 'm', "nommee": 'f', "interroge": 'm', "interrogee": 'f', "invite": 'm',
	"invitee": 'f', "connu": 'm', "connue": 'f', "candidat": 'm', "candidate": 'f', "decede": 'm', "decedee": 'f',
	"mort": 'm', "morte": 'f', "venu": 'm', "venue": 'f', "alle": 'm', "allee": 'f', "oppose": 'm', "opposee": 'f',
	"accuse": 'm', "accusee": 'f', "condamne": 'm', "condamnee": 'f', "presente": 'f', "favorable": 0,
}

// genderMin is how many times a first name must be seen, and genderShare
// how much one gender must dominate, for the table to keep it.
const (
	genderMin   = 3
	genderShare = 0.9
)

// WriteGenders writes the first names whose gender the counts settle as
// the gzipped TSV the recogniser embeds, sorted.
func WriteGenders(w io.Writer, counts map[string]Gendered) error {
	names := make([]string, 0, len(counts))
	for k, c := range counts {
		if genderOf(c) != 0 {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, "# first name (folded)\tmasculine\tfeminine: the gender the title before a full name gave it (cmd/build-lexicons)")
	for _, k := range names {
		fmt.Fprintf(bw, "%s\t%d\t%d\n", k, counts[k].Masc, counts[k].Fem)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// genderOf returns 'm', 'f', or 0 when the counts are too few or mixed.
func genderOf(c Gendered) byte {
	n := c.Masc + c.Fem
	switch {
	case n < genderMin:
		return 0
	case float64(c.Masc) >= genderShare*float64(n):
		return 'm'
	case float64(c.Fem) >= genderShare*float64(n):
		return 'f'
	}
	return 0
}

// readGenders reads the embedded table into first name -> 'm' or 'f'.
func readGenders(gz []byte) (map[string]byte, error) {
	out := map[string]byte{}
	err := readCounts(gz, "first-name table", func(name string, m, f int) {
		if g := genderOf(Gendered{m, f}); g != 0 {
			out[name] = g
		}
	})
	return out, err
}

// readGenderList reads a gzipped list of folded first names and their
// gender, "m" or "f".
func readGenderList(gz []byte) (map[string]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("first-name list: %w", err)
	}
	out := map[string]byte{}
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, g, ok := strings.Cut(line, "\t")
		if !ok || g != "m" && g != "f" {
			return nil, fmt.Errorf("first-name list line %d: want name<TAB>m|f, got %q", n, line)
		}
		out[name] = g[0]
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("first-name list: %w", err)
	}
	return out, nil
}
