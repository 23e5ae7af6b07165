package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// The questions the commands ask the store, one a command (see commands).

func filter(o options) kg.FactFilter {
	return kg.FactFilter{Cameo: o.cameo, Since: o.since, Until: o.until}
}

func entityCommand(ctx context.Context, s store, args []string, _ options) (answer, error) {
	info, err := s.EntityInfo(ctx, args[0])
	return entityAnswer(info), err
}

func neighborsCommand(ctx context.Context, s store, args []string, o options) (answer, error) {
	h, err := s.Neighbors(ctx, args[0], kg.NeighborOptions{Depth: o.depth, FactFilter: filter(o), Limit: o.limit, After: o.after})
	return neighborsAnswer(h), err
}

func pathCommand(ctx context.Context, s store, args []string, o options) (answer, error) {
	hops, err := s.Path(ctx, args[0], args[1], o.maxHops)
	return pathAnswer(args[0], args[1], o.maxHops, hops), err
}

func eventsCommand(ctx context.Context, s store, _ []string, o options) (answer, error) {
	facts, err := s.Events(ctx, kg.EventQuery{Actor: o.actor, Target: o.target, FactFilter: filter(o), Limit: o.limit, After: o.after})
	return factsAnswer(facts, "no events match"), err
}

func timelineCommand(ctx context.Context, s store, args []string, o options) (answer, error) {
	who, facts, err := s.TimelinePage(ctx, args[0], filter(o), o.limit, o.after)
	a := factsAnswer(facts, "no facts about it")
	a.data = struct {
		Entity kg.EntityRef `json:"entity"`
		Facts  []kg.Fact    `json:"facts"`
	}{who, facts}
	a.title = []string{describe(who)}
	return a, err
}

func quotesCommand(ctx context.Context, s store, args []string, o options) (answer, error) {
	who, facts, err := s.Quotes(ctx, args[0], o.limit)
	return quotesAnswer(who, facts), err
}

func articleCommand(ctx context.Context, s store, args []string, _ options) (answer, error) {
	// ingest keeps the path it was given: try the ways of writing it.
	var info kg.ArticleInfo
	var err error
	for _, id := range articleIDs(args[0]) {
		if info, err = s.Article(ctx, id); !errors.Is(err, kg.ErrNoArticle) {
			break
		}
	}
	if errors.Is(err, kg.ErrNoArticle) {
		err = fmt.Errorf("no article %q: name it by the path ingest was given, its file name, its URL or its id (query stats counts the articles)", args[0])
	}
	return articleAnswer(info), err
}

func searchCommand(ctx context.Context, s store, args []string, o options) (answer, error) {
	ms, err := s.Search(ctx, strings.Join(args, " "), o.limit)
	return searchAnswer(ms), err
}

func statsCommand(ctx context.Context, s store, _ []string, _ options) (answer, error) {
	st, err := s.Stats(ctx)
	return statsAnswer(st), err
}

func entityAnswer(info kg.EntityInfo) answer {
	a := answer{data: info, head: []string{"FIELD", "VALUE", "OF", "FIRST", "LAST", "FACTS", "SOURCE", "EVIDENCE"}}
	e := info.Entity
	for _, kv := range [][2]string{
		{"name", e.Name}, {"type", e.Type}, {"key", e.Key}, {"wikidata", e.Wikidata},
		{"aliases", strings.Join(info.Aliases, "; ")},
		{"facts", strconv.Itoa(info.Facts)}, {"articles", strconv.Itoa(info.Articles)},
	} {
		a.rows = append(a.rows, []string{kv[0], kv[1], "", "", "", "", "", ""})
	}
	for _, r := range info.Roles {
		of := ""
		if r.Of != nil {
			of = r.Of.Name
		}
		a.rows = append(a.rows, []string{"role", r.Role, of, r.First, r.Last, strconv.Itoa(r.Facts), source(r.Latest), r.Latest.Evidence})
	}
	show := func(r []string) string {
		if r[0] != "role" {
			if r[0] == "wikidata" {
				return orDash(r[1])
			}
			return r[1]
		}
		parts := []string{r[1]}
		if r[2] != "" {
			parts[0] += " (" + r[2] + ")"
		}
		switch {
		case r[3] == "" && r[4] == "": // no fact tells a day
		case r[3] == r[4]:
			parts = append(parts, r[4])
		default:
			parts = append(parts, orDash(r[3])+" to "+orDash(r[4]))
		}
		if r[5] == "1" {
			parts = append(parts, "1 fact")
		} else {
			parts = append(parts, r[5]+" facts")
		}
		return strings.Join(append(parts, "latest "+r[6]), ", ")
	}
	// The table: one field a line, and under each role the sentence of
	// its latest fact, the evidence a reader checks it by.
	a.text = func(w io.Writer) error {
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "FIELD\tVALUE")
		for _, r := range a.rows {
			fmt.Fprintf(tw, "%s\t%s\n", r[0], clip(oneLine(show(r)), 100))
			if r[0] == "role" && r[7] != "" {
				fmt.Fprintf(tw, "\t%q\n", clip(oneLine(r[7]), 100))
			}
		}
		return tw.Flush()
	}
	return a
}

// oneLine keeps a value on its table line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func neighborsAnswer(h kg.Neighborhood) answer {
	who := h.Entity
	a := answer{data: h, graph: h.Facts, title: []string{describe(who)}}
	// One table at either depth: the facts joining the entity to its
	// neighbours, newest first, then (depth 2) the newest fact joining each
	// neighbour of a neighbour to the one it is reached through, VIA, from
	// whose side RELATION and DIRECTION read.
	a.head = []string{"DATE", "VIA", "RELATION", "DIRECTION", "CAMEO", "WITH", "SOURCE", "EVIDENCE"}
	a.tableHead = []string{"DATE", "VIA", "RELATION", "CAMEO", "WITH", "SOURCE", "EVIDENCE"}
	a.empty = "no facts join it to another entity"
	near := map[string]kg.EntityRef{}
	for _, n := range h.Neighbors {
		if n.Depth == 1 {
			near[n.Entity.Key] = n.Entity
		}
	}
	var far [][]string
	for _, f := range h.Facts {
		from := who
		if f.Subject.Key != who.Key && objKey(f) != who.Key {
			if v, ok := near[f.Subject.Key]; ok {
				from = v
			} else if f.Object != nil {
				from = *f.Object
			}
		}
		dir, with := other(f, from)
		via := ""
		if from.Key != who.Key {
			via = from.Name
		}
		row := []string{f.Date, via, f.Predicate, dir, f.Cameo, with, source(f), f.Evidence}
		if via == "" {
			a.rows = append(a.rows, row)
		} else {
			far = append(far, row)
		}
	}
	a.rows = append(a.rows, far...)
	a.show = func(r []string) []string {
		return []string{orDash(r[0]), orDash(r[1]), arrow(r[2], r[3]), orDash(r[4]), r[5], r[6], r[7]}
	}
	a.clip = map[int]int{6: 70}
	return a
}

func objKey(f kg.Fact) string {
	if f.Object == nil {
		return ""
	}
	return f.Object.Key
}

// others counts the facts of a hop besides the one shown: Facts holds the
// newest few, Count how many join the pair.
func others(h kg.Hop) int {
	return max(h.Count, len(h.Facts)) - 1
}

func pathAnswer(from, to string, maxHops int, hops []kg.Hop) answer {
	if hops == nil {
		hops = []kg.Hop{}
	}
	a := answer{data: struct {
		Hops []kg.Hop `json:"hops"`
	}{hops}}
	a.head = []string{"HOP", "FROM", "RELATION", "TO", "DATE", "SOURCE", "EVIDENCE", "MORE"}
	for i, h := range hops {
		a.graph = append(a.graph, h.Facts...)
		f := h.Facts[0]
		a.rows = append(a.rows, []string{strconv.Itoa(i + 1), h.From.Name, f.Predicate, h.To.Name, f.Date, source(f), f.Evidence, strconv.Itoa(others(h))})
	}
	a.text = func(w io.Writer) error {
		if len(hops) == 0 {
			_, err := fmt.Fprintf(w, "no chain of at most %d facts joins %q and %q\n", maxHops, from, to)
			return err
		}
		fmt.Fprintf(w, "%s\n", describe(hops[0].From))
		for _, h := range hops {
			f := h.Facts[0]
			more := ""
			if n := others(h); n > 0 {
				more = fmt.Sprintf(" (+%d more)", n)
			}
			fmt.Fprintf(w, "  -[%s %s %s]- %s%s\n", f.Predicate, orDash(f.Date), source(f), describe(h.To), more)
			if f.Evidence != "" {
				fmt.Fprintf(w, "       %q\n", clip(f.Evidence, 100))
			}
		}
		return nil
	}
	return a
}

func factsAnswer(facts []kg.Fact, empty string) answer {
	a := answer{graph: facts, empty: empty}
	a.data = struct {
		Facts []kg.Fact `json:"facts"`
	}{facts}
	a.head, a.rows, a.tableHead, a.show, a.clip = factRows(facts)
	return a
}

func quotesAnswer(who kg.EntityRef, facts []kg.Fact) answer {
	a := answer{title: []string{describe(who)}, empty: "no statements"}
	a.data = struct {
		Entity kg.EntityRef `json:"entity"`
		Quotes []kg.Fact    `json:"quotes"`
	}{who, facts}
	a.head = []string{"DATE", "QUOTE", "SOURCE", "PUBLISHED"}
	for _, f := range facts {
		a.rows = append(a.rows, []string{f.Date, f.Quote, source(f), f.Article.Published})
	}
	a.show = func(r []string) []string {
		return []string{orDash(r[0]), "«" + r[1] + "»", r[2], orDash(r[3])}
	}
	a.clip = map[int]int{1: 90}
	return a
}

func articleAnswer(info kg.ArticleInfo) answer {
	ar := info.Article
	a := factsAnswer(info.Facts, "no facts extracted")
	a.data = info
	title := ar.Title
	if title == "" {
		title = ar.Source
	}
	by := ""
	if info.Author != "" {
		by = " by " + info.Author
	}
	a.title = []string{fmt.Sprintf("%s%s (%s, published %s, %d entities, %d facts)", title, by, ar.ID, orDash(ar.Published), info.Entities, len(info.Facts))}
	return a
}

func searchAnswer(ms []kg.Match) answer {
	a := answer{data: struct {
		Matches []kg.Match `json:"matches"`
	}{ms}, empty: "no entity matches"}
	a.head = []string{"NAME", "TYPE", "KEY", "WIKIDATA", "MATCH", "FACTS"}
	for _, m := range ms {
		a.rows = append(a.rows, []string{m.Entity.Name, m.Entity.Type, m.Entity.Key, m.Entity.Wikidata, m.How, strconv.Itoa(m.Facts)})
	}
	a.show = func(r []string) []string {
		return []string{r[0], r[1], r[2], orDash(r[3]), r[4], r[5]}
	}
	return a
}

func statsAnswer(st kg.Stats) answer {
	a := answer{data: st, head: []string{"WHAT", "COUNT"}}
	for _, row := range []struct {
		name string
		n    int
	}{
		{"articles", st.Articles}, {"entities", st.Entities}, {"relations", st.Relations},
		{"events", st.Events}, {"roles", st.Roles}, {"statements", st.Statements},
		{"mentions", st.Mentions},
	} {
		a.rows = append(a.rows, []string{row.name, strconv.Itoa(row.n)})
	}
	a.text = func(w io.Writer) error {
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		for _, r := range a.rows {
			name := r[0]
			if name == "events" || name == "roles" || name == "statements" {
				name = "  " + name // kinds of relations
			}
			fmt.Fprintf(tw, "%s\t%s\t\n", name, r[1])
		}
		return tw.Flush()
	}
	return a
}

// export writes the whole graph: JSON Lines of records (the default, for
// `ingest --records`) or N-Quads with blank nodes (for `dgraph live`).
func export(ctx context.Context, s store, _ []string, o options, stdout io.Writer) error {
	w := bufio.NewWriterSize(stdout, 1<<16)
	if o.format == "rdf" {
		rw := s.rdfWriter(w)
		err := s.Export(ctx, func(r kg.Record) error {
			refused, err := rw.Write(r)
			if err == nil && len(refused) > 0 {
				err = fmt.Errorf("%s: %w", refused[0].Source, refused[0].Err)
			}
			return err
		})
		if err != nil {
			return err
		}
		return w.Flush()
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := s.Export(ctx, func(r kg.Record) error { return enc.Encode(r) }); err != nil {
		return err
	}
	return w.Flush()
}

// rawDQL runs a read-only query with --var values and prints the answer.
func rawDQL(ctx context.Context, s store, args []string, o options, stdout io.Writer) error {
	q := ""
	if len(args) == 1 {
		q = args[0]
	} else {
		b, err := os.ReadFile(o.file)
		if err != nil {
			return err
		}
		q = string(b)
	}
	vars := map[string]string{}
	for _, kv := range o.vars {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return fmt.Errorf("--var %q: want name=value", kv)
		}
		vars["$"+strings.TrimPrefix(k, "$")] = v
	}
	js, err := s.Query(ctx, q, vars)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, js, "", "  "); err != nil {
		return fmt.Errorf("dql: answer is not JSON: %w", err)
	}
	out.WriteByte('\n')
	_, err = out.WriteTo(stdout)
	return err
}
