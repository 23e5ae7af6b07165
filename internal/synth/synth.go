// Package synth generates deterministic synthetic extraction records shaped
// like French news, for benchmarks: a few hub entities in most articles, a
// long tail of people and places mentioned once or twice.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/kg"
)

var (
	syllables = []string{"ma", "ri", "lo", "be", "ka", "sa", "vo", "ne", "tu", "di", "ra", "mon", "el", "an", "chel", "ber", "tin", "dre", "lu", "co"}
	firsts    = []string{"Jean", "Marie", "Ahmed", "Sofia", "Ivan", "Li", "Amina", "Carlos", "Yael", "Olga", "Kofi", "Ana"}
	verbs     = []struct{ pred, cameo, fr string }{
		{"spoke_with", "040", "s'est entretenu avec"}, {"met", "040", "a rencontré"},
		{"visited", "042", "s'est rendu chez"}, {"thanked", "051", "a remercié"},
		{"criticized", "111", "a critiqué"}, {"accused", "112", "a accusé"},
		{"demanded", "100", "a exigé de"}, {"rejected", "120", "a rejeté"},
		{"threatened", "130", "a menacé"}, {"signed_with", "057", "a signé avec"},
	}
	orgs = []string{"Organisation des Nations unies", "Union européenne", "OTAN", "Cour pénale internationale", "Organisation mondiale de la santé", "Banque mondiale"}
)

// Config shapes the corpus.
type Config struct {
	Seed     uint64
	Articles int
	People   int // the long tail; hubs come on top
	Hubs     int // entities in about half of all articles
}

// Records returns cfg.Articles records; the same config always gives the
// same records.
func Records(cfg Config) []kg.Record {
	if cfg.People == 0 {
		cfg.People = max(50, cfg.Articles)
	}
	if cfg.Hubs == 0 {
		cfg.Hubs = 5
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x5eed))
	people := make([]string, cfg.People+cfg.Hubs)
	for i := range people {
		people[i] = name(rng, i)
	}
	day0 := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	recs := make([]kg.Record, cfg.Articles)
	for i := range recs {
		recs[i] = article(rng, i, people, cfg.Hubs, day0.AddDate(0, 0, i%365))
	}
	return recs
}

// name is a made-up person; the surname spells i in syllables, so names
// are unique without numbers in them.
func name(rng *rand.Rand, i int) string {
	var b strings.Builder
	for n, left := 0, i; n < 2 || left > 0; n++ {
		b.WriteString(syllables[left%len(syllables)])
		left /= len(syllables)
	}
	last := b.String()
	return firsts[rng.IntN(len(firsts))] + " " + strings.ToUpper(last[:1]) + last[1:]
}

func article(rng *rand.Rand, i int, people []string, hubs int, day time.Time) kg.Record {
	id := fmt.Sprintf("synth-%06d", i)
	r := kg.Record{Article: kg.Article{
		ID: id, Source: id + ".txt", Title: "Article " + id,
		Published: day.Format(time.DateOnly), Lang: "fr", Sentences: 20,
	}}
	add := func(typ, nm, wd string) string {
		for _, e := range r.Entities {
			if e.Name == nm {
				return e.ID
			}
		}
		eid := fmt.Sprintf("e%d", len(r.Entities)+1)
		off := rng.IntN(4000)
		r.Entities = append(r.Entities, kg.Entity{
			ID: eid, Type: typ, Name: nm, Wikidata: wd,
			Aliases: []string{nm[strings.LastIndexByte(nm, ' ')+1:]},
			Mentions: []kg.Mention{
				{Text: nm, Start: off, End: off + len(nm), Sentence: off / 200},
				{Text: nm, Start: off + 300, End: off + 300 + len(nm), Sentence: off/200 + 1},
			},
		})
		return eid
	}
	var ents []string
	for n := 0; n < 6; n++ {
		var p string
		if rng.IntN(2) == 0 {
			p = people[rng.IntN(hubs)]
		} else {
			p = people[hubs+rng.IntN(len(people)-hubs)]
		}
		ents = append(ents, add(kg.Person, p, ""))
	}
	country := add(kg.GPE, []string{"France", "Allemagne", "Israël", "Russie", "Iran", "Chine"}[rng.IntN(6)], "")
	org := add(kg.Org, orgs[rng.IntN(len(orgs))], "")
	ents = append(ents, org)
	for n := 0; n < 8; n++ {
		v := verbs[rng.IntN(len(verbs))]
		s, o := ents[rng.IntN(len(ents))], ents[rng.IntN(len(ents))]
		if s == o {
			continue
		}
		sn, on := nameOf(r, s), nameOf(r, o)
		r.Relations = append(r.Relations, kg.Relation{
			Subject: s, Predicate: v.pred, Object: o, Cameo: v.cameo,
			Date: day.AddDate(0, 0, -rng.IntN(3)).Format(time.DateOnly), Sentence: n * 2,
			Evidence: sn + " " + v.fr + " " + on + ".", Confidence: 0.8, Extractor: "synth",
		})
	}
	r.Relations = append(r.Relations,
		kg.Relation{Subject: ents[0], Predicate: kg.HoldsRole, Object: country, Role: "ministre des Affaires étrangères", Sentence: 1, Confidence: 0.9, Extractor: "synth"},
		kg.Relation{Subject: ents[1], Predicate: kg.Said, Cameo: "010", Quote: fmt.Sprintf("Nous avons discuté de l'article %d", i), Sentence: 3, Confidence: 0.9, Extractor: "synth"},
	)
	return r
}

func nameOf(r kg.Record, id string) string {
	e, _ := r.Entity(id)
	return e.Name
}
