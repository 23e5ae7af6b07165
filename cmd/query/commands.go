package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// command is one query command: its arguments, what it answers and the
// flags it reads besides --dgraph and --format.
type command struct {
	name  string
	args  string // as the usage line shows them
	min   int    // fewest arguments
	max   int    // most arguments, -1 for any
	about string
	flags []string
}

var commands = []command{
	{"entity", "NAME", 1, 1, "type, aliases, Wikidata id, roles, counts of facts and articles", nil},
	{"neighbors", "NAME", 1, 1, "its most connected neighbours and the facts joining them",
		[]string{"depth", "cameo", "since", "until", "limit", "after"}},
	{"path", "A B", 2, 2, "the shortest chain of facts from A to B", []string{"max-hops"}},
	{"events", "", 0, 0, "events, newest first", []string{"actor", "target", "cameo", "since", "until", "limit", "after"}},
	{"timeline", "NAME", 1, 1, "its latest facts in date order", []string{"cameo", "since", "until", "limit", "after"}},
	{"quotes", "NAME", 1, 1, "what it said, with article and date", []string{"limit"}},
	{"article", "ID|URL|SOURCE", 1, 1, "every fact extracted from one article, with evidence", nil},
	{"search", "TEXT", 1, -1, "entities by name, alias, part of a name or misspelling", []string{"limit"}},
	{"stats", "", 0, 0, "how many articles, entities and facts the graph holds", nil},
	{"dql", "QUERY | -f FILE", 0, 1, "raw read-only DQL", []string{"f", "var"}},
	{"export", "", 0, 0, "the whole graph: --format json (records) or rdf (N-Quads)", nil},
}

// aliases are other spellings of a command.
var aliases = map[string]string{"neighbours": "neighbors"}

func lookup(name string) (command, bool) {
	if a, ok := aliases[name]; ok {
		name = a
	}
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// usageError is a mistake in the command line: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// help prints a command's usage line and the flags it reads.
func (c command) help(w io.Writer, fs *flag.FlagSet) {
	line := "query [flags] " + c.name
	if c.args != "" {
		line += " " + c.args
	}
	fmt.Fprintf(w, "usage: %s\n\n  %s\n\nFlags (before or after the command):\n", line, c.about)
	sub := flag.NewFlagSet(c.name, flag.ContinueOnError)
	sub.SetOutput(w)
	for _, name := range append([]string{"dgraph", "format"}, c.flags...) {
		f := fs.Lookup(name)
		sub.Var(f.Value, f.Name, f.Usage)
		sub.Lookup(name).DefValue = f.DefValue
	}
	sub.PrintDefaults()
}

// check refuses what the command would otherwise accept without a word:
// arguments it does not take, flags it does not read, values out of range.
// set holds the flags given on the command line.
func (c command) check(args []string, o options, set map[string]bool) error {
	if err := c.checkArgs(args); err != nil {
		return err
	}
	reads := map[string]bool{"dgraph": true, "format": true}
	for _, f := range c.flags {
		reads[f] = true
	}
	for name := range set {
		if !reads[name] {
			return usagef("--%s is not a flag of %s (run query %s --help)", name, c.name, c.name)
		}
	}
	if msg := checkFormat(c.name, o.format, set["format"]); msg != "" {
		return usagef("--format %q: %s", o.format, msg)
	}
	if set["depth"] && o.depth != 1 && o.depth != 2 {
		return usagef("--depth %d: give 1 for direct neighbours or 2 for theirs too", o.depth)
	}
	if set["limit"] && o.limit <= 0 {
		return usagef("--limit %d: give a number of answers above 0 (leave it out for the default)", o.limit)
	}
	if o.after < 0 {
		return usagef("--after %d: give a count of answers to skip, 0 or more", o.after)
	}
	if o.after > 0 && o.depth == 2 {
		return usagef("--after pages depth-1 neighbours; leave it out with --depth 2")
	}
	if o.maxHops < 1 {
		return usagef("--max-hops %d: give a number of facts, 1 or more", o.maxHops)
	}
	if o.cameo != "" {
		if err := checkCameo(o.cameo); err != nil {
			return err
		}
	}
	for _, d := range []struct{ name, val string }{{"since", o.since}, {"until", o.until}} {
		if d.val == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.val); err != nil {
			return usagef("--%s %q: give a day as YYYY-MM-DD", d.name, d.val)
		}
	}
	if o.since != "" && o.until != "" && o.since > o.until {
		return usagef("--since %s is after --until %s: nothing can match", o.since, o.until)
	}
	for _, f := range []struct{ name, val string }{{"actor", o.actor}, {"target", o.target}} {
		if set[f.name] && strings.TrimSpace(f.val) == "" {
			return usagef("--%s: give a name", f.name)
		}
	}
	if c.name == "dql" {
		switch {
		case len(args) == 1 && o.file != "":
			return usagef("give the query as one argument or with -f FILE, not both")
		case len(args) == 0 && o.file == "":
			return usagef("give a query: query dql '{ q(func: has(name), first: 5) { name } }', or query dql -f FILE")
		}
	}
	if c.name == "path" && strings.EqualFold(strings.TrimSpace(args[0]), strings.TrimSpace(args[1])) {
		return usagef("%q twice: a path joins two different entities", args[0])
	}
	return nil
}

func (c command) checkArgs(args []string) error {
	n := len(args)
	if n >= c.min && (c.max < 0 || n <= c.max) {
		return nil
	}
	switch {
	case n < c.min && c.args != "":
		return usagef("give %s (run query %s --help)", c.args, c.name)
	case c.max == 0:
		return usagef("takes no arguments, got %s (run query %s --help)", quoteAll(args), c.name)
	case c.max == 1 && c.args == "NAME":
		return usagef("takes one name, got %d words %s; quote a name of several words: query %s %q",
			n, quoteAll(args), c.name, strings.Join(args, " "))
	case c.name == "path":
		return usagef("takes two names, got %d words %s; quote names of several words: query path \"Vladimir Poutine\" \"Antony Blinken\"", n, quoteAll(args))
	}
	return usagef("takes %s, got %s", c.args, quoteAll(args))
}

func quoteAll(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = strconv.Quote(a)
	}
	return strings.Join(q, " ")
}

// checkCameo accepts a CAMEO code: a root of two digits (01 to 20), which
// stands for every code under it, or a code of three or four digits.
func checkCameo(code string) error {
	bad := usagef("--cameo %q: give a CAMEO code of 2 to 4 digits (04 for every consultation, 040, 111, ...)", code)
	if len(code) < 2 || len(code) > 4 {
		return bad
	}
	for _, r := range code {
		if r < '0' || r > '9' {
			return bad
		}
	}
	if root, _ := strconv.Atoi(code[:2]); root < 1 || root > 20 {
		return usagef("--cameo %q: CAMEO codes start with a root from 01 to 20", code)
	}
	return nil
}

// checkFormat says what is wrong with a format for a command, or "". set
// says --format was given: export writes JSON unless asked otherwise, but a
// table asked for is refused.
func checkFormat(cmd, format string, set bool) string {
	switch {
	case cmd == "export":
		if format == "table" && !set {
			return ""
		}
		if format != "json" && format != "rdf" {
			return "export writes json (records) or rdf (N-Quads)"
		}
	case cmd == "dql":
		if format != "json" && format != "table" {
			return "dql prints Dgraph's JSON answer"
		}
	case format == "table" || format == "json" || format == "csv":
	case format == "dot" || format == "mermaid":
		switch cmd {
		case "neighbors", "path", "events", "timeline":
		default:
			return "dot and mermaid draw neighbors, path, events and timeline; use table, json or csv"
		}
	default:
		return "use table, json, csv, dot or mermaid"
	}
	return ""
}

// articleIDs are the ways to name the article the user typed: as given,
// and, for a path, cleaned and relative to this folder, since ingest keeps
// the path it was given.
func articleIDs(id string) []string {
	ids := []string{id}
	add := func(s string) {
		for _, x := range ids {
			if x == s {
				return
			}
		}
		ids = append(ids, s)
	}
	if strings.Contains(id, "://") {
		return ids
	}
	add(filepath.Clean(id))
	abs, err := filepath.Abs(id)
	if err != nil {
		return ids
	}
	add(abs)
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, abs); err == nil {
			add(rel)
		}
	}
	return ids
}
