// Command query answers questions about the knowledge graph: who an entity
// is, who it is connected to and how, what happened when, who said what, and
// where each fact comes from.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/newsgraph/newsgraph/internal/dgraph"
)

// usage begins query --help; the commands follow, from the table.
const usage = `usage: query [flags] COMMAND [ARGS]

Commands:
`

// usageNotes follow the list of commands in query --help.
const usageNotes = `
NAME is an entity's key, name or alias, or all words of an alias, or a
misspelling; a name that could be several entities lists them instead of
guessing. Every fact shown names its article and sentence (file#sentence).
Formats: table, json, csv; dot and mermaid draw neighbors, path, events and
timeline (query neighbors X --format dot | dot -Tsvg > x.svg).

query COMMAND --help shows what the command reads. Exit codes: 0 answered
(also when nothing matches), 1 the question could not be answered (no such
entity or article, store unreachable), 2 a mistake in the command line.

Flags (before or after the command):
`

func main() {
	os.Exit(process(os.Args[1:]))
}

// process is the command as a process: run, with Ctrl-C and SIGTERM
// ending it, and the embedded engine's log files (glog's) removed at the
// end rather than left in the system's temporary folder. A reader that
// stops early (query events | head) makes writes fail rather than the
// process die on SIGPIPE, so the end is still reached.
func process(args []string) int {
	remove, err := dgraph.QuietEngineLogs()
	if err != nil {
		fmt.Fprintln(os.Stderr, "query:", err)
		return 1
	}
	defer remove()
	signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return run(ctx, args, os.Stdout, os.Stderr)
}

type options struct {
	store   string
	format  string
	maxHops int
	depth   int
	limit   int
	after   int
	cameo   string
	since   string
	until   string
	actor   string
	target  string
	file    string
	vars    varFlag
}

// varFlag collects --var name=value pairs for dql.
type varFlag []string

func (v *varFlag) String() string     { return strings.Join(*v, ",") }
func (v *varFlag) Set(s string) error { *v = append(*v, s); return nil }

func (o *options) register(fs *flag.FlagSet) {
	def := os.Getenv("NEWSGRAPH_DGRAPH")
	if def == "" {
		def = "file://./newsgraph-data"
	}
	fs.StringVar(&o.store, "dgraph", def, "store: dgraph://host:9080 for a server, file:///dir for the embedded engine (default from $NEWSGRAPH_DGRAPH)")
	fs.StringVar(&o.format, "format", "table", "output: table, json, csv, dot or mermaid; export: json or rdf")
	fs.IntVar(&o.maxHops, "max-hops", 4, "path: longest chain of facts to look for")
	fs.IntVar(&o.depth, "depth", 1, "neighbors: 1 for direct neighbours, 2 for theirs too")
	fs.IntVar(&o.limit, "limit", 0, "neighbors: neighbours per level (default 20); events, timeline, quotes, search: answers (default 100, 100, 100, 20)")
	fs.IntVar(&o.after, "after", 0, "neighbors (depth 1), events, timeline: skip the first N answers; with --limit N, the next page")
	fs.StringVar(&o.cameo, "cameo", "", "neighbors, events, timeline: only facts of this CAMEO code (040, 111, ...)")
	fs.StringVar(&o.since, "since", "", "neighbors, events, timeline: only facts on or after this day (YYYY-MM-DD)")
	fs.StringVar(&o.until, "until", "", "neighbors, events, timeline: only facts on or before this day (YYYY-MM-DD)")
	fs.StringVar(&o.actor, "actor", "", "events: who acted (a name)")
	fs.StringVar(&o.target, "target", "", "events: who was acted on (a name)")
	fs.StringVar(&o.file, "f", "", "dql: read the query from this file")
	fs.Var(&o.vars, "var", "dql: a query variable as name=value (repeat for more)")
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var o options
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // its errors are reported below, with the command's name
	o.register(fs)
	words, err := parseInterspersed(fs, args)
	c, known := lookup(commandName(words, args))
	if errors.Is(err, flag.ErrHelp) {
		if known {
			c.help(stdout, fs)
		} else {
			printUsage(stdout, fs)
		}
		return 0
	}
	if err != nil {
		prefix := "query"
		if known {
			prefix += " " + c.name
		}
		msg := err.Error()
		if f, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
			msg = "unknown flag --" + f
		}
		fmt.Fprintf(stderr, "%s: %s (run %s --help for its flags)\n", prefix, msg, prefix)
		return 2
	}
	if len(words) == 0 {
		printUsage(stderr, fs)
		return 2
	}
	if !known {
		fmt.Fprintf(stderr, "query: unknown command %q; the commands are %s (run query --help)\n", words[0], commandList())
		return 2
	}
	rest := words[1:]
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if err := c.check(rest, o, set); err != nil {
		fmt.Fprintf(stderr, "query %s: %v\n", c.name, err)
		return 2
	}

	s, err := dgraph.OpenExisting(ctx, o.store)
	if errors.Is(err, dgraph.ErrNoStore) {
		fmt.Fprintf(stderr, "query %s: %s\n", c.name, noStore(o.store))
		return 1
	}
	if err != nil {
		return fail(stderr, c.name, err)
	}
	defer s.Close()
	if c.write != nil {
		return fail(stderr, c.name, c.write(ctx, dgraphStore{s}, rest, o, stdout))
	}
	a, err := c.answer(ctx, dgraphStore{s}, rest, o)
	if err != nil {
		return fail(stderr, c.name, err)
	}
	return fail(stderr, c.name, render(stdout, o.format, a))
}

// dgraphStore is the store the commands ask: a Dgraph store, whose records
// export writes as N-Quads with dgraph's own writer.
type dgraphStore struct{ *dgraph.Store }

func (dgraphStore) rdfWriter(w io.Writer) recordWriter { return dgraph.NewRDFWriter(w) }

func printUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, usage)
	for _, c := range commands {
		for i, line := range c.usage {
			if i == 0 {
				fmt.Fprintf(w, "  %-22s%s\n", strings.TrimSpace(c.name+" "+c.args), line)
			} else {
				fmt.Fprintf(w, "%24s%s\n", "", line)
			}
		}
	}
	fmt.Fprint(w, usageNotes)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

func commandList() string {
	names := make([]string, len(commands))
	for i, c := range commands {
		names[i] = c.name
	}
	return strings.Join(names, ", ")
}

// commandName is the command the user meant: the first word, or when the
// flags could not be parsed, the first argument that names a command.
func commandName(words, args []string) string {
	if len(words) > 0 {
		return words[0]
	}
	for _, a := range args {
		if _, ok := lookup(a); ok {
			return a
		}
	}
	return ""
}

// parseInterspersed parses flags wherever they stand among the arguments.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// fail reports what went wrong in the user's terms: exit 1, or 0 for nil.
func fail(stderr io.Writer, cmd string, err error) int {
	if err == nil || errors.Is(err, syscall.EPIPE) { // the reader has what it wanted
		return 0
	}
	fmt.Fprintf(stderr, "query %s: %s\n", cmd, explain(err))
	return 1
}
