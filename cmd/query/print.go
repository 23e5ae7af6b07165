package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/newsgraph/newsgraph/internal/dgraph"
)

// answer is one command's result in every shape it can be printed in: JSON
// for programs, rows for tables and CSV, and the facts to draw for dot and
// mermaid when the answer is a graph.
type answer struct {
	data  any        // --format json
	title []string   // lines printed above the table
	head  []string   // column names
	rows  [][]string // full values; tables clip the columns in clip
	clip  map[int]int
	empty string // the table's line when there are no rows
	// text replaces the table when the answer reads better as prose.
	text func(w io.Writer) error
	// graph is drawn by dot and mermaid; drawable says the answer is a graph.
	graph    []dgraph.Fact
	drawable bool
}

// render writes a in format: table, json, csv, dot or mermaid.
func render(w io.Writer, format string, a answer) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(a.data)
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(a.head); err != nil {
			return err
		}
		if err := cw.WriteAll(a.rows); err != nil {
			return err
		}
		cw.Flush()
		return cw.Error()
	case "dot":
		return dot(w, a.graph)
	case "mermaid":
		return mermaid(w, a.graph)
	}
	for _, t := range a.title {
		fmt.Fprintln(w, t)
	}
	if a.text != nil {
		return a.text(w)
	}
	if len(a.rows) == 0 {
		if a.empty != "" {
			fmt.Fprintln(w, a.empty)
		}
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(a.head, "\t"))
	for _, r := range a.rows {
		cells := make([]string, len(r))
		for i, c := range r {
			if n, ok := a.clip[i]; ok {
				c = clip(c, n)
			}
			cells[i] = strings.ReplaceAll(c, "\t", " ")
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// edges are the facts of a graph answer that join two entities, and the
// entities they join, in a stable order.
func edges(facts []dgraph.Fact) (nodes []dgraph.EntityRef, ids map[string]string, es []dgraph.Fact) {
	ids = map[string]string{}
	seen := map[string]dgraph.EntityRef{}
	for _, f := range facts {
		if f.Object == nil {
			continue
		}
		es = append(es, f)
		seen[f.Subject.Key] = f.Subject
		seen[f.Object.Key] = *f.Object
	}
	for _, e := range seen {
		nodes = append(nodes, e)
	}
	sort.Slice(nodes, func(i, j int) bool { return nodes[i].Key < nodes[j].Key })
	for i, n := range nodes {
		ids[n.Key] = fmt.Sprintf("n%d", i)
	}
	return nodes, ids, es
}

func edgeLabel(f dgraph.Fact) string {
	l := f.Predicate
	if f.Date != "" {
		l += " " + f.Date
	}
	return l
}

// dot writes a Graphviz digraph: `query neighbors X --format dot | dot -Tsvg`.
func dot(w io.Writer, facts []dgraph.Fact) error {
	nodes, ids, es := edges(facts)
	q := func(s string) string {
		return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
	}
	var b strings.Builder
	b.WriteString("digraph newsgraph {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n")
	for _, n := range nodes {
		fmt.Fprintf(&b, "  %s [label=%s, tooltip=%s];\n", ids[n.Key], q(n.Name+"\n"+n.Type), q(n.Key))
	}
	for _, f := range es {
		fmt.Fprintf(&b, "  %s -> %s [label=%s, tooltip=%s];\n", ids[f.Subject.Key], ids[f.Object.Key],
			q(edgeLabel(f)), q(source(f)+": "+clip(f.Evidence, 200)))
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// mermaid writes a flowchart that GitHub and most Markdown viewers draw.
func mermaid(w io.Writer, facts []dgraph.Fact) error {
	nodes, ids, es := edges(facts)
	q := func(s string) string {
		return `"` + strings.NewReplacer(`"`, "#quot;", "\n", " ").Replace(s) + `"`
	}
	var b strings.Builder
	b.WriteString("graph LR\n")
	for _, n := range nodes {
		fmt.Fprintf(&b, "  %s[%s]\n", ids[n.Key], q(n.Name))
	}
	for _, f := range es {
		fmt.Fprintf(&b, "  %s -- %s --> %s\n", ids[f.Subject.Key], q(edgeLabel(f)), ids[f.Object.Key])
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func describe(e dgraph.EntityRef) string {
	s := e.Name + " (" + e.Type
	if e.Wikidata != "" {
		s += ", " + e.Wikidata
	}
	return s + ")"
}

// source names where a fact comes from: the article's file name or URL's
// last part, and the sentence.
func source(f dgraph.Fact) string {
	src := f.Article.Source
	if i := strings.LastIndexByte(src, '/'); i >= 0 && i+1 < len(src) {
		src = src[i+1:]
	}
	return fmt.Sprintf("%s#%d", src, f.Sentence)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func other(f dgraph.Fact, who dgraph.EntityRef) (rel string, with string) {
	rel = f.Predicate + " →"
	o := f.Object
	if f.Object != nil && f.Object.Key == who.Key {
		rel, o = "← "+f.Predicate, &f.Subject
	}
	if o != nil {
		with = o.Name
	}
	return rel, with
}

// factRows is the usual fact table: date, subject, relation, object, CAMEO,
// source and evidence.
func factRows(facts []dgraph.Fact) (head []string, rows [][]string, clipAt map[int]int) {
	head = []string{"DATE", "SUBJECT", "RELATION", "OBJECT", "CAMEO", "SOURCE", "EVIDENCE"}
	for _, f := range facts {
		obj := ""
		switch {
		case f.Object != nil:
			obj = f.Object.Name
		case f.Quote != "":
			obj = "«" + f.Quote + "»"
		}
		rel := f.Predicate
		if f.Role != "" {
			rel += " (" + f.Role + ")"
		}
		rows = append(rows, []string{orDash(f.Date), f.Subject.Name, rel, obj, orDash(f.Cameo), source(f), f.Evidence})
	}
	return head, rows, map[int]int{2: 40, 3: 40, 6: 60}
}
