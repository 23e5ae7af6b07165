package relations

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
)

// TestOfficesData: data/offices.tsv parses, no two terms of one office in
// one country overlap, and every office a description names has holders.
func TestOfficesData(t *testing.T) {
	terms, err := readOffices(officesTSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(terms) < 50 {
		t.Fatalf("%d terms, want the table", len(terms))
	}
	held := map[string]bool{}
	for i, a := range terms {
		held[a.office] = true
		for _, b := range terms[i+1:] {
			if a.office != b.office || a.country != b.country {
				continue
			}
			aEnd, bEnd := a.to, b.to
			if aEnd == "" {
				aEnd = "9999"
			}
			if bEnd == "" {
				bEnd = "9999"
			}
			if a.from < bEnd && b.from < aEnd {
				t.Errorf("%s (%s): %v and %v overlap", a.office, a.country, a.names, b.names)
			}
		}
	}
	for name, o := range officeNames {
		if !held[o.office] {
			t.Errorf("%q names office %q, which has no holder in the table", name, o.office)
		}
	}
	for _, bad := range []string{"président\tFrance\tX\t2017-05-14", "président\tFrance\tX\t2017-13-01\t", "président\tFrance\tX\t2017-05-14\t2016-01-01"} {
		if _, err := readOffices(bad); err == nil {
			t.Errorf("readOffices(%q) gave no error", bad)
		}
	}
}

// TestOfficeDescriptions: a description of an office stands for its
// holder on the day of publication whom the article names (a role fact,
// the speaker of a quotation), a former holder with "ancien"; not when
// the gender, the complement, another holder named, or a change of
// holder in the fortnight before says otherwise.
func TestOfficeDescriptions(t *testing.T) {
	r, err := entities.New()
	if err != nil {
		t.Fatal(err)
	}
	x := mustNew(t)
	for _, tt := range []struct {
		name, in, published string
		want                []string
	}{
		{"the head of state on the day", "Emmanuel Macron est arrivé à Ajaccio. « C'est grave », a déclaré le chef de l'État.", "2019-02-26",
			[]string{"Emmanuel Macron|holds_role|chef de l'État", "Emmanuel Macron|said|C'est grave"}},
		{"the title's complement left out of it", "Emmanuel Macron est arrivé à Nice. « Rien n'est décidé », a déclaré le président de la République. Le président de la République a critiqué Donald Trump.", "2019-07-20",
			[]string{"Emmanuel Macron|holds_role|président de la République", "Emmanuel Macron|holds_role|président de la République", "Emmanuel Macron|said|Rien n'est décidé"}},
		{"another republic's president", "Emmanuel Macron est arrivé à Kinshasa. « Rien n'est décidé », a déclaré le président de la République démocratique du Congo.", "2019-07-20", nil},
		{"a former holder", "L'ancien président François Hollande a critiqué Emmanuel Macron. « Nous n'aurions pas eu ces excès », a ajouté l'ancien chef de l'État.", "2019-04-01",
			[]string{"François Hollande|holds_role|ancien président", "François Hollande|holds_role|ancien chef de l'État", "François Hollande|said|Nous n'aurions pas eu ces excès"}},
		{"the holder of that day, not of today", "Manuel Valls est à Ajaccio. « Le gouvernement tiendra ses engagements », a assuré le Premier ministre.", "2016-07-04",
			[]string{"Manuel Valls|holds_role|Premier ministre", "Manuel Valls|said|Le gouvernement tiendra ses engagements"}},
		{"the holder not named", "« Le gouvernement tiendra ses engagements », a assuré le Premier ministre.", "2016-07-04", nil},
		{"two holders named", "François Hollande et Nicolas Sarkozy se sont croisés. « C'est fini », a dit l'ancien président.", "2019-04-01", nil},
		{"the former holder named in the sentence before, alone", "François Fillon est arrivé dimanche. Alain Juppé a répondu lundi. « C'est fini », a dit l'ancien Premier ministre.", "2016-11-21",
			[]string{"Alain Juppé|holds_role|ancien Premier ministre", "Alain Juppé|said|C'est fini"}},
		{"a former foreign minister of 2002", "Dominique de Villepin a parlé lundi. Par ailleurs, l'ancien ministre des Affaires étrangères a critiqué Donald Trump.", "2019-05-14",
			[]string{"Dominique de Villepin|holds_role|ancien ministre des Affaires étrangères"}},
		{"the gender disagrees", "Boris Johnson a parlé. « Restez chez vous », a déclaré la Première ministre.", "2020-05-08", nil},
		{"another office by its complement", "Emmanuel Macron est critiqué. « Il faut un référendum », a affirmé la présidente du Rassemblement national.", "2020-02-02", nil},
		{"a handover in the fortnight", "Gérald Darmanin a salué Christophe Castaner. « Vous avez tenu bon », a déclaré le ministre de l'Intérieur.", "2020-07-07", nil},
		{"a deposed holder", "Abdelmadjid Tebboune a été élu. Le procès montre la corruption du régime du président déchu Abdelaziz Bouteflika. Les accusés ont regretté l'absence du président déchu.", "2020-07-01",
			[]string{"Abdelaziz Bouteflika|holds_role|ancien président", "Abdelaziz Bouteflika|holds_role|ancien président"}},
		{"a body's office needs the body named", "Gérard Larcher et Emmanuel Macron se sont vus. « C'est grave », a regretté le président du Sénat.", "2019-02-26",
			[]string{"Gérard Larcher|holds_role|président", "Gérard Larcher|said|C'est grave"}},
		{"a complement is no speaker", "Emmanuel Macron a reçu des invités. Nicolas Sarkozy a de bons rapports avec le président : « On n'est pas d'accord sur tout ».", "2019-04-01",
			[]string{"Emmanuel Macron|holds_role|président"}},
	} {
		a := r.Recognize(text.Analyze(tt.in))
		var got []string
		for _, f := range x.Extract(a, trees(t, a.Doc), tt.published) {
			switch f.Predicate {
			case kg.HoldsRole:
				got = append(got, a.Entities[f.Subj].Name+"|holds_role|"+f.Role)
			case kg.Said:
				if a.Entities[f.Subj].Name == "Emmanuel Macron" || f.Rule == ruleQuoteTitle || f.Rule == ruleQuoteIncise {
					got = append(got, a.Entities[f.Subj].Name+"|said|"+f.Quote)
				}
			}
		}
		if !sameSet(got, tt.want) {
			t.Errorf("%s: %s\ngot  %q\nwant %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		if m[s] == 0 {
			return false
		}
		m[s]--
	}
	return true
}
