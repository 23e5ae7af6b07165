package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// command is one query command: its arguments, what it says of itself,
// the formats it prints, the flags it reads besides --dgraph and --format,
// and what it does. The usage text, the checks and the dispatch all read
// this one table.
type command struct {
	name  string
	args  string // as the usage line shows them
	min   int    // fewest arguments
	max   int    // most arguments, -1 for any
	about string // query COMMAND --help
	// usage is the command's lines in query --help, beside its name and
	// arguments: what it does and, often, the flags it reads.
	usage   []string
	formats []string // the --format values it prints
	// badFormat is what to say of another format; "" for the common word.
	badFormat string
	flags     []string
	// answer asks the store and returns what to render; write, for the
	// commands whose output is not an answer (export, dql), writes it.
	answer func(ctx context.Context, s store, args []string, o options) (answer, error)
	write  func(ctx context.Context, s store, args []string, o options, stdout io.Writer) error
}

// The formats of an answer: every one prints as a table, JSON or CSV; an
// answer that is a graph also draws as dot or mermaid.
var (
	listFormats = []string{"table", "json", "csv"}
	drawFormats = []string{"table", "json", "csv", "dot", "mermaid"}
)

var commands = []command{
	{name: "entity", args: "NAME", min: 1, max: 1,
		about:   "type, aliases, Wikidata id, roles, counts of facts and articles",
		usage:   []string{"type, aliases, Wikidata id, roles, counts of facts and articles"},
		formats: listFormats,
		answer:  entityCommand},
	{name: "neighbors", args: "NAME", min: 1, max: 1,
		about: "its most connected neighbours and the facts joining them",
		usage: []string{"its most connected neighbours and the facts joining them (alias: neighbours)",
			"(--depth 1|2, --cameo, --since, --until, --limit)"},
		formats: drawFormats,
		flags:   []string{"depth", "cameo", "since", "until", "limit", "after"},
		answer:  neighborsCommand},
	{name: "path", args: "A B", min: 2, max: 2,
		about:   "the shortest chain of facts from A to B",
		usage:   []string{"the shortest chain of facts from A to B (--max-hops N)"},
		formats: drawFormats,
		flags:   []string{"max-hops"},
		answer:  pathCommand},
	{name: "events",
		about:   "events, newest first",
		usage:   []string{"events, newest first (--actor, --target, --cameo, --since, --until, --limit)"},
		formats: drawFormats,
		flags:   []string{"actor", "target", "cameo", "since", "until", "limit", "after"},
		answer:  eventsCommand},
	{name: "timeline", args: "NAME", min: 1, max: 1,
		about:   "its latest facts in date order",
		usage:   []string{"its latest facts in date order (--since, --until, --limit)"},
		formats: drawFormats,
		flags:   []string{"cameo", "since", "until", "limit", "after"},
		answer:  timelineCommand},
	{name: "quotes", args: "NAME", min: 1, max: 1,
		about:   "what it said, with article and date",
		usage:   []string{"what it said, with article and date"},
		formats: listFormats,
		flags:   []string{"limit"},
		answer:  quotesCommand},
	{name: "article", args: "ID|URL|SOURCE", min: 1, max: 1,
		about:   "every fact extracted from one article, with evidence",
		usage:   []string{"every fact extracted from one article, with evidence"},
		formats: listFormats,
		answer:  articleCommand},
	{name: "search", args: "TEXT", min: 1, max: -1,
		about:   "entities by name, alias, part of a name or misspelling",
		usage:   []string{"entities by name, alias, part of a name or misspelling"},
		formats: listFormats,
		flags:   []string{"limit"},
		answer:  searchCommand},
	{name: "stats",
		about:   "how many articles, entities and facts the graph holds",
		usage:   []string{"how many articles, entities and facts the graph holds"},
		formats: listFormats,
		answer:  statsCommand},
	{name: "dql", args: "QUERY | -f FILE", min: 0, max: 1,
		about:     "raw read-only DQL",
		usage:     []string{"raw read-only DQL (--var name=value, repeated)"},
		formats:   []string{"json", "table"},
		badFormat: "dql prints Dgraph's JSON answer",
		flags:     []string{"f", "var"},
		write:     rawDQL},
	{name: "export",
		about: "the whole graph: --format json (records) or rdf (N-Quads)",
		usage: []string{"the whole graph: --format json (records, for ingest --records)",
			"or rdf (N-Quads with blank nodes, for dgraph live with graph/schema.dql)"},
		formats:   []string{"json", "rdf"},
		badFormat: "export writes json (records) or rdf (N-Quads)",
		write:     export},
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
	if msg := c.checkFormat(o.format, set["format"]); msg != "" {
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

// checkFormat says what is wrong with a format for the command, or "".
// set says --format was given: left out, the flag's default (table) stands
// for the command's own, so export writes JSON unless asked otherwise, but a
// table asked for is refused.
func (c command) checkFormat(format string, set bool) string {
	if slices.Contains(c.formats, format) || (format == "table" && !set) { // the default: each command's own
		return ""
	}
	switch {
	case c.badFormat != "":
		return c.badFormat
	case slices.Contains(drawFormats, format):
		return "dot and mermaid draw " + drawing() + "; use table, json or csv"
	}
	return "use table, json, csv, dot or mermaid"
}

// drawing lists the commands whose answers draw as graphs.
func drawing() string {
	var names []string
	for _, c := range commands {
		if slices.Contains(c.formats, "dot") {
			names = append(names, c.name)
		}
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
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
