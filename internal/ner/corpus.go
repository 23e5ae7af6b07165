package ner

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/text"
)

// popcornTypes maps POPCORN's fine-grained entity types to the model's.
// Attributes, events, groups and nationalities are left out: they are not
// names of one person, organisation or place.
var popcornTypes = map[string]string{
	"CIVILIAN": Person, "TERRORIST_OR_CRIMINAL": Person, "MILITARY": Person,
	"NON_GOVERNMENTAL_ORGANISATION": Org, "NON_MILITARY_GOVERNMENT_ORGANISATION": Org,
	"MILITARY_ORGANISATION": Org, "INTERGOVERNMENTAL_ORGANISATION": Org,
	"PLACE": Loc,
}

// notNames are capitalised mention openings that are pronouns or
// determiners: "Elle", "Ce dernier" are coreferent mentions, not names.
var notNames = map[string]bool{
	"il": true, "elle": true, "ils": true, "elles": true, "ce": true, "cet": true, "cette": true, "ces": true,
	"celui-ci": true, "celle-ci": true, "ceux-ci": true, "celles-ci": true, "certains": true, "un": true,
	"une": true, "le": true, "la": true, "les": true, "l'": true, "son": true, "sa": true, "ses": true, "leur": true,
	"leurs": true, "on": true, "lui": true,
}

// Doc is one training document split into sentences.
type Doc struct {
	ID        string
	Sentences []Example
}

type popcornText struct {
	Text     string `json:"text"`
	Entities []struct {
		Type     string `json:"type"`
		Mentions []struct {
			Start int `json:"start"`
			End   int `json:"end"`
		} `json:"mentions"`
	} `json:"entities"`
}

// ReadPOPCORN reads POPCORN's JSON (document id -> text and entities with
// mentions at code-point offsets) and tags the named mentions, those that
// start with a capital and not with a pronoun, in BIO.
func ReadPOPCORN(r io.Reader) ([]Doc, error) {
	var raw map[string]popcornText
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("ner: popcorn: %w", err)
	}
	ids := make([]string, 0, len(raw))
	for id := range raw {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	docs := make([]Doc, 0, len(ids))
	for _, id := range ids {
		p := raw[id]
		d := text.Analyze(p.Text)
		byteAt := runeOffsets(p.Text)
		tags := make([]int, len(d.Tokens))
		for _, e := range p.Entities {
			typ, ok := popcornTypes[e.Type]
			if !ok {
				continue
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(byteAt)-1 || m.Start >= m.End {
					return nil, fmt.Errorf("ner: popcorn %s: mention %d:%d outside the text", id, m.Start, m.End)
				}
				tagMention(d.Tokens, tags, byteAt[m.Start], byteAt[m.End], typ)
			}
		}
		doc := Doc{ID: id}
		for _, s := range d.Sentences {
			doc.Sentences = append(doc.Sentences, Example{Toks: d.Tokens[s.First:s.Last], Tags: tags[s.First:s.Last]})
		}
		docs = append(docs, doc)
	}
	return docs, nil
}

// runeOffsets maps code-point offsets of s to byte offsets (one past the
// end included).
func runeOffsets(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// tagMention tags the tokens lying within bytes [start, end) unless the
// mention is not a name or overlaps one already tagged.
func tagMention(toks []text.Token, tags []int, start, end int, typ string) {
	first := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	last := first
	for last < len(toks) && toks[last].End <= end {
		last++
	}
	if first == last || toks[first].Start != start || !toks[first].Cap || notNames[toks[first].Norm] {
		return
	}
	for k := first; k < last; k++ {
		if tags[k] != 0 {
			return
		}
	}
	tags[first] = TagIndex("B-" + typ)
	for k := first + 1; k < last; k++ {
		tags[k] = TagIndex("I-" + typ)
	}
}

// ReadEuropeana reads the Europeana Newspapers IOB1 file (one "token TAG"
// a line, I-X inside and opening a name, B-X only between two adjacent
// names) and cuts it into sentences at full stops before a capital, at most
// maxLen tokens each. Tokens are re-tokenised the project's way.
func ReadEuropeana(r io.Reader, maxLen int) ([]Example, error) {
	sc := bufio.NewScanner(r)
	var out []Example
	var cur Example
	prevType := ""
	line := 0
	flush := func() {
		if len(cur.Toks) > 0 {
			out = append(out, cur)
		}
		cur = Example{}
	}
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			flush()
			prevType = ""
			continue
		}
		if len(f) != 2 {
			return nil, fmt.Errorf("ner: europeana line %d: %q: want a token and a tag", line, sc.Text())
		}
		word, tag := f[0], f[1]
		typ := ""
		if tag != "O" {
			if len(tag) < 3 || (tag[0] != 'I' && tag[0] != 'B') || tag[1] != '-' {
				return nil, fmt.Errorf("ner: europeana line %d: tag %q", line, tag)
			}
			typ = tag[2:]
		}
		begin := typ != "" && (tag[0] == 'B' || typ != prevType)
		prevType = typ
		if len(cur.Toks) > 0 && startsSentence(cur.Toks, word, maxLen) {
			flush()
			begin = typ != ""
		}
		for k, t := range text.Tokenize(word) {
			c := 0
			switch {
			case typ == "":
			case begin && k == 0:
				c = TagIndex("B-" + typ)
			default:
				c = TagIndex("I-" + typ)
			}
			if c < 0 {
				return nil, fmt.Errorf("ner: europeana line %d: unknown type %q", line, typ)
			}
			t.Start, t.End = 0, len(t.Text)
			cur.Toks = append(cur.Toks, t)
			cur.Tags = append(cur.Tags, c)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: europeana: %w", err)
	}
	flush()
	return out, nil
}

// abbreviations end with a full stop that does not end the sentence.
var abbreviations = map[string]bool{"mme": true, "mlle": true, "mm": true, "dr": true, "st": true, "ste": true, "me": true, "mgr": true}

func startsSentence(toks []text.Token, word string, maxLen int) bool {
	n := len(toks)
	if n >= maxLen {
		return true
	}
	prev := toks[n-1]
	if prev.Text != "." && prev.Text != "!" && prev.Text != "?" {
		return false
	}
	if prev.Text == "." && n >= 2 && (utf8.RuneCountInString(toks[n-2].Text) == 1 || abbreviations[toks[n-2].Norm]) {
		return false // "M. Paul", "J. Roux"
	}
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsUpper(r)
}
