package extract

import (
	"context"
	"fmt"
	"iter"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/datasets"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/source"
	"github.com/newsgraph/newsgraph/internal/text"
)

// judgedDir holds the hand-judged samples of corpus facts
// (internal/relations/testdata/judged/README.md).
const judgedDir = "../relations/testdata/judged"

// judgedKey identifies an event as the samples print it.
type judgedKey struct {
	article, subject, predicate, object, modality, date string
}

// verdict is what the judges found of one event: whether it was right as
// printed, and, when it was wrong only for a day the extractor estimated
// (the publication day, or the lede's), that its day alone was wrong.
type verdict struct {
	right, dayOnly bool
	day            string // the day printed, YYYY-MM-DD or ""
	estimated      string // "(publication day)", "(day the lede names)" or ""
}

// act reports whether the event is right as the graph keeps it: an
// estimated day is printed with its own confidence but never stored as
// the fact's date (kg.Relation.StatedDate), so a wrong estimate leaves the
// stored fact right.
func (v verdict) act() bool { return v.right || v.dayOnly && v.estimated != "" }

// dayOnly reports whether a judge's note says that only the day was wrong
// ("date-only: …", "DATE: …", "wrong date: …").
func dayOnly(note string) bool {
	n := strings.ToLower(note)
	return strings.HasPrefix(n, "date-only") || strings.HasPrefix(n, "date:") || strings.HasPrefix(n, "wrong date")
}

// readJudged returns the verdicts of every judged event sample, by the
// event they judged (the first verdict when an article printed one twice).
func readJudged(t *testing.T) map[judgedKey]verdict {
	t.Helper()
	out := map[judgedKey]verdict{}
	for get := range judgedRows(t, "*events*.tsv") {
		// "2020-02-02 (publication day)": the day, and how it was found.
		// An event is known by the day its text names: an estimated
		// day is not part of the fact the store keeps, and how days
		// are estimated changes more often than what the act is.
		date, how, _ := strings.Cut(get("date"), " ")
		how = strings.TrimSpace(how)
		k := judgedKey{get("article"), nameKey(get("subject", "actor")), get("predicate"), nameKey(get("object", "target")), get("modality"), date}
		if how != "" {
			k.date = ""
		}
		v := get("correct", "verdict")
		if _, seen := out[k]; !seen {
			out[k] = verdict{right: v == "1" || v == "right", dayOnly: dayOnly(get("note")), day: date, estimated: how}
		}
	}
	return out
}

// judgedRows yields the rows of the judged sample files that match
// pattern, each as a lookup of its columns by name (the first of names a
// file has). The files are tab-separated with a header and no quoting:
// evidence holds quotation marks.
func judgedRows(t *testing.T, pattern string) iter.Seq[func(names ...string) string] {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(judgedDir, pattern))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no judged samples %s in %s: %v", pattern, judgedDir, err)
	}
	return func(yield func(func(names ...string) string) bool) {
		for _, p := range paths {
			body, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			rows := strings.Split(strings.TrimRight(string(body), "\n"), "\n")
			col := map[string]int{}
			for i, h := range strings.Split(rows[0], "\t") {
				col[h] = i
			}
			for _, line := range rows[1:] {
				row := strings.Split(line, "\t")
				get := func(names ...string) string {
					for _, n := range names {
						if i, ok := col[n]; ok && i < len(row) {
							return strings.TrimSpace(row[i])
						}
					}
					return ""
				}
				if !yield(get) {
					return
				}
			}
		}
	}
}

// extractJudged runs the extractor on the corpus articles named in
// articles and yields each record with its entities' names by id. It
// skips the test when the corpus is not on this machine.
func extractJudged(t *testing.T, articles map[string]bool) iter.Seq2[kg.Record, map[string]string] {
	t.Helper()
	path := datasets.Require(t, datasets.Corpus)
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return func(yield func(kg.Record, map[string]string) bool) {
		in := source.Reader{}
		for it := range in.Items(context.Background(), path) {
			if it.Err != nil {
				t.Fatalf("reading the corpus: %v", it.Err)
			}
			if !articles[it.Doc.Article.ID] {
				continue
			}
			rec := x.Extract(it.Doc.Article, it.Doc.Text)
			names := map[string]string{}
			for _, e := range rec.Entities {
				names[e.ID] = e.Name
			}
			if !yield(rec, names) {
				return
			}
		}
	}
}

// nameKey is the part of an entity's name that stays when the
// recogniser names it better: its last word, folded ("Dr Moeti" and
// "Matshidiso Moeti", "Mgr Dubost" and "Michel Dubost" are one judged
// event's party).
func nameKey(name string) string {
	f := strings.Fields(text.Fold(name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// tallyOf counts correct facts of n judged.
type tallyOf struct{ correct, n int }

// judgedShrunk is relations' shrinkage of a measured precision toward a
// prior (confidence.go): as if priorN more facts had been seen at p0.
func judgedShrunk(t tallyOf, p0 float64) float64 {
	const priorN = 4
	return (float64(t.correct) + priorN*p0) / (float64(t.n) + priorN)
}

// TestJudgedCalibration runs the extractor on the articles of the
// hand-judged corpus samples and matches its events to the verdicts
// (same article, ends, predicate, modality and day). An asserted event's
// confidence must stay within 0.1 of the precision its lexicon entry
// measures there, shrunk toward its rule's: confidence is the measured
// precision on real news, not on the texts the rules were written from.
// It logs the measures; rerun after changing a rule and copy them into
// events_fr.tsv (the judged column) and confidence.go.
func TestJudgedCalibration(t *testing.T) {
	judged := readJudged(t)
	articles := map[string]bool{}
	for k := range judged {
		articles[k.article] = true
	}
	type match struct {
		rule, trigger, modality string
		confidence              float64
		ok                      bool
	}
	var matches []match
	days := map[string]tallyOf{}            // estimated days, by how they were estimated
	dayConfidence := map[string][]float64{} // the confidence each was printed with
	for rec, names := range extractJudged(t, articles) {
		for _, rel := range rec.Relations {
			if rel.Trigger == "" || rel.Predicate == kg.Said || rel.Predicate == kg.HoldsRole {
				continue
			}
			k := judgedKey{rec.Article.ID, nameKey(names[rel.Subject]), rel.Predicate, nameKey(names[rel.Object]), rel.Modality, rel.StatedDate()}
			v, found := judged[k]
			if !found && rel.DateFrom != "" {
				// A sample that did not mark its estimated days.
				k.date = rel.Date
				v, found = judged[k]
			}
			if !found {
				continue
			}
			if rel.DateFrom != "" && v.act() && v.estimated != "" && v.day == rel.Date {
				// The estimated day of a right act: right unless judged wrong.
				tl := days[rel.DateFrom]
				tl.n++
				if v.right {
					tl.correct++
				}
				days[rel.DateFrom] = tl
				dayConfidence[rel.DateFrom] = append(dayConfidence[rel.DateFrom], rel.DateConfidence)
			}
			m := match{rel.Rule, rel.Trigger, rel.Modality, rel.Confidence, v.act()}
			if rel.Modality != "" {
				m.trigger = "" // discounted by its modality: measured with its rule only
			}
			matches = append(matches, m)
		}
	}
	if len(matches) < 300 {
		t.Fatalf("%d judged events matched, want at least 300: are the samples and the corpus the same?", len(matches))
	}
	byRule, byTrigger, byModality := map[string]tallyOf{}, map[string]tallyOf{}, map[string]tallyOf{}
	var all tallyOf
	for _, m := range matches {
		add := func(tl tallyOf) tallyOf {
			tl.n++
			if m.ok {
				tl.correct++
			}
			return tl
		}
		all = add(all)
		byRule[m.rule] = add(byRule[m.rule])
		byModality[m.modality] = add(byModality[m.modality])
		if m.trigger != "" {
			byTrigger[m.trigger] = add(byTrigger[m.trigger])
		}
	}
	t.Logf("judged events matched: %d/%d right as stored (%.3f)", all.correct, all.n, float64(all.correct)/float64(all.n))
	// The days of the story were also judged on their own, the day only
	// (story-days-*.tsv: date_right 1, 0, or ? when the article does not
	// let one tell).
	storyDays, err := filepath.Glob(filepath.Join(judgedDir, "story-days-*.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range storyDays {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rows := strings.Split(strings.TrimRight(string(body), "\n"), "\n")
		col := -1
		for i, h := range strings.Split(rows[0], "\t") {
			if h == "date_right" {
				col = i
			}
		}
		if col < 0 {
			t.Fatalf("%s: no date_right column", p)
		}
		tl := days[kg.DateStory]
		for _, line := range rows[1:] {
			switch f := strings.Split(line, "\t"); f[col] {
			case "1":
				tl.n++
				tl.correct++
			case "0":
				tl.n++
			}
		}
		days[kg.DateStory] = tl
	}
	for from, tl := range days {
		want := judgedShrunk(tl, 0.8)
		t.Logf("days estimated from %q: %d/%d right on right acts, shrunk %.2f", from, tl.correct, tl.n, want)
		for _, c := range dayConfidence[from] {
			if math.Abs(c-want) > 0.1 {
				t.Errorf("a day estimated from %q has confidence %.2f, but the judged samples measure %.2f (%d/%d): update dayConfidence in relations",
					from, c, want, tl.correct, tl.n)
				break
			}
		}
	}
	// How right each band of confidence is: what a floor keeps or drops.
	bands := []float64{0, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9, 1.01}
	for i := 0; i+1 < len(bands); i++ {
		var tl tallyOf
		for _, m := range matches {
			if m.confidence >= bands[i] && m.confidence < bands[i+1] {
				tl.n++
				if m.ok {
					tl.correct++
				}
			}
		}
		t.Logf("confidence [%.2f, %.2f): %d/%d right", bands[i], bands[i+1], tl.correct, tl.n)
	}
	var lines []string
	for k, tl := range byModality {
		lines = append(lines, fmt.Sprintf("modality %-8q %3d/%-3d", k, tl.correct, tl.n))
	}
	for k, tl := range byRule {
		lines = append(lines, fmt.Sprintf("rule %-16s %3d/%-3d shrunk %.2f", k, tl.correct, tl.n, judgedShrunk(tl, 0.8)))
	}
	for k, tl := range byTrigger {
		lines = append(lines, fmt.Sprintf("entry %-30s %3d/%-3d", k, tl.correct, tl.n))
	}
	sort.Strings(lines)
	t.Log("\n" + strings.Join(lines, "\n"))
	bad := 0
	for _, m := range matches {
		if m.trigger == "" {
			continue
		}
		want := judgedShrunk(byTrigger[m.trigger], judgedShrunk(byRule[m.rule], 0.8))
		if math.Abs(m.confidence-want) > 0.1 {
			bad++
			if bad <= 20 {
				t.Errorf("%s by %s: confidence %.2f, but the judged samples measure %.2f (%d/%d): update events_fr.tsv or confidence.go",
					m.trigger, m.rule, m.confidence, want, byTrigger[m.trigger].correct, byTrigger[m.trigger].n)
			}
		}
	}
}

// quoteKey identifies a quotation as the samples print it: the article,
// the speaker's last name folded, and the quotation's first words folded
// (how a quotation is cut at its end changes more often than who said it).
type quoteKey struct{ article, speaker, quote string }

func newQuoteKey(article, speaker, quote string) quoteKey {
	q := strings.Join(strings.Fields(text.Fold(quote)), " ")
	if r := []rune(q); len(r) > 40 {
		q = string(r[:40])
	}
	return quoteKey{article, nameKey(speaker), q}
}

// readJudgedQuotes returns the verdicts of every judged quotation sample
// (quotes-*.tsv, new-quotes-*.tsv: correct or verdict; changed-quotes-*:
// both speakers a judge saw, each with its verdict), by the quotation
// they judged; a quotation judged twice keeps its first verdict.
func readJudgedQuotes(t *testing.T) map[quoteKey]bool {
	t.Helper()
	out := map[quoteKey]bool{}
	for get := range judgedRows(t, "*quotes*.tsv") {
		add := func(speaker, verdict string) {
			if speaker == "" || (verdict != "1" && verdict != "0" && verdict != "right" && verdict != "wrong") {
				return // no speaker, or not judged
			}
			k := newQuoteKey(get("article"), speaker, get("quote"))
			if _, seen := out[k]; !seen {
				out[k] = verdict == "1" || verdict == "right"
			}
		}
		if get("speaker_before") != "" || get("speaker_after") != "" {
			add(get("speaker_before"), get("before_right"))
			add(get("speaker_after"), get("after_right"))
			continue
		}
		add(get("speaker"), get("correct", "verdict"))
	}
	return out
}

// TestJudgedQuoteCalibration runs the extractor on the articles of the
// hand-judged quotation samples and matches its quotations to the
// verdicts (same article, speaker and opening words). Each rule's
// confidence must stay within 0.1 of the precision the samples measure
// for it, shrunk toward the prior: a quotation's confidence is how often
// its speaker is right on real news. It logs the measures; rerun after
// changing a rule and copy them into relations' confidence.go.
func TestJudgedQuoteCalibration(t *testing.T) {
	judged := readJudgedQuotes(t)
	articles := map[string]bool{}
	for k := range judged {
		articles[k.article] = true
	}
	byRule := map[string]tallyOf{}
	confidences := map[string]float64{}
	var all tallyOf
	seen := map[quoteKey]bool{}
	for rec, names := range extractJudged(t, articles) {
		for _, rel := range rec.Relations {
			if rel.Predicate != kg.Said || rel.Quote == "" {
				continue
			}
			k := newQuoteKey(rec.Article.ID, names[rel.Subject], rel.Quote)
			right, found := judged[k]
			if !found || seen[k] {
				continue
			}
			seen[k] = true
			tl := byRule[rel.Rule]
			tl.n++
			all.n++
			if right {
				tl.correct++
				all.correct++
			}
			byRule[rel.Rule] = tl
			confidences[rel.Rule] = rel.Confidence
		}
	}
	if all.n < 500 {
		t.Fatalf("%d judged quotations matched, want at least 500: are the samples and the corpus the same?", all.n)
	}
	t.Logf("judged quotations matched: %d/%d right (%.3f)", all.correct, all.n, float64(all.correct)/float64(all.n))
	var rules []string
	for r := range byRule {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	for _, r := range rules {
		tl := byRule[r]
		want := judgedShrunk(tl, 0.8)
		t.Logf("rule %-16s %3d/%-3d shrunk %.2f, printed %.2f", r, tl.correct, tl.n, want, confidences[r])
		if math.Abs(confidences[r]-want) > 0.1 {
			t.Errorf("%s quotations have confidence %.2f, but the judged samples measure %.2f (%d/%d): update confidence.go",
				r, confidences[r], want, tl.correct, tl.n)
		}
	}
}
