package syntax

import (
	"sort"
	"strings"
)

// The morphology model confuses a conditional with an imperfect
// ("pourraient", "devraient" read Tense=Imp: 102 of 2,577 conditionals
// in 3,000 news articles) and misses some futures ("aura" read
// Tense=Past), which changes what a clause asserts ("qui aura un
// entretien mardi" is planned). A French future or conditional is its
// verb's future stem and a fixed ending, so the form and the lemma settle
// it: the stem is the infinitive ("rencontrer-ait"), without the final e
// of -re verbs ("prendr-ait"), or an irregular stem.

// futureStems are the irregular future stems, by lemma.
var futureStems = map[string]string{
	"avoir": "aur", "être": "ser", "aller": "ir", "faire": "fer", "pouvoir": "pourr", "devoir": "devr",
	"vouloir": "voudr", "venir": "viendr", "tenir": "tiendr", "savoir": "saur", "falloir": "faudr",
	"voir": "verr", "envoyer": "enverr", "renvoyer": "renverr", "courir": "courr", "mourir": "mourr",
	"valoir": "vaudr", "recevoir": "recevr", "pleuvoir": "pleuvr", "devenir": "deviendr", "revenir": "reviendr",
	"obtenir": "obtiendr", "maintenir": "maintiendr", "parvenir": "parviendr", "intervenir": "interviendr",
	"prévenir": "préviendr", "soutenir": "soutiendr", "retenir": "retiendr", "appartenir": "appartiendr",
	"convenir": "conviendr", "contenir": "contiendr", "détenir": "détiendr", "s'asseoir": "assiér",
	"asseoir": "assiér", "acquérir": "acquerr", "cueillir": "cueiller", "apercevoir": "apercevr",
	"décevoir": "décevr", "concevoir": "concevr", "revoir": "reverr", "prévoir": "prévoir", "pourvoir": "pourvoir",
}

var conditionalEndings = []string{"ais", "ait", "ions", "iez", "aient"}
var futureEndings = []string{"ai", "as", "a", "ons", "ez", "ont"}

// futureStem returns lemma's future stem, or "".
func futureStem(lemma string) string {
	if s, ok := futureStems[lemma]; ok {
		return s
	}
	switch {
	case strings.HasSuffix(lemma, "er"), strings.HasSuffix(lemma, "ir"):
		return lemma
	case strings.HasSuffix(lemma, "re"):
		return lemma[:len(lemma)-1]
	}
	return ""
}

// conjugated returns the mood and tense that form, a finite verb of
// lemma, has for certain: the conditional or the future; ok false when
// the form is neither.
func conjugated(form, lemma string) (mood Mood, tense Tense, ok bool) {
	st := futureStem(lemma)
	if st == "" {
		return 0, 0, false
	}
	f := strings.ToLower(form)
	if rest, found := strings.CutPrefix(f, st); found {
		for _, e := range conditionalEndings {
			if rest == e {
				return MoodCnd, TensePres, true
			}
		}
		for _, e := range futureEndings {
			if rest == e {
				return MoodInd, TenseFut, true
			}
		}
	}
	return 0, 0, false
}

// fixConjugation sets the mood and tense of a verb whose form is a
// future or a conditional, in Feats and in UDFeats.
func fixConjugation(w *Word) {
	if w.UPOS != VERB && w.UPOS != AUX {
		return
	}
	mood, tense, ok := conjugated(w.Form, w.Lemma)
	if !ok || w.Feats.VerbForm == VerbFormFin && w.Feats.Mood == mood && w.Feats.Tense == tense {
		return
	}
	w.Feats.VerbForm, w.Feats.Mood, w.Feats.Tense = VerbFormFin, mood, tense
	w.Feats.Gender, w.Feats.Voice = 0, 0
	kv := map[string]string{}
	if w.UDFeats != "_" && w.UDFeats != "" {
		for _, p := range strings.Split(w.UDFeats, "|") {
			if k, v, found := strings.Cut(p, "="); found {
				kv[k] = v
			}
		}
	}
	delete(kv, "Gender")
	delete(kv, "Voice")
	kv["VerbForm"] = "Fin"
	kv["Mood"] = map[Mood]string{MoodCnd: "Cnd", MoodInd: "Ind"}[mood]
	kv["Tense"] = map[Tense]string{TensePres: "Pres", TenseFut: "Fut"}[tense]
	keys := make([]string, 0, len(kv))
	for k := range kv {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return strings.ToLower(keys[i]) < strings.ToLower(keys[j]) })
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + kv[k]
	}
	w.UDFeats = strings.Join(parts, "|")
}
