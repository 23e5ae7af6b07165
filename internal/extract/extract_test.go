package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current output")

// goldenPublished is the publication day every golden text is read with.
const goldenPublished = "2022-07-07"

func extractFile(t testing.TB, x *Extractor, path string) kg.Record {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(path)
	return x.Extract(kg.Article{Source: name, ID: kg.ContentID(string(b)), Published: goldenPublished}, string(b))
}

func TestGolden(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			rec := extractFile(t, x, p)
			got, err := json.MarshalIndent(rec, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(p, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/extract -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; review the diff and run with -update if it is right\n%s", p, golden, firstDiff(string(want), string(got)))
			}
		})
	}
}

func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) && i < len(g); i++ {
		if w[i] != g[i] {
			return "line " + itoa(i+1) + ":\n- " + w[i] + "\n+ " + g[i]
		}
	}
	return "lengths differ"
}

// TestRecordInvariants checks what every consumer relies on: offsets that
// slice the original text, ids that resolve, confidences in (0,1].
func TestRecordInvariants(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("testdata/*.txt")
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		rec := extractFile(t, x, p)
		ids := map[string]bool{}
		for _, e := range rec.Entities {
			ids[e.ID] = true
			for _, m := range e.Mentions {
				if string(b[m.Start:m.End]) != m.Text {
					t.Errorf("%s: mention %q at %d:%d slices %q", p, m.Text, m.Start, m.End, b[m.Start:m.End])
				}
			}
		}
		for _, r := range rec.Relations {
			if !ids[r.Subject] || (r.Object != "" && !ids[r.Object]) {
				t.Errorf("%s: relation %+v names an unknown entity", p, r)
			}
			if r.Confidence <= 0 || r.Confidence > 1 || r.Extractor != Version {
				t.Errorf("%s: relation %+v: confidence %v extractor %q", p, r, r.Confidence, r.Extractor)
			}
			if r.Sentence < 0 || r.Sentence >= rec.Article.Sentences {
				t.Errorf("%s: sentence %d out of %d", p, r.Sentence, rec.Article.Sentences)
			}
		}
	}
}

// TestConcurrent runs one extractor from many goroutines (go test -race).
func TestConcurrent(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("testdata/*.txt")
	want := make([]string, len(paths))
	for i, p := range paths {
		b, _ := json.Marshal(extractFile(t, x, p))
		want[i] = string(b)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, p := range paths {
				b, _ := json.Marshal(extractFile(t, x, p))
				if string(b) != want[i] {
					t.Errorf("%s: concurrent output differs", p)
				}
			}
		}()
	}
	wg.Wait()
}

func TestExtractFacts(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Le ministre français des Affaires étrangères Jean Dupont s’est entretenu lundi avec son homologue allemand, Karl Weber.\n" +
		"« Nous avons parlé de l’Ukraine », a déclaré M. Dupont.\n" +
		"Jean Dupont n’a pas rencontré le président russe Vladimir Poutine.\n"
	rec := x.Extract(kg.Article{Source: "t.txt", Published: "2021-02-10"}, text)
	got := factLines(rec)
	want := []string{
		"Jean Dupont|spoke_with|Karl Weber|040||2021-02-08|",
		"Jean Dupont|holds_role|France||ministre des Affaires étrangères||",
		"Karl Weber|holds_role|Allemagne||ministre des Affaires étrangères||",
		"Jean Dupont|said||010|||Nous avons parlé de l’Ukraine",
		"Vladimir Poutine|holds_role|Russie||président||",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("relations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if rec.Article.Lang != "fr" || rec.Article.Sentences != 3 {
		t.Errorf("article = %+v, want lang fr and 3 sentences", rec.Article)
	}
}

// factLines renders a record's facts one a line: subject, predicate,
// object, CAMEO code, role, date and quotation.
func factLines(rec kg.Record) []string {
	name := map[string]string{}
	for _, e := range rec.Entities {
		name[e.ID] = e.Name
	}
	var out []string
	for _, r := range rec.Relations {
		out = append(out, strings.Join([]string{name[r.Subject], r.Predicate, name[r.Object], r.Cameo, r.Role, r.Date, r.Quote}, "|"))
	}
	return out
}

// TestStatedLanguageWins: a text too short to detect is read in the
// language its input states.
func TestStatedLanguageWins(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const s = "Biden met Naftali Bennett Friday." // no common word: detection says French
	for _, tc := range []struct{ lang, want string }{{"", "fr"}, {"en-US", "en"}, {"en", "en"}} {
		rec := x.Extract(kg.Article{Source: "s.txt", Lang: tc.lang, Published: "2022-07-07"}, s)
		met := false
		for _, r := range rec.Relations {
			met = met || r.Predicate == "met" && r.Date == "2022-07-01"
		}
		if rec.Article.Lang != tc.want || met != (tc.want == "en") {
			t.Errorf("lang %q: read as %q, meeting found %v; want %q", tc.lang, rec.Article.Lang, met, tc.want)
		}
	}
}

// TestSurnameWithArticle: a surname opening on a capitalised article is
// the person's name, tagged as one ("Bruno Le Maire a demandé" is not
// "the mayor"), alone too ("M. Le Maire a appelé"); a headline's
// infinitive of purpose has no subject ("Brésil : X en prison pour
// rendre visite à Lula" is no visit by Brazil).
func TestSurnameWithArticle(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Brésil : Jean-Luc Mélenchon en prison pour rendre visite à Lula\n\n" +
		"Bruno Le Maire a tout de même demandé aux Français de faire preuve de bon sens.\n" +
		"M. Le Maire a appelé les États-Unis à accélérer les travaux à l'OCDE.\n"
	got := factLines(x.Extract(kg.Article{Source: "t.txt", Published: "2020-03-20"}, text))
	want := []string{
		"Bruno Le Maire|asked|France|020||2020-03-20|", // the publication day: no day named
		"Bruno Le Maire|urged|États-Unis|020||2020-03-20|",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("relations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNameTakenIntoRelative: the parser, reading "Bruno Le Maire" with
// its article as a name, hangs "selon Bruno Le Maire" inside the relative
// clause that follows; "qui" right after the name is still that name.
func TestNameTakenIntoRelative(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := `"Il y a un combat plus difficile à mener", c'est "la taxation des géants du digital", selon Bruno Le Maire qui avait appelé la semaine dernière l'Union européenne à rouvrir ce dossier.` + "\n"
	got := factLines(x.Extract(kg.Article{Source: "t.txt", Published: "2019-04-08"}, text))
	want := []string{"Bruno Le Maire|urged|Union européenne|020|||"} // "la semaine dernière": no day
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("relations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestInciseAfterAdverbial: an incise whose verb an adverbial opens ("« …
// », a par ailleurs déploré le Premier ministre") states no act between
// the clause's earlier subject and the speaker after it.
func TestInciseAfterAdverbial(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Le Premier ministre Édouard Philippe a présenté les mesures.\n\n" +
		`Emmanuel Macron, qui s'est rendu mardi matin dans les locaux du 3919, "Violences femmes info", à Paris, a notamment pu écouter l'appel d'une femme en détresse que les gendarmes refusaient d'accompagner chez elle pour récupérer ses affaires à son domicile, où se trouvait son mari violent.• Généraliser le bracelet anti-rapprochement "L'interdiction judiciaire n'empêche pas toujours les féminicides", a par ailleurs déploré le Premier ministre.` + "\n"
	for _, l := range factLines(x.Extract(kg.Article{Source: "t.txt", Published: "2019-09-03"}, text)) {
		if strings.Contains(l, "|criticized|") {
			t.Errorf("an incise read as an act: %s", l)
		}
	}
}

// TestWorkTitleNoParty: a name inside a work's quoted title ("le
// téléfilm « Dix Petits Nègres »") is no party to an act.
func TestWorkTitleNoParty(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := `Sur twitter, la chanteuse Lââm s'est indignée du titre du téléfilm "Dix Petits Nègres" diffusé samedi sur TMC et adapté du célèbre roman d'Agatha Christie.` + "\n"
	for _, l := range factLines(x.Extract(kg.Article{Source: "t.txt", Published: "2017-07-31"}, text)) {
		if !strings.Contains(l, "|holds_role|") {
			t.Errorf("a fact from a work's title: %s", l)
		}
	}
}

// TestNameOfAnotherClause: a name that a participle's clause opens with
// ("Visant particulièrement Jean-Luc Mélenchon, le porte-parole …") is
// not the subject the title after the comma stands in apposition to.
func TestNameOfAnotherClause(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Benjamin Griveaux répond à Jean-Luc Mélenchon\n\n" +
		`Le député des Bouches-du-Rhône termine son message par un clin d'œil. Sur France Inter, Benjamin Griveaux a dénoncé "une capitalisation morale et intellectuelle" de l'opposition. "Aucun patron d'aucun parti d'opposition n'a eu de réaction suite à l'intrusion dans mon ministère", s'est-il emporté. Visant particulièrement Jean-Luc Mélenchon, le porte-parole du gouvernement l'accuse "d'instrumentaliser politiquement la colère des gens".` + "\n"
	for _, l := range factLines(x.Extract(kg.Article{Source: "t.txt", Published: "2019-01-07"}, text)) {
		if strings.HasPrefix(l, "Jean-Luc Mélenchon|") {
			t.Errorf("the name of another clause as the subject: %s", l)
		}
	}
}
