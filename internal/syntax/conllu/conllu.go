// Package conllu reads and writes Universal Dependencies CoNLL-U files.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word (a line whose ID is an integer). Head is 0 for
// the root and -1 when the file leaves it unset ("_").
type Word struct {
	ID                             int
	Form, Lemma, UPOS, XPOS, Feats string
	Head                           int
	Deprel, Deps, Misc             string
}

// MultiWord is a surface token that stands for words [First, Last] (a
// line such as "1-2 du"): "du" is the words "de" and "le".
type MultiWord struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one sentence: its comment lines (without "# "), its words
// and its multiword tokens. Empty nodes ("8.1") are kept verbatim in Extra
// so that a file survives a round trip.
type Sentence struct {
	Comments []string
	Words    []Word
	Multi    []MultiWord
	Extra    []string
}

// Comment returns the value of a "# key = value" comment, or "".
func (s *Sentence) Comment(key string) string {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// SpaceAfter reports whether the word or multiword token ending at word
// index i (0-based) is followed by a space, from MISC's SpaceAfter=No.
func (s *Sentence) SpaceAfter(i int) bool {
	for _, m := range s.Multi {
		if m.Last-1 == i {
			return !hasMisc(m.Misc, "SpaceAfter=No")
		}
	}
	return !hasMisc(s.Words[i].Misc, "SpaceAfter=No")
}

func hasMisc(misc, item string) bool {
	for _, it := range strings.Split(misc, "|") {
		if it == item {
			return true
		}
	}
	return false
}

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	line int
}

// NewReader reads CoNLL-U from r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	return &Reader{sc: sc}
}

// Next returns the next sentence, or io.EOF after the last.
func (r *Reader) Next() (Sentence, error) {
	var s Sentence
	started := false
	for r.sc.Scan() {
		r.line++
		ln := strings.TrimRight(r.sc.Text(), "\r")
		if r.line == 1 {
			ln = strings.TrimPrefix(ln, "\ufeff")
		}
		if strings.TrimSpace(ln) == "" {
			if started {
				return s, nil
			}
			continue
		}
		started = true
		if strings.HasPrefix(ln, "#") {
			s.Comments = append(s.Comments, strings.TrimSpace(strings.TrimPrefix(ln, "#")))
			continue
		}
		if err := s.addLine(ln); err != nil {
			return s, fmt.Errorf("conllu: line %d: %w", r.line, err)
		}
	}
	if err := r.sc.Err(); err != nil {
		return s, fmt.Errorf("conllu: line %d: %w", r.line, err)
	}
	if started {
		return s, nil
	}
	return s, io.EOF
}

func (s *Sentence) addLine(ln string) error {
	f := strings.Split(ln, "\t")
	if len(f) != 10 {
		return fmt.Errorf("%d columns, want 10", len(f))
	}
	id := f[0]
	if strings.Contains(id, ".") {
		s.Extra = append(s.Extra, ln)
		return nil
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first < 1 || last < first {
			return fmt.Errorf("bad range %q", id)
		}
		s.Multi = append(s.Multi, MultiWord{First: first, Last: last, Form: f[1], Misc: f[9]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return fmt.Errorf("word ID %q, want %d", id, len(s.Words)+1)
	}
	head := -1
	if f[6] != "_" {
		if head, err = strconv.Atoi(f[6]); err != nil || head < 0 {
			return fmt.Errorf("bad head %q", f[6])
		}
	}
	s.Words = append(s.Words, Word{ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5],
		Head: head, Deprel: f[7], Deps: f[8], Misc: f[9]})
	return nil
}

// ReadAll reads every sentence of r.
func ReadAll(r io.Reader) ([]Sentence, error) {
	rd := NewReader(r)
	var out []Sentence
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Write writes s followed by a blank line.
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	for _, c := range s.Comments {
		bw.WriteString("# ")
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	mi := 0
	for i := range s.Words {
		wd := &s.Words[i]
		for mi < len(s.Multi) && s.Multi[mi].First == wd.ID {
			m := s.Multi[mi]
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, m.Form, dash(m.Misc))
			mi++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", wd.ID, dash(wd.Form), dash(wd.Lemma), dash(wd.UPOS),
			dash(wd.XPOS), dash(wd.Feats), head, dash(wd.Deprel), dash(wd.Deps), dash(wd.Misc))
	}
	for _, ln := range s.Extra {
		bw.WriteString(ln)
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
