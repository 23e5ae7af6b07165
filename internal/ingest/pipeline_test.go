package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/extract"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// fakeExtractor records what it was given and makes one entity per
// article.
type fakeExtractor struct {
	mu   sync.Mutex
	seen []kg.Article
}

func (f *fakeExtractor) Extract(a kg.Article, text string) kg.Record {
	f.mu.Lock()
	f.seen = append(f.seen, a)
	f.mu.Unlock()
	return kg.Record{Article: a, Entities: []kg.Entity{{ID: "e1", Type: kg.Person, Name: "X"}}}
}

type fakeLoader struct{ recs []kg.Record }

func (l *fakeLoader) Load(_ context.Context, recs []kg.Record, _ kg.LoadOptions) (kg.LoadResult, error) {
	l.recs = append(l.recs, recs...)
	return kg.LoadResult{Articles: len(recs)}, nil
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func reasons(errs []FileError) []string {
	var out []string
	for _, e := range errs {
		out = append(out, filepath.Base(e.Path)+": "+e.Reason)
	}
	slices.Sort(out)
	return out
}

// TestAccounting: every input ends up ok, skipped, failed or warned
// about, in input order, and the good ones are loaded.
func TestAccounting(t *testing.T) {
	dir := t.TempDir()
	fr := "Le président a reçu lundi son homologue à Paris pour parler de la crise."
	write(t, dir, "a-fr.txt", []byte(fr))
	write(t, dir, "b-en.txt", []byte("The president met his counterpart in Paris on Monday to discuss the crisis."))
	write(t, dir, "c-de.txt", []byte("Der Präsident hat am Montag in Paris seinen Amtskollegen empfangen, und sie sprachen über die Krise."))
	write(t, dir, "d-empty.txt", nil)
	write(t, dir, "e-numbers.txt", []byte("12 345 6789\n---\n2021 | 2022\n"))
	write(t, dir, "f-latin1.txt", []byte("Le ministre a reçu lundi l'ambassadeur \xe0 Paris pour un entretien."))
	write(t, dir, "g-batch.jsonl", []byte(`{"id":"j1","published":"2022-02-21","text":"`+fr+`"}`+"\n{broken\n"+`{"id":"j3","lang":"es","text":"x"}`+"\n"))
	ld := &fakeLoader{}
	x := &fakeExtractor{}
	p := &Pipeline{Extractor: x, Loader: ld, Config: Config{Workers: 2, Batch: 2, Published: "2000-01-01"}}
	sum, err := p.Run(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Files != 7 || sum.Articles != 4 || sum.Load.Articles != 4 || sum.Undated != 0 {
		t.Errorf("summary = %+v", sum)
	}
	var ids []string
	for _, r := range ld.recs {
		ids = append(ids, filepath.Base(r.Article.Source)+"@"+r.Article.Published)
	}
	if got, want := strings.Join(ids, " "), "a-fr.txt@2000-01-01 b-en.txt@2000-01-01 f-latin1.txt@2000-01-01 g-batch.jsonl:1@2022-02-21"; got != want {
		t.Errorf("loaded %s, want %s", got, want)
	}
	if got, want := reasons(sum.Failed), []string{"d-empty.txt: empty", "e-numbers.txt: no sentence", "g-batch.jsonl: malformed JSON"}; !slices.Equal(got, want) {
		t.Errorf("failed %v, want %v", got, want)
	}
	if got, want := reasons(sum.Skipped), []string{"c-de.txt: language", "g-batch.jsonl:3: language"}; !slices.Equal(got, want) {
		t.Errorf("skipped %v, want %v", got, want)
	}
	if len(sum.Skipped) == 2 && sum.Skipped[0].Err.Error() != "German (de): only French and English are extracted" {
		t.Errorf("skip message = %q", sum.Skipped[0].Err)
	}
	if got, want := reasons(sum.Warnings), []string{"f-latin1.txt: encoding"}; !slices.Equal(got, want) {
		t.Errorf("warnings %v, want %v", got, want)
	}
	for _, a := range x.seen {
		if strings.HasPrefix(filepath.Base(a.Source), "f-") && a.Title != "" {
			t.Errorf("title %q for a one-paragraph text", a.Title)
		}
	}
}

// TestUndated: without a date in the input or --published, articles are
// counted as undated.
func TestUndated(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.jsonl", []byte(`{"id":"1","published":"2022-02-21T23:30:00-05:00","text":"Le président a parlé hier avec son homologue."}`+"\n"+`{"id":"2","text":"Le président a parlé hier avec son homologue."}`+"\n"))
	var out bytes.Buffer
	p := &Pipeline{Extractor: &fakeExtractor{}, Out: &out}
	sum, err := p.Run(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 2 || sum.Undated != 1 {
		t.Errorf("summary %+v, want 2 articles, 1 undated", sum)
	}
	var r kg.Record
	json.Unmarshal(bytes.SplitN(out.Bytes(), []byte("\n"), 2)[0], &r)
	if r.Article.Published != "2022-02-21" {
		t.Errorf("published %q, want the day as written in the input", r.Article.Published)
	}
}

// TestExtracted: a stated tag wins over detection, French and English (or
// a text too short to tell) are extracted, and others are named.
func TestExtracted(t *testing.T) {
	for _, tc := range []struct {
		stated, text, lang string
		ok                 bool
	}{
		{"", "Le président de la République a reçu les syndicats à l'Élysée.", "fr", true},
		{"", "The president received the unions at the palace for a meeting.", "en", true},
		{"", "Emmanuel Macron", "", true},
		{"EN-gb", "Le président de la République a reçu les syndicats.", "en", true},
		{"fr_FR", "The president received the unions at the palace.", "fr", true},
		{"", "Der Präsident der Republik hat die Gewerkschaften zu einem Treffen über die Renten empfangen.", "German (de)", false},
		{"es", "The president received the unions at the palace.", "Spanish (es)", false},
		{"Ru-RU", "", "Russian (ru)", false},
		{"xx-YY", "Le président de la République a reçu les syndicats.", "language xx", false},
		{"-fr", "The president received the unions at the palace.", "en", true},
	} {
		lang, ok := extracted(tc.stated, tc.text)
		if lang != tc.lang || ok != tc.ok {
			t.Errorf("extracted(%q, %.30q) = %q, %v; want %q, %v", tc.stated, tc.text, lang, ok, tc.lang, tc.ok)
		}
	}
}

func TestHasSentence(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Le ministre est arrivé.", true},
		{"Emmanuel Macron", false},
		{"12 345 6789 --- 2021", false},
		{"Accueil | Politique | Monde", false},
		{"Un. Deux. Trois.", false},
		{"Macron a parlé", true},
	} {
		if got := hasSentence(tc.text); got != tc.want {
			t.Errorf("hasSentence(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestFrenchAndEnglishMeetOnOneNode loads a French and an English article
// about the same meeting into the embedded store: Poutine and Putin, Macron,
// Moscou and Moscow must each be one node.
func TestFrenchAndEnglishMeetOnOneNode(t *testing.T) {
	ctx := context.Background()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	uri := "file://" + t.TempDir()
	s, err := dgraph.Open(ctx, uri)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p := &Pipeline{Extractor: x, Loader: s, Config: Config{Published: "2022-02-07"}}
	sum, err := p.Run(ctx, []string{"testdata/moscou-fr.txt", "testdata/moscow-en.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 2 || len(sum.Failed) > 0 {
		t.Fatalf("summary %+v", sum)
	}
	js, err := s.Query(ctx, `{ e(func: type(Entity), first: 100000) { entity.key name } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		E []struct {
			Key  string `json:"entity.key"`
			Name string `json:"name"`
		} `json:"e"`
	}
	if err := json.Unmarshal(js, &got); err != nil {
		t.Fatal(err)
	}
	nodes := map[string]int{}
	for _, e := range got.E {
		nodes[e.Key]++
	}
	for key, name := range map[string]string{"Q7747": "Poutine", "Q3052772": "Macron", "Q649": "Moscou", "Q212": "Ukraine"} {
		if nodes[key] != 1 {
			t.Errorf("%s (%s) is %d nodes, want 1", name, key, nodes[key])
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 {
		t.Errorf("articles = %d, want 2", st.Articles)
	}
	// The one Putin node is mentioned as Poutine in the French article and
	// as Putin in the English one.
	js, err = s.Query(ctx, `{ e(func: eq(entity.key, "Q7747")) { ~mention.entity { mention.text mention.article { article.lang } } } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var putin struct {
		E []struct {
			M []struct {
				Text    string `json:"mention.text"`
				Article struct {
					Lang string `json:"article.lang"`
				} `json:"mention.article"`
			} `json:"~mention.entity"`
		} `json:"e"`
	}
	if err := json.Unmarshal(js, &putin); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range putin.E {
		for _, m := range e.M {
			seen[m.Article.Lang+":"+m.Text] = true
		}
	}
	if len(putin.E) != 1 || !seen["fr:Vladimir Poutine"] || !seen["en:Vladimir Putin"] || !seen["en:Putin"] {
		t.Errorf("Putin node mentions = %s", js)
	}
}

type failingLoader struct{ calls int }

func (l *failingLoader) Load(context.Context, []kg.Record, kg.LoadOptions) (kg.LoadResult, error) {
	l.calls++
	return kg.LoadResult{}, errors.New("store gone")
}

// TestLoadErrorStopsTheRun: a store that fails stops reading a long
// stream; the run returns the error rather than hanging or loading on.
func TestLoadErrorStopsTheRun(t *testing.T) {
	var b strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&b, `{"id":"%d","text":"Le ministre a reçu lundi son homologue numéro %d à Paris."}`+"\n", i, i)
	}
	path := write(t, t.TempDir(), "many.jsonl", []byte(b.String()))
	ld := &failingLoader{}
	p := &Pipeline{Extractor: &fakeExtractor{}, Loader: ld, Config: Config{Workers: 2, Batch: 2}}
	done := make(chan struct{})
	var sum Summary
	var err error
	go func() {
		sum, err = p.Run(context.Background(), []string{path})
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Run did not return after the store failed")
	}
	// One more batch may be handed over while the failing one loads.
	if err == nil || err.Error() != "store gone" || ld.calls > 2 {
		t.Errorf("err %v after %d loads", err, ld.calls)
	}
	if sum.Articles >= 5000 {
		t.Errorf("read all %d articles after the store failed", sum.Articles)
	}
}

// TestRecordsAccountingWhenLoadingFails: with a store that always fails,
// every record read is either in a failed batch (NotLoaded) or left unsent
// after it (Unsent), never both and never neither, however many files
// follow the failure.
func TestRecordsAccountingWhenLoadingFails(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for f := range 5 {
		var b strings.Builder
		for i := range 3 {
			rec := kg.Record{Article: kg.Article{ID: fmt.Sprintf("f%d-%d", f, i), Source: fmt.Sprintf("f%d.jsonl:%d", f, i+1)},
				Entities: []kg.Entity{{ID: "e1", Type: kg.Person, Name: "X"}}}
			js, err := json.Marshal(rec)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(js)
			b.WriteByte('\n')
		}
		paths = append(paths, write(t, dir, fmt.Sprintf("f%d.jsonl", f), []byte(b.String())))
	}
	for run := range 8 {
		p := &Pipeline{Loader: &failingLoader{}, Config: Config{Batch: 2}}
		sum, err := p.RunRecords(context.Background(), paths)
		if err == nil {
			t.Fatalf("run %d: no error from a failing store", run)
		}
		if got := len(sum.NotLoaded) + sum.Unsent; got != sum.Articles {
			t.Errorf("run %d: Articles=%d NotLoaded=%d Unsent=%d: every record read must be not loaded or unsent, once",
				run, sum.Articles, len(sum.NotLoaded), sum.Unsent)
		}
	}
}

// panicky fails on purpose on articles whose text holds "BOOM", and
// extracts the others with the real extractor.
type panicky struct{ x *extract.Extractor }

func (p panicky) Extract(a kg.Article, text string) kg.Record {
	if strings.Contains(text, "BOOM") {
		var s []int
		_ = s[len(text)] // an index out of range, as a real bug would
	}
	return p.x.Extract(a, text)
}

// TestPanicIsOneArticlesFailure: an article whose extraction panics is
// counted as an internal error naming its file and line and the frame
// that panicked; the others of its batch are extracted and passed on.
func TestPanicIsOneArticlesFailure(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i := range 6 {
		word := "calme"
		if i == 3 {
			word = "BOOM"
		}
		fmt.Fprintf(&b, `{"id":"a%d","text":"Le ministre Jean Dupont a reçu lundi son homologue numéro %d à Paris, un jour %s."}`+"\n", i, i, word)
	}
	path := write(t, t.TempDir(), "batch.jsonl", []byte(b.String()))
	ld := &fakeLoader{}
	p := &Pipeline{Extractor: panicky{x}, Loader: ld, Config: Config{Workers: 2, Batch: 4}}
	sum, err := p.Run(context.Background(), []string{path})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 5 || len(ld.recs) != 5 {
		t.Errorf("%d articles ok, %d loaded; want 5 and 5", sum.Articles, len(ld.recs))
	}
	if len(sum.Failed) != 1 {
		t.Fatalf("failed = %v, want the one article", sum.Failed)
	}
	f := sum.Failed[0]
	var ie *kg.InternalError
	if f.Reason != ReasonInternal || f.Line != 4 || !strings.HasSuffix(f.Path, "batch.jsonl") || !errors.As(f.Err, &ie) {
		t.Fatalf("failure = %+v, want batch.jsonl line 4, internal error", f)
	}
	if !strings.Contains(ie.Frame, "internal/ingest/pipeline_test.go:") || !strings.Contains(ie.Frame, "panicky.Extract") || !strings.Contains(ie.Stack, "panicky.Extract") {
		t.Errorf("frame %q, want the test's Extract; stack:\n%s", ie.Frame, ie.Stack)
	}
	if !strings.Contains(f.Error(), "batch.jsonl:4: internal error: panic: runtime error: index out of range") {
		t.Errorf("message %q", f.Error())
	}
}

// TestConfidenceFloor checks that the floor drops the events stated as
// done below it and keeps the rest: those above it, those marked future
// or hedged (no assertion that they were done), and facts that carry no
// confidence.
func TestConfidenceFloor(t *testing.T) {
	p := &Pipeline{Config: Config{MinConfidence: 0.7}}
	r := p.filter(kg.Record{Relations: []kg.Relation{
		{Predicate: "met", Confidence: 0.65},
		{Predicate: "met", Confidence: 0.85},
		{Predicate: "investigates", Modality: "hedged", Confidence: 0.61},
		{Predicate: "met", Modality: "future", Confidence: 0.5},
		{Predicate: kg.HoldsRole},
	}})
	var got []string
	for _, rel := range r.Relations {
		got = append(got, fmt.Sprintf("%s/%s/%.2f", rel.Predicate, rel.Modality, rel.Confidence))
	}
	want := []string{"met//0.85", "investigates/hedged/0.61", "met/future/0.50", kg.HoldsRole + "//0.00"}
	if !slices.Equal(got, want) {
		t.Errorf("kept %v, want %v", got, want)
	}
	p.Config.MinConfidence = 0
	if n := len(p.filter(kg.Record{Relations: []kg.Relation{{Predicate: "met", Confidence: 0.1}}}).Relations); n != 1 {
		t.Errorf("no floor kept %d facts, want 1", n)
	}
}
