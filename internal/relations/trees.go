package relations

import (
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/text"
)

// A French clause is read from its dependency tree: the arguments of a
// verb are its grammatical functions (nsubj, obj, obl:arg, obl:agent,
// iobj), whatever words sit between them, and coordination, apposition,
// relative clauses and control give them to the verbs that share them.

// clause is what the tree says of one verb's clause beyond its arguments.
type clause struct {
	negated  bool   // not asserted: denied, or alleged by an accuser
	wished   bool   // only wished for: no act, though its words were said
	modality string // "", "hedged" or "future"
	passive  bool
	reflex   bool
	clitics  map[string]bool // lemmas of the other clitics: "en", "y"
}

// tree returns the parse of sentence si.
func (w *work) tree(si int) *syntax.Sentence { return &w.t[si] }

// token returns the document token of word i of s.
func wordToken(s *syntax.Sentence, i int) int { return s.Words[i].Token }

// negLemmas are the lemmas that deny a clause: "ne", "pas", "jamais".
var negLemmas = set("ne", "pas", "jamais", "aucunement", "nullement", "guère", "point")

// denierForms are forms of deniers the lemmatiser can miss ("dément"
// taken for a form of "démer").
var denierForms = set("dément", "démentent", "démenti", "démentie", "démentait", "démentant", "démentaient", "nie", "nient", "niait", "niant")

// doubters report a clause they cast doubt on: "X prétend que BFMTV
// soutient Y" (the judged sample 15 had it stated as done).
var doubters = set("prétendre", "insinuer", "supposer", "imaginer", "douter", "fantasmer", "affabuler")

// denies reports whether word w is a denier.
func denies(w syntax.Word) bool {
	return deniers[w.Lemma] || denierForms[strings.ToLower(w.Form)]
}

// deniers govern a clause they deny or take back: "a démenti avoir
// rencontré", "a refusé de recevoir".
var deniers = set("démentir", "nier", "refuser", "renoncer", "exclure", "empêcher", "éviter", "interdire", "réfuter", "faillir", "manquer")

// accusers govern a clause they allege: "accuse X d'avoir attaqué Y".
var accusers = set("accuser", "soupçonner", "suspecter", "reprocher", "incriminer", "imputer", "attribuer")

// infinitive reports whether verb k is an infinitive, or a participle
// with an infinitive auxiliary ("avoir rencontré").
func infinitive(s *syntax.Sentence, k int) bool {
	if s.Words[k].Feats.VerbForm == syntax.VerbFormInf {
		return true
	}
	for _, a := range s.Dependents(k, "aux") {
		if s.Words[a].Feats.VerbForm == syntax.VerbFormInf {
			return true
		}
	}
	return false
}

// hasAux reports whether verb v has an auxiliary of lemma l and none of
// être: "a arrêté" has avoir, "a été arrêté" has both.
func hasAux(s *syntax.Sentence, v int, l string) bool {
	found := false
	for _, k := range s.Children(v) {
		if d := s.Words[k]; d.UPOS == syntax.AUX {
			if d.Lemma == "être" {
				return false
			}
			found = found || d.Lemma == l
		}
	}
	return found
}

// planners make the clause they govern a plan: "doit rencontrer", "va
// recevoir", "prévoit de se rendre".
var planners = set("aller", "devoir", "compter", "prévoir", "envisager", "projeter", "programmer", "préparer", "s'apprêter", "apprêter")

// hedgers make the clause they govern a wish or a possibility: "veut
// rencontrer", "pourrait recevoir", "souhaite s'entretenir".
var hedgers = set("chercher", "tenter", "essayer", "pouvoir", "proposer", "demander",
	"appeler", "inviter", "exhorter", "menacer", "promettre", "décider", "sembler", "paraître", "risquer")

// wishers govern a clause their subject wishes for, which is no act:
// "a souhaité rencontrer", "veut inviter", "les Français souhaitant se
// rendre en Norvège". Read as hedged acts they were right 1 time in 7 in
// the judged samples ("a voulu rendre hommage" was done, "dit avoir
// souhaité rencontrer" was not); a wish is not asserted.
var wishers = set("vouloir", "souhaiter", "espérer", "désirer", "rêver")

// appealers are the verbs whose infinitive is done by those they
// address, named or not: "appelle à soutenir", "invite à rejeter".
var appealers = set("appeler", "exhorter", "inviter", "inciter", "encourager", "pousser", "enjoindre", "conjurer",
	"supplier", "presser", "demander", "sommer", "autoriser", "charger", "mandater", "convier")

// commits make the clause they govern a decision, a promise or an
// agreement, done later: "a décidé de porter plainte", "a promis de
// recevoir", "a accepté de rencontrer".
var commits = set("décider", "promettre", "résoudre", "engager", "accepter")

// readiness adjectives govern what is not done yet: "prête à trouver un
// accord", "disposé à rencontrer".
var readiness = set("prêt", "disposé", "favorable", "déterminé", "résolu", "décidé", "capable", "susceptible", "enclin")

// unaccusative verbs take "être" in the active: "il est venu".
var unaccusative = set("aller", "venir", "arriver", "partir", "entrer", "sortir", "rester", "tomber", "mourir", "naître",
	"devenir", "revenir", "rentrer", "retourner", "passer", "monter", "descendre", "parvenir", "intervenir", "survenir")

// attempts are the hedgers whose past tense reports what was done: "a pu
// rencontrer", "a tenté de défendre". Not "essayer" nor "chercher": "ont
// essayé de discuter" was judged not done (the eleventh sample's
// calibration).
var attempts = set("pouvoir", "tenter")

// purposeOfDone reports whether infinitive v of purpose ("pour
// rencontrer") hangs on a verb in a past tense, asserted: what the act
// was done for took place with it.
func purposeOfDone(s *syntax.Sentence, v int) bool {
	w := s.Words[v]
	if w.Head < 0 || !(w.Rel() == "advcl" || w.Rel() == "xcomp" && s.Words[w.Head].Lemma == "profiter") || !infinitive(s, v) {
		return false
	}
	g := s.Words[w.Head]
	if g.UPOS != syntax.VERB {
		return false
	}
	if g.Lemma == "profiter" && g.Feats.Mood == syntax.MoodInd && g.Feats.Tense != syntax.TenseFut {
		// "en profite pour critiquer X", "profite de la victoire pour
		// tacler Y": the occasion taken is the act done.
		gc := clauseOf(s, w.Head)
		return gc.modality == "" && !gc.negated
	}
	past := g.Feats.VerbForm == syntax.VerbFormFin && g.Feats.Tense == syntax.TensePast // passé simple
	if !past && !compoundPast(s, w.Head) {
		return false
	}
	gc := clauseOf(s, w.Head)
	return gc.modality == "" && !gc.negated
}

// mainConjunct returns the verb after a comma that root v governs as a
// conjunct with its own subject, which is the main clause of a "si"
// clause the parser made the root; -1 when none.
func mainConjunct(s *syntax.Sentence, v int) int {
	for _, c := range s.Children(v) {
		c := int(c)
		if r := s.Words[c].Rel(); c > v && (r == "conj" || r == "parataxis") && s.Words[c].UPOS == syntax.VERB &&
			len(s.Dependents(c, "nsubj")) > 0 && s.Dependent(c, "cc") < 0 {
			for k := c - 1; k > v; k-- {
				if s.Words[k].Form == "," && s.Words[k].Head == c {
					return c
				}
			}
		}
	}
	return -1
}

// concessive reports whether verb v, introduced by "si", grants a fact
// its main clause sets against another: "S'il accusait la Russie avant le
// scrutin, Alexandre Loukachenko a depuis effectué un virage", "Si
// Yannick Jadot salue la décision …, l'eurodéputé précise que …". The
// clause is in the indicative, and the tenses cannot be a condition's: a
// past "si" before an indicative main clause, or a present one before a
// past or the same verb of saying.
func concessive(s *syntax.Sentence, v int) bool {
	w := s.Words[v]
	if w.Feats.Mood == syntax.MoodInd {
		// "Si X soutiennent Y, ce n'est pas le cas de Z": the contrast
		// grants the fact (the main clause parsed either way round).
		contrast := func(k int) bool { return k > v && s.Words[k].Lemma == "cas" && s.Dependent(k, "cop") >= 0 }
		if contrast(w.Head) {
			return true
		}
		for _, k := range s.Children(v) {
			if contrast(int(k)) {
				return true
			}
		}
	}
	head := w.Head
	if w.Head < 0 {
		// "Si X soutient Y sur la réforme, elle critique Z": the parser
		// made the "si" clause the root and the main clause its conjunct
		// after the comma, with a subject of its own.
		head = mainConjunct(s, v)
	} else if w.Rel() != "advcl" {
		return false
	}
	if head < 0 || conditional(s, v) || conditional(s, head) {
		return false
	}
	g := s.Words[head]
	if questioners[g.Lemma] || clauseOf(s, head).negated && v > head {
		// "n'a pas indiqué si M. Trump prévoyait de …": an indirect
		// question, whatever label the parser gave it. A "si" clause
		// before a negated main clause grants it: "S'il s'oppose
		// régulièrement à Macron, X n'en tient pas rigueur à Y".
		return false
	}
	mainPast := compoundPast(s, head) || g.Feats.VerbForm == syntax.VerbFormFin && g.Feats.Mood == syntax.MoodInd &&
		(g.Feats.Tense == syntax.TenseImp || g.Feats.Tense == syntax.TensePast)
	// A main clause is never subjunctive: the tagger's "précise" (Sub)
	// is indicative.
	mainPres := g.Feats.VerbForm == syntax.VerbFormFin && (g.Feats.Mood == syntax.MoodInd || g.Feats.Mood == syntax.MoodSub) &&
		g.Feats.Tense == syntax.TensePres
	switch {
	case w.Feats.VerbForm == syntax.VerbFormFin && w.Feats.Mood == syntax.MoodInd && w.Feats.Tense == syntax.TenseImp:
		return mainPast || mainPres
	case compoundPast(s, v):
		return mainPast || mainPres
	case w.Feats.VerbForm == syntax.VerbFormFin && w.Feats.Mood == syntax.MoodInd && w.Feats.Tense == syntax.TensePres:
		// "Si le déconfinement inquiète les Français, ils soutiennent
		// les mesures": a present condition would have a future.
		return mainPast || mainPres && !planners[g.Lemma] && !hedgers[g.Lemma]
	}
	return false
}

// questioners take an indirect question: "ignore si", "se demande si"
// (a verb of saying does when negated: "n'a pas indiqué si").
var questioners = set("savoir", "ignorer", "demander", "voir", "vérifier", "examiner",
	"déterminer", "décider", "comprendre", "interroger")

// compoundPast reports whether verb g is in the passé composé or the
// plus-que-parfait: "a cité", "avait indiqué", "s'est rendu" (whose "est"
// parsers often call a passive's).
func compoundPast(s *syntax.Sentence, g int) bool {
	if s.Words[g].Feats.VerbForm != syntax.VerbFormPart {
		return false
	}
	refl := reflexive(s, g)
	for _, k := range s.Children(g) {
		if a := s.Words[k]; a.UPOS == syntax.AUX && (a.Deprel == "aux:tense" || refl && a.Deprel == "aux:pass") &&
			a.Feats.Mood == syntax.MoodInd && (a.Feats.Tense == syntax.TensePres || a.Feats.Tense == syntax.TenseImp) {
			return true
		}
	}
	return false
}

// finiteClause reports whether verb v is finite, or a participle with a
// finite auxiliary: "a déclaré", "déclare", not "déclarer" or "ayant dit".
func finiteClause(s *syntax.Sentence, v int) bool {
	if s.Words[v].Feats.VerbForm == syntax.VerbFormFin {
		return true
	}
	for _, k := range s.Children(v) {
		if a := s.Words[k]; a.UPOS == syntax.AUX && a.Rel() == "aux" && a.Feats.VerbForm == syntax.VerbFormFin {
			return true
		}
	}
	return false
}

// announcers report what someone said would be done: in the past, the
// conditional of their clause is a future seen from then ("avait indiqué
// que Mme Hidalgo profiterait de ce déplacement"), not a hedge.
var announcers = set("dire", "déclarer", "affirmer", "annoncer", "indiquer", "assurer", "préciser", "expliquer",
	"confirmer", "promettre", "prévenir", "écrire", "rapporter", "informer", "répéter")

// futureInPast reports whether verb v, in the present conditional, is the
// clause of an announcer in a past tense.
func futureInPast(s *syntax.Sentence, v int) bool {
	w := s.Words[v]
	if w.Feats.Mood != syntax.MoodCnd || w.Rel() != "ccomp" || w.Head < 0 {
		return false
	}
	g := s.Words[w.Head]
	return announcers[g.Lemma] && (compoundPast(s, w.Head) || g.Feats.VerbForm == syntax.VerbFormFin &&
		g.Feats.Mood == syntax.MoodInd && (g.Feats.Tense == syntax.TenseImp || g.Feats.Tense == syntax.TensePast))
}

// clauseOf reads the negation, modality, voice and clitics of verb v,
// climbing the verbs that govern it by xcomp or ccomp ("n'a pas voulu
// rencontrer", "a démenti avoir reçu").
func clauseOf(s *syntax.Sentence, v int) clause {
	c := clause{clitics: map[string]bool{}}
	w := s.Words[v]
	c.passive = w.Feats.Voice == syntax.VoicePass
	defer func() {
		if c.reflex {
			c.passive = false // "s'en est pris", "s'est opposée": pronominal, not passive
		}
	}()
	for _, k := range s.Children(v) {
		d := s.Words[k]
		switch {
		case d.UPOS == syntax.PRON && (d.Lemma == "en" || d.Lemma == "y"):
			c.clitics[d.Lemma] = true // "s'en prendre", whatever its label
		case negLemmas[d.Lemma] && (d.Rel() == "advmod" || d.UPOS == syntax.ADV), d.Feats.Polarity == syntax.PolarityNeg:
			c.negated = true
		case d.Rel() == "expl", d.UPOS == syntax.PRON && (d.Feats.Reflex || d.Lemma == "soi" || d.Lemma == "se"):
			// Before the passive: parsers label "se" nsubj:pass ("se sont
			// exprimés").
			if d.Lemma == "soi" || d.Lemma == "se" || d.Feats.Reflex {
				c.reflex = true
			} else {
				c.clitics[d.Lemma] = true
			}
		case d.Deprel == "aux:pass":
			c.passive = true
			// "sera soutenue par X", "serait reçu par Y": the passive
			// auxiliary carries the tense and the mood.
			if d.Feats.Mood == syntax.MoodCnd {
				c.modality = "hedged"
			} else if d.Feats.Tense == syntax.TenseFut && c.modality == "" {
				c.modality = "future"
			}
		case d.Deprel == "obl:agent" && w.Feats.VerbForm != syntax.VerbFormFin:
			// An agent makes a participle passive; one hung on a finite
			// verb is the parser's ("L'Elysée accuse par ailleurs X",
			// "dénonce la suppression de l'ISF par X").
			c.passive = true
		case denierForms[strings.ToLower(d.Form)] && d.UPOS != syntax.VERB:
			// "François Bayrou dément soutenir X", the denier taken for
			// an adverb.
			c.negated = true
		case d.Deprel == "nsubj:pass" && !hasAux(s, v, "avoir"):
			// "La police a arrêté X" labelled nsubj:pass is active: a
			// passive takes être, never avoir alone.
			c.passive = true
		case d.UPOS == syntax.PRON && (d.Lemma == "en" || d.Lemma == "y"):
			c.clitics[d.Lemma] = true
		case d.UPOS == syntax.AUX:
			if d.Feats.Mood == syntax.MoodCnd {
				c.modality = "hedged"
			} else if d.Feats.Tense == syntax.TenseFut && c.modality == "" {
				c.modality = "future"
			}
			if d.Lemma == "aller" && c.modality == "" {
				c.modality = "future"
			}
		case d.Rel() == "mark" && d.Lemma == "sans":
			c.negated = true // "sans se rendre à Ramallah"
		case d.Rel() == "mark" && (d.Lemma == "si" || d.Lemma == "pour" || d.Lemma == "afin"):
			// "si X rencontre Y", "pour rencontrer Y": not a fact yet,
			// unless the purpose is of an act done: "s'est rendu à
			// Londres pour s'entretenir avec Y", "avait profité de
			// l'événement pour tacler Y".
			if d.Lemma == "si" {
				if !concessive(s, v) {
					c.modality = "hedged"
				}
			} else if c.modality == "" && !purposeOfDone(s, v) {
				c.modality = "future"
			}
			if d.Lemma != "si" && w.Rel() == "advcl" && w.Head >= 0 && clauseOf(s, w.Head).modality == "hedged" {
				// "pourrait profiter de son déplacement pour rendre
				// hommage": the purpose of a possible act is possible.
				c.modality = "hedged"
			}
		}
	}
	if c.passive && !c.reflex && hasAux(s, v, "avoir") {
		c.passive = false // "a arrêté X" tagged Voice=Pass: avoir alone is active
	}
	if futureInPast(s, v) {
		c.modality = "future"
	} else if w.Feats.Mood == syntax.MoodCnd {
		c.modality = "hedged"
	} else if w.Feats.Tense == syntax.TenseFut && c.modality == "" {
		c.modality = "future"
	}
	if !c.passive && !c.reflex && w.Feats.VerbForm == syntax.VerbFormPart && !unaccusative[w.Lemma] {
		// "sera reçu par X": être and a participle, whatever label the
		// parser gave the auxiliary.
		for _, k := range s.Children(v) {
			if d := s.Words[k]; d.UPOS == syntax.AUX && d.Lemma == "être" {
				c.passive = true
				if d.Feats.Tense == syntax.TenseFut && c.modality == "" {
					c.modality = "future"
				}
			}
		}
	}
	// Governors: "veut rencontrer", "n'a pas pu recevoir", "a démenti
	// avoir rencontré"; a conjunct shares its head's negation only when
	// they share one auxiliary ("n'a ni rencontré ni appelé" is rare).
	for k, hops := v, 0; hops < 3; hops++ {
		kw := s.Words[k]
		rel := kw.Rel()
		if kw.Head < 0 || !(rel == "xcomp" || rel == "ccomp" && infinitive(s, k)) {
			break
		}
		g := kw.Head
		gw := s.Words[g]
		gc := clauseOf(s, g)
		switch {
		case gc.negated || denies(gw) || accusers[gw.Lemma]:
			// "dément avoir rencontré", "accuse X d'avoir bombardé Y": not
			// asserted; the accusation is the event.
			c.negated = true
		case gw.Lemma == "aller" && markedBy(s, k, "jusque"):
			// "allant jusqu'à accuser X": went as far as, done (the
			// judged sample 15 had it marked future)
		case gw.Lemma == "aller" && gw.Feats.Tense == syntax.TenseImp && gw.Rel() == "ccomp" && gc.modality == "":
			c.modality = "future" // "a annoncé qu'il allait porter plainte": future in the past
		case planners[gw.Lemma] && (gw.Feats.Tense == syntax.TenseImp || gw.Feats.Mood == syntax.MoodCnd || gc.modality == "hedged"):
			c.modality = "hedged" // "devait rencontrer": was to, may not have
		case wishers[gw.Lemma]:
			c.wished = true // "a souhaité rencontrer": a wish ("a voulu dire « … »" still says)
		case planners[gw.Lemma] && c.modality == "":
			c.modality = "future"
		case commits[gw.Lemma] && gc.modality == "":
			c.modality = "future" // "a décidé de porter plainte": planned, not yet done
		case gw.UPOS == syntax.ADJ && readiness[gw.Lemma]:
			c.wished = true // "être prête à trouver un accord", "prêt à coopérer": a disposition, no act
		case hedgers[gw.Lemma]:
			// "a pu rencontrer", "a tenté de défendre": a past ability or
			// attempt happened; a wish did not yet.
			if attempts[gw.Lemma] && gw.Feats.VerbForm == syntax.VerbFormPart && gc.modality == "" {
				break
			}
			c.modality = "hedged"
		}
		if gc.modality == "hedged" || gc.modality == "future" && c.modality == "" {
			c.modality = gc.modality
		}
		c.wished = c.wished || gc.wished
		k = g
	}
	// A finite clause that something denies or doubts, under whatever
	// infinitives: "démentant qu'il ait essayé de se rendre en Syrie",
	// "X prétend que BFMTV soutient Y".
	for k, hops := v, 0; hops < 4; hops++ {
		kw := s.Words[k]
		if kw.Head < 0 {
			break
		}
		rel := kw.Rel()
		if rel == "ccomp" && !infinitive(s, k) {
			if gw := s.Words[kw.Head]; denies(gw) {
				c.negated = true
			} else if doubters[gw.Lemma] && c.modality == "" {
				c.modality = "hedged"
			}
			break
		}
		if rel != "xcomp" && rel != "ccomp" {
			break
		}
		k = kw.Head
	}
	return c
}

// subjectOf returns the words that fill verb v's subject: its nsubj (or
// the agent of a passive), else the subject of the verb it is a conjunct
// of ("X a reçu Y et l'a remercié"), of the verb that controls it ("X a
// décidé de rencontrer Y"), or the noun a relative or participial clause
// hangs on ("X, qui a rencontré Y").
// ccompBetween returns the clausal complement of h that lies between h and
// its conjunct v, or -1.
func ccompBetween(s *syntax.Sentence, h, v int) int {
	for _, c := range s.Dependents(h, "ccomp") {
		if c > h && c < v {
			return c
		}
	}
	return -1
}

// conditional reports whether verb v, or its auxiliary, is in the
// conditional.
func conditional(s *syntax.Sentence, v int) bool {
	if s.Words[v].Feats.Mood == syntax.MoodCnd {
		return true
	}
	for _, k := range s.Children(v) {
		if d := s.Words[k]; d.UPOS == syntax.AUX && d.Feats.Mood == syntax.MoodCnd {
			return true
		}
	}
	return false
}

// frontedSubject returns the subject the parser hung as a conjunct on the
// verb's fronted complement ("En Chine, Emmanuel Macron a rencontré Xi
// Jinping": Macron a conjunct of Chine; "Interrogé par Fox News, Donald
// Trump a critiqué …": Trump a conjunct of the agent), or -1. The
// conjunct follows the complement's comma with no coordinator or
// preposition of its own, before the verb.
func frontedSubject(s *syntax.Sentence, v int) int {
	var fronted []int
	for _, o := range s.Children(v) {
		o := int(o)
		switch {
		case o > v:
		case strings.HasPrefix(s.Words[o].Deprel, "obl") && s.Case(o) != "":
			fronted = append(fronted, o)
		case s.Words[o].Rel() == "advcl" || s.Words[o].Lemma == "lors":
			// "Lors d'un entretien avec X, Y a …", parsed with "lors" as
			// the head of its complement.
			for _, a := range s.Children(o) {
				if a := int(a); strings.HasPrefix(s.Words[a].Deprel, "obl") && s.Case(a) != "" {
					fronted = append(fronted, a)
				}
			}
		}
	}
	for _, o := range fronted {
		// The subject may hang on the complement's own complement: "Lors
		// d'un entretien avec Vladimir Poutine, Emmanuel Macron a …".
		conjs := append(s.Dependents(o, "conj"), s.Dependents(o, "appos")...) // "Lors de sa visite à Alger, Emmanuel Macron a …"
		if titleNoun(s.Words[o].Lemma) || roleLike(s.Words[o].Lemma) {
			conjs = s.Dependents(o, "conj") // "Avec le président, Emmanuel Macron": an apposition names the title's holder
		}
		for _, n := range s.Dependents(o, "nmod") {
			conjs = append(conjs, s.Dependents(n, "conj")...)
		}
		for _, c := range conjs {
			if c < v && c > 0 && s.Words[c-1].Form == "," && (s.Words[c].UPOS == syntax.PROPN || s.Words[c].UPOS == syntax.NOUN) &&
				s.Dependent(c, "cc") < 0 && s.Dependent(c, "case") < 0 {
				return c
			}
		}
	}
	return -1
}

func subjectOf(s *syntax.Sentence, v int, passive bool) []int {
	want := "nsubj"
	if passive {
		want = "obl:agent"
	}
	if passive {
		if a := agentOf(s, v); a >= 0 {
			return []int{a}
		}
		return nil
	}
	if w := s.Words[v]; w.Head < 0 && w.Feats.VerbForm == syntax.VerbFormInf {
		// "Brésil : Jean-Luc Mélenchon en prison pour rendre visite à
		// Lula": an infinitive of purpose made the root of a headline
		// has no subject of its own, whatever the parse hangs on it
		// ("Et X de préciser" has one).
		if m := s.Dependent(v, "mark"); m >= 0 && (s.Words[m].Lemma == "pour" || s.Words[m].Lemma == "afin") {
			return nil
		}
	}
	ks := drop(s, s.Dependents(v, want), "nsubj:pass")
	// A subject takes no preposition: "Municipales à Paris : Génération.s
	// soutient Anne Hidalgo" has Paris parsed as one.
	ks = slices.DeleteFunc(ks, func(k int) bool {
		c := s.Case(k)
		return c == "à" || c == "au" || c == "aux" || c == "en" || c == "dans" || c == "pour" || c == "sur"
	})
	// Nor is a headline's label before its colon: "Le Havre : une
	// directrice d'école sanctionnée après avoir critiqué la loi Blanquer".
	ks = slices.DeleteFunc(ks, func(k int) bool {
		j := k // the name's last word
		for j+1 < len(s.Words) && s.Words[j+1].Head == k && strings.HasPrefix(s.Words[j+1].Deprel, "flat") {
			j++
		}
		return j+1 < v && s.Words[j+1].Form == ":" && s.Words[k].UPOS == syntax.PROPN
	})
	if len(ks) == 0 && (reflexive(s, v) || hasAux(s, v, "avoir")) {
		// A pronominal verb's subject, which parsers take for a passive's,
		// and an active one they mislabelled ("la police a arrêté X").
		for _, k := range s.Dependents(v, "nsubj:pass") {
			// Not "en" or "se" ("s'en est pris"), but a subject pronoun
			// ("Il avait la veille appelé X à démissionner").
			if s.Words[k].UPOS != syntax.PRON || subjectPronouns[strings.ToLower(s.Words[k].Form)] {
				ks = append(ks, k)
			}
		}
	}
	if len(ks) > 1 {
		ks = slices.DeleteFunc(ks, func(k int) bool { return strayAppos(s, k) >= 0 })
	}
	if len(ks) > 0 {
		// Two subjects are a parse of a headline ("Johnny Hallyday :
		// «…», Christine Angot fustige X") or of an emphatic pronoun
		// ("Nicola Sturgeon a elle aussi appelé"): the nearer noun is
		// the verb's.
		for i := len(ks) - 1; i >= 0; i-- {
			if s.Words[ks[i]].UPOS != syntax.PRON {
				if i > 0 && appositionTo(s, ks[i-1], ks[i]) {
					// "Jonathan Nez, le président de la Nation navajo, …,
					// avait demandé": the title between commas is the
					// name's apposition, the name the subject.
					return ks[i-1 : i]
				}
				return ks[i : i+1]
			}
		}
		return ks[len(ks)-1:]
	}
	if k := frontedSubject(s, v); k >= 0 {
		return []int{k}
	}
	for _, k := range s.Dependents(v, "vocative") {
		// "M. Duterte s'en est aussi pris à …": the courtesy title taken
		// for an address, its name under it.
		if k < v && personTitles[text.Fold(strings.TrimSuffix(s.Words[k].Form, "."))] && len(s.Children(k)) > 0 {
			return []int{k}
		}
	}
	w := s.Words[v]
	if w.Head < 0 {
		return nil
	}
	switch w.Rel() {
	case "conj":
		// The head verb's subject, unless the head is passive and v is not.
		h := w.Head
		if c := ccompBetween(s, h, v); c >= 0 && conditional(s, v) && !conditional(s, h) {
			// "a souligné qu'une telle décision serait contraire au droit
			// et menacerait les relations": a conditional after the
			// reported clause goes on with it, whatever the parse.
			if k := s.Dependent(c, "nsubj"); k >= 0 {
				return []int{k}
			}
			return nil
		}
		if s.Words[h].UPOS == syntax.VERB {
			hc := clauseOf(s, h)
			if hc.passive == passive || !hc.passive {
				return subjectOf(s, h, false)
			}
		}
	case "xcomp":
		// Subject control: "X a décidé de rencontrer Y"; with an object
		// the object controls ("X a appelé Y à rencontrer Z").
		h := w.Head
		if first, _ := s.Subtree(v); finiteClause(s, v) && first > 0 && first <= v {
			// "Alors que des « gilets jaunes » défilaient …, le
			// secrétaire d'État … Laurent Nuñez a déclaré": a finite
			// verb is controlled by no one; the name right before it,
			// which the parser hung elsewhere, is its subject.
			n := first - 1
			for n >= 0 && s.Words[n].Rel() == "flat" && s.Words[n].Head >= 0 && s.Words[n].Head < n {
				n = s.Words[n].Head
			}
			if n >= 0 && s.Words[n].UPOS == syntax.PROPN && s.Case(n) == "" && s.Words[n].Head != v && s.Words[n].Rel() != "conj" {
				return []int{n}
			}
		}
		if ks := s.Dependents(h, "obj"); len(ks) > 0 && !adverbialInfinitive(s, v) {
			return ks
		}
		if ks := datives(s, h); len(ks) > 0 && !adverbialInfinitive(s, v) && !promisers[s.Words[h].Lemma] {
			// "elle lui avait conseillé de discuter avec Y": whom the
			// clitic names acts, not the one who advised.
			return ks
		}
		// "s'opposaient à la décision de la CPI d'enquêter": an
		// infinitive after a noun complement of the verb is likely that
		// noun's, whose actor is someone else.
		for _, c := range s.Children(h) {
			c := int(c)
			if d := s.Words[c]; c > h && c < v && d.Rel() == "obl" && d.Deprel != "obl:mod" && d.UPOS == syntax.NOUN && !timeNoun(d.Lemma) {
				return nil
			}
		}
		return subjectOf(s, h, false)
	case "advcl":
		// "doit se rendre à Washington pour rencontrer Y": an infinitive
		// of purpose shares its head's subject.
		if m := s.Dependent(v, "mark"); m >= 0 && (s.Words[m].Lemma == "pour" || s.Words[m].Lemma == "afin") &&
			infinitive(s, v) && s.Words[w.Head].UPOS == syntax.VERB {
			return subjectOf(s, w.Head, false)
		}
	case "acl":
		// "Y, reçu par X": the participle's head is its patient; "X, qui
		// a reçu Y" goes through the relative pronoun below.
		if passive {
			return nil
		}
		if w.Feats.VerbForm == syntax.VerbFormPart && w.Feats.Tense == syntax.TensePres {
			return []int{w.Head} // "X, accusant Y de ..."
		}
	}
	return nil
}

// datives returns verb h's dative clitic ("lui", "leur"), before the
// verb and its auxiliaries: "elle lui avait conseillé". Not an emphatic
// pronoun after the auxiliary ("Jean-Marie Le Pen a lui confirmé avoir
// rencontré X"), nor a noun after "à", as often a place ("venu à
// Strasbourg soutenir X") or those asked to act who have not ("une
// pétition pour demander au Conseil de condamner X").
func datives(s *syntax.Sentence, h int) []int {
	first := h
	for _, c := range s.Children(h) {
		if c := int(c); c < first && s.Words[c].UPOS == syntax.AUX {
			first = c
		}
	}
	return slices.DeleteFunc(s.Dependents(h, "iobj"), func(k int) bool { return s.Words[k].UPOS != syntax.PRON || k > first })
}

// promisers keep their subject for the infinitive, whoever they speak
// to: "a promis à X de rencontrer Y" is a meeting of the one who promised.
var promisers = set("promettre", "jurer", "assurer", "garantir", "proposer", "annoncer", "confier", "dire", "écrire")

// adjunctParticiple reports whether verb v is a present participle or a
// gerund set off from the main clause it hangs on, with no subject of its
// own, whose subject is then the main clause's: "Rodrigo Duterte a fermé
// la chaîne, accusant ABS-CBN de partialité", "Accusant X de …, Y a
// quitté la salle", "X a répondu en accusant Y". Not in a reported
// clause, where the parser's head is a guess ("a dit que Y avait parlé,
// accusant Z"), nor on a passive ("X a été reçu, saluant …" has the
// patient for subject, the clause's actor elsewhere).
func adjunctParticiple(s *syntax.Sentence, v int) bool {
	return participleAdjunct(s, v, false)
}

// absoluteParticiple reports whether verb v is a present participle with
// its own subject, an adjunct of a finite main clause: "X est mort samedi,
// Emmanuel Macron saluant « un homme de conviction »".
func absoluteParticiple(s *syntax.Sentence, v int) bool {
	return participleAdjunct(s, v, true)
}

// participleAdjunct is adjunctParticiple, or with own, absoluteParticiple.
func participleAdjunct(s *syntax.Sentence, v int, own bool) bool {
	w := s.Words[v]
	h := w.Head
	if w.Rel() != "advcl" || h < 0 || s.Words[h].UPOS != syntax.VERB || !finiteClause(s, h) {
		return false
	}
	m := s.Dependent(v, "mark")
	gerund := w.Feats.VerbForm == syntax.VerbFormGer || m >= 0 && s.Words[m].Lemma == "en" && m == v-1
	if !(w.Feats.VerbForm == syntax.VerbFormPart && w.Feats.Tense == syntax.TensePres && m < 0 || gerund) {
		return false
	}
	if (s.Dependent(v, "nsubj") >= 0) != own || s.Dependent(v, "nsubj:pass") >= 0 || len(s.Dependents(v, "aux")) > 0 || len(s.Dependents(v, "aux:pass")) > 0 {
		return false
	}
	if r := s.Words[h].Rel(); !(s.Words[h].Head < 0 || r == "conj" && s.Words[s.Words[h].Head].Head < 0) || clauseOf(s, h).passive {
		return false
	}
	if gerund {
		return true
	}
	// Set off by a comma: "des manifestants dénonçant la réforme" is the
	// noun's.
	first, last := s.Subtree(v)
	for first < v && s.Words[first].UPOS == syntax.PUNCT && s.Words[first].Form != "," {
		first++
	}
	for last > v && s.Words[last].UPOS == syntax.PUNCT && s.Words[last].Form != "," {
		last--
	}
	if v > h {
		return s.Words[first].Form == "," || first > 0 && s.Words[first-1].Form == ","
	}
	return s.Words[last].Form == "," || last+1 < len(s.Words) && s.Words[last+1].Form == ","
}

// appositionTo reports whether noun t, a title with its article, follows
// name n right after a comma: "Jonathan Nez, le président de …".
func appositionTo(s *syntax.Sentence, n, t int) bool {
	if s.Words[n].UPOS != syntax.PROPN || s.Words[t].UPOS != syntax.NOUN || t < n {
		return false
	}
	first, last := s.Subtree(n)
	for k := 0; k < first; k++ {
		if s.Words[k].UPOS == syntax.VERB || s.Words[k].UPOS == syntax.AUX {
			return false // "Visant Jean-Luc Mélenchon, le porte-parole …": the name is another clause's
		}
	}
	if s.Case(n) != "" || first > 0 && s.Words[first-1].Form != "," {
		return false // "Selon « Le Canard enchaîné », le Premier ministre …"
	}
	d := s.Dependent(t, "det")
	return d >= 0 && d == last+2 && d < t && s.Words[last+1].Form == ","
}

// reflexive reports whether verb v has a reflexive clitic.
func reflexive(s *syntax.Sentence, v int) bool {
	for _, k := range s.Children(v) {
		if d := s.Words[k]; d.UPOS == syntax.PRON && (d.Feats.Reflex || d.Lemma == "soi" || d.Lemma == "se") {
			return true
		}
	}
	return false
}

// agentOf returns the agent of passive verb v: its obl:agent, or the "par"
// phrase the parser gave another relation; -1 when none.
func agentOf(s *syntax.Sentence, v int) int {
	if k := s.Dependent(v, "obl:agent"); k >= 0 {
		return k
	}
	for _, k := range s.Children(v) {
		if r := s.Words[k].Rel(); (r == "obl" || r == "obj" || r == "nmod") && s.Case(int(k)) == "par" {
			return int(k)
		}
	}
	for _, o := range s.Children(v) {
		// "a été accusé de viol par une femme": hung on the charge, a
		// bare noun right after the verb's "de".
		if o := int(o); o > v && s.Words[o].Rel() == "obl" && caseIs(s, o, "de") && s.Words[o].UPOS == syntax.NOUN && s.Dependent(o, "det") < 0 {
			for _, k := range s.Dependents(o, "nmod") {
				if caseIs(s, k, "par") {
					return k
				}
			}
		}
	}
	for _, x := range s.Dependents(v, "xcomp") {
		// "a été reçu à déjeuner à l'Élysée par Emmanuel Macron": hung
		// on the infinitive, which, active, has no agent of its own.
		if k := s.Dependent(x, "obl:agent"); k >= 0 && s.Words[x].Feats.VerbForm == syntax.VerbFormInf && s.Dependent(x, "aux:pass") < 0 {
			return k
		}
	}
	return -1
}

// drop removes the words whose relation is rel.
func drop(s *syntax.Sentence, ks []int, rel string) []int {
	out := ks[:0:0]
	for _, k := range ks {
		if s.Words[k].Deprel != rel {
			out = append(out, k)
		}
	}
	return out
}

// targetsOf returns the words that fill the target of frame f on verb v:
// its direct object, or the complement the preposition introduces, as
// oblique, indirect object, or a noun's complement the parser hung on
// an oblique ("s'est entretenu au téléphone avec X").
func targetsOf(s *syntax.Sentence, v int, f frame, c clause) []int {
	switch f.target {
	case "-":
		return nil
	case "obj":
		if c.passive {
			if ks := s.Dependents(v, "nsubj:pass"); len(ks) > 0 {
				return ks
			}
			if ks := s.Dependents(v, "nsubj"); len(ks) > 0 {
				return ks // the parser missed the passive
			}
			if participleOf(s, v) {
				return []int{s.Words[v].Head} // "X, reçu par Y"
			}
			if k := frontedParticiple(s, v); k >= 0 {
				return []int{k} // "Reçu par Y, X a …"
			}
			return nil
		}
		var out []int
		for _, k := range s.Dependents(v, "obj") {
			d := s.Words[k]
			if first, _ := s.Subtree(k); first > 0 && first > v && s.Words[first-1].UPOS == syntax.ADP {
				continue // "défend l'action des policiers face aux « gilets jaunes »": after a preposition, no object
			}
			if d.UPOS == syntax.PRON && d.Feats.PronType == syntax.PronTypeRel && s.Words[v].Rel() == "acl" && s.Words[v].Head >= 0 {
				// "une décision que X a qualifiée de « scandaleuse »": the
				// relative's object is the noun its clause hangs on.
				out = append(out, s.Words[v].Head)
				continue
			}
			if d.UPOS == syntax.PRON && d.Feats.PronType == syntax.PronTypeRel {
				// The same relative hung on the main verb: "…, l'une des
				// revendications du dirigeant Gilles Simeoni, qu'il a
				// rencontré": the name right before the comma.
				if a := nameBeforeComma(s, k); a >= 0 {
					out = append(out, a)
				}
				continue
			}
			if f.qualify && quotedAttribute(s, k) {
				// "a jugé « irréalistes » les propos de Y", the attribute
				// parsed as the object: the noun phrase after it is.
				for _, c := range s.Children(v) {
					if c := int(c); c > k+1 && s.Case(c) == "" && (s.Words[c].UPOS == syntax.NOUN || s.Words[c].UPOS == syntax.PROPN) &&
						(s.Words[c].Rel() == "obl" || s.Words[c].Rel() == "obj") && !timeNoun(s.Words[c].Lemma) {
						out = append(out, c)
						break
					}
				}
				continue
			}
			if timeNoun(d.Lemma) {
				// "rencontrer la semaine prochaine le président X": the
				// object the parser put in apposition to the time.
				n0 := len(out)
				for _, a := range s.Dependents(k, "appos") {
					if !timeNoun(s.Words[a].Lemma) && s.Words[a].UPOS != syntax.PRON {
						out = append(out, a)
					}
				}
				if len(out) == n0 {
					// "a condamné jeudi la France pour …": the noun phrase
					// right after the day, which the parser hung elsewhere.
					if h := nounAfter(s, k); h >= 0 {
						out = append(out, h)
					}
				}
				continue
			}
			if d.UPOS != syntax.PRON || d.Feats.PronType == syntax.PronTypePrs {
				out = append(out, k)
			}
		}
		if len(out) == 0 && s.Words[v].Rel() == "acl" && s.Words[v].Head >= 0 {
			// The same relative read as a conjunction: "une décision que X
			// a qualifiée", "que" a mark and no object; "Jeanne Dufour,
			// que Paul Martin a reçue lundi": after the noun's phrase and
			// its comma.
			if m := s.Dependent(v, "mark"); m >= 0 && m < v && isQue(s, m) && relativeQue(s, s.Words[v].Head, m) {
				out = append(out, s.Words[v].Head)
			}
		}
		if len(out) > 0 {
			// "a reçu une vingtaine de maires, dont Anne Hidalgo, …": the
			// members "dont" names, which the parser hung on the verb.
			for _, c := range s.Children(v) {
				k := int(c)
				if k > out[0] && s.Words[k].UPOS == syntax.PROPN && s.Case(k) == "" && (s.Words[k].Rel() == "obl" || s.Words[k].Rel() == "nmod") {
					for _, m := range s.Children(k) {
						if m := int(m); m == k-1 && strings.EqualFold(s.Words[m].Form, "dont") {
							out = append(out, k)
							for _, cj := range s.Dependents(k, "conj") {
								out = append(out, cj)
							}
						}
					}
				}
			}
			// "a accusé Paris et Berlin": a second object the parser made
			// the verb's conjunct.
			// "a remercié Blinken et le président des États-Unis": or an
			// oblique, but a coordinated one with no preposition.
			for _, c := range s.Children(v) {
				k := int(c)
				d := s.Words[k]
				switch d.Rel() {
				case "conj", "obl", "obj":
				default:
					continue
				}
				if k > out[len(out)-1] && (d.UPOS == syntax.PROPN || d.UPOS == syntax.NOUN) && s.Case(k) == "" &&
					s.Dependent(k, "cc") >= 0 && s.Dependent(k, "nsubj") < 0 && !timeNoun(d.Lemma) {
					out = append(out, k)
				}
			}
		}
		if len(out) == 0 {
			if j := nameAfterDay(s, v); j >= 0 {
				out = append(out, j)
			}
		}
		if g := phraseNoun(s, v, f); len(out) == 0 && g >= 0 {
			// "a mis en garde la Chine contre …": the object the parser
			// hung on the phrase's noun.
			for _, c := range s.Children(g) {
				if c := int(c); c > g && s.Case(c) == "" && (s.Words[c].UPOS == syntax.PROPN || s.Words[c].UPOS == syntax.NOUN) {
					switch s.Words[c].Rel() {
					case "nmod", "appos", "obj", "flat":
						out = append(out, c)
					}
				}
			}
		}
		if len(out) == 0 {
			// A name after the verb with no preposition is its object,
			// whatever the parser called it ("a reçu à Paris Olaf
			// Scholz", "a menacé l'Iran" as xcomp).
			for _, k := range s.Children(v) {
				k := int(k)
				d := s.Words[k]
				if k < v || s.Case(k) != "" {
					continue
				}
				if articledAttribute(s, k) {
					// "a appelé le président « à démissionner »": a noun
					// phrase with its article is no attribute.
					out = append(out, k)
					continue
				}
				if d.UPOS != syntax.PROPN {
					continue
				}
				switch d.Rel() {
				case "xcomp", "obl", "dep", "appos", "nmod":
					out = append(out, k)
				}
			}
		}
		if len(out) == 0 {
			// "a rencontré en prison Amédy Coulibaly", "a rencontré à
			// Marseille le professeur Didier Raoult": the object the
			// parser put in apposition to the oblique before it, with no
			// comma between.
			for _, ch := range s.Children(v) {
				k := int(ch)
				if c.reflex || k < v || s.Words[k].Rel() != "obl" || s.Case(k) == "" || companion(s, k) {
					continue
				}
				for _, a := range s.Dependents(k, "appos") {
					first, _ := s.Subtree(a)
					if d := s.Dependent(a, "det"); (d < 0 || d != first) && !scene(s, k) {
						continue // "avec son épouse Brigitte", "sur sa page Facebook": the oblique's own name
					}
					if a > k && first > 0 && s.Words[first-1].UPOS != syntax.PUNCT &&
						(s.Words[a].UPOS == syntax.PROPN || s.Words[a].UPOS == syntax.NOUN && s.Dependent(a, "det") >= 0) {
						out = append(out, a)
					}
				}
				if scene(s, k) {
					// "a accusé dimanche sur Twitter M. Pompeo de …": a
					// courtesy title and its name hung on the medium.
					for _, a := range s.Dependents(k, "nmod") {
						if a == k+1 && s.Case(a) == "" && personTitles[text.Fold(strings.TrimSuffix(s.Words[a].Form, "."))] &&
							slices.ContainsFunc(s.Dependents(a, "nmod"), func(n int) bool { return s.Words[n].UPOS == syntax.PROPN }) {
							out = append(out, a)
						}
					}
				}
			}
		}
		if f.conduct {
			// "a regretté la décision de Y": only what someone did; not
			// "regrette le départ de Y", "les années Sarkozy", "la
			// démission de X, que je regrette".
			out = slices.DeleteFunc(out, func(k int) bool {
				return s.Words[k].UPOS != syntax.NOUN || !conductNouns[text.Fold(s.Words[k].Form)]
			})
		}
		if len(out) == 0 && f.qualify {
			// "a jugé « irréalistes » les propos de Y": the object parsed
			// as the subject of its attribute.
			for _, a := range s.Dependents(v, "xcomp") {
				if s.Words[a].UPOS == syntax.ADJ {
					out = append(out, s.Dependents(a, "nsubj")...)
				}
			}
		}
		if len(out) == 0 && f.clause {
			out = clauseSubjects(s, v)
		}
		if len(out) == 0 {
			// An infinitive has no subject of its own: a name the parser
			// made one is the governing verb's object ("accuse la Russie
			// d'avoir bombardé Y").
			for _, k := range s.Children(v) {
				d := s.Words[k]
				if r := d.Rel(); (r == "ccomp" || r == "xcomp") && infinitive(s, int(k)) {
					for _, n := range s.Dependents(int(k), "nsubj") {
						if n > v && s.Words[n].UPOS == syntax.PROPN {
							out = append(out, n)
						}
					}
				}
			}
		}
		return out
	}
	var out []int
	for _, k := range s.Children(v) {
		k := int(k)
		d := s.Words[k]
		rel := d.Rel()
		if rel == "obj" && f.talk && f.target == "avec" && d.UPOS == syntax.NOUN && !relational(s, k) {
			// "a évoqué la crise avec X": the parser hangs the partner on
			// the topic; not on a noun that takes "avec" itself ("a
			// évoqué l'accord avec l'Iran").
			out = append(out, partnerUnder(s, k, 3)...)
			continue
		}
		if rel != "obl" && rel != "iobj" && rel != "nmod" {
			continue
		}
		if f.talk && f.target == "avec" && relationalObject(s, v) {
			continue // "évoque ses liens avec X", the complement hung on the verb
		}
		if caseIs(s, k, f.target) || f.target == "à" && rel == "iobj" && d.UPOS == syntax.PRON {
			out = append(out, k) // "à X", or "lui"
			continue
		}
		// "au téléphone avec X", "lundi avec X": one level down; "la
		// visite d'Emmanuel Macron à Alger": the parser hangs the place on
		// the name. Not "de", which any noun takes: "À la tribune de
		// l'Assemblée nationale, X s'est indigné", "un portrait de Macron".
		// Nor the medium of an interview: "lui reprochant, dans un
		// entretien à Ouest-France, de …".
		if (rel == "obl" || rel == "nmod" && d.UPOS == syntax.PROPN) && f.target != "de" && !(f.target == "à" && givenTo[text.Fold(d.Lemma)]) {
			for _, n := range s.Dependents(k, "nmod") {
				if caseIs(s, n, f.target) && !(f.talk && relationBetween(s, k-1, n)) {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// articledAttribute reports whether noun k, which the parser made its
// verb's attribute (xcomp), has an article: an object, which no attribute
// has ("a appelé le président « à démissionner »").
func articledAttribute(s *syntax.Sentence, k int) bool {
	return s.Words[k].UPOS == syntax.NOUN && s.Words[k].Rel() == "xcomp" && s.Dependent(k, "det") >= 0
}

// scene reports whether oblique k names where, when or how an act took
// place: a place's name, a day, or a noun of sceneNouns ("à Marseille",
// "mardi", "en prison"); a bare name after it is the verb's object ("en
// prison Amédy Coulibaly"), not the oblique's name ("sur sa page
// Facebook").
func scene(s *syntax.Sentence, k int) bool {
	if s.Words[k].UPOS == syntax.PROPN {
		return true
	}
	return sceneNouns[text.Fold(s.Words[k].Lemma)] || timeNoun(s.Words[k].Lemma)
}

// companion reports whether oblique k is a companion or a comparison
// ("avec X", "comme X", "entre X"), whose apposition is its own.
func companion(s *syntax.Sentence, k int) bool {
	return caseIs(s, k, "avec") || caseIs(s, k, "comme") || caseIs(s, k, "entre")
}

// givenTo are what one gives a medium: "un entretien à Ouest-France".
var givenTo = set("entretien", "interview", "declaration", "confidence", "tribune", "propos")

var sceneNouns = set("prison", "ville", "capitale", "palais", "siege", "residence", "domicile", "hasard", "marge",
	"prive", "tete-a-tete", "coulisses", "secret", "catimini", "urgence", "personne", "fin", "debut", "cote", "justice",
	"balle", "balles", "fois", "direct")

// partnerUnder returns the "avec" complements in the topic phrase k,
// depth levels down, that no noun taking "avec" itself governs: "le cas
// de M. Carlos Ghosn avec mon collègue Taro Kono".
func partnerUnder(s *syntax.Sentence, k, depth int) []int {
	var out []int
	for _, n := range s.Dependents(k, "nmod") {
		switch {
		case caseIs(s, n, "avec"):
			if u := s.Words[n].UPOS; (u == syntax.PROPN || u == syntax.NOUN) && !relationBetween(s, k, n) {
				out = append(out, n)
			}
		case depth > 1 && !relational(s, n):
			out = append(out, partnerUnder(s, n, depth-1)...)
		}
	}
	return out
}

// relational reports whether word k is a noun that takes "avec" itself
// ("ses liens avec X", "l'accord avec l'Iran").
func relational(s *syntax.Sentence, k int) bool {
	w := s.Words[k]
	return w.UPOS == syntax.NOUN && (withNouns[text.Fold(w.Lemma)] || withNouns[text.Fold(w.Form)])
}

// relationalObject reports whether verb v's object is such a noun
// ("évoque ses liens avec X").
func relationalObject(s *syntax.Sentence, v int) bool {
	return slices.ContainsFunc(s.Dependents(v, "obj"), func(o int) bool { return relational(s, o) })
}

// relationBetween reports whether such a noun stands after word k and
// before word n: "un épisode de son affrontement avec X", whatever the
// parser hung "avec X" on.
func relationBetween(s *syntax.Sentence, k, n int) bool {
	for j := k + 1; j < n; j++ {
		if relational(s, j) {
			return true
		}
	}
	return false
}

// withNouns take a partner with "avec" of their own: "l'accord avec
// l'Iran" is no talk with Iran.
var withNouns = set("accord", "accords", "relation", "relations", "lien", "liens", "cooperation", "partenariat",
	"conflit", "differend", "tension", "tensions", "dialogue", "negociation", "negociations", "discussion",
	"discussions", "entretien", "rencontre", "echange", "echanges", "rupture", "alliance", "contrat", "traite",
	"rapprochement", "reconciliation", "guerre", "rivalite", "litige", "affaire", "dossier", "rendez-vous",
	"amitie", "affrontement", "probleme", "problemes", "desaccord", "desaccords", "differends", "rapport", "rapports",
	"contentieux", "brouille", "querelle", "collaboration", "proximite", "histoire", "souvenir", "souvenirs",
	"experience", "travail", "divergence", "divergences", "convergence", "convergences", "difficultes", "complicite",
	"termes")

// participleOf reports whether verb v is a passive participle that
// describes the name before it: "Oussama Ben Laden, tué par …", "Greta
// Thunberg, reçue par Merkel". Not when the noun is a description, whose
// holder the parse often misses ("Christian Medves, boucher au Super U,
// tué par …"), nor across a headline's colon ("Avignon : menacé par
// Dieudonné, un conseiller …").
func participleOf(s *syntax.Sentence, v int) bool {
	w := s.Words[v]
	if w.Rel() != "acl" || w.Feats.VerbForm != syntax.VerbFormPart || w.Head < 0 || w.Head >= v {
		return false
	}
	if h := s.Words[w.Head]; h.UPOS != syntax.PROPN && !titleNoun(h.Lemma) {
		return false // but "l'ancien chef d'Al-Qaïda Oussama Ben Laden, tué par …"
	}
	for k := w.Head + 1; k < v; k++ {
		if f := s.Words[k].Form; f == ":" || f == "!" {
			return false
		}
	}
	if asks(s) {
		return false // "Nicolas Hulot menacé par Monsanto ?": asked
	}
	return true
}

// asks reports whether a question mark stands anywhere in the sentence,
// glued to the next one too ("menacé par Monsanto ?par 6MEDIAS"): the
// sentence-level check (question) reads only its end.
func asks(s *syntax.Sentence) bool {
	for _, d := range s.Words {
		if strings.HasPrefix(d.Form, "?") {
			return true
		}
	}
	return false
}

// frontedParticiple returns the subject of the clause a fronted passive
// participle describes ("Reçu lundi par Emmanuel Macron, Vladimir
// Poutine a …", "Accusé par Y de …, X a répondu"), or -1.
func frontedParticiple(s *syntax.Sentence, v int) int {
	w := s.Words[v]
	if w.Rel() != "advcl" || w.Feats.VerbForm != syntax.VerbFormPart || w.Head < 0 || w.Head < v ||
		len(s.Dependents(v, "aux")) > 0 || len(s.Dependents(v, "aux:pass")) > 0 || s.Dependent(v, "mark") >= 0 {
		return -1
	}
	if asks(s) {
		return -1
	}
	if a := agentOf(s, v); a < 0 || !caseIs(s, a, "par") {
		return -1 // "Invité de Léa Salamé sur France Inter": a guest
	}
	ks := s.Dependents(w.Head, "nsubj")
	if len(ks) != 1 || ks[0] < v {
		return -1
	}
	commas := 0
	for k := v + 1; k < w.Head; k++ {
		switch s.Words[k].Form {
		case ":", "!", ";":
			return -1
		case ",":
			commas++
		}
	}
	if commas > 4 {
		return -1 // a list ("Accueillis par X, son épouse, le ministre, …"): guests of an occasion
	}
	return ks[0]
}

// appealed reports whether verb v is the infinitive of an appeal to no
// one named: "Barack Obama a appelé à soutenir le gouvernement turc" is
// an appeal, and those appealed to would act, not the one who appeals
// ("a demandé à rencontrer X" is his own wish). The appeal's subject
// stays the clause's (a pronoun after it still stands for him).
func appealed(s *syntax.Sentence, v int) bool {
	w := s.Words[v]
	if w.Rel() != "xcomp" || w.Head < 0 || !infinitive(s, v) {
		return false
	}
	h := w.Head
	return appealers[s.Words[h].Lemma] && !objectControl(s, h) && !(s.Words[h].Lemma == "demander" && markedBy(s, v, "à"))
}

// markedBy reports whether verb k is introduced by the marker m: "à"
// in "demande à rencontrer".
// adverbialInfinitive reports whether infinitive v opens on a conjunction
// of time, purpose or manner ("avant de", "après avoir", "sans", "pour",
// "afin de"): it is its head's adjunct, not its complement, and its
// subject is the head's subject, not its object, however the parser
// labelled it ("X a reçu Y, avant de rencontrer Z" has X meet Z).
func adverbialInfinitive(s *syntax.Sentence, v int) bool {
	for _, m := range s.Dependents(v, "mark") {
		switch s.Words[m].Lemma {
		case "avant", "après", "sans", "pour", "afin", "plutôt":
			return true
		}
	}
	return false
}

func markedBy(s *syntax.Sentence, k int, m string) bool {
	d := s.Dependent(k, "mark")
	return d >= 0 && s.Words[d].Lemma == m
}

// caseIs reports whether word k's preposition is prep ("à" matches the "à"
// of "au" and "aux").
func caseIs(s *syntax.Sentence, k int, prep string) bool {
	c := s.Case(k)
	if c == "d'" || c == "d’" {
		c = "de" // "la visite d'Emmanuel Macron"
	}
	if c == prep {
		return true
	}
	return prep == "en" && c == "dans"
}

// unitsOf returns the units (entity mentions) that word k of s stands
// for: the unit around its token, or else the name its appositions, flat
// names or case-less complements give ("le président Emmanuel Macron", "le
// ministre de l'Intérieur Gérald Darmanin"), or the country of an
// institution's adjective ("les autorités russes"), then the same for
// every word coordinated with it.
func (w *work) unitsOf(s *syntax.Sentence, k int) []int {
	var out []int
	var walk func(k, depth int)
	walk = func(k, depth int) {
		if depth == 0 && kin[text.Fold(s.Words[k].Lemma)] {
			return // "les familles Bennett et Brittman": a family, none of its members
		}
		if gatherings[text.Fold(s.Words[k].Form)] {
			// "les actions à Paris, Bordeaux et Lyon visaient à rendre
			// hommage": the places of an event, not who acts.
			return
		}
		if ui := w.unitOfWord(s, k); ui >= 0 {
			out = append(out, ui)
		} else if depth == 0 {
			if ui := w.namedBy(s, k); ui >= 0 {
				out = append(out, ui)
			} else {
				out = append(out, w.examples(s, k)...)
			}
		}
		if depth > 3 {
			return
		}
		for _, c := range conjuncts(s, k) {
			if h := s.Words[c].Head; h >= 0 && w.sameUnit(s, c, h) {
				continue // "d'Europe Ecologie Les Verts": one name's parts, not two
			}
			walk(c, depth+1)
		}
	}
	walk(k, 0)
	return out
}

// sameUnit reports whether words a and b lie in one unit (one mention).
func (w *work) sameUnit(s *syntax.Sentence, a, b int) bool {
	ta, tb := wordToken(s, a), wordToken(s, b)
	return ta >= 0 && tb >= 0 && w.g.unitAt[ta] >= 0 && w.g.unitAt[ta] == w.g.unitAt[tb]
}

// examples returns the units a plain noun's "comme" complement gives as
// its instances: "s'en est pris à des médias indépendants comme le site
// Rappler et le quotidien Philippine Daily Inquirer" targets both.
func (w *work) examples(s *syntax.Sentence, k int) []int {
	if s.Words[k].UPOS != syntax.NOUN {
		return nil
	}
	var out []int
	ns := s.Dependents(k, "nmod")
	if v := s.Words[k].Head; v >= 0 {
		// or on the verb, right after the noun's phrase
		_, last := s.Subtree(k)
		for _, n := range s.Children(v) {
			if first, _ := s.Subtree(int(n)); first == last+1 && s.Words[n].Rel() == "obl" {
				ns = append(ns, int(n))
			}
		}
	}
	for _, n := range ns {
		if !caseIs(s, n, "comme") {
			continue
		}
		for _, x := range append([]int{n}, conjuncts(s, n)...) {
			if ui := w.unitOfWord(s, x); ui >= 0 {
				out = append(out, ui)
			} else if ui := w.namedBy(s, x); ui >= 0 {
				out = append(out, ui)
			}
		}
	}
	return out
}

// conjuncts returns the words coordinated with the noun phrase headed by
// k: its conj dependents, and those the parser hung on the name inside it
// ("le chef de la diplomatie allemande Heiko Maas et le Premier ministre
// grec").
func conjuncts(s *syntax.Sentence, k int) []int {
	var out []int
	for _, cj := range s.Dependents(k, "conj") {
		if c := s.Case(cj); c != "" && c != s.Case(k) {
			// "par l'opposition, à la Chambre des communes": another
			// complement, and the list it opens ("presser la Russie
			// d'enquêter, après Berlin, Paris et Washington"); "comme"
			// gives examples, the list goes on after them.
			if c == "comme" {
				continue
			}
			break
		}
		out = append(out, cj)
	}
	// The name inside the phrase may sit under its complement ("le
	// ministre des Affaires étrangères Gabi Ashkenazi et le secrétaire
	// d'État", with the name hung on "Affaires"): two levels down.
	var under func(h, depth int)
	under = func(h, depth int) {
		for _, c := range s.Children(h) {
			c := int(c)
			switch s.Words[c].Deprel {
			case "appos", "flat:name", "nmod":
			default:
				continue
			}
			if s.Words[c].Deprel == "nmod" && s.Case(c) != "" && !caseIs(s, c, "de") {
				continue // "les actions à Paris, Bordeaux, Lyon": places, not who acts
			}
			for _, cj := range s.Dependents(c, "conj") {
				// Under a complement ("de la diplomatie allemande"), only a
				// conjunct that is a title or a name like the head, and no
				// complement itself ("et de l'Allemagne").
				if s.Words[c].Deprel == "nmod" && s.Case(c) != "" && s.Words[cj].Lemma != s.Words[k].Lemma &&
					s.Words[cj].UPOS != syntax.PROPN && !titleNoun(s.Words[cj].Lemma) {
					continue
				}
				if (depth > 0 || s.Words[c].Deprel == "nmod" && s.Case(c) != "") && s.Case(cj) != "" {
					continue // "les syndicats de la SNCF et de la RATP": a second complement
				}
				out = append(out, cj)
			}
			if depth == 0 {
				under(c, depth+1)
			}
		}
	}
	under(k, 0)
	return out
}

// titleNoun reports whether a lemma is one of the titles people hold.
func titleNoun(lemma string) bool {
	switch lemma {
	case "ministre", "président", "chef", "secrétaire", "chancelier", "dirigeant", "roi", "reine", "premier", "ambassadeur", "porte-parole", "maire", "gouverneur", "député", "sénateur":
		return true
	}
	return false
}

// unitOfWord returns the unit covering word k's token when it names an
// entity that can take part in an event, or -1.
func (w *work) unitOfWord(s *syntax.Sentence, k int) int {
	t := wordToken(s, k)
	if t < 0 {
		return -1
	}
	ui := w.g.unitAt[t]
	if ui < 0 || w.a.Units[ui].Entity < 0 {
		return -1
	}
	if w.a.Units[ui].Kind == entities.UnitDemonym && s.Words[k].UPOS == syntax.ADJ && !authoredBy(s, k) {
		// "russe" in "le président russe" is no argument by itself; "les
		// Britanniques" (a noun) are their country
		return -1
	}
	if w.a.Units[ui].Kind == entities.UnitDemonym {
		// "l'Algérien Abdelmalek Droukdal": the person, not Algeria.
		if p := w.personUnder(s, k); p >= 0 {
			return p
		}
		if nationals(s, k) {
			return -1
		}
		if nationalOne(s, k) {
			return -1 // "L'Américain a critiqué X", "a déclaré l'Américain": a man, not his country
		}
	}
	if u := w.a.Units[ui]; u.Last-u.First == 1 && memberNames[text.Fold(w.d.Tokens[u.First].Text)] {
		if det := s.Dependent(k, "det"); det >= 0 && singularDets[strings.ToLower(s.Words[det].Form)] {
			// "l'Insoumis Alexis Corbière": one member, the person named
			// beside; "l'Insoumis" alone is someone, not the party ("les
			// Insoumis" are).
			return w.personUnder(s, k)
		}
	}
	return ui
}

// authoredBy reports whether adjective k is the nationality of an act
// noun's author: "les sanctions américaines", "l'ingérence russe".
func authoredBy(s *syntax.Sentence, k int) bool {
	h := s.Words[k].Head
	return h >= 0 && h < k && s.Words[k].Rel() == "amod" && s.Words[h].UPOS == syntax.NOUN && agentNouns[text.Fold(s.Words[h].Form)]
}

// nationalOne reports whether word k, a demonym, is a noun in the
// singular with its article: one person of that nationality
// ("l'Américain", "la Britannique"), not the country.
func nationalOne(s *syntax.Sentence, k int) bool {
	d := s.Words[k]
	if d.UPOS != syntax.NOUN || d.Feats.Number == syntax.NumberPlur {
		return false
	}
	det := s.Dependent(k, "det")
	return det >= 0 && singularDets[strings.ToLower(s.Words[det].Form)]
}

// memberNames are parties' names that also name one member.
var memberNames = set("insoumis", "insoumise")

// singularDets are the determiners of one.
var singularDets = set("l'", "le", "la", "un", "une", "cet", "cette", "ce")

// nationals reports whether demonym word k names some people or a
// company of that nationality, not their country: "deux Français ont été
// arrêtés", "des Américains", "un accord avec le chinois CMEC".
func nationals(s *syntax.Sentence, k int) bool {
	for _, c := range s.Children(k) {
		d := s.Words[c]
		switch d.Rel() {
		case "nummod":
			return true
		case "det":
			switch text.Fold(d.Form) {
			case "des", "un", "une", "deux", "trois", "plusieurs", "quelques", "certains", "nombreux", "ces":
				return true
			}
		case "appos", "flat":
			if d.UPOS == syntax.PROPN {
				return true
			}
		}
	}
	return false
}

// personUnit returns the unit of word k when it names a person, or -1.
func (w *work) personUnit(s *syntax.Sentence, k int) int {
	t := wordToken(s, k)
	if t < 0 {
		return -1
	}
	if ui := w.g.unitAt[t]; ui >= 0 && w.a.Units[ui].Entity >= 0 && w.a.Entities[w.a.Units[ui].Entity].Type == kg.Person {
		return ui
	}
	return -1
}

// personUnder returns the person one of word k's flat names or
// appositions names ("l'Algérien Abdelmalek Droukdal", "FN Emmanuel
// Crenne"), or -1.
func (w *work) personUnder(s *syntax.Sentence, k int) int {
	for _, c := range s.Children(k) {
		switch s.Words[c].Deprel {
		case "appos", "flat:name", "flat":
			if p := w.personUnit(s, int(c)); p >= 0 {
				return p
			}
		}
	}
	return -1
}

// kin are the groups a surname names as a whole.
var kin = set("famille", "clan", "dynastie", "couple", "epoux", "freres", "soeurs", "parents")

// gatherings are events that happen in places: the names beside them
// are where, not who.
var gatherings = set("action", "actions", "manifestation", "manifestations", "rassemblement", "rassemblements",
	"marche", "marches", "mobilisation", "mobilisations", "ceremonie", "ceremonies", "evenement", "evenements",
	"hommage", "hommages", "concert", "concerts", "veillee", "veillees", "defile", "defiles", "greve", "greves")

// clauseSubjects returns the subject of verb v's "que" clause, when it is
// a name or a noun: "X a déploré que le président ait décidé de bloquer le
// texte" is about the president. Not a pronoun (whose antecedent may be
// X), nor the subject of a clause the verb only reports ("a dénoncé que
// la loi soit appliquée", a noun no unit names, gives nothing).
func clauseSubjects(s *syntax.Sentence, v int) []int {
	var out []int
	for _, c := range s.Dependents(v, "ccomp") {
		m := s.Dependent(c, "mark")
		if m < 0 || m > c || !isQue(s, m) {
			continue
		}
		for _, k := range s.Dependents(c, "nsubj") {
			if u := s.Words[k].UPOS; u == syntax.PROPN || u == syntax.NOUN {
				out = append(out, k)
			}
		}
	}
	return out
}

// subjectPronouns are the personal pronouns that can only be subjects.
var subjectPronouns = set("il", "elle", "ils", "elles")

// apposedPerson returns the person unit an apposition c names, itself or
// under its title ("le leader d'AQMI, l'Algérien Abdelmalek Droukdal"), or
// -1.
func (w *work) apposedPerson(s *syntax.Sentence, c int) int {
	if ui := w.personUnit(s, c); ui >= 0 {
		return ui
	}
	return w.personUnder(s, c)
}

// isQue reports whether word m is the conjunction or pronoun "que".
func isQue(s *syntax.Sentence, m int) bool {
	f := s.Words[m].Form
	return strings.EqualFold(f, "que") || strings.EqualFold(f, "qu'") || f == "qu’"
}

// relativeQue reports whether "que" at m opens a relative clause on noun
// h: it follows h's phrase ("une décision que", "la ministre Jeanne
// Dufour, que"), whose every word lies between h and m.
func relativeQue(s *syntax.Sentence, h, m int) bool {
	if h < 0 || m <= h {
		return false
	}
	j := m - 1
	if j > h && s.Words[j].Form == "," {
		j--
	}
	for k := h + 1; k <= j; k++ {
		if !dominates(s, h, k) || s.Words[k].UPOS == syntax.VERB || s.Words[k].UPOS == syntax.AUX {
			return false
		}
	}
	return true
}

// mendGluedNames gives back to its verb a person's name that the parser
// glued to the place, the body or the day before it: "a reçu à l'Élysée
// Nicolas Sarkozy", "a rencontré samedi à Rome Benoît XVI", "a condamné
// vendredi Maurice Patrac". The recogniser knows where the name starts.
// The name becomes the object of a verb that has its subject before it,
// no object and is not passive, so that it cannot be the verb's inverted
// subject.
func (w *work) mendGluedNames(s *syntax.Sentence) []syntax.Move {
	var moves []syntax.Move
	for i, wd := range s.Words {
		h := wd.Head
		if h < 0 || h >= i || wd.Token < 0 || wd.UPOS != syntax.PROPN {
			continue
		}
		if !strings.HasPrefix(wd.Deprel, "flat") && (wd.Deprel != "appos" || s.Words[i-1].UPOS == syntax.PUNCT) {
			continue
		}
		ui := w.g.unitAt[wd.Token]
		if ui < 0 || w.a.Units[ui].First != wd.Token || w.a.Units[ui].Entity < 0 || w.a.Entities[w.a.Units[ui].Entity].Type != kg.Person {
			continue
		}
		// The name is glued to another's: a place's, a body's, a
		// medium's, not to a noun that may be its title ("son épouse
		// Brigitte", "l'auteur Philippe Besson").
		th := s.Words[h].Token
		if th < 0 {
			continue
		}
		if day := s.Words[h].UPOS == syntax.NOUN && timeNoun(s.Words[h].Lemma); !day {
			if s.Words[h].UPOS != syntax.PROPN || w.g.unitAt[th] < 0 || w.g.unitAt[th] == ui {
				continue
			}
			if hu := w.a.Units[w.g.unitAt[th]]; hu.Entity < 0 || hu.Kind != entities.UnitName || w.a.Entities[hu.Entity].Type == kg.Person {
				continue
			}
		}
		v := s.Words[h].Head
		if v < 0 || v > h || s.Words[h].Rel() != "obl" || s.Words[v].UPOS != syntax.VERB || speechLemmas[s.Words[v].Lemma] {
			continue
		}
		if subj := s.Dependent(v, "nsubj"); subj < 0 || subj > v || s.Dependent(v, "obj") >= 0 || s.Dependent(v, "aux:pass") >= 0 {
			continue
		}
		moves = append(moves, syntax.Move{Word: i, Head: v, Rel: "obj"})
		for _, c := range s.Children(h) {
			if c := int(c); c > i && s.Words[c].Token >= 0 && w.g.unitAt[s.Words[c].Token] == ui {
				moves = append(moves, syntax.Move{Word: c, Head: i, Rel: "flat:name"})
			}
		}
	}
	return moves
}

// mendTrees applies each mend to every sentence's tree: what a mend
// moves, the rules then read as the parser's.
func (w *work) mendTrees(mends ...func(*syntax.Sentence) []syntax.Move) {
	for si := range w.t {
		s := &w.t[si]
		for _, mend := range mends {
			if moves := mend(s); len(moves) > 0 {
				s.Reattach(moves...)
			}
		}
	}
}

// mendFrontedSubject gives back to its verb the subject that the parser
// hung on the phrase fronted before it: "Visée par une enquête, la
// ministre de la Culture a reçu le soutien de Y" makes "la ministre" a
// conjunct of "enquête"; "Devant la 17e chambre à Paris, l'ancienne
// ministre Cécile Duflot, en pleurs, a accusé Y" an apposition of
// "chambre". Either leaves the verb without a subject. The noun follows
// the fronted participle's or oblique's phrase after a comma, with no
// conjunction or preposition, and nothing but auxiliaries, clitics and
// adverbs stands between its phrase and the verb, which has no subject.
func (w *work) mendFrontedSubject(s *syntax.Sentence) []syntax.Move {
	var moves []syntax.Move
	tried := false
	for n, wd := range s.Words {
		if r := wd.Rel(); r != "conj" && r != "appos" || wd.UPOS != syntax.NOUN && wd.UPOS != syntax.PROPN || n < 2 {
			continue
		}
		first, last := s.Subtree(n)
		if s.Words[first].Form != "," && (first == 0 || s.Words[first-1].Form != ",") || s.Dependent(n, "cc") >= 0 || s.Dependent(n, "case") >= 0 {
			continue // (the parser hangs the comma on the noun or before it)
		}
		// The fronted phrase the noun was hung in: a participle
		// ("Visée par …") or an oblique ("Devant la chambre …") of
		// the verb, opening the sentence.
		a := wd.Head
		for a >= 0 && s.Words[a].Head >= 0 && s.Words[a].Head < first {
			a = s.Words[a].Head
		}
		if a < 0 || a > first || s.Words[a].Head < 0 || s.Words[s.Words[a].Head].UPOS != syntax.VERB {
			continue
		}
		if tried {
			break // only the first noun after the phrase: "De son côté, Catherine Perret, membre du bureau, a déclaré" has no "membre" for subject
		}
		tried = true
		switch s.Words[a].Rel() {
		case "advcl":
			if s.Words[a].UPOS != syntax.VERB || s.Words[a].Feats.VerbForm != syntax.VerbFormPart || s.Dependent(a, "nsubj") >= 0 {
				continue
			}
		case "obl":
			if c := text.Fold(s.Case(a)); c == "selon" || c == "pour" || c == "d'apres" || c == "comme" || c == "contrairement" {
				continue // "Selon le procureur, Jean Dupont, …", "Pour X, Y « … »": a source's apposition, read by the quotation rules
			}
		default:
			continue
		}
		if af, _ := s.Subtree(a); af != 0 {
			continue
		}
		v := s.Words[a].Head
		if v <= last || s.Dependent(v, "nsubj") >= 0 || s.Dependent(v, "expl:subj") >= 0 {
			continue // (nsubj matches nsubj:pass)
		}
		between := true
		for k := last + 1; k < v; k++ {
			if u := s.Words[k].UPOS; u != syntax.AUX && u != syntax.PRON && u != syntax.ADV && !quoteMark(s.Words[k].Form) || !dominates(s, v, k) {
				between = false // (a quotation may open before the verb: "…, Édouard Philippe « a tenté … »")
			}
		}
		if !between {
			continue
		}
		rel := "nsubj"
		if s.Dependent(v, "aux:pass") >= 0 {
			rel = "nsubj:pass"
		}
		moves = append(moves, syntax.Move{Word: n, Head: v, Rel: rel})
	}
	return moves
}

// mendTimeAgent gives back to a passive verb the agent that the parser
// hung on the time noun before it: "a été reçu la semaine dernière par
// Nicolas Sarkozy" makes "par Nicolas Sarkozy" a complement of
// "semaine". The time noun, which a passive cannot have as its object,
// becomes the verb's modifier.
func (w *work) mendTimeAgent(s *syntax.Sentence) []syntax.Move {
	var moves []syntax.Move
	for k, wd := range s.Words {
		h := wd.Head
		if wd.Rel() != "nmod" || h < 0 || h > k || s.Case(k) != "par" || s.Words[h].UPOS != syntax.NOUN || !timeNoun(s.Words[h].Lemma) {
			continue
		}
		v := s.Words[h].Head
		if v < 0 || v > h || s.Words[v].UPOS != syntax.VERB || s.Dependent(v, "aux:pass") < 0 || s.Dependent(v, "obl:agent") >= 0 {
			continue
		}
		moves = append(moves, syntax.Move{Word: k, Head: v, Rel: "obl:agent"})
		if s.Words[h].Rel() == "obj" {
			moves = append(moves, syntax.Move{Word: h, Head: v, Rel: "obl:mod"})
		}
	}
	return moves
}

// strayAppos returns the noun phrase that name p stands in apposition
// to when the parser hung p on the verb: "s'en est pris à sa
// coordinatrice, le Dr Deborah Birx" (p a second subject), "a félicité
// son successeur, Olaf Scholz". p follows a comma that closes an object or
// oblique of its verb, after the verb, with no preposition of its own;
// -1 when it is not so.
func strayAppos(s *syntax.Sentence, p int) int {
	w := s.Words[p]
	v := w.Head
	if v < 0 || p < v || s.Words[v].UPOS != syntax.VERB || w.UPOS != syntax.PROPN || s.Case(p) != "" {
		return -1
	}
	switch w.Rel() {
	case "nsubj", "appos", "obl", "dep", "flat":
	default:
		return -1
	}
	comma, _ := s.Subtree(p)
	if s.Words[comma].Form != "," {
		comma--
	}
	if comma < 1 || s.Words[comma].Form != "," {
		return -1
	}
	for _, c := range s.Children(v) {
		c := int(c)
		if c == p || c < v || c > comma {
			continue
		}
		switch s.Words[c].Rel() {
		case "obj", "obl", "iobj":
		default:
			continue
		}
		if _, last := s.Subtree(c); (last == comma-1 || last == comma) && s.Words[c].UPOS == syntax.NOUN && s.Dependent(c, "det") >= 0 {
			return c
		}
	}
	return -1
}

// strayName returns the name the parser hung on the verb that stands in
// apposition to noun k ("à sa coordinatrice, le Dr Deborah Birx"), or -1.
func strayName(s *syntax.Sentence, k int) int {
	v := s.Words[k].Head
	if v < 0 {
		return -1
	}
	for _, c := range s.Children(v) {
		if int(c) > k && strayAppos(s, int(c)) == k {
			return int(c)
		}
	}
	// "à sa coordinatrice, le Dr Deborah Birx, qu'il accuse …": the name
	// taken for the subject of a relative clause parsed as a conjunct,
	// whose own subject is the pronoun.
	_, last := s.Subtree(k)
	for _, c := range s.Dependents(v, "conj") {
		if c < k || s.Words[c].UPOS != syntax.VERB {
			continue
		}
		var name, pron int = -1, -1
		for _, n := range s.Dependents(c, "nsubj") {
			switch {
			case s.Words[n].UPOS == syntax.PROPN && n < c:
				name = n
			case s.Words[n].UPOS == syntax.PRON && n > name:
				pron = n
			}
		}
		if name < 0 || pron < 0 {
			continue
		}
		if first, _ := s.Subtree(name); first == last+2 && s.Words[last+1].Form == "," {
			return name
		}
	}
	return -1
}

// namedBy returns the unit a noun's apposition, flat name, case-less
// complement or nationality adjective names: "le président Emmanuel
// Macron", "les autorités russes"; -1 when none does.
func (w *work) namedBy(s *syntax.Sentence, k int) int {
	if kin[text.Fold(s.Words[k].Lemma)] {
		return -1 // "les familles Bennett et Brittman", "la famille Assenov": not one of them
	}
	// A person in apposition comes first: "le chef de file des députés
	// LREM, Richard Ferrand" is Ferrand, not LREM.
	for _, c := range s.Children(k) {
		if d := s.Words[c].Deprel; d == "appos" || d == "flat:name" {
			if ui := w.apposedPerson(s, int(c)); ui >= 0 {
				return ui
			}
		}
	}
	if p := strayName(s, k); p >= 0 {
		if ui := w.apposedPerson(s, p); ui >= 0 {
			return ui
		}
	}
	// A title's party beside it ("l'élu FN", "l'eurodéputée EELV") is
	// the holder's, not who acts.
	member := roleNouns[strings.ToLower(s.Words[k].Lemma)] || roleNouns[strings.ToLower(s.Words[k].Form)]
	courtesy := personTitles[text.Fold(strings.TrimSuffix(s.Words[k].Form, "."))]
	institution := institutions[text.Fold(s.Words[k].Form)] || institutions[s.Words[k].Lemma]
	for _, c := range s.Children(k) {
		if courtesy { // "M. Le Maire": the name under the title
			if ui := w.g.unitAt[max(wordToken(s, int(c)), 0)]; ui >= 0 && wordToken(s, int(c)) >= 0 && w.a.Units[ui].Entity >= 0 {
				return ui
			}
		}
		c := int(c)
		d := s.Words[c]
		switch d.Deprel {
		case "appos", "flat:name", "flat":
		case "nmod":
			if s.Case(c) != "" && !(governments[text.Fold(s.Words[k].Lemma)] && caseIs(s, c, "de")) {
				continue
			}
			if s.Case(c) != "" {
				// "le gouvernement de la Bosnie", "la délégation de l'Union
				// européenne": the country or the body, not a person ("le
				// régime de Bachar al-Assad" is left alone).
				ui := w.g.unitAt[max(wordToken(s, c), 0)]
				if ui < 0 || w.a.Units[ui].Entity < 0 || wordToken(s, c) < 0 {
					continue
				}
				if t := w.a.Entities[w.a.Units[ui].Entity].Type; t != kg.GPE && t != kg.Org {
					continue
				}
			}
		case "amod":
			if !institution {
				continue
			}
		default:
			continue
		}
		if ui := w.g.unitAt[wordToken(s, c)]; ui >= 0 && w.a.Units[ui].Entity >= 0 {
			if member && w.a.Entities[w.a.Units[ui].Entity].Type != kg.Person {
				if p := w.personUnder(s, c); p >= 0 {
					return p // "l'élu FN Emmanuel Crenne"
				}
				continue // "l'eurodéputée EELV": not the party
			}
			return ui
		}
	}
	// "le site internet d'information Rappler", "le quotidien
	// d'investigation Philippine Daily Inquirer": a kind of body whose
	// name the parser hung on its complement.
	if bodyKinds[text.Fold(s.Words[k].Lemma)] {
		for c, depth := k, 0; depth < 3; depth++ {
			next := -1
			for _, n := range s.Dependents(c, "nmod") {
				next = n
			}
			if next < 0 {
				break
			}
			for _, a := range s.Dependents(next, "appos") {
				if ui := w.g.unitAt[max(wordToken(s, a), 0)]; ui >= 0 && wordToken(s, a) >= 0 && w.a.Units[ui].Entity >= 0 && a == s.Words[a].Head+1 {
					return ui
				}
			}
			c = next
		}
	}
	// "le président du Conseil européen, Charles Michel": the parser hung
	// the name on the complement.
	if titleNoun(s.Words[k].Lemma) {
		for _, c := range s.Dependents(k, "nmod") {
			// "l'ancien chef d'Al-Qaïda Oussama Ben Laden", the name
			// glued to the complement's as one flat name.
			for _, f := range s.Dependents(c, "flat:name") {
				if p := w.personUnit(s, f); p >= 0 && p != w.g.unitAt[max(wordToken(s, c), 0)] {
					return p
				}
			}
			for _, a := range s.Dependents(c, "appos") {
				if ui := w.g.unitAt[wordToken(s, a)]; ui >= 0 && w.a.Units[ui].Entity >= 0 && w.a.Entities[w.a.Units[ui].Entity].Type == kg.Person {
					return ui
				}
				if a > 0 && s.Words[a-1].Form == "(" {
					// "la présidente du Rassemblement national (RN) Marine
					// Le Pen": or on the complement's bracketed acronym.
					if p := w.personUnder(s, a); p >= 0 {
						return p
					}
				}
			}
		}
	}
	if titleNoun(s.Words[k].Lemma) || member {
		// "Le député européen d'Europe Ecologie Les Verts (EELV) Yannick
		// Jadot": the name that closes the title's phrase, wherever the
		// parser hung it, unless it is a complement ("l'avocat de X").
		_, last := s.Subtree(k)
		if ui := w.personUnit(s, last); ui >= 0 {
			if f := s.WordOf(w.a.Units[ui].First); f > k && s.Case(f) == "" && strings.HasPrefix(s.Words[f].Deprel, "flat") &&
				s.Words[f-1].UPOS != syntax.ADP && s.Words[f-1].UPOS != syntax.DET {
				return ui
			}
		}
	}
	return -1
}

// bodyKinds are the kinds of body a name follows: "le quotidien Le Monde".
var bodyKinds = set("site", "quotidien", "journal", "hebdomadaire", "magazine", "chaine", "radio", "television",
	"groupe", "societe", "entreprise", "association", "ong", "agence", "parti", "mouvement", "syndicat", "collectif",
	"media", "reseau", "plateforme", "cabinet", "laboratoire", "institut", "club", "fondation")

// governments are the institutions that speak and act for the country or
// body their "de" complement names ("le gouvernement de la Bosnie"); not
// a city's police or services ("la police de Minneapolis").
var governments = set("gouvernement", "autorite", "administration", "presidence", "executif", "regime", "delegation",
	"representation", "ambassade", "diplomatie", "armee", "dirigeant", "parlement", "pays", "membre", "direction")

// resolvePronoun gives a subject pronoun ("il", "elle") the person it
// stands for: the subject of the clause before, in this sentence or the
// one before, when gender agrees; relative "qui" is the noun its clause
// hangs on.
func (w *work) resolvePronoun(si int, s *syntax.Sentence, k int) []int {
	p := s.Words[k]
	if p.UPOS != syntax.PRON {
		return nil
	}
	if w.speaking >= 0 {
		// In a quotation: "je" is its speaker; any other pronoun's
		// antecedent is not known in this pass.
		if firstSingular(p) || w.weSpeaking && firstPlural(p) {
			if ui := w.unitOfEntity(w.speaking, wordToken(s, k)); ui >= 0 {
				return []int{ui}
			}
		}
		return nil
	}
	if p.Feats.PronType == syntax.PronTypeRel {
		// "X, qui a rencontré Y": the relative clause's verb hangs on X.
		v := p.Head
		if ui := w.antecedentTakenIn(s, k); ui >= 0 {
			return []int{ui}
		}
		if v >= 0 && s.Words[v].Rel() == "acl" && s.Words[v].Head >= 0 {
			if ui := w.gluedAntecedent(s, k, s.Words[v].Head); ui >= 0 {
				return []int{ui}
			}
			return w.titledUnits(s, s.Words[v].Head)
		}
		// A relative clause the parser hung elsewhere: "qui" right after
		// a name and its comma is that name ("a reçu Olaf Scholz, qui a
		// critiqué Y").
		return w.nameBeforeQui(s, k)
	}
	lemma := strings.ToLower(p.Form)
	if lemma == "ils" || lemma == "elles" {
		if us := w.pluralAbove(s, k); len(us) > 0 {
			return us
		}
		// "Emmanuel Macron et Angela Merkel ont reçu X. Ils ont
		// appelé …": the parties the sentence before named as its main
		// clause's subject, for the main clause's subject of this one.
		if v := s.Words[k].Head; v == s.Root && s.Words[k].Rel() == "nsubj" && w.lastPairSent == si-1 {
			return w.lastPair
		}
		return nil
	}
	if lemma != "il" && lemma != "elle" {
		return nil
	}
	g := byte('m')
	if lemma == "elle" {
		g = 'f'
	}
	if us := w.reportedSubject(s, k, g); len(us) > 0 {
		return us
	}
	if w.unknownReporter(s, k) {
		return nil // not the last person
	}
	if w.unnamedSubjectBefore(s, k) {
		return nil // "Le grand imam avait visité le Vatican, où il avait rencontré …"
	}
	if w.lastSubj < 0 || w.lastSubjSent < si-1 || !w.agreesAsSubject(w.lastSubj, g) {
		return nil
	}
	if ui := w.lastUnitOf(w.lastSubj, wordToken(s, k)); ui >= 0 {
		return []int{ui}
	}
	return nil
}

// hungAntecedent resolves relative "qui", subject k of a relative clause
// the parser hung on a noun that names no one, to the name before its
// comma: "les foudres de l'égérie Laura Ingraham, qui l'a accusé". Not a
// singular name when the relative's verb is plural ("les dépenses de
// RNBV, qui font l'objet …"), nor a name that complements someone ("la
// mère d'Arthur Noyer, qui", "l'un des spécialistes de Land Rover, qui",
// "l'édile de Châteaurenard, qui"). Events only: a speaker so found was
// as often wrong.
func (w *work) hungAntecedent(s *syntax.Sentence, k int) []int {
	p := s.Words[k]
	v := p.Head
	if p.UPOS != syntax.PRON || p.Feats.PronType != syntax.PronTypeRel || v < 0 || s.Words[v].Rel() != "acl" || s.Words[v].Head < 0 || plural(s, v) {
		return nil
	}
	if w.antecedentTakenIn(s, k) >= 0 || w.gluedAntecedent(s, k, s.Words[v].Head) >= 0 || len(w.titledUnits(s, s.Words[v].Head)) > 0 {
		return nil // resolvePronoun's
	}
	return w.nameBeforeQui(s, k)
}

// plural reports whether verb v, or its auxiliary, is plural.
func plural(s *syntax.Sentence, v int) bool {
	if s.Words[v].Feats.Number == syntax.NumberPlur && s.Words[v].Feats.VerbForm != syntax.VerbFormPart {
		return true
	}
	for _, a := range s.Children(v) {
		if d := s.Words[a]; d.UPOS == syntax.AUX && d.Feats.Number == syntax.NumberPlur {
			return true
		}
	}
	return false
}

// personNoun reports whether noun k names people: a title, a relative,
// a member ("l'un des spécialistes", "les alliés").
func personNoun(s *syntax.Sentence, k int) bool {
	l := strings.ToLower(s.Words[k].Lemma)
	_, kinship := kinNouns[l]
	return kinship || titleNoun(l) || roleLike(l) || members[l] || strings.HasSuffix(l, "iste")
}

// members are the nouns of people who belong to a body or side.
var members = set("un", "une", "édile", "prêtre", "allié", "membre", "partisan", "proche", "élu", "habitant",
	"salarié", "employé", "collaborateur", "conseiller", "adjoint", "fondateur", "dirigeant", "représentant", "fan")

// nameBeforeQui returns the unit of the name that ends right before
// relative pronoun k, "qui", and its comma: "a reçu Olaf Scholz, qui …";
// nil when there is none, or when the name complements someone ("la mère
// d'Arthur Noyer, qui", "l'un des spécialistes de Land Rover, qui",
// "l'édile de Châteaurenard, qui").
func (w *work) nameBeforeQui(s *syntax.Sentence, k int) []int {
	if !strings.EqualFold(s.Words[k].Form, "qui") || k < 2 || s.Words[k-1].Form != "," {
		return nil
	}
	t := wordToken(s, k-2)
	if t < 0 {
		return nil
	}
	// (Not an adjective's country: "le parti français, qui")
	ui := w.unitOfWord(s, k-2)
	if ui < 0 || w.a.Units[ui].Last != t+1 {
		return nil
	}
	j := k - 2
	for hops := 0; hops < 4 && s.Words[j].Head >= 0 && s.Words[j].Head < j && w.unitOfWord(s, s.Words[j].Head) == ui; hops++ {
		j = s.Words[j].Head // up to the name's head word
	}
	if h := s.Words[j].Head; caseIs(s, j, "de") && h >= 0 && personNoun(s, h) {
		return nil // "la mère d'Arthur Noyer, qui": the mother
	}
	return []int{ui}
}

// pluralAbove resolves "ils" or "elles", subject k of a relative or
// adverbial clause, to the named parties that the clause it hangs on has
// as its coordinated subject: "Erdogan et Donald Trump ont eu un entretien
// lors duquel ils sont convenus de coopérer". Nil when that subject is
// not two or more parties named, each once.
func (w *work) pluralAbove(s *syntax.Sentence, k int) []int {
	v := s.Words[k].Head
	if v < 0 || s.Words[k].Rel() != "nsubj" || !subordinate(s.Words[v].Rel()) {
		return nil
	}
	gv := governingVerb(s, v)
	if gv < 0 {
		return nil
	}
	subj := s.Dependents(gv, "nsubj")
	if len(subj) != 1 || s.Words[subj[0]].UPOS == syntax.PRON {
		return nil
	}
	return w.pluralOf(s, subj[0])
}

// pluralOf returns the units of subject word k when they name two or more
// parties, each once; nil otherwise.
func (w *work) pluralOf(s *syntax.Sentence, k int) []int {
	us := w.unitsOf(s, k)
	if len(us) < 2 {
		return nil
	}
	seen := map[int]bool{}
	for _, u := range us {
		e := w.a.Units[u].Entity
		if e < 0 || seen[e] || !w.actor(e) {
			return nil
		}
		seen[e] = true
	}
	return us
}

// lastUnitOf returns the last unit of entity e before token t, or -1.
func (w *work) lastUnitOf(e, t int) int {
	for ui := len(w.a.Units) - 1; ui >= 0; ui-- {
		if u := w.a.Units[ui]; u.Entity == e && u.First < t {
			return ui
		}
	}
	return -1
}

// unnamedSubjectBefore reports whether a clause of sentence s before word
// k has a subject that is a noun naming no entity ("le grand imam"): a
// pronoun after it is as likely that one as the person named before.
func (w *work) unnamedSubjectBefore(s *syntax.Sentence, k int) bool {
	for j := 0; j < k; j++ {
		d := s.Words[j]
		if (d.Deprel == "nsubj" || d.Deprel == "nsubj:pass") && d.UPOS == syntax.NOUN && d.Feats.Number != syntax.NumberPlur && len(w.unitsOf(s, j)) == 0 {
			return true
		}
	}
	return false
}

// reportedSubject resolves the subject pronoun k of a clause reported by
// another verb to that verb's subject, a person or not, when the subject's
// noun has the pronoun's gender: "la Cour a décidé qu'elle pouvait
// enquêter" (elle is the Court). nil when it does not apply.
func (w *work) reportedSubject(s *syntax.Sentence, k int, g byte) []int {
	r := reporter(s, k)
	if r < 0 {
		return nil
	}
	subj := []int{r}
	h := s.Words[subj[0]]
	want := syntax.GenderMasc
	if g == 'f' {
		want = syntax.GenderFem
	}
	us := w.unitsOf(s, subj[0])
	if len(us) != 1 {
		return nil
	}
	e := w.a.Units[us[0]].Entity
	if e < 0 {
		return nil
	}
	if t := w.a.Entities[e].Type; h.UPOS == syntax.PROPN && (t == kg.Org || t == kg.GPE) && !w.medium(e) {
		// "Walmart a fait savoir qu'il poursuivait les discussions": the
		// body or the country that says it (a medium reports others).
		return us
	}
	if h.UPOS == syntax.PROPN && w.a.Entities[e].Type == kg.Person {
		// A person's name carries no gender: the article's does.
		if !w.agreesAsSubject(e, g) || w.a.Entities[e].Gender == 0 {
			return nil
		}
	} else if h.Feats.Gender != want {
		return nil
	}
	return us
}

// reporter returns the subject of the verb whose "que" clause pronoun k is
// the subject of ("X a dit qu'il …", "X a fait savoir qu'il continuait …
// et qu'il poursuivait …"), when it is a single word and no pronoun; -1
// otherwise.
func reporter(s *syntax.Sentence, k int) int {
	v := s.Words[k].Head
	for hops := 0; v >= 0 && hops < 3 && s.Words[v].Rel() == "xcomp"; hops++ {
		v = s.Words[v].Head
	}
	gov := -1
	if v >= 0 && s.Words[v].Rel() == "conj" && s.Dependent(v, "mark") >= 0 {
		v = s.Words[v].Head
		if h := v; h >= 0 && s.Words[h].Rel() != "ccomp" && s.Dependent(h, "ccomp") >= 0 {
			gov = h // the second "que" clause hung on the saying verb itself
		}
	}
	if gov < 0 {
		if v < 0 || s.Words[v].Rel() != "ccomp" || s.Words[v].Head < 0 || s.Dependent(v, "mark") < 0 {
			return -1
		}
		gov = s.Words[v].Head
	}
	subj := s.Dependents(gov, "nsubj")
	if len(subj) != 1 || s.Words[subj[0]].UPOS == syntax.PRON {
		return -1
	}
	return subj[0]
}

// unknownReporter reports whether pronoun k is the subject of what a name
// the recogniser missed says: "Walmart a fait savoir qu'il …" is
// Walmart's, whom no unit names.
func (w *work) unknownReporter(s *syntax.Sentence, k int) bool {
	r := reporter(s, k)
	return r >= 0 && s.Words[r].UPOS == syntax.PROPN && len(w.unitsOf(s, r)) == 0
}

// mainSubject resolves the subject pronoun k of a relative, adverbial or
// coordinated clause to the named person who is the subject of the
// sentence's main clause, before it, when gender allows: "Emmanuel Macron
// avait exclu toute amnistie, une revendication de Gilles Simeoni, qu'il a
// rencontré dans la soirée" (il is Macron, not the last sentence's
// subject). nil when it does not apply; a reported clause ("a dit qu'il")
// is reportedSubject's. Events only: a quotation's speaker is read
// otherwise (statements_fr.go).
func (w *work) mainSubject(s *syntax.Sentence, k int) []int {
	p := s.Words[k]
	if p.UPOS != syntax.PRON || p.Feats.PronType == syntax.PronTypeRel {
		return nil
	}
	g := byte('m')
	switch strings.ToLower(p.Form) {
	case "il":
	case "elle":
		g = 'f'
	default:
		return nil
	}
	if r := p.Rel(); r != "nsubj" && r != "nsubj:pass" {
		return nil
	}
	if v := p.Head; v < 0 || v == s.Root {
		return nil
	}
	subj := w.mainClauseSubject(s, p.Head, k)
	if subj < 0 {
		return nil
	}
	us := w.unitsOf(s, subj)
	if len(us) != 1 {
		return nil
	}
	e := w.a.Units[us[0]].Entity
	if e < 0 || !w.agreesAsSubject(e, g) {
		return nil
	}
	return us
}

// mainClauseSubject returns the sentence's main clause's subject, a name
// or a noun before word k and outside quotations, when clause v is that
// main clause's own (a relative, adverbial or coordinated clause of it,
// not a reported one: "a dit que X, qui …"); -1 otherwise.
func (w *work) mainClauseSubject(s *syntax.Sentence, v, k int) int {
	main := s.Root
	for hops := 0; v != s.Root; hops++ {
		if hops > 8 || v < 0 {
			return -1
		}
		if s.Words[v].Deprel == "parataxis:insert" && s.Dependent(v, "nsubj") >= 0 {
			// "« … », a déclaré François Hollande depuis Saint-Étienne,
			// où il a rencontré le maire": the incise's clause is the
			// one the sentence tells outside the quotation.
			main = v
			break
		}
		switch s.Words[v].Rel() {
		case "ccomp", "parataxis", "csubj", "nsubj", "dislocated", "vocative", "root":
			return -1
		}
		v = s.Words[v].Head
	}
	subj := s.Dependents(main, "nsubj")
	if len(subj) != 1 || subj[0] > k || s.Words[subj[0]].UPOS == syntax.PRON {
		return -1
	}
	if t := wordToken(s, subj[0]); t < 0 || w.d.InQuote[t] {
		return -1
	}
	return subj[0]
}

// agreesAsSubject reports whether a person of the article can be what a
// subject pronoun of gender g stands for.
func (w *work) agreesAsSubject(e int, g byte) bool {
	ent := w.a.Entities[e]
	return ent.Type == kg.Person && (ent.Gender == 0 || ent.Gender == g)
}

// argUnits turns argument words into units, resolving pronouns.
func (w *work) argUnits(si int, s *syntax.Sentence, ks []int) []int {
	var out []int
	for _, k := range ks {
		us := w.unitsOf(s, k)
		if r := s.Words[k].Rel(); r != "conj" && r != "appos" {
			us = w.titledUnits(s, k) // (a conjunct's or apposition's title is as often a list's next item)
		}
		// "s'est indignée du titre du téléfilm « Dix Petits Nègres »": a
		// name in a work's title is no party.
		us = slices.DeleteFunc(us, func(u int) bool { return w.inWorkTitle(w.a.Units[u].First) })
		if len(us) > 0 {
			out = append(out, us...)
			continue
		}
		if us := w.mainSubject(s, k); len(us) > 0 {
			out = append(out, us...)
			continue
		}
		if us := w.resolvePronoun(si, s, k); len(us) > 0 {
			out = append(out, us...)
			continue
		}
		if us := w.hungAntecedent(s, k); len(us) > 0 {
			out = append(out, us...)
			continue
		}
		if ui := w.latter(si, s, k); ui >= 0 {
			out = append(out, ui)
			continue
		}
		if ui := w.kinOf(s, k); ui >= 0 {
			out = append(out, ui)
			continue
		}
		if e := w.partisan(s, k); e >= 0 {
			if ui := w.unitOfEntity(e, wordToken(s, k)); ui >= 0 {
				out = append(out, ui)
			}
			continue
		}
	}
	return out
}

// partisanWords name a person by their party or standing alone, as
// journalists vary a name: "le démocrate" for Joe Biden after "son
// adversaire démocrate Joe Biden" (folded).
var partisanWords = set("democrate", "republicain", "republicaine", "socialiste", "ecologiste", "centriste", "insoumis",
	"insoumise", "frontiste", "travailliste", "conservateur", "conservatrice", "gaulliste", "communiste", "macroniste",
	"souverainiste", "milliardaire", "magnat")

// partisan resolves a definite singular noun of partisanWords ("le
// démocrate", "la socialiste") to the one person the article named
// before it with that word right before the name ("son adversaire
// démocrate Joe Biden", "la sénatrice socialiste X"), whose gender
// agrees; -1 when none or more than one.
func (w *work) partisan(s *syntax.Sentence, k int) int {
	d := s.Words[k]
	word := text.Fold(d.Form)
	if !partisanWords[word] || d.Feats.Number == syntax.NumberPlur || len(s.Dependents(k, "nmod")) > 0 {
		return -1
	}
	det := s.Dependent(k, "det")
	if det < 0 || det != k-1 {
		return -1
	}
	var g byte
	switch strings.ToLower(s.Words[det].Form) {
	case "le":
		g = 'm'
	case "la":
		g = 'f'
	case "l'", "l’":
	default:
		return -1
	}
	t := wordToken(s, k)
	if t < 0 {
		return -1
	}
	found := -1
	for _, u := range w.a.Units {
		if u.First >= t {
			break
		}
		if u.Entity < 0 || u.Kind != entities.UnitName && u.Kind != entities.UnitRolePerson || w.a.Entities[u.Entity].Type != kg.Person {
			continue
		}
		if eg := w.a.Entities[u.Entity].Gender; g != 0 && eg != 0 && eg != g {
			continue
		}
		epithet := false
		for j := max(u.First-3, 0); j < u.Last; j++ {
			if text.Fold(w.d.Tokens[j].Text) == word && w.d.SentOf[j] == u.Sentence {
				epithet = true
			}
		}
		if !epithet {
			continue
		}
		if found >= 0 && found != u.Entity {
			return -1 // two of that party: which is meant is not told
		}
		found = u.Entity
	}
	return found
}

// inWorkTitle reports whether token t is inside a quotation that names a
// work ("le téléfilm « Dix Petits Nègres »").
func (w *work) inWorkTitle(t int) bool {
	if t < 0 || t >= len(w.d.InQuote) || !w.d.InQuote[t] {
		return false
	}
	for _, q := range w.d.Quotes {
		if q.Open < t && (q.Close < 0 || t < q.Close) {
			return workTitle(w.d, q)
		}
	}
	return false
}

// kinNouns are the relatives a noun names, with the gender it gives them.
var kinNouns = map[string]byte{
	"femme": 'f', "épouse": 'f', "veuve": 'f', "compagne": 'f', "fille": 'f', "sœur": 'f', "soeur": 'f', "mère": 'f',
	"tante": 'f', "nièce": 'f', "cousine": 'f', "grand-mère": 'f', "petite-fille": 'f',
	"mari": 'm', "époux": 'm', "veuf": 'm', "compagnon": 'm', "fils": 'm', "frère": 'm', "père": 'm',
	"oncle": 'm', "neveu": 'm', "cousin": 'm', "grand-père": 'm', "petit-fils": 'm',
}

// kinOf resolves a relative named by kinship to the one person of the
// article who bears the surname of the one they are kin to: "la femme
// d'Yvan Colonna" is Stéphanie Colonna when she is named and no other
// Colonna but Yvan is. The relative is given by "de" ("la femme d'Yvan
// Colonna") or, with a possessive, is the person the article is about
// ("sa femme lance un appel à Donald Trump" in an article about Carlos
// Ghosn). -1 when not so.
func (w *work) kinOf(s *syntax.Sentence, k int) int {
	d := s.Words[k]
	g, ok := kinNouns[strings.ToLower(d.Form)]
	if !ok || d.UPOS != syntax.NOUN || d.Feats.Number == syntax.NumberPlur {
		return -1
	}
	det := s.Dependent(k, "det")
	if det < 0 || det > k {
		return -1
	}
	rel := -1
	switch f := strings.ToLower(s.Words[det].Form); f {
	case "la", "le", "l'", "l’":
		for _, n := range s.Dependents(k, "nmod") {
			if !caseIs(s, n, "de") && s.Case(n) != "du" {
				continue
			}
			if us := w.unitsOf(s, n); len(us) == 1 && w.a.Units[us[0]].Kind == entities.UnitName {
				rel = w.a.Units[us[0]].Entity
			}
		}
	case "sa", "son":
		if len(s.Dependents(k, "nmod")) == 0 {
			rel = w.protagonist()
		}
	}
	if rel < 0 || w.a.Entities[rel].Type != kg.Person {
		return -1
	}
	surname := lastWord(w.a.Entities[rel].Name)
	found := -1
	for e, en := range w.a.Entities {
		if e == rel || en.Type != kg.Person || lastWord(en.Name) != surname || len(strings.Fields(en.Name)) < 2 {
			continue
		}
		if en.Gender != 0 && en.Gender != g {
			continue
		}
		if found >= 0 {
			return -1 // two of that name: which is meant is not told
		}
		found = e
	}
	if found < 0 {
		return -1
	}
	return w.unitOfEntity(found, wordToken(s, k))
}

// lastWord is the last word of a name, folded.
func lastWord(name string) string {
	f := strings.Fields(text.Fold(name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// titledUnits returns the units of word k; for a title that names no one
// itself, the person named in its phrase ("La présidente PS de la région
// Occitanie Carole Delga, qui s'est rendue à Perpignan": the parse hangs
// the clause on the title, the name deep in its complement).
func (w *work) titledUnits(s *syntax.Sentence, k int) []int {
	us := w.unitsOf(s, k)
	if d := s.Words[k]; len(us) == 0 && d.UPOS == syntax.NOUN && d.Feats.Number != syntax.NumberPlur && (titleNoun(d.Lemma) || roleLike(d.Lemma)) {
		if ui := w.holderUnitInPhrase(s, k, 0); ui >= 0 {
			return []int{ui}
		}
	}
	if d := s.Words[k]; len(us) == 0 && d.UPOS == syntax.NOUN && d.Lemma == "mouvement" {
		// "le mouvement des « gilets jaunes »": the movement its
		// complement names, the quotation marks keeping the alias apart.
		for _, n := range s.Dependents(k, "nmod") {
			if ns := w.unitsOf(s, n); caseIs(s, n, "de") && len(ns) == 1 && w.a.Units[ns[0]].Entity >= 0 && w.a.Entities[w.a.Units[ns[0]].Entity].Type == kg.Org {
				return ns
			}
		}
	}
	return us
}

// gluedAntecedent returns the person named right before relative "qui"
// at k when the parser hung that name, as part of another, on the noun h
// the relative clause hangs on: "le directeur des hôpitaux de Paris
// (AP-HP) Martin Hirsch qui l'avait accusé", "Martin" a flat part of
// "AP-HP". -1 otherwise.
func (w *work) gluedAntecedent(s *syntax.Sentence, k, h int) int {
	if k < 1 || !strings.EqualFold(s.Words[k].Form, "qui") || s.Words[k-1].Rel() != "flat" || !dominates(s, h, k-1) {
		return -1
	}
	ui := w.unitOfWord(s, k-1)
	if ui < 0 || w.a.Units[ui].Last != wordToken(s, k-1)+1 || w.a.Entities[w.a.Units[ui].Entity].Type != kg.Person {
		return -1
	}
	t := k - 1
	for hops := 0; hops < 6 && s.Words[t].Rel() == "flat" && s.Words[t].Head >= 0; hops++ {
		t = s.Words[t].Head
	}
	if w.unitOfWord(s, t) == ui {
		return -1 // a name of its own: "un ministre d'Édouard Philippe qui" is the parser's to read
	}
	return ui
}

// antecedentTakenIn returns the person named right before relative
// "qui" at k when the parser took that name into the relative clause
// ("selon Bruno Le Maire qui avait appelé …", the name an oblique of
// "appelé"): it is the clause's antecedent; -1 otherwise.
func (w *work) antecedentTakenIn(s *syntax.Sentence, k int) int {
	v := s.Words[k].Head
	if v < 0 || k < 1 || !strings.EqualFold(s.Words[k].Form, "qui") {
		return -1
	}
	h := s.Words[k-1].Head
	if h >= 0 && h != v {
		h = s.Words[h].Head // the name's last word, flat on its first
	}
	if h != v {
		return -1
	}
	ui := w.unitOfWord(s, k-1)
	if ui < 0 || w.a.Units[ui].Last != wordToken(s, k-1)+1 || w.a.Units[ui].Kind != entities.UnitName ||
		w.a.Entities[w.a.Units[ui].Entity].Type != kg.Person {
		return -1
	}
	return ui
}

// latter resolves "ce dernier", "cette dernière" to the person named
// last before it, in this sentence or the one before, whose gender agrees
// when the article tells it; -1 otherwise.
func (w *work) latter(si int, s *syntax.Sentence, k int) int {
	d := s.Words[k]
	if d.Lemma != "dernier" || strings.ToLower(d.Form) != "dernier" && strings.ToLower(d.Form) != "dernière" {
		return -1
	}
	det := s.Dependent(k, "det")
	if det < 0 || det != k-1 || d.Feats.Number == syntax.NumberPlur {
		return -1
	}
	if f := strings.ToLower(s.Words[det].Form); f != "ce" && f != "cette" {
		return -1
	}
	g := byte('m')
	if strings.ToLower(d.Form) == "dernière" {
		g = 'f'
	}
	t := wordToken(s, det)
	for ui := len(w.a.Units) - 1; ui >= 0; ui-- {
		u := w.a.Units[ui]
		if u.First >= t || u.Entity < 0 || w.d.InQuote[u.First] {
			continue
		}
		if u.Sentence < si-1 {
			break
		}
		e := w.a.Entities[u.Entity]
		if e.Type != kg.Person {
			return -1 // "ce dernier" is then as likely the place or body named last
		}
		if e.Gender != 0 && e.Gender != g {
			return -1
		}
		return ui
	}
	return -1
}

// clauseDate returns the date of the clause headed by verb v: a date
// expression whose words hang on v (through obl, nmod, advmod, and the
// words of a date), the day the sentence named before it, or, in a main
// clause in the perfect or the present, the publication day (published
// true); "" when the clause gives none.
func (w *work) clauseDate(s *syntax.Sentence, v int, modality string) (day, from string) {
	d := ""
	if v >= 0 {
		d = w.ownDate(s, v, modality)
		if r := s.Words[v].Rel(); d == "" && (r == "xcomp" || r == "advcl") && infinitive(s, v) && len(s.Dependents(v, "aux")) == 0 {
			// "doit se rendre jeudi à Washington pour rencontrer Y": an
			// infinitive happens on its governor's day; a past one before
			// it ("a avoué mardi avoir tué Alexia": the judged sample 11
			// had four confessions' days given to the killings).
			d = w.ownDate(s, s.Words[v].Head, modality)
		}
	}
	if d == "" && v >= 0 && (adjunctParticiple(s, v) || absoluteParticiple(s, v)) {
		// "X a parlé samedi, dénonçant Y": the participle's act is its
		// main clause's, and so is its day.
		return w.clauseDate(s, s.Words[v].Head, modality)
	}
	if d == "" && modality == "" && v >= 0 {
		d = w.occasionDay(s, v)
	}
	if d != "" || modality != "" || v < 0 {
		return d, ""
	}
	// No day in the clause: a perfect or a present reports the day the
	// text last named in this sentence, before the verb ("Lundi, X a
	// reçu Y"). A day of another sentence is as often another event's
	// (judged sample: 6 wrong dates in 100 events when the two sentences
	// before counted too).
	if !perfect(s, v) {
		return "", ""
	}
	if w.scene != "" && w.sceneSent == w.d.SentOf[max(wordToken(s, v), 0)] && w.sceneTok < wordToken(s, v) {
		k := s.WordOf(w.sceneTok)
		gv := -1
		if k >= 0 {
			gv = governingVerb(s, k)
		}
		if gv >= 0 && gv != v && s.Words[v].Rel() == "acl" && simplePresent(s, v) && !simplePresent(s, gv) {
			// "Le 9 avril, Google avait perdu contre des organisations
			// de presse, dont l'AFP, qui l'accusent de …": a relative in
			// the present tells what holds, not what was done that day
			// (an adverbial clause's may be a story told in the present:
			// "Vendredi 23 mars, il est 10h40 quand X tue Y").
			return "", ""
		}
		if k < 0 || gv < 0 || gv == v || !subordinate(s.Words[gv].Rel()) {
			return w.scene, ""
		}
		// "En attendant le discours de X dimanche soir, Y a appelé …":
		// the day is the other clause's.
	}
	// No day named: a main clause's act told in the passé composé, or in
	// the present in a headline, happened on the day the article reports,
	// as the dev gold dates them (12 of 14 found events right with it, 5
	// without). Not when the sentence names a day for another clause or
	// places the act in its past ("depuis", "il y a", "l'an dernier"), in
	// a relative or adverbial clause (another time, often before), for a
	// present passive ("le GNA est soutenu par la Turquie"), or for a
	// present in the body, as often a state or a coming act ("la Turquie
	// y soutient le GNA", "pour le début de la saison, X reçoit Y").
	headline := w.d.SentOf[max(wordToken(s, v), 0)] == 0
	if w.hasPub && (headline || s.Words[v].Feats.VerbForm == syntax.VerbFormPart) && !w.otherDay(s, v) &&
		(!subordinate(s.Words[v].Rel()) || sameDay(s, v)) && !statePassive(s, v) && !w.pastFrame(s, v) && !background(s, v) {
		// The headline and the lede up to the first day the article
		// names tell that day's news ("Martine Aubry accueille
		// sèchement …" over "vendredi 22 février"): on sample 4's 21
		// publication days, 4 headlines were wrong that the lead day
		// makes right, and none the other way; a later sentence's act
		// dated by an earlier sentence's day was as often wrong as right.
		if d, lead := w.leadDay(); d != "" && w.d.SentOf[max(wordToken(s, v), 0)] <= lead {
			return d, kg.DateContext
		}
		if w.staleDay() {
			if d, _ := w.leadDay(); d != "" {
				// An article of another day than its publication's tells
				// that day's news, the one its lede names: on the dev
				// gold, 10 of 16 acts past the lede in such articles
				// were of the lede's day, 1 of the publication's; an
				// independent judge found 27 of 39 right on the corpus.
				return d, kg.DateStory
			}
			return "", ""
		}
		return w.pub.Format("2006-01-02"), kg.DatePublished
	}
	return "", ""
}

// occasionDay is the day of a past participle with no subject of its own
// that tells the occasion of verb v's clause: fronted ("Interrogé dimanche
// sur BFMTV, X a dénoncé Y", "Reçue à l'Élysée le 1er mars, elle a
// rencontré la ministre"), or dating the message or interview the clause
// is told in ("Dans un message publié dimanche 24 mai, Christophe
// Castaner s'est indigné …"); or "".
func (w *work) occasionDay(s *syntax.Sentence, v int) string {
	participles := s.Dependents(v, "advcl")
	for _, o := range s.Dependents(v, "obl") {
		if o < v && utteranceNouns[text.Fold(s.Words[o].Lemma)] {
			participles = append(participles, s.Dependents(o, "acl")...)
		}
	}
	for _, a := range participles {
		wd := s.Words[a]
		if a > v || wd.Feats.VerbForm != syntax.VerbFormPart || wd.Feats.Tense == syntax.TensePres ||
			len(s.Dependents(a, "nsubj")) > 0 || len(s.Dependents(a, "aux")) > 0 || len(s.Dependents(a, "mark")) > 0 {
			continue
		}
		if d := w.ownDate(s, a, ""); d != "" && w.dayOf(s, a, d) {
			return d
		}
	}
	return ""
}

// utteranceNouns name what one says something in (folded).
var utteranceNouns = set("message", "communique", "tweet", "entretien", "interview", "lettre", "courrier", "video",
	"post", "publication", "tribune", "declaration", "allocution", "discours", "billet", "texte")

// dayOf reports whether day d is named by a complement of word a itself,
// not inside a noun's ("Mis en examen dans l'affaire des violences du 1er
// mai": the affair's day, not the charge's).
func (w *work) dayOf(s *syntax.Sentence, a int, d string) bool {
	for _, m := range w.dates {
		if m.date != d {
			continue
		}
		j := s.WordOf(m.tok)
		for steps := 0; j >= 0 && j != a && steps < 6; steps++ {
			h := s.Words[j].Head
			if h == a {
				return true
			}
			if h < 0 || s.Words[h].UPOS == syntax.NOUN && !timeNoun(s.Words[h].Lemma) && months[text.Fold(s.Words[h].Form)] == 0 {
				break
			}
			j = h
		}
	}
	return false
}

// nameBeforeComma returns the head of the proper name that ends right
// before the comma before word k, or -1.
func nameBeforeComma(s *syntax.Sentence, k int) int {
	if k < 2 || s.Words[k-1].Form != "," || s.Words[k-2].UPOS != syntax.PROPN {
		return -1
	}
	a := k - 2
	for s.Words[a].Rel() == "flat" && s.Words[a].Head >= 0 && s.Words[a].Head < a {
		a = s.Words[a].Head
	}
	return a
}

// sameDay reports whether verb v's clause places its act in a part of
// the day the article tells ("qu'il a rencontrés dans la soirée", "ce
// matin", "plus tôt dans la journée"): a relative or adverbial clause so
// placed happened on the news's day, not before it.
func sameDay(s *syntax.Sentence, v int) bool {
	for _, c := range s.Children(v) {
		k := int(c)
		d := s.Words[k]
		if d.UPOS != syntax.NOUN || !dayParts[text.Fold(d.Lemma)] || d.Feats.Number == syntax.NumberPlur {
			continue
		}
		if r := d.Rel(); r != "obl" && r != "advmod" && r != "nmod" && r != "obj" {
			continue
		}
		if det := s.Dependent(k, "det"); det >= 0 {
			switch text.Fold(s.Words[det].Form) {
			case "ce", "cet", "cette":
				return true
			case "la", "l'", "le":
				return s.Case(k) == "dans" && len(s.Dependents(k, "nmod")) == 0
			}
		}
	}
	return false
}

// dayParts are the parts of a day: "dans la soirée", "ce matin".
var dayParts = set("matin", "matinee", "soir", "soiree", "apres-midi", "journee", "nuit", "midi")

// leadDay is the first day the article names outside quotations after
// its headline, in its first three sentences, in the week before
// publication and not in a clause in the pluperfect or the imperfect
// (what led to the news: "Bigard avait raconté une blague lundi 11
// février"), and its sentence: the day of the news the headline tells.
func (w *work) leadDay() (string, int) {
	pub, week := w.pub.Format("2006-01-02"), w.pub.AddDate(0, 0, -7).Format("2006-01-02")
	for _, m := range w.allDates {
		si := w.d.SentOf[m.tok]
		if si == 0 {
			continue
		}
		if si > 3 {
			break
		}
		if m.date <= pub && m.date >= week && !w.otherTime(m.tok) {
			return m.date, si
		}
	}
	return "", -1
}

// staleDay reports whether the article names a day before its
// publication's ("hier", a weekday) and never the publication day itself:
// its news is of that other day, and an undated act is not the
// publication day's. On the judged samples, read at the level of the
// text (any weekday or "hier" in the article), the publication day was
// right for 9 of 34 acts in such articles, against 65 of 98 where the
// article names its own day and 13 of 20 where it names none.
func (w *work) staleDay() bool {
	pub := w.pub.Format("2006-01-02")
	other := false
	for _, m := range w.allDates {
		if m.date == pub {
			// In whatever clause and however written: "Invitée de X
			// sur BFMTV, Ségolène Royal a estimé vendredi 23 août" (the
			// participle parsed as the main verb).
			return false
		}
		n := w.d.Tokens[m.tok].Norm
		if _, day := weekdays[n]; !day && n != "hier" && n != "avant-hier" && n != "aujourd'hui" {
			continue
		}
		if w.otherTime(m.tok) {
			continue // (nor the day of a relative or adverbial clause: "qui avait reçu jeudi le prix")
		}
		other = other || m.date < pub
	}
	return other
}

// otherTime reports whether token tok belongs to a clause whose time is
// not the news's: a relative or adverbial clause ("La ministre, qui était
// arrivée vendredi, …") or one in the pluperfect or the imperfect ("Bigard
// avait raconté une blague lundi 11 février").
func (w *work) otherTime(tok int) bool {
	si := w.d.SentOf[tok]
	if si >= len(w.t) {
		return false
	}
	s := w.tree(si)
	k := s.WordOf(tok)
	if k < 0 {
		return false
	}
	gv := governingVerb(s, k)
	return gv >= 0 && (subordinate(s.Words[gv].Rel()) || imperfect(s, gv))
}

// imperfect reports whether verb v is in the imperfect or, through its
// auxiliary, the pluperfect.
func imperfect(s *syntax.Sentence, v int) bool {
	if f := s.Words[v].Feats; f.VerbForm == syntax.VerbFormFin && f.Tense == syntax.TenseImp {
		return true
	}
	for _, a := range s.Dependents(v, "aux") {
		if s.Words[a].Feats.Tense == syntax.TenseImp {
			return true
		}
	}
	return false
}

// background reports whether verb v's act is told against an earlier
// time: an adverbial clause in the imperfect ("Alors que Bagdad
// s'enfonçait dans les violences, M. Makiya a convenu …").
func background(s *syntax.Sentence, v int) bool {
	for _, c := range s.Dependents(v, "advcl") {
		if imperfect(s, c) {
			return true
		}
	}
	return false
}

// statePassive reports whether verb v is a present passive: "est soutenu
// par", a state, not "a été reçu par".
func statePassive(s *syntax.Sentence, v int) bool {
	aux := s.Dependents(v, "aux")
	for _, a := range aux {
		if s.Words[a].Deprel != "aux:pass" {
			return false
		}
	}
	return len(aux) > 0
}

// pastFrames are words that place a sentence's act before the day it is
// reported: "cela fait 25 ans que X a rencontré Y", "X a critiqué Y l'an
// dernier", "en 2012", "à l'époque".
// seasons place an act in a season after one of the seasonFrames: "cet
// été", "l'hiver dernier", "au printemps".
var (
	seasons      = set("ete", "automne", "hiver", "printemps")
	seasonFrames = set("cet", "ce", "l'", "l", "en", "au", "cette")
)

var pastFrames = map[string]bool{
	"depuis": true, "auparavant": true, "autrefois": true, "jadis": true, "epoque": true, "ans": true,
	"annees": true, "mois": true, "semaines": true, "recemment": true, "naguere": true, "livre": true,
	"memoires": true, "deja": true, "semaine": true, "week-end": true, "weekend": true,
}

// singularFrames place an act in a week only when they point at one:
// "ce week-end", not "un week-end de trois jours" ("a appelé les
// Britanniques à rester chez eux malgré le beau temps et un week-end de
// trois jours").
var singularFrames, indefinite = set("semaine", "week-end", "weekend"), set("un", "une")

// monthFrames come before a month that places an act in it, not on a day:
// "en mars", "début mars", "au mois de mars".
var monthFrames = set("en", "debut", "fin", "mi", "de", "d", "depuis", "mois")

// lastWords are "dernier", "passé", "précédent" after a time noun: "l'an
// dernier", "la semaine passée" (not "ce dernier").
var lastWords, timeNouns = set("dernier", "derniere", "passe", "passee", "precedent", "precedente"),
	set("an", "annee", "semaine", "mois", "ete", "hiver", "printemps", "automne", "week-end", "lundi", "mardi",
		"mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir", "nuit")

// otherDay reports whether the sentence of verb v names a day that is
// not of a relative or adverbial clause of another verb ("En attendant le
// discours de X dimanche soir, Y a appelé": Y's day is not named, and
// not Sunday).
func (w *work) otherDay(s *syntax.Sentence, v int) bool {
	pub := w.pub.Format("2006-01-02")
	for _, m := range w.dates {
		k := s.WordOf(m.tok)
		if k < 0 {
			return true
		}
		gv := governingVerb(s, k)
		if w.hasPub && m.date == pub && (gv < 0 || !futureTense(s, gv)) {
			// The publication day itself, named for another clause
			// ("malgré … un week-end de trois jours, avec la
			// commémoration vendredi de la fin de la guerre"), is no
			// other day than the one the act would get; unless a coming
			// act has it ("X l'a félicité et les deux se verront lundi":
			// the congratulations were the night before).
			continue
		}
		if gv < 0 || gv == v || !subordinate(s.Words[gv].Rel()) || s.Words[gv].Head == v && gv > v {
			// A clause that follows the verb and hangs on it tells a day
			// of its act or one near it, not the report's ("ont accueilli
			// X dans leur ancienne demeure, en toute discrétion, mercredi
			// 5 juillet", "demeure" taken for a verb); a fronted one sets
			// the scene ("En attendant le discours de X dimanche soir").
			return true
		}
	}
	return false
}

// futureTense reports whether verb v, or its auxiliary, is in the future
// or the conditional.
func futureTense(s *syntax.Sentence, v int) bool {
	if f := s.Words[v].Feats; f.Tense == syntax.TenseFut || f.Mood == syntax.MoodCnd {
		return true
	}
	for _, a := range s.Dependents(v, "aux") {
		if f := s.Words[a].Feats; f.Tense == syntax.TenseFut || f.Mood == syntax.MoodCnd {
			return true
		}
	}
	return false
}

// pastFrame reports whether the sentence of verb v places its acts before
// the day of its report: a word of pastFrames, "il y a", "cela fait", or a
// year other than the publication's, outside quotations.
func (w *work) pastFrame(s *syntax.Sentence, v int) bool {
	tok := wordToken(s, v)
	if tok < 0 {
		return true
	}
	sent := w.d.Sentences[w.d.SentOf[tok]]
	first, last := sent.First, sent.Last-1
	toks := w.d.Tokens
	for i := first; i <= last; i++ {
		if w.d.InQuote[i] || reportedApart(s, s.WordOf(i), v) {
			continue
		}
		n := toks[i].Norm
		switch {
		case pastFrames[n] && !(singularFrames[n] && i > first && indefinite[toks[i-1].Norm]),
			lastWords[n] && i > first && timeNouns[toks[i-1].Norm], i == first && n == "avant":
			return true
		case months[n] != 0 && len(n) > 3 && i > first && monthFrames[toks[i-1].Norm]:
			return true
		case seasons[n] && i > first && seasonFrames[toks[i-1].Norm] && governingVerb(s, s.WordOf(i)) == v:
			return true // "a rencontré cet été X" (not "a été reçu", nor "X, touchée au début de l'été, …")
		case len(n) == 4 && i > first && yearWords[toks[i-1].Norm] && yearOtherThan(n, w.pub.Year()) && !ownClause(s, s.WordOf(i), v):
			return true
		case i+2 <= last && (n == "il" && toks[i+1].Norm == "y" && toks[i+2].Norm == "a" || (n == "cela" || n == "ca") && toks[i+1].Norm == "fait"):
			return true
		}
	}
	return false
}

// ownClause reports whether word k is in a relative clause of its own,
// one that does not hang on verb v: "les mineurs qui avaient voté pour
// lui en 2016" tells the miners' past, not v's.
func ownClause(s *syntax.Sentence, k, v int) bool {
	if k < 0 {
		return false
	}
	gv := governingVerb(s, k)
	return gv >= 0 && gv != v && strings.HasPrefix(s.Words[gv].Deprel, "acl:relcl")
}

// reportedApart reports whether word k is in a clause that something
// says or thinks (ccomp) and verb v is not: its time is of what was said,
// not of v ("a jugé irréalistes les propos de X, qui a estimé qu'il était
// possible de reconstruire en trois ans": "ans" does not place the
// judging before the report's day).
func reportedApart(s *syntax.Sentence, k, v int) bool {
	for hops := 0; k >= 0 && k != v && hops < 12; hops++ {
		if s.Words[k].Rel() == "ccomp" {
			return !dominates(s, k, v)
		}
		k = s.Words[k].Head
	}
	return false
}

// dominates reports whether word a is b or one of b's heads.
func dominates(s *syntax.Sentence, a, b int) bool {
	for hops := 0; b >= 0 && hops < 16; hops++ {
		if b == a {
			return true
		}
		b = s.Words[b].Head
	}
	return false
}

// yearWords come before a year that dates: "en 2012", "depuis 2015",
// "fin 2019", "mai 2018" (not "des Mirage 2000").
var yearWords = set("en", "de", "d", "depuis", "fin", "debut", "mi", "janvier", "fevrier", "mars", "avril",
	"mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "annee", "an", "printemps",
	"ete", "automne", "hiver", "(", "jusqu'en", "avant", "apres")

// yearOtherThan reports whether n is a year from 1900 to 2099 other than
// year.
func yearOtherThan(n string, year int) bool {
	y, err := strconv.Atoi(n)
	return err == nil && y >= 1900 && y < 2100 && y != year
}

// simplePresent reports whether verb v is in the present, with no
// auxiliary.
func simplePresent(s *syntax.Sentence, v int) bool {
	return s.Words[v].Feats.Tense == syntax.TensePres && len(s.Dependents(v, "aux")) == 0
}

// perfect reports whether verb v is in the passé composé or the present:
// what it tells happened on the day the text speaks of, not before it.
func perfect(s *syntax.Sentence, v int) bool {
	w := s.Words[v]
	if w.Feats.VerbForm == syntax.VerbFormFin {
		return w.Feats.Tense == syntax.TensePres && w.Feats.Mood == syntax.MoodInd
	}
	if w.Feats.VerbForm != syntax.VerbFormPart {
		return false
	}
	for _, a := range s.Dependents(v, "aux") {
		if t := s.Words[a].Feats; t.Tense != syntax.TensePres || t.Mood != syntax.MoodInd {
			return false // "avait appelé", "aura reçu"
		}
	}
	return len(s.Dependents(v, "aux")) > 0
}

// ownDate is the date expression of verb v's own clause, or "".
func (w *work) ownDate(s *syntax.Sentence, v int, modality string) string {
	for _, m := range w.dates {
		k := s.WordOf(m.tok)
		if k < 0 {
			continue
		}
		if governingVerb(s, k) != v {
			continue
		}
		return w.dateOfMention(m, modality)
	}
	if modality == "" {
		return w.dayBefore(s, v)
	}
	return ""
}

// dayBefore dates the clause of verb v that "la veille" places on the
// day before the one the text last named ("… vendredi dans le Minnesota.
// … il avait la veille appelé le président à démissionner"), or before
// the publication day when the text named none and is not of another
// day; "" when v has no such adverbial. "La veille de sa visite" is
// another day.
func (w *work) dayBefore(s *syntax.Sentence, v int) string {
	k := -1
	for _, c := range s.Children(v) {
		if c := int(c); s.Words[c].Lemma == "veille" && strings.HasPrefix(s.Words[c].Deprel, "obl") &&
			s.Dependent(c, "det") == c-1 && strings.EqualFold(s.Words[c-1].Form, "la") && len(s.Children(c)) == 1 {
			k = c
		}
	}
	if k < 0 || !w.hasPub {
		return ""
	}
	t := wordToken(s, k)
	if t < 0 {
		return ""
	}
	anchor := ""
	for _, m := range w.allDates {
		if m.tok < t && !w.otherTime(m.tok) {
			anchor = m.date
		}
	}
	if anchor == "" {
		if w.staleDay() {
			return ""
		}
		anchor = w.pub.Format("2006-01-02")
	}
	d, ok := ParseDay(anchor)
	if !ok {
		return ""
	}
	return d.AddDate(0, 0, -1).Format("2006-01-02")
}

// governingVerb returns the verb whose clause word k belongs to: the
// first VERB up its chain of heads, through nouns and prepositions, or -1.
func governingVerb(s *syntax.Sentence, k int) int {
	for hops := 0; k >= 0 && hops < 8; hops++ {
		h := s.Words[k].Head
		if h < 0 {
			return -1
		}
		if s.Words[h].UPOS == syntax.VERB {
			return h
		}
		k = h
	}
	return -1
}

// noteRootSubject records the person the main clause of sentence si is
// about, for the pronouns and quotations of the next sentence.
func (w *work) noteRootSubject(si int) {
	s := w.tree(si)
	if s.Root >= 0 {
		if subj := s.Dependents(s.Root, "nsubj"); len(subj) == 1 && s.Words[subj[0]].UPOS != syntax.PRON {
			if t := wordToken(s, subj[0]); t < 0 || !w.d.InQuote[t] {
				if us := w.pluralOf(s, subj[0]); len(us) > 0 {
					w.lastPair, w.lastPairSent = us, si
				}
			}
		}
	}
	if s.Root < 0 || w.lastSubjSent == si {
		return
	}
	subj := s.Dependents(s.Root, "nsubj")
	if len(subj) != 1 || wordToken(s, subj[0]) >= 0 && w.d.InQuote[wordToken(s, subj[0])] {
		return
	}
	if us := w.unitsOf(s, subj[0]); len(us) == 1 {
		if e := w.a.Units[us[0]].Entity; e >= 0 && w.a.Entities[e].Type == kg.Person {
			w.lastSubj, w.lastSubjSent = e, si
		}
		return
	}
	if p := s.Words[subj[0]]; p.UPOS == syntax.PRON && w.lastSubj >= 0 && w.lastSubjSent == si-1 && w.worthATree(si-1) && w.worthATree(si) {
		// "François Hollande multiplie les avertissements. Le 22 août, il
		// avait mis en garde Emmanuel Macron": the pronoun goes on with
		// the person, who stays the one the text is about.
		if g := pronounGenderOf(p); g != 0 && w.agrees(w.lastSubj, g) {
			w.lastSubjSent = si
		}
	}
}

// worthATree reports whether sentence si is one WorthATree marks, so that
// a rule reading a sentence's tree gives the same record whether every
// sentence is parsed or only those.
func (w *work) worthATree(si int) bool {
	if w.worth == nil {
		w.worth = WorthATree(w.a)
	}
	return si >= 0 && si < len(w.worth) && w.worth[si]
}

// WorthATree marks the sentences the relation rules can read a fact
// from: those naming an entity (a fact's subject, object or speaker),
// those holding a quotation mark (a quotation whose speaker is a pronoun
// or a title, "a-t-elle dit", or one continuing the last speaker's), and
// the headline and lede, whose day dates the headline's act.
// Parsing takes most of the extraction's time and news sentences often
// name no one; on the test texts, 1,000 corpus articles and the dev set
// the records are byte-identical to parsing every sentence
// (TestSelectedTreesSameRecords).
func WorthATree(an *entities.Analysis) []bool {
	keep := make([]bool, len(an.Doc.Sentences))
	for _, e := range an.Entities {
		for _, m := range e.Mentions {
			if m.Sentence >= 0 && m.Sentence < len(keep) {
				keep[m.Sentence] = true
			}
		}
	}
	for si, ts := range an.Doc.Sentences {
		if si <= 3 {
			// The lede: its day, in a main clause or not, dates the
			// headline's act (relations' leadDay reads its tree).
			keep[si] = true
		}
		if keep[si] {
			continue
		}
		for _, t := range an.Doc.Tokens[ts.First:ts.Last] {
			if text.IsQuoteMark(t) {
				keep[si] = true
				break
			}
		}
	}
	return keep
}

// subordinate reports whether a universal relation makes a clause another
// clause's adverbial or adnominal: its time is not the main clause's.
func subordinate(rel string) bool {
	switch rel {
	case "advcl", "acl", "csubj":
		return true
	}
	return false
}

// nameAfterDay returns the name right after a day that modifies verb v,
// which the parser hung on the day: "Pékin a accusé jeudi Washington de
// mentir", "a accusé avec véhémence samedi Manama d'attiser …" (or on
// "ensemble", read as a noun); -1 when there is none.
func nameAfterDay(s *syntax.Sentence, v int) int {
	for j := v + 2; j < len(s.Words); j++ {
		d := s.Words[j]
		if d.UPOS != syntax.PROPN || s.Case(j) != "" || d.Head < 0 || d.Head >= j {
			continue
		}
		h := d.Head
		if !(timeNoun(s.Words[h].Lemma) || s.Words[h].Lemma == "ensemble") || j-h > 3 {
			continue
		}
		between := true
		for m := h + 1; m < j; m++ {
			// "jeudi soir Washington", "ensemble la Turquie" (the adverb
			// read as a noun)
			between = between && (timeNoun(s.Words[m].Lemma) || s.Words[m].UPOS == syntax.DET && s.Words[m].Head == j)
		}
		if !between {
			continue
		}
		// The day modifies the verb, or a manner phrase that does.
		for hops := 0; hops < 2 && h >= 0 && h != v; hops++ {
			if r := s.Words[h].Rel(); r != "obl" && r != "nmod" && r != "obj" && r != "xcomp" {
				break
			}
			h = s.Words[h].Head
		}
		if h == v {
			return j
		}
		return -1
	}
	return -1
}

// nounAfter returns the head of the noun phrase that starts right after
// the words of k ("jeudi | la France"): a proper noun, or a determiner
// and the noun or proper noun it belongs to, with no preposition; -1.
func nounAfter(s *syntax.Sentence, k int) int {
	_, last := s.Subtree(k)
	j := last + 1
	if j >= len(s.Words) {
		return -1
	}
	h := j
	if s.Words[j].UPOS == syntax.DET {
		h = s.Words[j].Head
		if h <= j || h > j+3 {
			return -1
		}
	}
	if d := s.Words[h]; d.UPOS != syntax.PROPN && d.UPOS != syntax.NOUN || s.Case(h) != "" {
		return -1
	}
	return h
}
