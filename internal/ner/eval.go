package ner

import (
	"fmt"
	"io"
	"math"
	"sort"
	"text/tabwriter"
)

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// P is precision.
func (c Counts) P() float64 { return ratio(c.TP, c.TP+c.FP) }

// R is recall.
func (c Counts) R() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of P and R.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report is a model's accuracy on tagged sentences, per type and overall
// ("ALL"): Token counts tokens whose type is right, Entity exact spans.
type Report struct {
	Token, Entity map[string]*Counts
	// scored holds every predicted span's margin and whether it was right,
	// for choosing a threshold.
	scored []scoredSpan
}

type scoredSpan struct {
	margin float32
	ok     bool
	bounds bool // the span's boundaries are a gold span's, whatever its type
}

func goldSpans(tags []int) []Span {
	var out []Span
	for i := 0; i < len(tags); i++ {
		if tags[i] == 0 {
			continue
		}
		j := i + 1
		for j < len(tags) && isInside(tags[j]) && allowed(tags[j-1], tags[j]) {
			j++
		}
		out = append(out, Span{First: i, Last: j, Type: tagType(tags[i])})
		i = j - 1
	}
	return out
}

// Evaluate tags examples with m and counts against their gold tags; spans
// below minMargin are dropped.
func (m *Model) Evaluate(examples []Example, minMargin float32) Report {
	rep := Report{Token: map[string]*Counts{}, Entity: map[string]*Counts{}}
	for _, t := range []string{Person, Org, Loc, "ALL"} {
		rep.Token[t], rep.Entity[t] = &Counts{}, &Counts{}
	}
	for _, ex := range examples {
		var pred []Span
		for _, sp := range m.TagExample(ex.Toks) {
			if sp.Margin >= minMargin {
				pred = append(pred, sp)
			}
		}
		gold := goldSpans(ex.Tags)
		type key struct {
			first, last int
			typ         string
		}
		inGold := map[key]bool{}
		for _, g := range gold {
			inGold[key{g.First, g.Last, g.Type}] = true
			inGold[key{g.First, g.Last, ""}] = true
		}
		matched := map[key]bool{}
		for _, p := range pred {
			k := key{p.First, p.Last, p.Type}
			ok := inGold[k]
			rep.scored = append(rep.scored, scoredSpan{p.Margin, ok, inGold[key{p.First, p.Last, ""}]})
			if ok {
				matched[k] = true
				rep.Entity[p.Type].TP++
				rep.Entity["ALL"].TP++
			} else {
				rep.Entity[p.Type].FP++
				rep.Entity["ALL"].FP++
			}
		}
		for _, g := range gold {
			if !matched[key{g.First, g.Last, g.Type}] {
				rep.Entity[g.Type].FN++
				rep.Entity["ALL"].FN++
			}
		}
		pt := make([]string, len(ex.Toks))
		gt := make([]string, len(ex.Toks))
		for _, p := range pred {
			for k := p.First; k < p.Last; k++ {
				pt[k] = p.Type
			}
		}
		for _, g := range gold {
			for k := g.First; k < g.Last; k++ {
				gt[k] = g.Type
			}
		}
		for k := range pt {
			switch {
			case pt[k] != "" && pt[k] == gt[k]:
				rep.Token[pt[k]].TP++
				rep.Token["ALL"].TP++
			default:
				if pt[k] != "" {
					rep.Token[pt[k]].FP++
					rep.Token["ALL"].FP++
				}
				if gt[k] != "" {
					rep.Token[gt[k]].FN++
					rep.Token["ALL"].FN++
				}
			}
		}
	}
	return rep
}

// Threshold returns the least margin at which the spans kept reach the
// target precision, or the largest margin seen when none does.
func (r Report) Threshold(target float64) float32 {
	s := append([]scoredSpan(nil), r.scored...)
	sort.Slice(s, func(i, j int) bool { return s[i].margin > s[j].margin })
	best := float32(0)
	if len(s) > 0 {
		best = s[0].margin
	}
	tp := 0
	for i, x := range s {
		if x.ok {
			tp++
		}
		if i >= 20 && float64(tp)/float64(i+1) >= target {
			best = x.margin
		}
	}
	return best
}

// TypeThreshold returns the least margin at which the model's type is
// still right target of the time among its spans whose boundaries are a
// gold name's, measured over a window of the 50 spans nearest that margin:
// the margin from which the model may type a name something else found.
func (r Report) TypeThreshold(target float64) float32 {
	var s []scoredSpan
	for _, x := range r.scored {
		if x.bounds {
			s = append(s, x)
		}
	}
	sort.Slice(s, func(i, j int) bool { return s[i].margin > s[j].margin })
	const half = 25
	if len(s) < 2*half {
		return float32(math.Inf(1))
	}
	best := s[0].margin
	for i := half; i+half <= len(s); i++ {
		ok := 0
		for _, x := range s[i-half : i+half] {
			if x.ok {
				ok++
			}
		}
		if float64(ok)/float64(2*half) < target {
			break
		}
		best = s[i].margin
	}
	return best
}

// Print writes the report as a table.
func (r Report) Print(w io.Writer, title string) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\ttype\ttok P\ttok R\ttok F1\tent P\tent R\tent F1\tgold ents\t\n", title)
	for _, t := range []string{Person, Org, Loc, "ALL"} {
		tk, en := r.Token[t], r.Entity[t]
		fmt.Fprintf(tw, "\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t\n", t, tk.P(), tk.R(), tk.F1(), en.P(), en.R(), en.F1(), en.TP+en.FN)
	}
	tw.Flush()
}
