package main

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// header explains the columns to whoever opens places_fr.tsv.
const header = `# Places for the entity recogniser, written by cmd/build-places (do not edit:
# change its input lists and rerun; sources and rules in its README.md).
# Columns: type (GPE); French name; French variants ("|"-separated:
# official or long form, without the article, without hyphens); English or
# local names ("|"); country (ISO 3166-1); kind; population (when the
# source gives it; a département's or région's is the sum of its
# communes'); id (insee:, insee-dep:, insee-reg:, insee-reg2015:,
# insee-com:, geonames:, iso: for ISO 3166-2); names of this row that
# must match only in context ("à X", "de X", "la ville de X"; "|"); why,
# one reason per such name ("|"; reasons joined by "+").
# type	name	aliases	english	country	kind	population	id	ambiguous	why
`

func writeTSV(w io.Writer, places []*place) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(header)
	for _, p := range places {
		pop := ""
		if p.Population > 0 {
			pop = strconv.Itoa(p.Population)
		}
		bw.WriteString(strings.Join([]string{
			p.Type, p.Name(), strings.Join(p.Aliases(), "|"), strings.Join(p.English(), "|"),
			p.Country, p.Kind, pop, p.ID, strings.Join(p.Ambiguous, "|"), strings.Join(p.Why, "|"),
		}, "\t"))
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
