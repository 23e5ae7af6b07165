package dgraph

import (
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/kg"
)

func TestLabels(t *testing.T) {
	blinken := &kg.EntityRef{Name: "Antony Blinken", Type: "PERSON"}
	russia := &kg.EntityRef{Name: "Russie", Type: "GPE"}
	cpi := &kg.EntityRef{Name: "Cour pénale internationale", Type: "ORG"}
	tests := []struct{ got, want string }{
		{entityLabel("Gabi Ashkenazi", "PERSON"), "Ashkenazi"},
		{entityLabel("Joe Biden", "PERSON"), "Joe Biden"},
		{entityLabel("Jean-Yves Le Drian", "PERSON"), "Le Drian"},
		{entityLabel("Ursula von der Leyen", "PERSON"), "Leyen"},
		{entityLabel("Cour pénale internationale", "ORG"), "CPI"},
		{entityLabel("Organisation des Nations unies", "ORG"), "ONU"},
		{entityLabel("Union européenne", "ORG"), "Union…"},
		{entityLabel("Conseil de sécurité", "ORG"), "Conseil…"},
		{entityLabel("Arabie saoudite", "GPE"), "Arabie…"},
		{entityLabel("Bosnie-Herzégovine", "GPE"), "Bosnie-Herz…"},
		{factLabel("met", "", "", blinken), "met Blinken"},
		{factLabel("spoke_with", "", "", blinken), "talk Blinken"},
		{factLabel("accused", "", "", russia), "accuse Russ…"},
		{factLabel("criticized", "", "", cpi), "rebuke CPI"},
		{factLabel("visited", "", "", nil), "visit"},
		{factLabel("met", "", "", &kg.EntityRef{Name: "Xavier Xi", Type: "PERSON"}), "met Xavier…"},
		{factLabel("said", "", "Nous avons parlé de l'Iran", nil), "said «Nous…»"},
		{factLabel("said", "", "Inacceptable", nil), "said «Inac…»"},
		{factLabel("holds_role", "ministre des Affaires étrangères", "", russia), "is ministre…"},
		{factLabel("holds_role", "président", "", russia), "is président"},
		{articleLabel("", "examples/ashkenazi-blinken.txt"), "ashkenazi-b…"},
		{articleLabel("Israël et les États-Unis", "x.txt"), "Israël…"},
		{articleLabel("Brèves", "x.txt"), "Brèves"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: label %q, want %q", i, tt.got, tt.want)
		}
		if n := utf8.RuneCountInString(tt.got); n > labelMax {
			t.Errorf("%d: label %q has %d characters, more than Ratel draws (%d)", i, tt.got, n, labelMax)
		}
	}
}
