package syntax

import "strings"

// Tagger feature templates.
const (
	tBias uint64 = iota + 100
	tW
	tSuf
	tPre
	tShape
	tWm1
	tWp1
	tWm2
	tWp2
	tSufm1
	tSufp1
	tWm1W
	tWWp1
	tAmb
	tAmbp1
	tAmbp2
	tAmbm1
	tFirst
	tClus
	tClus2
	tClusm1
	tClusp1
	tTm1
	tTm2Tm1
	tTm1W
	tTm1Amb
	tTm1Sufp
	tAmbAmbp1
	tCaps
	tCapsFirst
	tShapem1
	tShapep1
)

func wordAt(v []info, i int) uint64 {
	switch {
	case i < 0:
		return hStart
	case i >= len(v):
		return hEnd
	}
	return v[i].w
}

func ambAt(v []info, i int) uint64 {
	switch {
	case i < 0:
		return hStart
	case i >= len(v):
		return hEnd
	}
	if v[i].known {
		return v[i].amb
	}
	return v[i].shape
}

func shapeAt(v []info, i int) uint64 {
	switch {
	case i < 0:
		return hStart
	case i >= len(v):
		return hEnd
	}
	return v[i].shape
}

func sufAt(v []info, i, k int) uint64 {
	switch {
	case i < 0:
		return hStart
	case i >= len(v):
		return hEnd
	}
	return v[i].suf[k]
}

func clusAt(v []info, i int) uint64 {
	switch {
	case i < 0:
		return hStart
	case i >= len(v):
		return hEnd
	}
	return v[i].clus[0]
}

// posStatic appends the tagger features of word i that do not depend on
// tags.
func posStatic(v []info, i int, out []uint32) []uint32 {
	x := &v[i]
	out = append(out,
		f1(tBias, 0),
		f1(tW, x.w),
		f1(tSuf, x.suf[0]), f1(tSuf, x.suf[1]), f1(tSuf, x.suf[2]), f1(tSuf, x.suf[3]),
		f1(tPre, x.pre[0]), f1(tPre, x.pre[1]), f1(tPre, x.pre[2]),
		f1(tShape, x.shape),
		f1(tWm1, wordAt(v, i-1)),
		f1(tWp1, wordAt(v, i+1)),
		f1(tWm2, wordAt(v, i-2)),
		f1(tWp2, wordAt(v, i+2)),
		f1(tSufm1, sufAt(v, i-1, 2)),
		f1(tSufp1, sufAt(v, i+1, 2)),
		f2(tWm1W, wordAt(v, i-1), x.w),
		f2(tWWp1, x.w, wordAt(v, i+1)),
		f1(tAmb, ambAt(v, i)),
		f1(tAmbp1, ambAt(v, i+1)),
		f1(tAmbp2, ambAt(v, i+2)),
		f2(tAmbAmbp1, ambAt(v, i), ambAt(v, i+1)),
	)
	if i == 0 {
		out = append(out, f1(tFirst, x.shape))
	}
	out = append(out, f1(tShapem1, shapeAt(v, i-1)), f1(tShapep1, shapeAt(v, i+1)))
	if x.caps != 0 {
		out = append(out, f2(tCaps, x.caps, x.shape), f3(tCapsFirst, x.caps, x.shape, b2u(i == 0)))
	}
	if x.clus[0] != 0 {
		out = append(out, f1(tClus, x.clus[0]), f1(tClus2, x.clus[1]))
	}
	out = append(out, f1(tClusm1, clusAt(v, i-1)), f1(tClusp1, clusAt(v, i+1)))
	return out
}

// posDynamic appends the features of word i that depend on the tags
// already given to the words before it.
func posDynamic(v []info, i int, tags []UPOS, out []uint32) []uint32 {
	var t1, t2 uint64 = 99, 99
	if i > 0 {
		t1 = uint64(tags[i-1])
	}
	if i > 1 {
		t2 = uint64(tags[i-2])
	}
	return append(out,
		f1(tTm1, t1),
		f2(tTm2Tm1, t2, t1),
		f2(tTm1W, t1, v[i].w),
		f2(tTm1Amb, t1, ambAt(v, i)),
		f2(tTm1Sufp, t1, v[i].suf[2]),
	)
}

// tagPOS tags words left to right.
func (m *Model) tagPOS(forms []string, v []info, names []bool, tags []UPOS, buf []uint32, scores []int32) []uint32 {
	for i := range v {
		if names != nil && names[i] {
			tags[i] = PROPN
			continue
		}
		buf = posStatic(v, i, buf[:0])
		buf = posDynamic(v, i, tags, buf)
		m.pos.score(buf, scores)
		best := 1
		for c := 2; c < int(nUPOS); c++ {
			if scores[c] > scores[best] {
				best = c
			}
		}
		tags[i] = UPOS(best)
		if tags[i] == ADJ && i > 0 && tags[i-1] == AUX && avoirForms[forms[i-1]] && participle(forms[i]) {
			// "a avancé", "ont dit": after an auxiliary "avoir" a
			// participle is the verb, never an adjective ("avancé" was
			// tagged ADJ and its incise lost its speaker). An
			// adjective after "avoir" is not French ("il a froid" is a
			// noun).
			tags[i] = VERB
		}
		if tags[i] == NOUN && i > 0 && !v[i].known && infinitiveMarks[strings.ToLower(forms[i-1])] && m.verbLemmas[forms[i]] {
			// "a demandé à Cédric Villani de choisir": a form never seen
			// in training that is the infinitive of a verb seen in other
			// forms, after "de" or "à", is that verb ("choisir" had been
			// read as a noun, and the appeal lost its clause).
			tags[i] = VERB
		}
		if tags[i] == NOUN && i > 0 && verbClitics[forms[i-1]] && forms[i] == v[i].lower {
			// "ne s'aventure pas à": after "se" or "ne" comes a verb,
			// never a noun ("aventure" had been read as one, and the
			// negation lost).
			tags[i] = VERB
		}
		if (tags[i] == NOUN || tags[i] == ADJ) && i > 0 && i+1 < len(forms) && tags[i-1] == PROPN &&
			forms[i] == v[i].lower && (forms[i+1] != v[i+1].lower || objectDets[forms[i+1]]) && m.presentOfVerb(forms[i]) {
			// "Gérard Depardieu tacle François Hollande", "Thierry
			// Ardisson attaque Vincent Bolloré en justice": between a
			// name and a name or a noun phrase's article, a present of
			// a verb the treebanks know is that verb ("tacle" had been
			// an adjective, "attaque" a noun, and "qu'Emmanuel Macron
			// critique les « gilets jaunes »" an adjective).
			tags[i] = VERB
		}
		if verbOnly[forms[i]] != "" && tags[i] != VERB {
			// 'que X « ment »': a form only a verb has, quoted alone
			// and tagged a noun.
			tags[i] = VERB
		}
	}
	return buf
}

// presentOfVerb reports whether lower-case form f is the third person
// present of a first-group verb the treebanks' lexicon knows: "tacle",
// "attaquent".
func (m *Model) presentOfVerb(f string) bool {
	for _, suf := range []string{"e", "ent"} {
		if stem, ok := strings.CutSuffix(f, suf); ok && len(stem) > 2 && (m.verbLemmas[stem+"er"] || newsVerbs[stem+"er"]) {
			return true
		}
	}
	return false
}

// objectDets are the articles and possessives an object opens on.
var objectDets = map[string]bool{"le": true, "la": true, "les": true, "l'": true, "un": true, "une": true, "des": true,
	"son": true, "sa": true, "ses": true, "leur": true, "leurs": true, "ce": true, "cette": true, "ces": true}

// newsVerbs are first-group verbs of the news the treebanks never show:
// "Éric Ciotti tacle Christian Estrosi".
var newsVerbs = map[string]bool{"tacler": true, "cingler": true, "snober": true, "torpiller": true}

// verbOnly are forms that only a verb has, which the model, seeing them
// quoted alone, can take for nouns, with their lemma.
var verbOnly = map[string]string{"ment": "mentir", "mentent": "mentir"}

// verbClitics are the words a verb always follows at once.
var verbClitics = map[string]bool{"se": true, "s'": true, "Se": true, "S'": true, "ne": true, "n'": true, "Ne": true, "N'": true}

// infinitiveMarks are the words an infinitive follows as its mark.
var infinitiveMarks = map[string]bool{"de": true, "d'": true, "à": true}

// avoirForms are the forms of "avoir" that make a compound tense.
var avoirForms = map[string]bool{"a": true, "ont": true, "avait": true, "avaient": true, "aura": true, "auront": true,
	"aurait": true, "auraient": true, "ai": true, "as": true, "avons": true, "avez": true, "avais": true,
	"avions": true, "aviez": true, "ayant": true, "aie": true, "ait": true, "aient": true, "eût": true, "eut": true}

// participle reports whether a lower-case form ends as a French past
// participle can: "avancé", "dit", "permis", "ouvert", "pu".
func participle(f string) bool {
	if f == "" || f[0] < 'a' || f[0] > 'z' {
		return false
	}
	for _, suf := range []string{"é", "ée", "és", "ées", "i", "is", "ie", "it", "u", "us", "ue", "ert", "ort", "int", "eint", "aint"} {
		if strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}
