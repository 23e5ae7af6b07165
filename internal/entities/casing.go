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
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/text"
)

//go:embed data/casing.tsv.gz
var casingGz []byte

// Casing counts how a word is written where French does not capitalise by
// position (not opening a sentence, a quotation or a line): in lower case,
// or capitalised. A word mostly written in lower case ("nation",
// "institution", "invitée") is no name when a sentence opens with it or a
// heading capitalises it.
type Casing struct {
	Lower, Cap int
}

// casingMin is how often a word must be seen for its casing to count.
const casingMin = 5

// common reports whether folded word w is, by the table, a common word:
// seen casingMin times or more, in lower case four times in five.
func (r *Recognizer) common(w string) bool { return r.lowerShare(w) >= 0.8 }

// NewsWord reports whether folded word w is one the news writes in lower
// case (twice or more in the table): the syntax model checks the verbs'
// lemmas it guesses against it (syntax.Model.SetNewsWords).
func (r *Recognizer) NewsWord(w string) bool { return r.casing[w].Lower >= 2 }

// lowerShare is how often w is written in lower case where position does
// not decide, 0 for words seen fewer than casingMin times.
func (r *Recognizer) lowerShare(w string) float64 {
	c, ok := r.casing[w]
	if !ok || c.Lower+c.Cap < casingMin {
		return 0
	}
	return float64(c.Lower) / float64(c.Lower+c.Cap)
}

// weakenCommon marks as weak a lone capitalised word that the table says
// is more often written in lower case ("Paix", "Institution",
// "Technologies"): it names something only if the article names it so
// elsewhere, or as a person's surname.
func (r *Recognizer) weakenCommon(cands []cand) {
	for i, c := range cands {
		if c.last-c.first == 1 && c.entry < 0 && !c.personCue && !c.acronym && !c.handle && !c.anaphor && !c.bracket &&
			r.lowerShare(c.norm) >= 0.5 {
			cands[i].weak = true
		}
	}
}

// CountCasing counts the casing of every word of texts, as the recogniser's
// table wants it.
func CountCasing(texts iter.Seq[string]) map[string]Casing {
	counts := map[string]Casing{}
	for s := range texts {
		d := text.Analyze(s)
		for _, sn := range d.Sentences {
			for i := sn.First; i < sn.Last; i++ {
				t := d.Tokens[i]
				if t.Kind != text.Word || t.Newline || t.Glued || i == sn.First || !t.Space {
					continue
				}
				if p := d.Tokens[i-1]; p.Kind == text.Punct && p.Text != "," && p.Text != "(" {
					continue // after a colon, a dash or a quotation mark French may capitalise
				}
				if strings.ContainsAny(t.Text, "0123456789") {
					continue
				}
				c := counts[t.Norm]
				if t.Cap {
					c.Cap++
				} else {
					c.Lower++
				}
				counts[t.Norm] = c
			}
		}
	}
	return counts
}

// WriteCasing writes the words seen at least casingMin times as the
// gzipped TSV the recogniser embeds, sorted, so that the file is the same
// for the same texts.
func WriteCasing(w io.Writer, counts map[string]Casing) error {
	words := make([]string, 0, len(counts))
	for k, c := range counts {
		if c.Lower+c.Cap >= casingMin {
			words = append(words, k)
		}
	}
	sort.Strings(words)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, "# word\tlower\tcapitalised: how often a folded word is written each way where position does not decide (cmd/build-lexicons)")
	for _, k := range words {
		c := counts[k]
		fmt.Fprintf(bw, "%s\t%d\t%d\n", k, c.Lower, c.Cap)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// readCasing reads the embedded table.
func readCasing(gz []byte) (map[string]Casing, error) {
	out := map[string]Casing{}
	err := readCounts(gz, "casing table", func(k string, lower, capital int) {
		out[k] = Casing{Lower: lower, Cap: capital}
	})
	return out, err
}

// readCounts reads a gzipped table of "key, count, count" lines (comments
// start with #), calling each for every line.
func readCounts(gz []byte, what string, each func(key string, a, b int)) error {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return fmt.Errorf("entities: %s: %w", what, err)
	}
	sc := bufio.NewScanner(zr)
	for line := 1; sc.Scan(); line++ {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			return fmt.Errorf("entities: %s line %d: %d columns, want 3", what, line, len(f))
		}
		a, err1 := strconv.Atoi(f[1])
		b, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("entities: %s line %d: counts are not numbers", what, line)
		}
		each(f[0], a, b)
	}
	return sc.Err()
}
