package source

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// record is one article in a JSON Lines or JSON input. Other fields (a
// feed export has many) are ignored.
type record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
	Author    string `json:"author"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
}

// doc makes an article of a record; the record's own fields win over what
// its HTML says.
func (r record) doc(source string) (Doc, error) {
	var d Doc
	switch {
	case r.Text != "":
		d = Doc{Text: r.Text}
	case r.HTML != "":
		var err error
		if d, err = readHTML(source, r.HTML); err != nil {
			return Doc{}, err
		}
	default:
		return Doc{}, errors.New(`no "text" or "html" field`)
	}
	if r.Published != "" {
		p := date(r.Published)
		if p == "" {
			return Doc{}, fmt.Errorf("published %q is not a date (want YYYY-MM-DD or RFC 3339)", r.Published)
		}
		d.Article.Published = p
	}
	a := &d.Article
	a.Source = source
	a.Title = first(r.Title, a.Title)
	a.URL = first(r.URL, a.URL)
	a.Lang = first(r.Lang, a.Lang)
	d.Article.Author = first(r.Author, d.Article.Author)
	a.ID = first(r.ID, a.URL, kg.ContentID(d.Text))
	return d, nil
}

var errRecordTooLarge = errors.New("record too large")

// readLine reads one line of at most max bytes; a longer one is consumed
// and reported as too long rather than held in memory.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err != bufio.ErrBufferFull {
			return line, tooLong, err
		}
	}
}

// lines yields each non-blank line with its number; a failure of the
// stream ends it.
func (in *input) lines(ctx context.Context, yield func(n int, b []byte, tooLong bool) bool) (int, error) {
	n := 0
	seen := false
	for ctx.Err() == nil {
		b, tooLong, err := readLine(in.br, in.max)
		if err != nil && err != io.EOF {
			// A stream that breaks mid-line (a truncated gzip) loses
			// that line: it is not a malformed record.
			return n + 1, err
		}
		if len(b) > 0 || tooLong {
			n++
			if tooLong || len(bytes.TrimSpace(b)) > 0 {
				seen = true
				if !yield(n, b, tooLong) {
					return n, nil
				}
			}
		}
		if err == io.EOF {
			if !seen {
				return n, errEmptyInput
			}
			return n, nil
		}
	}
	return n, nil
}

var errEmptyInput = errors.New("no text: 0 bytes, or only white space")

func (in *input) streamErr(line int, err error) Item {
	if errors.Is(err, errEmptyInput) {
		return fail(in.name, 0, ReasonEmpty, err)
	}
	return in.readErr(line, err)
}

// jsonLines reads one article a line; a bad line is reported with its
// number and reading goes on.
func (in *input) jsonLines(ctx context.Context) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		stopped := false
		n, err := in.lines(ctx, func(n int, b []byte, tooLong bool) bool {
			it := in.item(n, func() Item { return in.lineItem(n, b, tooLong) })
			stopped = !yield(it)
			return !stopped
		})
		if err != nil && !stopped {
			yield(in.streamErr(n, err))
		}
	}
}

func (in *input) lineItem(n int, b []byte, tooLong bool) Item {
	if tooLong {
		return fail(in.name, n, ReasonTooLarge, fmt.Errorf("line longer than %s; skipped", size(in.max)))
	}
	var r record
	if err := json.Unmarshal(bytes.TrimRight(b, "\r\n"), &r); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return fail(in.name, n, ReasonInvalid, err)
		}
		return fail(in.name, n, ReasonMalformed, err)
	}
	d, err := r.doc(in.name + ":" + strconv.Itoa(n))
	if err != nil {
		return fail(in.name, n, ReasonInvalid, err)
	}
	return Item{Doc: &d}
}

// jsonArray reads a JSON array of articles, or a stream of JSON objects,
// element by element: a malformed element stops the file (JSON cannot be
// resynchronised), a well-formed but invalid one is reported and skipped.
func (in *input) jsonArray(ctx context.Context) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		c := &counting{r: in.br, budget: in.max}
		dec := json.NewDecoder(c)
		head, _ := in.br.Peek(1 << 10)
		array := bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("["))
		if len(bytes.TrimSpace(head)) == 0 {
			if _, err := in.br.Peek(1); err == io.EOF {
				yield(fail(in.name, 0, ReasonEmpty, errEmptyInput))
				return
			}
		}
		if array {
			if _, err := dec.Token(); err != nil {
				yield(in.jsonErr(c, dec, err))
				return
			}
		}
		count := 0
		for ctx.Err() == nil && dec.More() {
			c.budget = in.max
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				yield(in.jsonErr(c, dec, err))
				return
			}
			count++
			line := c.lineAt(dec.InputOffset() - int64(len(raw)))
			it := in.item(line, func() Item {
				var r record
				if err := json.Unmarshal(raw, &r); err != nil {
					return fail(in.name, line, ReasonInvalid, err)
				}
				d, err := r.doc(in.name + ":" + strconv.Itoa(line))
				if err != nil {
					return fail(in.name, line, ReasonInvalid, err)
				}
				return Item{Doc: &d}
			})
			if !yield(it) {
				return
			}
		}
		if array && ctx.Err() == nil {
			if _, err := dec.Token(); err != nil {
				yield(in.jsonErr(c, dec, err))
				return
			}
		}
		if count == 0 && ctx.Err() == nil {
			yield(fail(in.name, 0, ReasonEmpty, errors.New("no article in the JSON")))
		}
	}
}

func (in *input) jsonErr(c *counting, dec *json.Decoder, err error) Item {
	off := dec.InputOffset()
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = se.Offset
	}
	line := c.lineAt(off)
	switch {
	case errors.Is(err, errRecordTooLarge):
		return fail(in.name, line, ReasonTooLarge, fmt.Errorf("an element is larger than %s; the rest of the file is not read", size(in.max)))
	case se != nil, errors.Is(err, io.ErrUnexpectedEOF) && !in.gz, errors.Is(err, io.EOF):
		return fail(in.name, line, ReasonMalformed, fmt.Errorf("%v; the rest of the file is not read", err))
	}
	return in.readErr(line, err)
}

// counting passes bytes through, keeps the offsets of line breaks not yet
// accounted for, and refuses to read more than budget bytes.
type counting struct {
	r      io.Reader
	off    int64
	nl     []int64
	line   int
	budget int64
}

func (c *counting) Read(p []byte) (int, error) {
	if c.budget <= 0 {
		return 0, errRecordTooLarge
	}
	if int64(len(p)) > c.budget {
		p = p[:c.budget]
	}
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\n' {
			c.nl = append(c.nl, c.off+int64(i))
		}
	}
	c.off += int64(n)
	c.budget -= int64(n)
	return n, err
}

// lineAt is the line holding byte offset off; offsets must not go back.
func (c *counting) lineAt(off int64) int {
	for len(c.nl) > 0 && c.nl[0] < off {
		c.nl = c.nl[1:]
		c.line++
	}
	return c.line + 1
}

// recordsFormat is extraction records, as --dry-run prints them.
const recordsFormat Format = "records"

// Records reads extraction records (JSON Lines, as --dry-run prints them)
// from a file or "-": items carry Record instead of Doc; a bad line is
// reported with its number and the rest are kept.
func (r *Reader) Records(ctx context.Context, path string) iter.Seq[Item] {
	rr := *r
	rr.Format = recordsFormat
	return rr.Items(ctx, path)
}

func (in *input) extractionRecords(ctx context.Context) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		stopped := false
		n, err := in.lines(ctx, func(n int, b []byte, tooLong bool) bool {
			var it Item
			var rec kg.Record
			if tooLong {
				it = fail(in.name, n, ReasonTooLarge, fmt.Errorf("line longer than %s; skipped", size(in.max)))
			} else if err := json.Unmarshal(bytes.TrimRight(b, "\r\n"), &rec); err != nil {
				it = fail(in.name, n, ReasonMalformed, err)
			} else if err := rec.Validate(); err != nil {
				it = fail(in.name, n, ReasonInvalid, err)
			} else {
				it = Item{Record: &rec, Path: in.name, Line: n}
			}
			stopped = !yield(it)
			return !stopped
		})
		if err != nil && !stopped {
			yield(in.streamErr(n, err))
		}
	}
}
