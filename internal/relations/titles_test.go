package relations

import "testing"

// TestNormalTitle: one form a title, whatever the article's language: the
// French of an English title (feminine for a woman), a French title without
// the sentence's capital, and anything else as written.
func TestNormalTitle(t *testing.T) {
	for _, tc := range []struct {
		in     string
		gender byte
		want   string
	}{
		{"President", 0, "président"},
		{"president", 'm', "président"},
		{"President", 'f', "présidente"},
		{"Prime Minister", 0, "Premier ministre"},
		{"Prime Minister", 'f', "Première ministre"},
		{"Foreign Minister", 0, "ministre des Affaires étrangères"},
		{"Secretary of State", 0, "secrétaire d’État"},
		{"secretary-general", 0, "secrétaire général"},
		{"Président", 0, "président"},
		{"Ministre de la Justice", 0, "ministre de la Justice"},
		{"premier ministre", 0, "Premier ministre"},
		{"Premier ministre", 0, "Premier ministre"},
		{"président", 0, "président"},
		{"ministre de l’Intérieur", 0, "ministre de l’Intérieur"},
		{"PDG", 0, "PDG"},
		{"Fed Chair", 0, "Fed Chair"},
	} {
		if got := normalTitle(tc.in, tc.gender); got != tc.want {
			t.Errorf("normalTitle(%q, %q) = %q, want %q", tc.in, tc.gender, got, tc.want)
		}
	}
}

// TestRolesOneFormAcrossLanguages: Putin's title in an English article and
// Poutine's in a French one are one role.
func TestRolesOneFormAcrossLanguages(t *testing.T) {
	runPatterns(t, []patternCase{
		{"English", "Russian President Vladimir Putin met U.S. President Joe Biden in Geneva.",
			[]string{"Joe Biden|holds_role|États-Unis|président", "Vladimir Poutine|holds_role|Russie|président"}, "role"},
		{"French", "Le président russe Vladimir Poutine a rencontré le président américain Joe Biden à Genève.",
			[]string{"Joe Biden|holds_role|États-Unis|président", "Vladimir Poutine|holds_role|Russie|président"}, "role"},
		{"English prime minister", "President Joe Biden met Israeli Prime Minister Naftali Bennett at the White House on Friday.",
			[]string{"Joe Biden|holds_role||président", "Naftali Bennett|holds_role|Israël|Premier ministre"}, "role"},
	})
}
