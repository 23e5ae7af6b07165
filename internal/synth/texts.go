package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Text templates: %[1]s and %[2]s are people, %[3]s a country, %[4]s its
// demonym, %[5]s an organisation, %[6]s a weekday, %[7]s a city.
var (
	eventSentences = []string{
		"%[1]s a rencontré %[2]s %[6]s à %[7]s pour évoquer la situation régionale.",
		"%[1]s s'est entretenu %[6]s avec son homologue %[4]s, %[2]s.",
		"%[1]s a remercié %[2]s pour son soutien lors des négociations.",
		"%[1]s a critiqué %[2]s après la publication du rapport.",
		"%[1]s a accusé %[2]s de bloquer les discussions sur le commerce.",
		"%[1]s et %[2]s ont discuté %[6]s de la coopération entre leurs pays.",
		"Le ministre %[4]s des Affaires étrangères, %[1]s, a reçu %[2]s %[6]s.",
		"%[5]s a condamné la décision annoncée par %[1]s.",
		"%[1]s s'est rendu %[6]s à %[7]s, où il a été reçu par %[2]s.",
		"%[1]s a salué le travail de %[5]s sur ce dossier.",
	}
	quoteSentences = []string{
		"« Nous voulons avancer ensemble sur ce dossier », a déclaré %[1]s.",
		"« Cette décision est une erreur grave », a affirmé %[1]s devant la presse.",
		"Selon %[1]s, « le dialogue reste la seule voie possible ».",
	}
	fillerSentences = []string{
		"Les discussions doivent se poursuivre dans les prochaines semaines.",
		"Aucun accord n'a été annoncé à l'issue de la réunion.",
		"Plusieurs observateurs estiment que la situation reste fragile.",
		"Le calendrier des prochaines étapes n'a pas été précisé.",
		"Les marchés ont réagi avec prudence à ces annonces.",
		"La question sera de nouveau abordée lors du prochain sommet.",
	}
	countries = []struct{ name, demonym, city string }{
		{"France", "français", "Paris"}, {"Allemagne", "allemand", "Berlin"},
		{"Israël", "israélien", "Jérusalem"}, {"Russie", "russe", "Moscou"},
		{"Iran", "iranien", "Téhéran"}, {"Chine", "chinois", "Pékin"},
		{"Italie", "italien", "Rome"}, {"Espagne", "espagnol", "Madrid"},
		{"Japon", "japonais", "Tokyo"}, {"Brésil", "brésilien", "Brasilia"},
	}
	weekdays = []string{"lundi", "mardi", "mercredi", "jeudi", "vendredi"}
)

// Article returns article i of a synthetic French news corpus: a title, a
// publication day and about 300 words naming people, countries and
// organisations, a few of them hubs found in many articles. It depends only
// on cfg and i, so a corpus of any size is made one article at a time.
func Article(cfg Config, i int) (title, published, text string) {
	hubs, people := cfg.Hubs, cfg.People
	if hubs == 0 {
		hubs = 5
	}
	if people == 0 {
		people = max(50, cfg.Articles)
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, uint64(i)+1))
	pick := func() string {
		if rng.IntN(2) == 0 {
			return personName(cfg.Seed, rng.IntN(hubs))
		}
		return personName(cfg.Seed, hubs+rng.IntN(people))
	}
	day := time.Date(2021, 1, 4, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%700)
	var b strings.Builder
	c := countries[rng.IntN(len(countries))]
	org := orgs[rng.IntN(len(orgs))]
	title = fmt.Sprintf("%s : nouvelles discussions avec %s", c.name, org)
	b.WriteString(title)
	b.WriteString("\n\n")
	for n := 0; n < 14; n++ {
		p1, p2 := pick(), pick()
		for p2 == p1 {
			p2 = pick()
		}
		var tmpl string
		switch r := rng.IntN(10); {
		case r < 5:
			tmpl = eventSentences[rng.IntN(len(eventSentences))]
		case r < 7:
			tmpl = quoteSentences[rng.IntN(len(quoteSentences))]
		default:
			tmpl = fillerSentences[rng.IntN(len(fillerSentences))]
		}
		if !strings.Contains(tmpl, "%") {
			b.WriteString(tmpl)
		} else {
			fmt.Fprintf(&b, tmpl, p1, p2, c.name, c.demonym, org, weekdays[rng.IntN(len(weekdays))], c.city)
		}
		b.WriteByte(' ')
		if n%4 == 3 {
			b.WriteString("\n")
		}
	}
	return title, day.Format(time.DateOnly), b.String()
}

// personName is person i of the corpus, the same for every article.
func personName(seed uint64, i int) string {
	return name(rand.New(rand.NewPCG(seed, 0xface+uint64(i))), i)
}
