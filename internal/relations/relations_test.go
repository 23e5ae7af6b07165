package relations

import (
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
	for _, f := range New().Extract(a, "2021-02-08") {
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
		{"in quote ignored", "« Nous avons critiqué la Russie », a dit Emmanuel Macron.", []string{"Emmanuel Macron|said||010|Nous avons critiqué la Russie"}},
		{"own country", "Antony Blinken, secrétaire d’État américain, a défendu la position des États-Unis.", []string{"Antony Blinken|holds_role|États-Unis||secrétaire d’État"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := facts(t, tt.in)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
