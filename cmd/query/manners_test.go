package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/ingest"
)

// TestRefused: what the commands used to accept without a word (a store
// that is not there, a depth of 0, a limit of 0, a CAMEO code that is none,
// days in the wrong order, a table of the whole graph) is refused with
// exit code 2 and a message naming the flag, before any store is opened.
func TestRefused(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "typo")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--dgraph", "file://" + missing, "stats"}, 1, "query stats: no store at " + missing + ": load articles into it first"},
		{[]string{"neighbors", "X", "--depth", "0"}, 2, "query neighbors: --depth 0: give 1 for direct neighbours or 2"},
		{[]string{"neighbors", "X", "--depth", "3"}, 2, "query neighbors: --depth 3:"},
		{[]string{"events", "--limit", "0"}, 2, "query events: --limit 0: give a number of answers above 0"},
		{[]string{"search", "X", "--limit", "-1"}, 2, "query search: --limit -1:"},
		{[]string{"events", "--after", "-2"}, 2, "query events: --after -2:"},
		{[]string{"events", "--cameo", "abc"}, 2, `query events: --cameo "abc": give a CAMEO code of 2 to 4 digits`},
		{[]string{"events", "--cameo", "4"}, 2, `query events: --cameo "4": give a CAMEO code`},
		{[]string{"events", "--cameo", "99"}, 2, `query events: --cameo "99": CAMEO codes start with a root from 01 to 20`},
		{[]string{"timeline", "X", "--since", "2021-03-01", "--until", "2021-02-01"}, 2, "query timeline: --since 2021-03-01 is after --until 2021-02-01"},
		{[]string{"events", "--until", "yesterday"}, 2, `query events: --until "yesterday": give a day as YYYY-MM-DD`},
		{[]string{"export", "--format", "table"}, 2, `query export: --format "table": export writes json (records) or rdf`},
		{[]string{"entity", "X", "--depth", "2"}, 2, "query entity: --depth is not a flag of entity"},
		{[]string{"path", "A", "B", "--max-hops", "0"}, 2, "query path: --max-hops 0:"},
		{[]string{"events", "--actor", " "}, 2, "query events: --actor: give a name"},
	} {
		var out, errb bytes.Buffer
		code := run(dgraphtest.Context(t), append([]string{"--dgraph", "file://" + missing}, tc.args...), &out, &errb)
		if code != tc.code || !strings.HasPrefix(errb.String(), tc.want) || out.Len() > 0 {
			t.Errorf("query %q = %d, stdout %q, stderr %q; want %d and %q", tc.args, code, out.String(), errb.String(), tc.code, tc.want)
		}
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("a reading command created %s (%v)", missing, err)
	}
}

// TestCameoRoot: a root code stands for every code under it: --cameo 04
// lists the consultations coded 040 and 041, the union of the two.
func TestCameoRoot(t *testing.T) {
	uri := "file://" + t.TempDir()
	load(t, uri)
	events := func(cameo string) []string {
		var out, errb bytes.Buffer
		if code := run(dgraphtest.Context(t), []string{"--dgraph", uri, "events", "--cameo", cameo, "--format", "csv"}, &out, &errb); code != 0 {
			t.Fatalf("events --cameo %s: %d %s", cameo, code, errb.String())
		}
		rows := strings.Split(strings.TrimSpace(out.String()), "\n")[1:]
		for i, r := range rows {
			rows[i] = strings.Join(strings.Split(r, ",")[:5], ",")
		}
		return rows
	}
	root, c040, c041 := events("04"), events("040"), events("041")
	if len(c040) == 0 {
		t.Fatal("no event coded 040 in the example")
	}
	want := map[string]bool{}
	for _, r := range append(c040, c041...) {
		want[r] = true
	}
	got := map[string]bool{}
	for _, r := range root {
		got[r] = true
	}
	if len(root) != len(c040)+len(c041) || len(got) != len(want) {
		t.Fatalf("--cameo 04 = %d events %q; want the %d of 040 and the %d of 041", len(root), root, len(c040), len(c041))
	}
	for r := range want {
		if !got[r] {
			t.Errorf("--cameo 04 lacks %q", r)
		}
	}
}

// TestMessages: a mistake is said in the user's terms, with the command's
// name, without the layers it passed through (no "dgraph:", no "rpc
// error"), and with what to try; usage errors exit 2, questions the graph
// cannot answer exit 1.
func TestMessages(t *testing.T) {
	uri := "file://" + t.TempDir()
	load(t, uri)
	abs, err := filepath.Abs("../../examples/ashkenazi-blinken.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		code int
		want string // the start of stderr, or of stdout when code is 0
	}{
		{[]string{"entity", "Putin Vladimirovich"}, 1, `query entity: no entity named "Putin Vladimirovich"; query search 'Putin Vladimirovich' lists the names that come close` + "\n"},
		{[]string{"events", "--actor", "Nobody"}, 1, `query events: no entity named "Nobody"; query search Nobody`},
		{[]string{"dql", "{ q(func: eq(name"}, 1, "query dql: Dgraph refused the query: while lexing { q(func: eq(name at line 1 column 17: Unclosed Brackets\n"},
		{[]string{"dql"}, 2, "query dql: give a query: query dql '{"},
		{[]string{"entity", "Gabi", "Ashkenazi"}, 2, `query entity: takes one name, got 2 words "Gabi" "Ashkenazi"; quote a name of several words: query entity "Gabi Ashkenazi"` + "\n"},
		{[]string{"neighbors", "Ashkenazi", "--lmit", "2"}, 2, "query neighbors: unknown flag --lmit (run query neighbors --help for its flags)\n"},
		{[]string{"path", "Lavrov", "Lavrov"}, 2, `query path: "Lavrov" twice: a path joins two different entities` + "\n"},
		{[]string{"path", "Ashkenazi", "Gabi Ashkenazi"}, 1, `query path: "Ashkenazi" and "Gabi Ashkenazi": both names stand for one entity (Gabi Ashkenazi); a path joins two different entities` + "\n"},
		{[]string{"article", "gone.txt"}, 1, `query article: no article "gone.txt": name it by the path ingest was given`},
		{[]string{"neighbours", "Ashkenazi", "--limit", "1"}, 0, "Gabi Ashkenazi (PERSON)\nDATE"},
		{[]string{"path", "--help"}, 0, "usage: query [flags] path A B\n\n  the shortest chain of facts from A to B\n\nFlags (before or after the command):\n  -dgraph string"},
		{[]string{"article", "./../../examples/ashkenazi-blinken.txt", "--format", "csv"}, 0, "DATE,SUBJECT,RELATION"},
		{[]string{"article", abs, "--format", "csv"}, 0, "DATE,SUBJECT,RELATION"},
	} {
		var out, errb bytes.Buffer
		code := run(dgraphtest.Context(t), append([]string{"--dgraph", uri}, tc.args...), &out, &errb)
		got := errb.String()
		if tc.code == 0 {
			got = out.String()
		}
		if code != tc.code || !strings.HasPrefix(got, tc.want) {
			t.Errorf("query %q = %d, stdout %q, stderr %q; want %d and %q", tc.args, code, clip(out.String(), 200), errb.String(), tc.code, tc.want)
		}
		for _, leak := range []string{"dgraph:", "rpc error", "code = "} {
			if strings.Contains(errb.String(), leak) {
				t.Errorf("query %q: stderr %q shows %q", tc.args, errb.String(), leak)
			}
		}
		if strings.Count(errb.String(), "\n") > 1 {
			t.Errorf("query %q: stderr of %d lines, want one: %q", tc.args, strings.Count(errb.String(), "\n"), errb.String())
		}
	}
	// --help shows only the command's flags.
	var out bytes.Buffer
	run(dgraphtest.Context(t), []string{"path", "--help"}, &out, &out)
	if strings.Contains(out.String(), "-depth") || !strings.Contains(out.String(), "-max-hops") {
		t.Errorf("path --help:\n%s\nwant -max-hops and not -depth", out.String())
	}
}

// TestCSVPlain: CSV is for programs: as many cells in a row as columns,
// plain values ("" when empty, no "-", no arrows, no quotation marks, no
// indentation), one column per field (a role's title, holder, days and
// count apart; a neighbour's direction apart from the relation), and one
// spelling of entity types across commands.
func TestCSVPlain(t *testing.T) {
	uri := "file://" + t.TempDir()
	load(t, uri)
	csvOf := func(args ...string) [][]string {
		t.Helper()
		var out, errb bytes.Buffer
		if code := run(dgraphtest.Context(t), append([]string{"--dgraph", uri, "--format", "csv"}, args...), &out, &errb); code != 0 {
			t.Fatalf("query %q: %d %s", args, code, errb.String())
		}
		rows, err := csv.NewReader(&out).ReadAll()
		if err != nil {
			t.Fatalf("query %q: %v", args, err)
		}
		return rows
	}
	all := map[string][][]string{}
	for _, args := range [][]string{
		{"stats"}, {"entity", "Blinken"}, {"neighbors", "Ashkenazi"}, {"neighbors", "--depth", "2", "Blinken"},
		{"path", "Lavrov", "Biden"}, {"events"}, {"timeline", "Blinken"}, {"quotes", "Blinken"},
		{"article", "https://example.org/namesake"}, {"article", "../../examples/ashkenazi-blinken.txt"}, {"search", "Ashk"},
	} {
		rows := csvOf(args...)
		all[strings.Join(args, " ")] = rows
		for i, r := range rows {
			if len(r) != len(rows[0]) {
				t.Errorf("query %q row %d: %d cells, %d columns", args, i, len(r), len(rows[0]))
			}
			for j, c := range r {
				text := rows[0][j] == "EVIDENCE" || rows[0][j] == "QUOTE" // the article's own words
				if c == "-" || c != strings.TrimSpace(c) || !text && strings.ContainsAny(c, "→←«»") {
					t.Errorf("query %q row %d: cell %q is decorated", args, i, c)
				}
				if c == "person" || c == "org" {
					t.Errorf("query %q row %d: type %q, want the one spelling PERSON, ORG...", args, i, c)
				}
			}
		}
	}
	if got := all["stats"][4]; got[0] != "events" {
		t.Errorf("stats row 4 = %q, want events", got)
	}
	var role []string
	for _, r := range all["entity Blinken"] {
		if r[0] == "role" {
			role = r
		}
	}
	if want := []string{"FIELD", "VALUE", "OF", "FIRST", "LAST", "FACTS", "SOURCE", "EVIDENCE"}; strings.Join(all["entity Blinken"][0], ",") != strings.Join(want, ",") {
		t.Errorf("entity columns = %q, want %q", all["entity Blinken"][0], want)
	}
	if len(role) < 7 || role[1] != "secrétaire d’État" || role[2] != "États-Unis" || role[5] != "3" || !strings.HasPrefix(role[6], "ashkenazi-blinken.txt#") {
		t.Errorf("entity Blinken role = %q, want its title, holder, days, count and source apart", role)
	}
	nb := all["neighbors Ashkenazi"]
	if strings.Join(nb[0], ",") != "DATE,VIA,RELATION,DIRECTION,CAMEO,WITH,SOURCE,EVIDENCE" || nb[1][2] != "spoke_with" || nb[1][3] != "out" {
		t.Errorf("neighbors csv starts %q", nb[:2])
	}
	if got := all["search Ashk"]; got[1][1] != "PERSON" {
		t.Errorf("search type = %q, want PERSON", got[1][1])
	}
}

// TestNoLeftovers: the embedded engine's logs go to the test's own folder,
// not to the system's temporary folder (glog's default), where every run
// used to leave query.test.HOST.USER.log.INFO.DATE.PID.
func TestNoLeftovers(t *testing.T) {
	uri := "file://" + t.TempDir()
	load(t, uri)
	var out bytes.Buffer
	if code := run(dgraphtest.Context(t), []string{"--dgraph", uri, "stats"}, &out, &out); code != 0 {
		t.Fatal(out.String())
	}
	suffix := fmt.Sprintf(".%d", os.Getpid())
	prefix := filepath.Base(os.Args[0]) + "."
	entries, err := os.ReadDir(os.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) && strings.HasSuffix(e.Name(), suffix) {
			t.Errorf("this test process left %s in %s", e.Name(), os.TempDir())
		}
	}
}

// TestNamesInEveryLanguage: the README's promise that Putin and Poutine
// are one node: a linked entity of a French article is found by the
// knowledge base's English names too, by entity and by search.
func TestNamesInEveryLanguage(t *testing.T) {
	uri := "file://" + t.TempDir()
	load(t, uri)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"entity", "Putin", "--format", "csv"}, "name,Vladimir Poutine,"},
		{[]string{"entity", "Vladimir Putin", "--format", "csv"}, "name,Vladimir Poutine,"},
		{[]string{"entity", "United States", "--format", "csv"}, "name,États-Unis,"},
		{[]string{"search", "Putin", "--format", "csv"}, "\nVladimir Poutine,PERSON,"},
	} {
		var out, errb bytes.Buffer
		code := run(dgraphtest.Context(t), append([]string{"--dgraph", uri}, tc.args...), &out, &errb)
		if code != 0 || !strings.Contains(out.String(), tc.want) {
			t.Errorf("query %q = %d, stdout %q, stderr %q; want %q", tc.args, code, clip(out.String(), 300), errb.String(), tc.want)
		}
	}
}

// TestPathNewestFirst: path promises the newest facts of each hop: the
// fact shown is the newest (dated before undated), the rest follow by date,
// and the count of the others comes after the name of the hop's end.
func TestPathNewestFirst(t *testing.T) {
	uri := "file://" + t.TempDir()
	load(t, uri)
	var out, errb bytes.Buffer
	if code := run(dgraphtest.Context(t), []string{"--dgraph", uri, "path", "Blinken", "Lavrov"}, &out, &errb); code != 0 {
		t.Fatalf("path: %d %s", code, errb.String())
	}
	lines := strings.Split(out.String(), "\n")
	if want := "  -[spoke_with 2021-02-08 ashkenazi-blinken.txt#0]- Gabi Ashkenazi (PERSON) (+2 more)"; len(lines) < 2 || lines[1] != want {
		t.Errorf("path Blinken Lavrov:\n%s\nwant its first hop as\n%s", out.String(), want)
	}
	out.Reset()
	if code := run(dgraphtest.Context(t), []string{"--dgraph", uri, "path", "Blinken", "Lavrov", "--format", "json"}, &out, &errb); code != 0 {
		t.Fatalf("path: %d %s", code, errb.String())
	}
	var got struct {
		Hops []struct {
			Facts []struct {
				Date     string `json:"date"`
				Sentence int    `json:"sentence"`
			} `json:"facts"`
		} `json:"hops"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Hops) != 2 || len(got.Hops[0].Facts) != 3 {
		t.Fatalf("path Blinken Lavrov: %s", out.String())
	}
	for _, h := range got.Hops {
		for i := 1; i < len(h.Facts); i++ {
			a, b := h.Facts[i-1], h.Facts[i]
			if b.Date > a.Date || b.Date == a.Date && b.Sentence < a.Sentence {
				t.Errorf("hop facts %+v: not newest first", h.Facts)
			}
		}
	}
}

// TestNeighborsOneTable: neighbors --depth 2 prints the table of depth 1
// (the same columns, in text and CSV), its rows first, then the newest
// fact that reaches each neighbour of a neighbour, with the neighbour it
// is reached through; before and after the summaries are written.
func TestNeighborsOneTable(t *testing.T) {
	uri := "file://" + t.TempDir()
	load(t, uri)
	query := func(args ...string) string {
		t.Helper()
		var out, errb bytes.Buffer
		if code := run(dgraphtest.Context(t), append([]string{"--dgraph", uri}, args...), &out, &errb); code != 0 {
			t.Fatalf("query %q: %d %s", args, code, errb.String())
		}
		return out.String()
	}
	for _, stage := range []string{"facts", "summaries"} {
		if stage == "summaries" {
			summarise(t, uri)
		}
		for _, who := range []string{"Blinken", "Lavrov"} {
			one := strings.Split(strings.TrimSpace(query("neighbors", who, "--format", "csv")), "\n")
			two := strings.Split(strings.TrimSpace(query("neighbors", who, "--depth", "2", "--format", "csv")), "\n")
			if want := "DATE,VIA,RELATION,DIRECTION,CAMEO,WITH,SOURCE,EVIDENCE"; one[0] != want || two[0] != want {
				t.Errorf("%s, %s: csv columns %q (depth 1) and %q (depth 2), want %q for both", stage, who, one[0], two[0], want)
			}
			if len(two) <= len(one) || strings.Join(two[:len(one)], "\n") != strings.Join(one, "\n") {
				t.Errorf("%s, %s: depth 2 does not start with the rows of depth 1:\n%s\n---\n%s", stage, who, strings.Join(one, "\n"), strings.Join(two, "\n"))
			}
			rows, err := csv.NewReader(strings.NewReader(strings.Join(two, "\n"))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rows[len(one):] {
				if r[1] == "" || r[5] == "" || r[1] == r[5] {
					t.Errorf("%s, %s: depth-2 row %q wants a VIA and a WITH", stage, who, r)
				}
			}
			h1 := strings.Split(query("neighbors", who), "\n")[1]
			h2 := strings.Split(query("neighbors", who, "--depth", "2"), "\n")[1]
			if strings.Fields(h1)[1] != "VIA" || strings.Join(strings.Fields(h1), " ") != strings.Join(strings.Fields(h2), " ") {
				t.Errorf("%s, %s: table heads %q and %q, want one with VIA", stage, who, h1, h2)
			}
		}
	}
}

// TestEntityRoleEvidence: entity shows each role's latest fact as evidence,
// its sentence under the role, as the README promises, and no "-" for days
// no fact tells; CSV carries the sentence in a column of its own.
func TestEntityRoleEvidence(t *testing.T) {
	uri := "file://" + t.TempDir()
	load(t, uri)
	const sentence = "Le ministre israélien des Affaires étrangères Gabi Ashkenazi et le secrétaire d’État américain Antony Blinken se sont exprimés pour la deuxième fois lundi."
	for _, stage := range []string{"facts", "summaries"} {
		if stage == "summaries" {
			summarise(t, uri)
		}
		var out, errb bytes.Buffer
		if code := run(dgraphtest.Context(t), []string{"--dgraph", uri, "entity", "Blinken"}, &out, &errb); code != 0 {
			t.Fatalf("entity: %d %s", code, errb.String())
		}
		lines := strings.Split(out.String(), "\n")
		i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "role ") })
		want := "role      secrétaire d’État (États-Unis), 2021-02-08, 3 facts, latest ashkenazi-blinken.txt#0" // the day its articles were published
		if i < 0 || i+1 >= len(lines) || lines[i] != want || !strings.HasPrefix(strings.TrimSpace(lines[i+1]), `"`+sentence[:60]) {
			t.Errorf("%s: entity Blinken:\n%s\nwant\n%s\nand under it the sentence %q", stage, out.String(), want, sentence)
		}
		out.Reset()
		if code := run(dgraphtest.Context(t), []string{"--dgraph", uri, "entity", "Blinken", "--format", "csv"}, &out, &errb); code != 0 {
			t.Fatalf("entity: %d %s", code, errb.String())
		}
		rows, err := csv.NewReader(&out).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if last := len(rows[0]) - 1; rows[0][last] != "EVIDENCE" || rows[len(rows)-1][0] != "role" || rows[len(rows)-1][last] != sentence {
			t.Errorf("%s: entity Blinken csv: %q, want an EVIDENCE column with %q", stage, rows, sentence)
		}
	}
}

// TestCommandLeavesNoLogs: query run as a process (this binary as query,
// with the system's temporary folder a fresh one) reads an embedded store
// and leaves nothing there: the engine's glog files used to stay, one a
// run. Also when its reader stops early (query events | head), which used
// to end it on SIGPIPE before it could clean up.
func TestCommandLeavesNoLogs(t *testing.T) {
	uri := "file://" + t.TempDir()
	load(t, uri)
	for _, closed := range []bool{false, true} {
		tmp := t.TempDir()
		cmd := exec.Command(os.Args[0], "--dgraph", uri, "export")
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "NEWSGRAPH_TEST_LOG_DIR=") && !strings.HasPrefix(kv, "TMPDIR=") {
				cmd.Env = append(cmd.Env, kv)
			}
		}
		cmd.Env = append(cmd.Env, "NEWSGRAPH_TEST_AS_QUERY=1", "TMPDIR="+tmp)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		var got []byte
		if closed {
			out.Close() // the reader is gone before the first line
		} else {
			got, _ = io.ReadAll(out)
		}
		err = cmd.Wait()
		if err != nil || !closed && !strings.Contains(string(got), "Gabi Ashkenazi") || stderr.Len() > 0 {
			t.Errorf("query export (stdout closed: %v): %v, %d bytes, stderr %q", closed, err, len(got), stderr.String())
		}
		left, err := os.ReadDir(tmp)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range left {
			t.Errorf("query export (stdout closed: %v) left %s in the temporary folder", closed, e.Name())
		}
	}
}

// TestOneRoleAcrossLanguages: after the French example and an English
// article, Poutine has one role, "président (Russie)", not that and
// "President (Russie)".
func TestOneRoleAcrossLanguages(t *testing.T) {
	uri := "file://" + t.TempDir()
	load(t, uri)
	en := filepath.Join(t.TempDir(), "geneva.txt")
	if err := os.WriteFile(en, []byte("Russian President Vladimir Putin met U.S. President Joe Biden in Geneva on Wednesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := dgraphtest.Context(t)
	s, err := dgraph.Open(ctx, uri)
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	p := &ingest.Pipeline{Extractor: x, Loader: s, Config: ingest.Config{Published: "2021-06-16"}}
	if sum, err := p.Run(ctx, []string{en}); err != nil || sum.Load.Articles != 1 {
		t.Fatalf("load: %+v, %v", sum, err)
	}
	s.Close()
	var out, errb bytes.Buffer
	if code := run(ctx, []string{"--dgraph", uri, "entity", "Putin", "--format", "csv"}, &out, &errb); code != 0 {
		t.Fatalf("entity Putin: %d %s", code, errb.String())
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var roles [][]string
	for _, r := range rows {
		if r[0] == "role" {
			roles = append(roles, r)
		}
	}
	if len(roles) != 1 || roles[0][1] != "président" || roles[0][2] != "Russie" || roles[0][5] != "2" {
		t.Errorf("entity Putin roles = %q, want one: président of Russie, 2 facts", roles)
	}
}
