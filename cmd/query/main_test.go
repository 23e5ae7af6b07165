package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from what query prints")

// load puts the example article in a store, as `ingest` would.
func load(t *testing.T, uri string) {
	t.Helper()
	ctx := dgraphtest.Context(t)
	s, err := dgraph.Open(ctx, uri)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !s.Embedded() {
		if err := s.DropAll(ctx); err != nil {
			t.Fatal(err)
		}
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	p := &ingest.Pipeline{Extractor: x, Loader: s, Config: ingest.Config{Published: "2021-02-08"}}
	sum, err := p.Run(ctx, []string{"../../examples/ashkenazi-blinken.txt"})
	if err != nil || sum.Load.Articles != 1 {
		t.Fatalf("load: %+v, %v", sum, err)
	}
}

// TestGolden runs each command on both backends; both must print exactly
// the golden answer.
func TestGolden(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int
	}{
		{"stats", []string{"stats"}, 0},
		{"stats-json", []string{"--format", "json", "stats"}, 0},
		{"neighbors", []string{"neighbors", "Gabi Ashkenazi"}, 0},
		{"neighbors-alias", []string{"neighbors", "@Gabi_Ashkenazi"}, 0},
		{"neighbors-surname", []string{"neighbors", "Poutine"}, 0},
		{"neighbors-json", []string{"neighbors", "Antony Blinken", "--format", "json"}, 0},
		{"path", []string{"path", "Sergueï Lavrov", "Joe Biden"}, 0},
		{"path-json", []string{"--format", "json", "path", "Lavrov", "Blinken"}, 0},
		{"path-none", []string{"path", "--max-hops", "1", "Lavrov", "Biden"}, 0},
		{"unknown", []string{"neighbors", "Nobody Atall"}, 1},
		{"hostile", []string{"neighbors", `") { delete <*> * * . }`}, 1},
	}
	for _, b := range dgraphtest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			load(t, b.URI)
			for _, tc := range cases {
				t.Run(tc.name, func(t *testing.T) {
					var out, errb bytes.Buffer
					code := run(dgraphtest.Context(t), append([]string{"--dgraph", b.URI}, tc.args...), &out, &errb)
					if code != tc.code {
						t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, errb.String())
					}
					got := out.String() + errb.String()
					golden := filepath.Join("testdata", tc.name+".golden")
					if *update && b.Name == "embedded" {
						if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
							t.Fatal(err)
						}
					}
					want, err := os.ReadFile(golden)
					if err != nil {
						t.Fatal(err)
					}
					if got != string(want) {
						t.Errorf("query %s:\n%s\nwant (%s):\n%s", strings.Join(tc.args, " "), got, golden, want)
					}
				})
			}
		})
	}
}

func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "usage: query"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"neighbors"}, "wants 1 arguments, got 0"},
		{[]string{"path", "A"}, "wants 2 arguments, got 1"},
		{[]string{"--format", "xml", "stats"}, `--format "xml"`},
	} {
		var out, errb bytes.Buffer
		if code := run(dgraphtest.Context(t), tc.args, &out, &errb); code != 2 || !strings.Contains(errb.String(), tc.want) {
			t.Errorf("query %q = %d, %q; want 2 and %q", tc.args, code, errb.String(), tc.want)
		}
	}
}
