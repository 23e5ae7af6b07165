package entities

import (
	"slices"
	"testing"
)

func TestInstitutionNamesAndCompanies(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"adjectives after the head", "L'Agence mondiale antidopage a suspendu le sprinteur.", []string{"ORG Agence mondiale antidopage"}},
		{"complements", "La Commission de régulation de l'énergie a relevé les tarifs.", []string{"ORG Commission de régulation de l'énergie"}},
		{"a known body inside", "La Cour de justice de l'Union européenne a tranché.", []string{"ORG Cour de justice de l'Union européenne"}},
		{"a known name lengthened by pour", "L'Organisation des Nations unies pour le développement industriel a alerté.",
			[]string{"ORG Organisation des Nations unies pour le développement industriel"}},
		{"a city belongs to the name", "Le Tribunal correctionnel de Lyon a condamné Jean Moreau.",
			[]string{"ORG Tribunal correctionnel de Lyon", "PERSON Jean Moreau"}},
		{"a country does not", "La Cour suprême d'Israël a rejeté le recours.", []string{"GPE Israël Q801", "ORG Cour suprême"}},
		{"a final demonym stays the country's", "Le Parlement arménien a voté.", []string{"GPE Arménie [arménien] Q399"}},
		{"head alone is no name", "L'Office a publié son rapport. Le Conseil a décidé mardi de reporter le vote.", nil},
		{"head alone names the body before", "L'Autorité de la concurrence a infligé une amende. L'Autorité demande plus.",
			[]string{"ORG Autorité de la concurrence [Autorité]"}},
		{"a date ends the name", "Le Conseil des ministres de mercredi a adopté le texte.", []string{"ORG Conseil des ministres"}},
		{"an infinitive ends it", "La Commission pour reporter le vote a été créée.", nil},
		{"central bank", "La Banque d'Italie prévoit une récession.", []string{"ORG Banque d'Italie"}},
		{"company noun before", "Le constructeur automobile japonais Suzaki a rappelé ses voitures.", []string{"GPE Japon [japonais] Q17", "ORG Suzaki"}},
		{"chief of a company", "Le PDG de Verdanor, Paul Roux, a démissionné.", []string{"ORG Verdanor", "PERSON Paul Roux"}},
		{"results of a company", "Lumitex a annoncé ses résultats annuels.", []string{"ORG Lumitex"}},
		{"camel case brand", "Le partenaire allemand CureVacX a échoué.", []string{"GPE Allemagne [allemand] Q183", "ORG CureVacX"}},
		{"legal form", "Le rachat de Vivendi SA a été validé.", []string{"ORG Vivendi [Vivendi SA]"}},
		{"a person with a possessive", "Macron a réuni ses ministres.", []string{"PERSON Emmanuel Macron [Macron] Q3052772"}},
		{"an English name with its article", "L'ONG Save the Children a publié un rapport.", []string{"ORG Save the Children"}},
		{"a surname is not camel case", "John McCain a voté contre.", []string{"PERSON John McCain"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(recognize(t, tt.in))
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLocalStation(t *testing.T) {
	for name, want := range map[string]bool{"france bleu occitanie": true, "france 3 hauts-de-france": true, "france bleu": false, "france 2": false, "france inter": false} {
		if got := LocalStation(name); got != want {
			t.Errorf("LocalStation(%q) = %v, want %v", name, got, want)
		}
	}
}
