package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// answer is one command's result in every shape it can be printed in: JSON
// for programs, rows for tables and CSV, and the facts to draw for dot and
// mermaid when the answer is a graph.
type answer struct {
	data  any        // --format json
	title []string   // lines printed above the table
	head  []string   // column names for CSV, one a field
	rows  [][]string // plain values for CSV: "" when empty, no decoration
	// tableHead and show, when set, turn a plain row into a table row:
	// "-" for empty, arrows, a role beside its relation.
	tableHead []string
	show      func(r []string) []string
	clip      map[int]int // table columns clipped to so many runes
	empty     string      // the table's line when there are no rows
	// text replaces the table when the answer reads better as prose.
	text func(w io.Writer) error
	// graph is drawn by dot and mermaid (the commands that draw are those
	// whose formats include them).
	graph []kg.Fact
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
	head := a.head
	if a.tableHead != nil {
		head = a.tableHead
	}
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, r := range a.rows {
		if a.show != nil {
			r = a.show(r)
		}
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
func edges(facts []kg.Fact) (nodes []kg.EntityRef, ids map[string]string, es []kg.Fact) {
	ids = map[string]string{}
	seen := map[string]kg.EntityRef{}
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

func edgeLabel(f kg.Fact) string {
	l := f.Predicate
	if f.Date != "" {
		l += " " + f.Date
	}
	return l
}

// dot writes a Graphviz digraph: `query neighbors X --format dot | dot -Tsvg`.
func dot(w io.Writer, facts []kg.Fact) error {
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
func mermaid(w io.Writer, facts []kg.Fact) error {
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

func describe(e kg.EntityRef) string {
	s := e.Name + " (" + e.Type
	if e.Wikidata != "" {
		s += ", " + e.Wikidata
	}
	return s + ")"
}

// source names where a fact comes from: the article's file name or URL's
// last part, and the sentence.
func source(f kg.Fact) string {
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

// other is the entity a fact joins who to, and the direction of the fact
// seen from who: "out" when who is its subject, "in" when its object.
func other(f kg.Fact, who kg.EntityRef) (dir string, with string) {
	dir = "out"
	o := f.Object
	if f.Object != nil && f.Object.Key == who.Key {
		dir, o = "in", &f.Subject
	}
	if o != nil {
		with = o.Name
	}
	return dir, with
}

// arrow writes a relation with its direction for a table.
func arrow(rel, dir string) string {
	if dir == "in" {
		return "← " + rel
	}
	return rel + " →"
}

// factRows is the usual fact table: date, subject, relation, role, object,
// quote, CAMEO, source and evidence; a table shows the role beside the
// relation and the quote as the object.
func factRows(facts []kg.Fact) (head []string, rows [][]string, tableHead []string, show func([]string) []string, clipAt map[int]int) {
	head = []string{"DATE", "SUBJECT", "RELATION", "ROLE", "OBJECT", "QUOTE", "CAMEO", "SOURCE", "EVIDENCE"}
	for _, f := range facts {
		obj := ""
		if f.Object != nil {
			obj = f.Object.Name
		}
		rows = append(rows, []string{f.Date, f.Subject.Name, f.Predicate, f.Role, obj, f.Quote, f.Cameo, source(f), f.Evidence})
	}
	tableHead = []string{"DATE", "SUBJECT", "RELATION", "OBJECT", "CAMEO", "SOURCE", "EVIDENCE"}
	show = func(r []string) []string {
		rel, obj := r[2], r[4]
		if r[3] != "" {
			rel += " (" + r[3] + ")"
		}
		if obj == "" && r[5] != "" {
			obj = "«" + r[5] + "»"
		}
		return []string{orDash(r[0]), r[1], rel, obj, orDash(r[6]), r[7], r[8]}
	}
	return head, rows, tableHead, show, map[int]int{2: 40, 3: 40, 6: 60}
}
