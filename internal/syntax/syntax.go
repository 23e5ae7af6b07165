// Package syntax tags, lemmatises and parses French sentences into
// Universal Dependencies trees, with models trained by cmd/train-syntax.
package syntax

import (
	"github.com/newsgraph/newsgraph/internal/syntax/model"
	"strings"
	"sync"
)

// Word is one syntactic word of a parsed sentence.
type Word struct {
	Form  string // as the parser saw it: "de" and "le" for "du"
	Lemma string
	UPOS  UPOS
	Feats Feats
	// UDFeats is the FEATS column as Universal Dependencies writes it
	// ("_" when empty).
	UDFeats string
	// Head is the index in Sentence.Words of the head word, -1 for the
	// root of the sentence.
	Head int
	// Deprel is the relation to the head, with its subtype ("obl:arg").
	Deprel string
	// Token is the index in text.Doc.Tokens of the token the word comes
	// from (-1 when parsed from bare words); Start and End are the bytes
	// of that token or of the word's part of it ("a" and "-t-il" in
	// "a-t-il"). The words of a contraction share their token's bytes.
	Token      int
	Start, End int
}

// Rel returns the universal relation, without subtype ("obl" for
// "obl:arg").
func (w *Word) Rel() string { return universal(w.Deprel) }

// Parser analyses text with a Model; it is safe for concurrent use.
type Parser struct {
	m    *Model
	pool sync.Pool
}

// NewParser returns a parser using m.
func NewParser(m *Model) *Parser {
	p := &Parser{m: m}
	p.pool.New = func() any { return new(scratch) }
	return p
}

// Model returns the parser's model.
func (p *Parser) Model() *Model { return p.m }

// ParseWords tags, lemmatises and parses one sentence given as words (a
// treebank's tokenisation). Token, Start and End are -1.
func (p *Parser) ParseWords(forms []string) []Word {
	words := make([]Word, len(forms))
	for i, f := range forms {
		words[i] = Word{Form: f, Token: -1, Start: -1, End: -1}
	}
	p.analyse(words, nil)
	return words
}

// analyse fills the predicted fields of words from their forms; the
// words names marks are proper nouns whatever the tagger would say.
func (p *Parser) analyse(words []Word, names []bool) {
	if len(words) == 0 {
		return
	}
	m := p.m
	sc := p.pool.Get().(*scratch)
	defer p.pool.Put(sc)
	forms := make([]string, len(words))
	for i := range words {
		forms[i] = words[i].Form
	}
	sc.reset(len(words), m.maxClasses())
	m.tag(forms, names, sc)
	m.parserWords(sc)
	sc.buf = m.parse1(sc)
	for i := range words {
		w := &words[i]
		w.UPOS = sc.tags[i]
		w.Lemma = sc.lemmas[i]
		b := sc.bundles[i]
		w.Feats = m.bundleFeats[b]
		w.UDFeats = m.bundles[b]
		fixConjugation(w)
		w.Head = sc.heads[i]
		w.Deprel = m.labels[sc.labels[i]]
	}
	repairAdverbialPerfect(words)
	repairAvoirVerb(words)
	repairNounRoot(words)
}

// repairAvoirVerb mends a compound past whose auxiliary the tagger took
// for the verb "avoir" and whose participle it hung on it as a
// complement: in "Benoît Hamon et Cécile Duflot, tous les deux candidats
// à la primaire, ont vivement critiqué Manuel Valls" a long apposition
// before the verb leaves "ont" the root, "critiqué" its xcomp and the
// name the participle's xcomp. A past participle right after a finite
// "avoir", with adverbs at most between, is that "avoir"'s verb: it heads
// the clause, "avoir" is its auxiliary, and a name or noun the parser
// made its xcomp is its object.
func repairAvoirVerb(words []Word) {
	for i := range words {
		w := &words[i]
		if w.UPOS != VERB || w.Feats.VerbForm != VerbFormPart || w.Feats.Tense == TensePres || w.Head < 0 || universal(w.Deprel) != "xcomp" {
			continue
		}
		g := w.Head
		if g > i || words[g].UPOS != VERB || words[g].Lemma != "avoir" || !avoirForms[strings.ToLower(words[g].Form)] {
			continue
		}
		adverbs := true
		for k := g + 1; k < i; k++ {
			if words[k].UPOS != ADV {
				adverbs = false
			}
		}
		if !adverbs {
			continue
		}
		for k := range words {
			switch {
			case k != i && words[k].Head == g:
				words[k].Head = i // the subject, the punctuation, the adverbs
			case words[k].Head == i && k > i && universal(words[k].Deprel) == "xcomp" && (words[k].UPOS == PROPN || words[k].UPOS == NOUN):
				words[k].Deprel = "obj"
			}
		}
		w.Head, w.Deprel = words[g].Head, words[g].Deprel
		words[g].Head, words[g].Deprel, words[g].UPOS = i, "aux:tense", AUX
	}
}

// repairAdverbialPerfect mends the parse of a compound past whose
// auxiliary an adverbial of repetition or time splits from its
// participle: in "Le démocrate a une nouvelle fois éreinté la gestion …",
// "Donald Trump a une fois de plus attaqué Joe Biden", "il avait la veille
// appelé le président à démissionner", "« … », a de son côté dénoncé X",
// the parser takes "a" for the verb "avoir", the noun for its object or
// oblique and the participle for a clause on the noun. The participle
// heads the clause again, "a" is its auxiliary, the noun its oblique.
func repairAdverbialPerfect(words []Word) {
	for i := range words {
		w := &words[i]
		if w.UPOS != VERB || w.Feats.VerbForm != VerbFormPart || w.Feats.Tense == TensePres || w.Head < 0 {
			continue
		}
		h := w.Head
		if universal(w.Deprel) != "acl" || h > i {
			continue
		}
		if !adverbialNouns[words[h].Lemma] && !(ownAdverbialNouns[words[h].Lemma] && hasCase(words, h)) {
			continue
		}
		g := words[h].Head
		if g < 0 || g > h || words[g].Lemma != "avoir" || !avoirForms[strings.ToLower(words[g].Form)] {
			continue
		}
		between := true
		for k := g + 1; k < i; k++ {
			if words[k].UPOS == VERB || words[k].UPOS == AUX || words[k].UPOS == PUNCT {
				between = false // only the adverbial between the auxiliary and the participle
			}
		}
		if !between {
			continue
		}
		for k := range words {
			if k != i && k != h && words[k].Head == g {
				words[k].Head = i // the subject, the punctuation, the adverbs
			}
		}
		w.Head, w.Deprel = words[g].Head, words[g].Deprel
		words[g].Head, words[g].Deprel, words[g].UPOS = i, "aux:tense", AUX
		words[h].Head, words[h].Deprel = i, "obl:mod"
	}
}

// repairNounRoot mends a sentence whose main verb the parser hung on its
// subject as a clause describing it: in "Le président français s'est
// néanmoins entretenu jeudi avec X" or "La secrétaire d'Etat, Marlène
// Schiappa, n'a pas masqué sa colère", the noun came out as the root and
// the participle as its "acl". A participle whose auxiliary is finite,
// with no relative pronoun, no subordinating conjunction and no subject
// of its own,
// does not describe a noun: it heads the sentence, the noun is its
// subject. Copular roots ("C'est un record : un thon s'est vendu") and
// nouns with a preposition ("Selon le ministère, il n'a pas été blessé")
// are left alone.
func repairNounRoot(words []Word) {
	h := -1
	for i := range words {
		if words[i].Head < 0 {
			h = i
			break
		}
	}
	if h < 0 || words[h].UPOS != NOUN && words[h].UPOS != PROPN {
		return
	}
	c := -1
	for i := range words {
		w := words[i]
		if w.Head != h {
			continue
		}
		switch universal(w.Deprel) {
		case "cop", "case", "nsubj", "mark":
			return
		case "acl":
			if i > h && c < 0 && w.UPOS == VERB && w.Feats.VerbForm == VerbFormPart {
				c = i
			}
		}
	}
	if c < 0 {
		return
	}
	finite, reflexive, passive := false, -1, -1
	for i := range words {
		w := words[i]
		if w.Head != c {
			continue
		}
		switch {
		case w.Feats.PronType == PronTypeRel, universal(w.Deprel) == "mark":
			return
		case w.UPOS == AUX && w.Feats.VerbForm == VerbFormFin:
			finite = true
			if w.Deprel == "aux:pass" {
				passive = i
			}
		case w.UPOS == PRON && w.Feats.Reflex && i < c:
			reflexive = i
		case universal(w.Deprel) == "nsubj":
			return
		}
	}
	if !finite {
		return
	}
	for i := range words {
		if i > c && words[i].Head == h {
			words[i].Head = c // the final stop, what follows the verb
		}
	}
	words[c].Head, words[c].Deprel = -1, "root"
	words[h].Head, words[h].Deprel = c, "nsubj"
	if reflexive >= 0 {
		// "s'est entretenu": a pronominal verb, not a passive one
		words[reflexive].Deprel = "expl:pv"
		if passive >= 0 {
			words[passive].Deprel = "aux:tense"
		}
	} else if passive >= 0 {
		words[h].Deprel = "nsubj:pass"
	}
}

// adverbialNouns head the adverbials of repetition and time that can stand
// between an auxiliary and its participle. A participle cannot describe
// them as "la semaine passée" does when a form of "avoir" governs them
// ("il a la semaine dernière annoncé" has no object "semaine").
var adverbialNouns = map[string]bool{"fois": true, "veille": true, "lendemain": true,
	"semaine": true, "mois": true, "année": true, "matin": true, "soir": true}

// ownAdverbialNouns head the adverbials of the subject's own part with
// their preposition: "a de son côté dénoncé", "a pour sa part refusé",
// "a à son tour critiqué".
var ownAdverbialNouns = map[string]bool{"côté": true, "part": true, "tour": true}

// hasCase reports whether word h has a preposition of its own.
func hasCase(words []Word, h int) bool {
	for k := range words {
		if words[k].Head == h && words[k].Deprel == "case" {
			return true
		}
	}
	return false
}

func (m *Model) parse1(sc *scratch) []uint32 {
	return m.parse(sc.pw, sc.punct, &sc.st, sc.buf, sc.scores, sc.heads, sc.labels)
}

// matchRel reports whether deprel matches rel: exactly, or by its
// universal relation when rel has no subtype ("obl" matches "obl:arg").
func matchRel(deprel, rel string) bool {
	if deprel == rel {
		return true
	}
	return !strings.Contains(rel, ":") && strings.HasPrefix(deprel, rel) && len(deprel) > len(rel) && deprel[len(rel)] == ':'
}

// Default returns a parser with the model embedded in the binary (about a
// second to load): load it once and share it.
func Default() (*Parser, error) {
	m, err := Load(model.Gzipped())
	if err != nil {
		return nil, err
	}
	return NewParser(m), nil
}
