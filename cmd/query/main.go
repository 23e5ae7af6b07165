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

const usage = `usage: query [flags] COMMAND [ARGS]

Commands:
  entity NAME           type, aliases, Wikidata id, roles, counts of facts and articles
  neighbors NAME        its most connected neighbours and the facts joining them
                        (--depth 1|2, --cameo, --since, --until, --limit)
  path A B              the shortest chain of facts from A to B (--max-hops N)
  events                events, newest first (--actor, --target, --cameo, --since, --until, --limit)
  timeline NAME         its latest facts in date order (--since, --until, --limit)
  quotes NAME           what it said, with article and date
  article ID|URL|SOURCE every fact extracted from one article, with evidence
  search TEXT           entities by name, alias, part of a name or misspelling
  stats                 how many articles, entities and facts the graph holds
  dql QUERY | -f FILE   raw read-only DQL (--var name=value, repeated)
  export                the whole graph: --format json (records, for ingest --records)
                        or rdf (N-Quads with blank nodes, for dgraph live with graph/schema.dql)

NAME is an entity's key, name or alias, or all words of an alias, or a
misspelling; a name that could be several entities lists them instead of
guessing. Every fact shown names its article and sentence (file#sentence).
Formats: table, json, csv; dot and mermaid draw neighbors, path, events and
timeline (query neighbors X --format dot | dot -Tsvg > x.svg).

Flags (before or after the command):
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
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

// arity is how many arguments a command takes: min and max (-1: any).
func arity(cmd string) ([2]int, bool) {
	switch cmd {
	case "events", "stats", "export":
		return [2]int{0, 0}, true
	case "entity", "neighbors", "timeline", "quotes", "article":
		return [2]int{1, 1}, true
	case "path":
		return [2]int{2, 2}, true
	case "search":
		return [2]int{1, -1}, true
	case "dql":
		return [2]int{0, 1}, true
	}
	return [2]int{}, false
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var o options
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	o.register(fs)
	args, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if len(args) == 0 {
		fs.Usage()
		return 2
	}
	cmd, rest := args[0], args[1:]
	n, ok := arity(cmd)
	if !ok {
		fmt.Fprintf(stderr, "query: unknown command %q\n", cmd)
		fs.Usage()
		return 2
	}
	if len(rest) < n[0] || (n[1] >= 0 && len(rest) > n[1]) {
		want := fmt.Sprint(n[0])
		if n[1] != n[0] {
			want = fmt.Sprintf("%d or more", n[0])
			if n[1] > 0 {
				want = fmt.Sprintf("%d to %d", n[0], n[1])
			}
		}
		fmt.Fprintf(stderr, "query %s: wants %s arguments, got %d\n", cmd, want, len(rest))
		return 2
	}
	if msg := checkFormat(cmd, o.format); msg != "" {
		fmt.Fprintf(stderr, "query %s: --format %q: %s\n", cmd, o.format, msg)
		return 2
	}
	if cmd == "dql" && (len(rest) == 1) == (o.file != "") {
		fmt.Fprintln(stderr, "query dql: give the query as one argument or with -f FILE, not both")
		return 2
	}

	s, err := dgraph.Open(ctx, o.store)
	if err != nil {
		fmt.Fprintf(stderr, "query: %v\n", err)
		return 1
	}
	defer s.Close()
	switch cmd {
	case "export":
		return done(stderr, export(ctx, s, o.format, stdout))
	case "dql":
		return done(stderr, rawDQL(ctx, s, o, rest, stdout))
	}
	a, err := answerFor(ctx, s, cmd, rest, o)
	if err != nil {
		return done(stderr, err)
	}
	return done(stderr, render(stdout, o.format, a))
}

// checkFormat says what is wrong with a format for a command, or "".
func checkFormat(cmd, format string) string {
	switch {
	case cmd == "export":
		if format != "json" && format != "rdf" && format != "table" {
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

func answerFor(ctx context.Context, s *dgraph.Store, cmd string, args []string, o options) (answer, error) {
	filter := dgraph.FactFilter{Cameo: o.cameo, Since: o.since, Until: o.until}
	switch cmd {
	case "entity":
		info, err := s.EntityInfo(ctx, args[0])
		return entityAnswer(info), err
	case "neighbors":
		h, err := s.Neighbors(ctx, args[0], dgraph.NeighborOptions{Depth: o.depth, FactFilter: filter, Limit: o.limit, After: o.after})
		return neighborsAnswer(h, o.depth), err
	case "path":
		hops, err := s.Path(ctx, args[0], args[1], o.maxHops)
		return pathAnswer(args[0], args[1], o.maxHops, hops), err
	case "events":
		facts, err := s.Events(ctx, dgraph.EventQuery{Actor: o.actor, Target: o.target, FactFilter: filter, Limit: o.limit, After: o.after})
		return factsAnswer(facts, "no events match"), err
	case "timeline":
		who, facts, err := s.TimelinePage(ctx, args[0], filter, o.limit, o.after)
		a := factsAnswer(facts, "no facts about it")
		a.data = struct {
			Entity dgraph.EntityRef `json:"entity"`
			Facts  []dgraph.Fact    `json:"facts"`
		}{who, facts}
		a.title = []string{describe(who)}
		return a, err
	case "quotes":
		who, facts, err := s.Quotes(ctx, args[0], o.limit)
		return quotesAnswer(who, facts), err
	case "article":
		info, err := s.Article(ctx, args[0])
		return articleAnswer(info), err
	case "search":
		ms, err := s.Search(ctx, strings.Join(args, " "), o.limit)
		return searchAnswer(ms), err
	default:
		st, err := s.Stats(ctx)
		return statsAnswer(st), err
	}
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

func done(stderr io.Writer, err error) int {
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "query: %v\n", err)
	return 1
}
