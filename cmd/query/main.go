// Command query answers questions about the knowledge graph: who an entity
// is connected to, how two entities are connected, what the graph holds.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/newsgraph/newsgraph/internal/dgraph"
)

const usage = `usage: query [flags] COMMAND [ARGS]

Commands:
  neighbors NAME        facts joining an entity to others, newest first
  path A B              the shortest chain of facts from A to B (--max-hops N)
  stats                 how many articles, entities and relations the graph holds

NAME is an entity's name, alias or key; a name that could be several
entities lists them instead of guessing.

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
}

func (o *options) register(fs *flag.FlagSet) {
	def := os.Getenv("NEWSGRAPH_DGRAPH")
	if def == "" {
		def = "file://./newsgraph-data"
	}
	fs.StringVar(&o.store, "dgraph", def, "store: dgraph://host:9080 for a server, file:///dir for the embedded engine (default from $NEWSGRAPH_DGRAPH)")
	fs.StringVar(&o.format, "format", "table", "output: table or json")
	fs.IntVar(&o.maxHops, "max-hops", 4, "path: longest chain of facts to look for")
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
	if o.format != "table" && o.format != "json" {
		fmt.Fprintf(stderr, "query: --format %q: use table or json\n", o.format)
		return 2
	}
	want := map[string]int{"neighbors": 1, "path": 2, "stats": 0}
	n, ok := want[cmd]
	if !ok {
		fmt.Fprintf(stderr, "query: unknown command %q\n", cmd)
		fs.Usage()
		return 2
	}
	if len(rest) != n {
		fmt.Fprintf(stderr, "query %s: wants %d arguments, got %d\n", cmd, n, len(rest))
		return 2
	}

	s, err := dgraph.Open(ctx, o.store)
	if err != nil {
		fmt.Fprintf(stderr, "query: %v\n", err)
		return 1
	}
	defer s.Close()
	out := &printer{w: stdout, json: o.format == "json"}
	switch cmd {
	case "neighbors":
		who, facts, err := s.Neighbors(ctx, rest[0])
		if err == nil {
			err = out.neighbors(who, facts)
		}
		return done(stderr, err)
	case "path":
		hops, err := s.Path(ctx, rest[0], rest[1], o.maxHops)
		if err == nil {
			err = out.path(rest[0], rest[1], o.maxHops, hops)
		}
		return done(stderr, err)
	default:
		st, err := s.Stats(ctx)
		if err == nil {
			err = out.stats(st)
		}
		return done(stderr, err)
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
