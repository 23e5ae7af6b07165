package relations

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/text"
)

// facts renders the facts of s as "subject|predicate|object|cameo|extra".
func facts(t *testing.T, s string) []string {
	t.Helper()
	r, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	a := r.Recognize(text.Analyze(s))
	var out []string
	for _, f := range mustNew(t).Extract(a, trees(t, a.Doc), "2021-02-08") {
		obj := ""
		if f.Obj >= 0 {
			obj = a.Entities[f.Obj].Name
		}
		extra := f.Role + f.Quote + f.Modality
		out = append(out, strings.Join([]string{a.Entities[f.Subj].Name, f.Predicate, obj, f.Cameo, extra}, "|"))
	}
	return out
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"coordination", "Emmanuel Macron et Olaf Scholz ont discuté de l’Ukraine.", []string{"Emmanuel Macron|spoke_with|Olaf Scholz|040|"}},
		{"negation", "Emmanuel Macron n’a pas rencontré Olaf Scholz.", nil},
		{"future", "Emmanuel Macron rencontrera Olaf Scholz.", []string{"Emmanuel Macron|met|Olaf Scholz|040|future"}},
		{"hedged", "Emmanuel Macron aurait rencontré Olaf Scholz.", []string{"Emmanuel Macron|met|Olaf Scholz|040|hedged"}},
		{"pronoun blocks", "Il a critiqué Olaf Scholz.", nil},
		{"passive", "Olaf Scholz a été critiqué par Emmanuel Macron.", []string{"Emmanuel Macron|criticized|Olaf Scholz|111|"}},
		{"topic is not an object", "Emmanuel Macron a discuté de la Russie.", nil},
		{"locative skipped", "Emmanuel Macron a reçu à Paris Olaf Scholz.", []string{"Emmanuel Macron|hosted|Olaf Scholz|043|"}},
		{"in quote, the speaker's side", "« Nous avons critiqué la Russie », a dit Emmanuel Macron.", []string{"Emmanuel Macron|said||010|Nous avons critiqué la Russie", "Emmanuel Macron|criticized|Russie|111|"}},
		{"in quote, someone else", "« Ils ont critiqué la Russie », a dit Emmanuel Macron.", []string{"Emmanuel Macron|said||010|Ils ont critiqué la Russie"}},
		{"own country", "Antony Blinken, secrétaire d’État américain, a défendu la position des États-Unis.", []string{"Antony Blinken|holds_role|États-Unis||secrétaire d’État"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := facts(t, tt.in)
			if why, ok := knownMisses[tt.name]; ok {
				for _, l := range got {
					if !slices.Contains(tt.want, l) {
						t.Errorf("%s\nwrong fact %s (a known miss: %s)", tt.in, l, why)
					}
				}
				return
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestEvidenceOfGluedSentences: when a scraper glued sentences into one
// long run, a fact's evidence is the clause that states it, not the run.
func TestEvidenceOfGluedSentences(t *testing.T) {
	// One sentence of clauses joined by semicolons, longer than evidence
	// is shown whole.
	filler := "Le taux d'abstention a été de 58% dans cette ville portuaire qui avait basculé à droite en 1995 après trois décennies de gestion communiste ; le 15 mars, lors du premier tour, le candidat sortant était arrivé en tête avec 43,60% des voix devant tous ses concurrents réunis ; "
	s := filler + "le ministre israélien des Affaires étrangères Gabi Ashkenazi a parlé à l'AFP ; la suite du texte parle encore longuement des résultats du scrutin et de la participation dans les quartiers."
	r, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	d := text.Analyze(s)
	if len(d.Sentences) != 1 {
		t.Fatalf("%d sentences: the test wants one long sentence", len(d.Sentences))
	}
	a := r.Recognize(d)
	var got []string
	for _, f := range mustNew(t).Extract(a, trees(t, d), "2021-02-08") {
		if f.Predicate == "holds_role" {
			got = append(got, f.Evidence)
			if s[f.Start:f.End] != f.Evidence {
				t.Errorf("offsets [%d,%d) do not give the evidence", f.Start, f.End)
			}
		}
	}
	want := "le ministre israélien des Affaires étrangères Gabi Ashkenazi a parlé à l'AFP ;"
	if len(got) != 1 || got[0] != want {
		t.Errorf("evidence %q, want %q", got, want)
	}
}

// TestPronounSpeakerAgrees: "a-t-elle ajouté" is no man's, nor an
// organisation's.
func TestPronounSpeakerAgrees(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Emmanuel Macron a parlé devant l'ONU. « Nous allons agir très vite », a-t-elle ajouté.", ""},
		{"Mme Valérie Pécresse a parlé devant l'ONU. « Nous allons agir très vite », a-t-elle ajouté.", "Valérie Pécresse|said||010|Nous allons agir très vite"},
		{"Emmanuel Macron a parlé devant l'ONU. « Nous allons agir très vite », a-t-il ajouté.", "Emmanuel Macron|said||010|Nous allons agir très vite"},
	} {
		got := facts(t, tt.in)
		var said []string
		for _, f := range got {
			if strings.Contains(f, "|said|") {
				said = append(said, f)
			}
		}
		if strings.Join(said, "\n") != tt.want {
			t.Errorf("%s\ngot %q, want %q", tt.in, said, tt.want)
		}
	}
}
