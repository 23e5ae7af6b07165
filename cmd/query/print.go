package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/newsgraph/newsgraph/internal/dgraph"
)

// printer writes answers as aligned tables for people or JSON for programs.
type printer struct {
	w    io.Writer
	json bool
}

func (p *printer) encode(v any) error {
	enc := json.NewEncoder(p.w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func (p *printer) neighbors(who dgraph.EntityRef, facts []dgraph.Fact) error {
	if p.json {
		if facts == nil {
			facts = []dgraph.Fact{}
		}
		return p.encode(struct {
			Entity dgraph.EntityRef `json:"entity"`
			Facts  []dgraph.Fact    `json:"facts"`
		}{who, facts})
	}
	fmt.Fprintf(p.w, "%s\n", describe(who))
	if len(facts) == 0 {
		fmt.Fprintln(p.w, "no facts join it to another entity")
		return nil
	}
	tw := tabwriter.NewWriter(p.w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tRELATION\tCAMEO\tWITH\tSOURCE\tEVIDENCE")
	for _, f := range facts {
		rel, other := f.Predicate+" →", f.Object
		if f.Object != nil && f.Object.Key == who.Key {
			rel, other = "← "+f.Predicate, &f.Subject
		}
		name := ""
		if other != nil {
			name = other.Name
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", orDash(f.Date), rel, orDash(f.Cameo), name,
			source(f), clip(f.Evidence, 70))
	}
	return tw.Flush()
}

func (p *printer) path(from, to string, maxHops int, hops []dgraph.Hop) error {
	if p.json {
		if hops == nil {
			hops = []dgraph.Hop{}
		}
		return p.encode(struct {
			Hops []dgraph.Hop `json:"hops"`
		}{hops})
	}
	if len(hops) == 0 {
		fmt.Fprintf(p.w, "no chain of at most %d facts joins %q and %q\n", maxHops, from, to)
		return nil
	}
	fmt.Fprintf(p.w, "%s\n", describe(hops[0].From))
	for _, h := range hops {
		f := h.Facts[0]
		more := ""
		if n := len(h.Facts) - 1; n > 0 {
			more = fmt.Sprintf(" (+%d more)", n)
		}
		fmt.Fprintf(p.w, "  -[%s %s %s]-%s %s\n", f.Predicate, orDash(f.Date), source(f), more, describe(h.To))
		if f.Evidence != "" {
			fmt.Fprintf(p.w, "       %q\n", clip(f.Evidence, 100))
		}
	}
	return nil
}

func (p *printer) stats(st dgraph.Stats) error {
	if p.json {
		return p.encode(st)
	}
	tw := tabwriter.NewWriter(p.w, 0, 0, 2, ' ', tabwriter.AlignRight)
	for _, row := range []struct {
		name string
		n    int
	}{
		{"articles", st.Articles}, {"entities", st.Entities}, {"relations", st.Relations},
		{"  events", st.Events}, {"  roles", st.Roles}, {"  statements", st.Statements},
		{"mentions", st.Mentions},
	} {
		fmt.Fprintf(tw, "%s\t%d\t\n", row.name, row.n)
	}
	return tw.Flush()
}

func describe(e dgraph.EntityRef) string {
	s := e.Name + " (" + strings.ToLower(e.Type)
	if e.Wikidata != "" {
		s += ", " + e.Wikidata
	}
	return s + ")"
}

func source(f dgraph.Fact) string {
	src := f.Article.Source
	if i := strings.LastIndexByte(src, '/'); i >= 0 {
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
