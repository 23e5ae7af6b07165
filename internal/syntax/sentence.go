package syntax

import (
	"github.com/newsgraph/newsgraph/internal/text"
)

// Sentence is the dependency tree of one text.Sentence.
type Sentence struct {
	Words []Word
	// First and Last are the sentence's tokens in text.Doc.Tokens:
	// [First, Last).
	First, Last int
	// Root is the index of the root word (-1 when there are no words).
	Root int
	// wordOf[t-First] is the word of token t; kids holds each word's
	// dependents in order, kids[kidStart[i]:kidStart[i+1]].
	wordOf   []int32
	kids     []int32
	kidStart []int32
}

// ParseDoc parses every sentence of d: one tree per text.Sentence, over
// the document's own tokens.
func (p *Parser) ParseDoc(d *text.Doc) []Sentence { return p.ParseSentences(d, nil, nil) }

// ParseSentences is ParseDoc for the sentences keep marks (all when keep
// is nil); any other has a tree with no words (Root -1), which reads as
// an empty sentence. The tokens names marks (indexes in d.Tokens; nil
// for none) are tagged proper nouns: the words of a person's name the
// recogniser found ("Bruno Le Maire", whose "Le Maire" reads as "the
// mayor").
func (p *Parser) ParseSentences(d *text.Doc, keep, names []bool) []Sentence {
	out := make([]Sentence, len(d.Sentences))
	var fixed []bool
	for si, ts := range d.Sentences {
		s := &out[si]
		s.First, s.Last = ts.First, ts.Last
		if keep != nil && (si >= len(keep) || !keep[si]) {
			s.Root = -1
			continue
		}
		s.Words = p.m.words(d, ts.First, ts.Last)
		fixed = fixed[:0]
		if names != nil {
			for _, w := range s.Words {
				fixed = append(fixed, w.Token >= 0 && w.Token < len(names) && names[w.Token])
			}
		}
		p.analyse(s.Words, fixed)
		p.m.fixTokens(d, s.Words)
		s.index()
	}
	return out
}

// fixTokens gives addresses, handles and hashtags the tags a treebank
// would: their forms fool a tagger trained on prose.
func (m *Model) fixTokens(d *text.Doc, words []Word) {
	for i := range words {
		w := &words[i]
		if w.Token < 0 {
			continue
		}
		switch d.Tokens[w.Token].Kind {
		case text.URL:
			w.UPOS, w.Lemma, w.Feats, w.UDFeats = SYM, w.Form, Feats{}, "_"
		case text.Handle, text.Hashtag:
			w.UPOS, w.Lemma, w.Feats, w.UDFeats = PROPN, w.Form, Feats{}, "_"
		}
	}
}

// index builds the token-to-word map and the dependents lists.
func (s *Sentence) index() {
	n := len(s.Words)
	s.Root = -1
	s.wordOf = make([]int32, s.Last-s.First)
	for i := range s.wordOf {
		s.wordOf[i] = -1
	}
	s.kidStart = make([]int32, n+1)
	for i := range s.Words {
		w := &s.Words[i]
		if t := w.Token - s.First; t >= 0 && t < len(s.wordOf) && s.wordOf[t] < 0 {
			s.wordOf[t] = int32(i)
		}
		if w.Head < 0 {
			if s.Root < 0 {
				s.Root = i
			}
			continue
		}
		s.kidStart[w.Head+1]++
	}
	// a token merged into the word before it ("M" ".") maps to that word
	for t := range s.wordOf {
		if s.wordOf[t] < 0 && t > 0 {
			s.wordOf[t] = s.wordOf[t-1]
		}
	}
	for i := 1; i <= n; i++ {
		s.kidStart[i] += s.kidStart[i-1]
	}
	s.kids = make([]int32, s.kidStart[n])
	fill := make([]int32, n)
	for i := range s.Words {
		if h := s.Words[i].Head; h >= 0 {
			s.kids[s.kidStart[h]+fill[h]] = int32(i)
			fill[h]++
		}
	}
}

// Reattach gives each word of moves its new head and relation, then
// indexes the tree again: a mend by someone who knows better than the
// parser (where a recognised name starts).
func (s *Sentence) Reattach(moves ...Move) {
	for _, m := range moves {
		s.Words[m.Word].Head, s.Words[m.Word].Deprel = m.Head, m.Rel
	}
	s.index()
}

// Move is one word's new head and relation, for Reattach.
type Move struct {
	Word, Head int
	Rel        string
}

// WordOf returns the index of the word token t (an index in
// text.Doc.Tokens) belongs to, or -1 when t is outside the sentence. A
// contraction's token maps to its first word ("du" to "de").
func (s *Sentence) WordOf(t int) int {
	if t < s.First || t >= s.Last || s.wordOf == nil {
		return -1
	}
	return int(s.wordOf[t-s.First])
}

// Children returns the dependents of word i, left to right. The slice is
// shared: do not modify it.
func (s *Sentence) Children(i int) []int32 {
	if i < 0 || i >= len(s.Words) || s.kidStart == nil {
		return nil
	}
	return s.kids[s.kidStart[i]:s.kidStart[i+1]]
}

// Dependents returns the dependents of word i whose relation matches rel:
// exactly ("obl:arg"), or by universal relation when rel has no subtype
// ("obl" matches obl, obl:arg, obl:mod and obl:agent).
func (s *Sentence) Dependents(i int, rel string) []int {
	var out []int
	for _, k := range s.Children(i) {
		if matchRel(s.Words[k].Deprel, rel) {
			out = append(out, int(k))
		}
	}
	return out
}

// Dependent returns the first dependent of word i whose relation matches
// rel (as in Dependents), or -1.
func (s *Sentence) Dependent(i int, rel string) int {
	for _, k := range s.Children(i) {
		if matchRel(s.Words[k].Deprel, rel) {
			return int(k)
		}
	}
	return -1
}

// Subtree returns the first and last word (inclusive) of the subtree
// under word i.
func (s *Sentence) Subtree(i int) (first, last int) {
	first, last = i, i
	var walk func(int)
	walk = func(k int) {
		for _, c := range s.Children(k) {
			c := int(c)
			first, last = min(first, c), max(last, c)
			walk(c)
		}
	}
	walk(i)
	return first, last
}

// Bytes returns the byte span of the subtree under word i in the
// document's text.
func (s *Sentence) Bytes(i int) (start, end int) {
	f, l := s.Subtree(i)
	return s.Words[f].Start, s.Words[l].End
}

// Case returns the form, lower-cased, of the "case" dependent of word i
// (the preposition of an oblique or nominal modifier: "à", "de", "par"),
// or "".
func (s *Sentence) Case(i int) string {
	if k := s.Dependent(i, "case"); k >= 0 {
		return lowerWord(s.Words[k].Form)
	}
	return ""
}
