package relations

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/syntax"
	"github.com/newsgraph/newsgraph/internal/text"
)

// ruleTreeTribute: a tribute to the person whose death the article
// opens with, its object a pronoun, a possessive or a description of
// them: "lui a rendu hommage X", "a salué son « élégance »", "Emmanuel
// Macron saluant « un homme de conviction »".
const ruleTreeTribute = "tree-tribute"

// deathLemmas are the verbs that tell a death; deathNouns the nouns whose
// "de" complement is the one who died.
var (
	deathLemmas = set("mourir", "décéder", "succomber")
	deathNouns  = set("décès", "mort", "obsèques", "funérailles", "meurtre", "assassinat")
	// killLemmas tell a death in the passive: "X a été tué", "assassiné"
	killLemmas = set("tuer", "assassiner", "abattre")
)

// ledeSentences is how far into the article its subject's death is told:
// the headline, the summary and the first sentence of the body.
const ledeSentences = 3

// findDeceased returns the one person whose death the article's first
// sentences tell ("Décès d'Antoine Rufenacht", "L'ancien maire du Havre
// Antoine Rufenacht est mort samedi"), or -1: none, several, or a death
// denied or only feared.
func (w *work) findDeceased() int {
	found := -1
	for si := 0; si < min(ledeSentences, len(w.t)); si++ {
		s := &w.t[si]
		for v, wd := range s.Words {
			var who []int
			switch {
			case wd.UPOS == syntax.VERB && killLemmas[wd.Lemma] && s.Dependent(v, "aux:pass") >= 0:
				who = s.Dependents(v, "nsubj:pass") // "X a été tué"
			case wd.UPOS == syntax.VERB && (deathLemmas[wd.Lemma] || wd.Lemma == "éteindre" && reflexive(s, v)),
				wd.UPOS == syntax.ADJ && (wd.Lemma == "mort" || wd.Lemma == "décédé") && s.Dependent(v, "cop") >= 0:
				// (With nsubj:pass: "est décédé" is parsed as a passive,
				// "est mort" as a copula and its attribute.)
				who = s.Dependents(v, "nsubj")
			case wd.UPOS == syntax.NOUN && deathNouns[wd.Lemma]:
				for _, k := range s.Dependents(v, "nmod") {
					if caseIs(s, k, "de") {
						who = append(who, k)
					}
				}
			default:
				continue
			}
			if wd.UPOS != syntax.NOUN {
				if c := clauseOf(s, v); c.negated || c.wished || c.modality != "" {
					continue // "n'est pas mort", "serait mort"
				}
			}
			for _, u := range w.argUnits(si, s, who) {
				e := w.a.Units[u].Entity
				if e < 0 || w.a.Entities[e].Type != kg.Person {
					continue
				}
				if found >= 0 && found != e {
					return -1
				}
				found = e
			}
		}
	}
	return found
}

// tributeQualities are what one salutes in the dead: "a salué son
// engagement", "rendu hommage à sa mémoire".
var tributeQualities = set("mémoire", "engagement", "parcours", "œuvre", "oeuvre", "travail", "courage", "talent",
	"action", "carrière", "élégance", "loyauté", "intelligence", "dignité", "générosité", "humanité", "humour",
	"fidélité", "combat", "combats", "héritage", "vie", "dévouement", "personnalité", "audace", "intégrité", "rigueur",
	"énergie", "conviction", "convictions", "gentillesse", "humilité", "modestie", "passion", "franc-parler",
	"souvenir", "contribution", "apport", "bravoure", "héroïsme", "sacrifice", "professionnalisme", "exemplarité",
	"génie", "bienveillance", "honnêteté", "sincérité", "droiture", "probité", "liberté", "esprit", "force")

// tributePersons are the nouns of a description of the dead: "a salué un
// homme de conviction", "une grande dame".
var tributePersons = set("homme", "femme", "figure", "personnalité", "ami", "amie", "serviteur", "servante", "militant",
	"militante", "combattant", "combattante", "géant", "monument", "pionnier", "pionnière", "visionnaire", "artiste",
	"élu", "élue", "maire", "dame", "patriote", "humaniste", "républicain", "républicaine", "légende", "icône",
	"compagnon", "compagne", "camarade", "personnage", "grand", "grande", "modèle", "exemple", "bâtisseur", "homme d'État")

// tributes records the tributes of sentence si whose object stands for
// the deceased without naming them. The clauses that name whom they
// salute are the lexicon's (verbFrame, lightFrame).
func (w *work) tributes(si int) {
	if w.deceased < 0 || question(w.d, w.d.Sentences[si]) {
		return
	}
	s := w.tree(si)
	for v, wd := range s.Words {
		if t := wd.Token; t >= 0 && w.d.InQuote[t] && !quotedPredicate(s, v, w.d.InQuote) {
			continue // a quotation's: the first-person pass reads "je rends hommage"
		}
		w.tribute(si, s, v)
	}
}

// tribute records the tribute verb v states, if it is one to the
// deceased.
func (w *work) tribute(si int, s *syntax.Sentence, v int) {
	wd := s.Words[v]
	if w.deceased < 0 || wd.UPOS != syntax.VERB {
		return
	}
	var f frame
	var ok bool
	lemma := wd.Lemma
	if strings.HasPrefix(text.Fold(wd.Form), "rend") {
		lemma = "rendre" // "Je rends hommage", lemmatised "recevoir"
	}
	switch lemma {
	case "saluer":
		f, ok = w.lexFrame(w.x.lex.verbs["saluer"], "obj")
		ok = ok && w.standsForDeceased(s, s.Dependents(v, "obj"), false)
	case "rendre":
		h := hommageOf(s, v)
		if h < 0 {
			return
		}
		f, ok = w.lexFrame(w.x.lex.lights["hommage"], "à")
		var to []int
		for _, k := range append(s.Dependents(v, "iobj"), append(s.Dependents(v, "obl:arg"), append(s.Dependents(v, "obl"), s.Dependents(h, "nmod")...)...)...) {
			if s.Words[k].UPOS == syntax.PRON && text.Fold(s.Words[k].Form) == "lui" || caseIs(s, k, "à") {
				to = append(to, k)
			}
		}
		ok = ok && w.standsForDeceased(s, to, true)
	}
	if !ok {
		return
	}
	c := clauseOf(s, v)
	if c.negated || c.wished || appealed(s, v) {
		return
	}
	subs := w.tributeActors(si, s, v)
	obj := w.unitOfEntity(w.deceased, wordToken(s, v))
	if len(subs) == 0 || obj < 0 {
		return
	}
	w.treePairs(si, s, v, f, subs, []int{obj}, c.modality, ruleTreeTribute)
}

// lexFrame is the first of the lexicon's frames fs with target t.
func (w *work) lexFrame(fs []frame, t string) (frame, bool) {
	for _, f := range fs {
		if f.target == t {
			return f, true
		}
	}
	return frame{}, false
}

// hommageOf is the "hommage" that verb v (rendre) takes as its object,
// or -1.
func hommageOf(s *syntax.Sentence, v int) int {
	for _, k := range s.Children(v) {
		if s.Words[k].Lemma == "hommage" && (s.Words[k].Rel() == "obj") {
			return int(k)
		}
	}
	return -1
}

// standsForDeceased reports whether the object words ks of a tribute
// stand for the deceased: "lui" (when pronoun allows it, for rendre
// hommage), a quality under a possessive ("son élégance", "sa mémoire")
// or of a description ("le parcours de l'homme politique"), an indefinite
// description ("un homme de conviction"). None may name anyone: a tribute
// to someone named is the lexicon's. No object at all stands for no one.
func (w *work) standsForDeceased(s *syntax.Sentence, ks []int, pronoun bool) bool {
	if len(ks) == 0 {
		return false
	}
	for _, k := range ks {
		if w.namesSomeone(s, k) {
			return false // "a salué la mémoire de Jacques Chirac": named
		}
		d := s.Words[k]
		switch d.UPOS {
		case syntax.PRON:
			if text.Fold(d.Form) != "lui" || !pronoun {
				return false
			}
		case syntax.NOUN, syntax.ADJ:
			quality := tributeQualities[d.Lemma] || tributeQualities[text.Fold(d.Form)]
			if d.Feats.Number == syntax.NumberPlur && !quality {
				return false // "aux victimes", "les soignants"
			}
			det := s.Dependent(k, "det")
			dl := ""
			if det >= 0 {
				dl = text.Fold(s.Words[det].Form)
			}
			switch {
			case (dl == "son" || dl == "sa" || dl == "ses") && quality:
			case (dl == "un" || dl == "une") && (tributePersons[d.Lemma] || w.deceasedTitle(d.Lemma)):
			case (dl == "le" || dl == "la" || dl == "l'") && quality && w.describedOwner(s, k):
			default:
				return false
			}
		default:
			return false
		}
	}
	return true
}

// describedOwner reports whether quality k has a "de" complement that
// describes a person without naming them: "le parcours de l'homme
// politique", "l'engagement … du ressortissant français".
func (w *work) describedOwner(s *syntax.Sentence, k int) bool {
	for _, n := range s.Dependents(k, "nmod") {
		d := s.Words[n]
		if !caseIs(s, n, "de") && s.Case(n) != "du" || d.UPOS != syntax.NOUN || d.Feats.Number == syntax.NumberPlur {
			continue
		}
		if det := s.Dependent(n, "det"); det >= 0 && (tributePersons[d.Lemma] || roleNouns[d.Lemma] || w.deceasedTitle(d.Lemma)) {
			if f := text.Fold(s.Words[det].Form); f == "le" || f == "l'" || f == "la" || f == "du" {
				return true
			}
		}
	}
	return false
}

// deceasedTitle reports whether the article gives the deceased a title
// of head noun lemma: "un producteur légendaire" for a producer, not "un
// ancien policier tué" for George Floyd.
func (w *work) deceasedTitle(lemma string) bool {
	for _, r := range w.a.Roles {
		if r.Person == w.deceased && r.Head == text.Fold(lemma) {
			return true
		}
	}
	return false
}

// namesSomeone reports whether noun phrase k, or a complement or an
// apposition of it, names an entity: "la mémoire de Jacques Chirac", "un
// homme, Jacques Chirac". Not its relative clauses: "un maire qui a
// sorti les communistes … du Havre".
func (w *work) namesSomeone(s *syntax.Sentence, k int) bool {
	if s.Words[k].UPOS == syntax.PROPN && len(w.unitsOf(s, k)) > 0 {
		return true
	}
	for _, c := range s.Children(k) {
		switch s.Words[c].Rel() {
		case "nmod", "appos", "flat", "conj":
			if w.namesSomeone(s, int(c)) {
				return true
			}
		}
	}
	return false
}

// tributeActors are the units of who pays tribute at verb v: its subject,
// the subject of the clause a participle hangs on ("Emmanuel Macron
// saluant …"), or, in an incise after a quotation, its speaker ("« … »,
// lui a rendu hommage l'ex-Premier ministre Edouard Philippe").
func (w *work) tributeActors(si int, s *syntax.Sentence, v int) []int {
	tok := wordToken(s, v)
	if w.inverted(s, v) || w.bareIncise(s, v) || len(s.Dependents(v, "nsubj")) == 0 && w.closedQuoteBefore(tok) {
		if q := w.afterQuote(tok); q >= 0 && w.quoted[q].speaker != w.deceased {
			if u := w.unitOfEntity(w.quoted[q].speaker, tok); u >= 0 {
				return []int{u}
			}
		}
		if hommageOf(s, v) < 0 {
			return nil
		}
		// "rendre hommage" has no object of its own: a name after it is
		// the incise's subject, whatever the parser made of it.
		var after []int
		for _, k := range append(s.Dependents(v, "nsubj"), s.Dependents(v, "obj")...) {
			if k > v && s.Words[k].Lemma != "hommage" {
				after = append(after, k)
			}
		}
		return w.persons(si, s, after)
	}
	subj := subjectOf(s, v, false)
	if h := s.Words[v].Head; len(subj) == 0 && s.Words[v].Rel() == "conj" && h >= 0 && s.Words[h].UPOS == syntax.NOUN && s.Words[h].Rel() == "obj" {
		// "a confié sa « grande douleur » et salué son « élégance »": the
		// second participle hung on the first one's object.
		subj = subjectOf(s, s.Words[h].Head, false)
	}
	if len(subj) == 0 {
		subj = w.adjunctSubject(s, v)
	}
	var out []int
	for _, u := range w.argUnits(si, s, subj) {
		if e := w.a.Units[u].Entity; e >= 0 && e != w.deceased {
			out = append(out, u)
		}
	}
	return out
}

// persons are the units of words ks that stand for people other than the
// deceased.
func (w *work) persons(si int, s *syntax.Sentence, ks []int) []int {
	var out []int
	for _, u := range w.argUnits(si, s, ks) {
		if e := w.a.Units[u].Entity; e >= 0 && e != w.deceased && w.a.Entities[e].Type == kg.Person {
			out = append(out, u)
		}
	}
	return out
}

// closedQuoteBefore reports whether a quotation closes just before token
// t, then a comma, then at most two words: "« … », lui a rendu".
func (w *work) closedQuoteBefore(t int) bool {
	toks := w.d.Tokens
	for k := t - 1; k >= max(t-4, 1); k-- {
		if toks[k].Text == "," {
			return text.IsQuoteMark(toks[k-1]) && w.d.InQuote[max(k-2, 0)]
		}
	}
	return false
}

// afterQuote is the quotation (index in w.quoted) that closes just
// before token t, with at most a comma and the incise's first words
// between: "« … », lui a rendu hommage"; -1 when none does.
func (w *work) afterQuote(t int) int {
	for i, q := range w.quoted {
		if q.close >= 0 && q.close < t && t-q.close <= 4 && w.d.SentOf[q.close] == w.d.SentOf[t] {
			return i
		}
	}
	return -1
}
