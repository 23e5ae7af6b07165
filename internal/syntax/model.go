package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// Model is a trained tagger, lemmatiser and parser. It is read-only once
// loaded and safe for concurrent use.
type Model struct {
	dict         map[string]uint32 // lower-cased form -> bit set of the UPOS it had in training
	clusters     map[string]uint32 // lower-cased form -> cluster path bits
	clusterShift uint
	caps         map[string]uint8 // lower-cased form -> how often news capitalises it (Clusters.Caps)
	vocab        map[string]bool  // forms seen in unannotated news, to check guessed lemmas
	// newsWord tells whether a folded word is one the news writes
	// (SetNewsWords): a verb's guessed infinitive must be one.
	newsWord func(string) bool

	pos   *weights // UPOS
	morph *weights // feature bundles
	lemw  *weights // lemma edit scripts
	trans *weights // moves
	labw  *weights // relations
	// contract decides whether "des"/"du" is a contraction (de + les).
	contract *weights

	bundles     []string // UD FEATS strings; 0 is "_"
	bundleFeats []Feats
	bundleM     []uint64 // UPOS-independent refinement the parser reads
	allowed     [nUPOS][]uint16

	// lexicon maps a form and tag to its lemma where the exact form
	// differs from lexLower, which maps lower-cased forms.
	lexicon, lexLower map[lexKey]string
	// verbLemmas are the infinitives the lexicons give a verb form.
	verbLemmas map[string]bool
	scripts    []script

	labels    []string
	rootLabel int
	joint     bool // trans scores labelled moves; labw is unused
}

// scratch holds the buffers one analysis needs, so that a call allocates
// little; it is not shared between goroutines.
type scratch struct {
	forms   []string // forms with straight apostrophes, when some had curly ones
	info    []info
	tags    []UPOS
	bundles []uint16
	lemmas  []string
	pw      []pword
	punct   []int
	heads   []int
	labels  []int
	st      state
	buf     []uint32
	scores  []int32
}

var apostrophes = strings.NewReplacer("’", "'", "ʼ", "'")

func (sc *scratch) reset(n, nScores int) {
	if cap(sc.info) < n {
		sc.info = make([]info, n)
		sc.tags = make([]UPOS, n)
		sc.bundles = make([]uint16, n)
		sc.lemmas = make([]string, n)
		sc.pw = make([]pword, n)
		sc.punct = make([]int, n+1)
		sc.heads = make([]int, n)
		sc.labels = make([]int, n)
	}
	sc.info, sc.tags, sc.bundles, sc.lemmas = sc.info[:n], sc.tags[:n], sc.bundles[:n], sc.lemmas[:n]
	sc.pw, sc.punct, sc.heads, sc.labels = sc.pw[:n], sc.punct[:n+1], sc.heads[:n], sc.labels[:n]
	if cap(sc.scores) < nScores {
		sc.scores = make([]int32, nScores)
	}
	sc.scores = sc.scores[:nScores]
}

func (m *Model) maxClasses() int {
	n := 0
	for _, w := range []*weights{m.pos, m.morph, m.lemw, m.trans, m.labw, m.contract} {
		if w != nil {
			n = max(n, w.nClass)
		}
	}
	return n
}

// tag fills sc.tags, sc.bundles and sc.lemmas for forms. A typographic
// apostrophe is read as the treebanks' straight one: news writes "s’est"
// where the training text has "s'est".
func (m *Model) tag(forms []string, names []bool, sc *scratch) {
	n := len(forms)
	for i, f := range forms {
		if strings.ContainsAny(f, "’ʼ") {
			sc.forms = append(sc.forms[:0], forms...)
			for j := i; j < n; j++ {
				sc.forms[j] = apostrophes.Replace(forms[j])
			}
			forms = sc.forms
			break
		}
	}
	m.fillInfo(forms, sc.info)
	sc.buf = m.tagPOS(forms, sc.info, names, sc.tags, sc.buf, sc.scores[:m.pos.nClass])
	sc.buf = m.tagMorph(sc.info, sc.tags, sc.bundles, sc.buf, sc.scores[:m.morph.nClass])
	for i := 0; i < n; i++ {
		sc.lemmas[i], sc.buf = m.lemma(forms[i], &sc.info[i], sc.tags[i], sc.bundles[i], sc.buf, sc.scores[:m.lemw.nClass])
	}
}

// parserWords fills sc.pw and sc.punct from the tagging.
func (m *Model) parserWords(sc *scratch) {
	sc.punct[0] = 0
	for i := range sc.pw {
		sc.pw[i] = m.pword(&sc.info[i], sc.tags[i], sc.bundles[i], sc.lemmas[i])
		sc.punct[i+1] = sc.punct[i]
		if sc.tags[i] == PUNCT {
			sc.punct[i+1]++
		}
	}
}

func (m *Model) pword(x *info, p UPOS, bundle uint16, lemma string) pword {
	return pword{w: x.w, l: hstr(lemma), c: x.clus[1], p: uint64(p), m: mix(uint64(p), m.bundleM[bundle])}
}

// refinement is the part of a feature bundle that tells the parser how a
// word attaches: a participle from a finite verb, a relative pronoun from
// a personal one.
func refinement(f Feats) uint64 {
	return uint64(f.VerbForm) | uint64(f.PronType)<<4 | uint64(f.Voice)<<8 | uint64(f.Mood)<<12 | b2u(f.Reflex)<<16 | uint64(f.Definite)<<20
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

const magic = "NGSYNTAX1\n"

// Load reads a gzipped model as Save writes it.
func Load(gz []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("syntax: model: %w", err)
	}
	r := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, fmt.Errorf("syntax: model: not a newsgraph syntax model")
	}
	v := &varReader{r: r}
	m := &Model{}
	str := func() string {
		n := v.uvarint()
		if v.err != nil || n > 1<<20 {
			v.err = errCorrupt
			return ""
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(r, b); err != nil {
			v.err = errCorrupt
		}
		return string(b)
	}
	count := func() int {
		n := v.uvarint()
		if n > 1<<24 {
			v.err = errCorrupt
			return 0
		}
		return int(n)
	}
	n := count()
	m.dict = make(map[string]uint32, n)
	for range n {
		k := str()
		m.dict[k] = uint32(v.uvarint())
	}
	m.clusterShift = uint(v.uvarint())
	n = count()
	if n > 0 {
		m.clusters = make(map[string]uint32, n)
	}
	for range n {
		k := str()
		m.clusters[k] = uint32(v.uvarint())
	}
	n = count()
	if n > 0 {
		m.caps = make(map[string]uint8, n)
	}
	for range n {
		k := str()
		m.caps[k] = uint8(v.uvarint())
	}
	n = count()
	if n > 0 {
		m.vocab = make(map[string]bool, n)
	}
	for range n {
		m.vocab[str()] = true
	}
	n = count()
	for range n {
		m.bundles = append(m.bundles, str())
	}
	for p := range m.allowed {
		n = count()
		for range n {
			b := uint16(v.uvarint())
			if int(b) >= len(m.bundles) {
				v.err = errCorrupt
			}
			m.allowed[p] = append(m.allowed[p], b)
		}
	}
	readLex := func() map[lexKey]string {
		n := count()
		lex := make(map[lexKey]string, n)
		for range n {
			f := str()
			p := UPOS(v.uvarint())
			lex[lexKey{f, p}] = str()
		}
		return lex
	}
	m.lexicon = readLex()
	m.lexLower = readLex()
	for f, l := range verbOnly {
		if _, ok := m.lexLower[lexKey{f, VERB}]; !ok {
			m.lexLower[lexKey{f, VERB}] = l // the treebanks never had "ment" as a verb: its script gave "mer"
		}
	}
	m.indexVerbs()
	n = count()
	for range n {
		s, ok := parseScript(str())
		if !ok {
			v.err = errCorrupt
		}
		m.scripts = append(m.scripts, s)
	}
	n = count()
	for range n {
		m.labels = append(m.labels, str())
	}
	m.rootLabel = int(v.uvarint())
	m.joint = v.uvarint() == 1
	if v.err != nil {
		return nil, fmt.Errorf("syntax: model: %w", v.err)
	}
	for _, w := range []**weights{&m.pos, &m.morph, &m.lemw, &m.trans, &m.labw, &m.contract} {
		if *w, err = readWeights(v); err != nil {
			return nil, fmt.Errorf("syntax: model: %w", err)
		}
	}
	if m.rootLabel >= len(m.labels) || len(m.bundles) == 0 || m.pos.nClass != int(nUPOS) ||
		m.morph.nClass != len(m.bundles) || m.lemw.nClass != len(m.scripts) || !m.joint && m.trans.nClass != nMoves || m.joint && m.trans.nClass != 1+2*len(m.labels) || m.labw.nClass != len(m.labels) {
		return nil, fmt.Errorf("syntax: model: %w", errCorrupt)
	}
	m.decodeBundles()
	return m, nil
}

// indexVerbs fills m.verbLemmas from the lexicons.
func (m *Model) indexVerbs() {
	m.verbLemmas = map[string]bool{}
	for _, lex := range []map[lexKey]string{m.lexicon, m.lexLower} {
		for k, l := range lex {
			if k.pos == VERB {
				m.verbLemmas[l] = true
			}
		}
	}
}

func (m *Model) decodeBundles() {
	m.bundleFeats = make([]Feats, len(m.bundles))
	m.bundleM = make([]uint64, len(m.bundles))
	for i, b := range m.bundles {
		m.bundleFeats[i] = ParseFeats(b)
		m.bundleM[i] = refinement(m.bundleFeats[i])
	}
}

// Save writes m gzipped; the same model gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var tmp [binary.MaxVarintLen64]byte
	put := func(x uint64) {
		n := binary.PutUvarint(tmp[:], x)
		bw.Write(tmp[:n])
	}
	str := func(s string) {
		put(uint64(len(s)))
		bw.WriteString(s)
	}
	bw.WriteString(magic)
	keys := slices.Sorted(maps.Keys(m.dict))
	put(uint64(len(keys)))
	for _, k := range keys {
		str(k)
		put(uint64(m.dict[k]))
	}
	put(uint64(m.clusterShift))
	keys = slices.Sorted(maps.Keys(m.clusters))
	put(uint64(len(keys)))
	for _, k := range keys {
		str(k)
		put(uint64(m.clusters[k]))
	}
	keys = slices.Sorted(maps.Keys(m.caps))
	put(uint64(len(keys)))
	for _, k := range keys {
		str(k)
		put(uint64(m.caps[k]))
	}
	keys = slices.Sorted(maps.Keys(m.vocab))
	put(uint64(len(keys)))
	for _, k := range keys {
		str(k)
	}
	put(uint64(len(m.bundles)))
	for _, b := range m.bundles {
		str(b)
	}
	for _, a := range m.allowed {
		put(uint64(len(a)))
		for _, b := range a {
			put(uint64(b))
		}
	}
	for _, lex := range []map[lexKey]string{m.lexicon, m.lexLower} {
		lk := slices.SortedFunc(maps.Keys(lex), func(a, b lexKey) int {
			if c := strings.Compare(a.form, b.form); c != 0 {
				return c
			}
			return int(a.pos) - int(b.pos)
		})
		put(uint64(len(lk)))
		for _, k := range lk {
			str(k.form)
			put(uint64(k.pos))
			str(lex[k])
		}
	}
	put(uint64(len(m.scripts)))
	for _, s := range m.scripts {
		str(s.String())
	}
	put(uint64(len(m.labels)))
	for _, l := range m.labels {
		str(l)
	}
	put(uint64(m.rootLabel))
	put(b2u(m.joint))
	for _, wt := range []*weights{m.pos, m.morph, m.lemw, m.trans, m.labw, m.contract} {
		if err := wt.write(bw); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}
