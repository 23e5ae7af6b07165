// Package source reads news articles from files in their formats and
// encodings.
package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/transform"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// Format is how an input is laid out.
type Format string

// Input formats. Auto picks one from the file's extension and content.
const (
	Auto  Format = "auto"
	Text  Format = "text"
	HTML  Format = "html"
	JSONL Format = "jsonl"
	JSON  Format = "json"
)

// ParseFormat checks a --format value.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case Auto, Text, HTML, JSONL, JSON:
		return f, nil
	case "":
		return Auto, nil
	}
	return "", fmt.Errorf("unknown format %q: want auto, text, html, jsonl or json", s)
}

// DefaultMaxArticle bounds one article's bytes: a news article is rarely
// more than 100 KiB of text and a saved page rarely more than a few MiB.
const DefaultMaxArticle = 16 << 20

// Reasons an input or a record is refused; they group the run's summary.
const (
	ReasonUnreadable = "unreadable"
	ReasonEmpty      = "empty"
	ReasonNotText    = "not text"
	ReasonTruncated  = "truncated gzip"
	ReasonCorrupt    = "corrupt gzip"
	ReasonTooLarge   = "too large"
	ReasonMalformed  = "malformed JSON"
	ReasonInvalid    = "invalid record"
	ReasonNoText     = "no article text"
	ReasonEncoding   = "encoding"
)

// Error is an input, or one record of it, that could not be taken, or a
// warning about one.
type Error struct {
	Path   string
	Line   int // for line-oriented inputs, 0 otherwise
	Reason string
	Err    error
}

func (e Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %v", e.Path, e.Line, e.Reason, e.Err)
	}
	return fmt.Sprintf("%s: %s: %v", e.Path, e.Reason, e.Err)
}

func (e Error) Unwrap() error { return e.Err }

// Doc is one article as an input gives it. Article.Published and Lang are
// empty unless the input states them.
type Doc struct {
	Article kg.Article // Article.Author is the by-line, when the input gives one
	Text    string
}

// Item is one thing read from an input: an article, a failure, or a
// warning that did not stop reading. Exactly one of Doc, Record, Err and
// Warning is set, once resolved.
type Item struct {
	Doc     *Doc
	Record  *kg.Record // from Reader.Records
	Err     *Error
	Warning *Error
	// Path and Line say where the item was read (Line 0 for a whole
	// file), known before it is resolved, so that a failure while
	// resolving or extracting it can still name it.
	Path  string
	Line  int
	later func() Item
}

// Resolve finishes an item a Reader with Defer set left unparsed; other
// items are returned as they are.
func (it Item) Resolve() Item {
	if it.later != nil {
		r := it.later()
		r.Path, r.Line = it.Path, it.Line
		return r
	}
	return it
}

// Reader reads inputs. The zero value reads files with format detection and
// the default size bound, and refuses "-".
type Reader struct {
	Format     Format
	MaxArticle int64     // bytes in one article (text, page or record); 0 means DefaultMaxArticle
	Stdin      io.Reader // what "-" reads
	// Defer leaves the costly part of each article (parsing a page or a
	// JSON record) to Item.Resolve, so that a caller can spread it over
	// goroutines while one goroutine reads the stream in order.
	Defer bool
}

func (r *Reader) maxArticle() int64 {
	if r.MaxArticle > 0 {
		return r.MaxArticle
	}
	return DefaultMaxArticle
}

// Items reads one input: a file path, or "-" for Stdin.
func (r *Reader) Items(ctx context.Context, path string) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		var in io.Reader
		if path == "-" {
			if r.Stdin == nil {
				yield(fail(path, 0, ReasonUnreadable, errors.New("no standard input")))
				return
			}
			in = r.Stdin
		} else {
			f, err := os.Open(path)
			if err != nil {
				yield(fail(path, 0, ReasonUnreadable, err))
				return
			}
			defer f.Close()
			in = f
		}
		for it := range r.ReadFrom(ctx, path, in) {
			if !yield(it) {
				return
			}
		}
	}
}

// ReadFrom reads one input already open; name is how it is reported and
// what its extension is taken from. Gzip is recognised by its magic bytes.
func (r *Reader) ReadFrom(ctx context.Context, name string, in io.Reader) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		br := bufio.NewReaderSize(in, 64<<10)
		ext := strings.ToLower(filepath.Ext(name))
		gz := false
		if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
			zr, err := gzip.NewReader(br)
			if err != nil {
				yield(fail(name, 0, ReasonCorrupt, err))
				return
			}
			defer zr.Close()
			br = bufio.NewReaderSize(zr, 64<<10)
			gz = true
		}
		if ext == ".gz" {
			ext = strings.ToLower(filepath.Ext(strings.TrimSuffix(name, filepath.Ext(name))))
		}
		if head, _ := br.Peek(8 << 10); !bytes.HasPrefix(head, []byte{0xff, 0xfe}) && !bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
			if i := bytes.IndexByte(head, 0); i >= 0 {
				yield(fail(name, 0, ReasonNotText, fmt.Errorf("binary data (a NUL byte at offset %d), not an article", i)))
				return
			}
		}
		// A web page that declares its encoding is read in it: the line
		// decoder's guess (UTF-8, else Windows-1252) is wrong for
		// ISO-8859-15's "€" and "œ", for Cyrillic or Greek pages.
		if head, _ := br.Peek(4 << 10); isPageName(ext) || looksLikeHTML(head) {
			if e, _ := declaredCharset(head); e != nil {
				br = bufio.NewReaderSize(transform.NewReader(br, e.NewDecoder()), 64<<10)
			}
		}
		dec := newDecoder(br)
		in := &input{name: name, gz: gz, br: bufio.NewReaderSize(dec, 64<<10), max: r.maxArticle(), deferred: r.Defer}
		format := r.Format
		if format == "" || format == Auto {
			format = in.detect(ext)
		}
		var items iter.Seq[Item]
		switch format {
		case recordsFormat:
			items = in.extractionRecords(ctx)
		case JSONL:
			items = in.jsonLines(ctx)
		case JSON:
			items = in.jsonArray(ctx)
		case HTML:
			items = in.whole(readHTML)
		default:
			items = in.whole(readText)
		}
		whole := false // the input failed as a whole
		for it := range items {
			if it.Err != nil && it.Err.Reason == ReasonNotText {
				whole = true
			}
			if !yield(it) {
				return
			}
		}
		if dec.converted != "" && !whole {
			yield(Item{Warning: &Error{Path: name, Reason: ReasonEncoding, Err: fmt.Errorf("not UTF-8; decoded as %s", dec.converted)}, Path: name})
		}
	}
}

func fail(path string, line int, reason string, err error) Item {
	return Item{Err: &Error{Path: path, Line: line, Reason: reason, Err: err}, Path: path, Line: line}
}

// input is one input being read, after gzip and encoding.
type input struct {
	name     string
	gz       bool
	br       *bufio.Reader
	max      int64
	deferred bool
}

// item returns what make gives for the article at line (0 for a whole
// file), now or, for a deferred reader, when the item is resolved.
func (in *input) item(line int, make func() Item) Item {
	it := Item{later: make, Path: in.name, Line: line}
	if in.deferred {
		return it
	}
	return it.Resolve()
}

// detect picks a format: a known extension decides, except that a .txt
// holding a web page is read as one; otherwise the first bytes decide.
func (in *input) detect(ext string) Format {
	head, _ := in.br.Peek(4 << 10)
	head = bytes.TrimLeft(head, " \t\r\n")
	lower := bytes.ToLower(head[:min(len(head), 512)])
	looksHTML := looksLikeHTML(head)
	switch ext {
	case ".jsonl", ".ndjson":
		return JSONL
	case ".json":
		if bytes.HasPrefix(head, []byte("[")) {
			return JSON
		}
		return JSONL
	case ".html", ".htm", ".xhtml", ".shtml":
		return HTML
	}
	switch {
	case looksHTML || bytes.HasPrefix(lower, []byte("<!--")) || bytes.HasPrefix(lower, []byte("<?xml")) && bytes.Contains(lower, []byte("<html")):
		return HTML
	case bytes.HasPrefix(head, []byte("[")) && ext != ".txt":
		return JSON
	case bytes.HasPrefix(head, []byte("{")) && ext != ".txt":
		return JSONL
	}
	return Text
}

// readErr names a failure of the underlying stream.
func (in *input) readErr(line int, err error) Item {
	var nt notTextError
	switch {
	case errors.As(err, &nt):
		return fail(in.name, 0, ReasonNotText, err)
	case in.gz && errors.Is(err, io.ErrUnexpectedEOF):
		return fail(in.name, line, ReasonTruncated, errors.New("the compressed stream ends early; what came before was read"))
	case in.gz && (errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader)):
		return fail(in.name, line, ReasonCorrupt, err)
	}
	return fail(in.name, line, ReasonUnreadable, err)
}

// whole reads the input as one article, up to the size bound.
func (in *input) whole(parse func(name, text string) (Doc, error)) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		data, err := io.ReadAll(io.LimitReader(in.br, in.max+1))
		if err != nil {
			yield(in.readErr(0, err))
			return
		}
		if int64(len(data)) > in.max {
			yield(fail(in.name, 0, ReasonTooLarge, fmt.Errorf("more than %s in one article; split it, or raise --max-article", size(in.max))))
			return
		}
		text := string(data)
		if strings.TrimSpace(text) == "" {
			yield(fail(in.name, 0, ReasonEmpty, errors.New("no text: 0 bytes, or only white space")))
			return
		}
		yield(in.item(0, func() Item {
			d, err := parse(in.name, text)
			if err != nil {
				return fail(in.name, 0, ReasonNoText, err)
			}
			return Item{Doc: &d}
		}))
	}
}

func size(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// readText takes plain text: its first line is the title when a blank line
// follows it.
func readText(name, text string) (Doc, error) {
	d := Doc{Article: kg.Article{Source: name, ID: kg.ContentID(text)}, Text: text}
	if first, rest, ok := strings.Cut(text, "\n"); ok && strings.HasPrefix(strings.TrimLeft(rest, " \t\r"), "\n") {
		d.Article.Title = strings.TrimSpace(first)
	}
	return d, nil
}

// looksLikeHTML reports whether the first bytes of an input are a web
// page's.
func looksLikeHTML(head []byte) bool {
	head = bytes.TrimLeft(head, " \t\r\n")
	lower := bytes.ToLower(head[:min(len(head), 512)])
	return bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) ||
		bytes.HasPrefix(lower, []byte("<head")) || (bytes.HasPrefix(lower, []byte("<")) && bytes.Contains(lower, []byte("<body")))
}

// isPageName reports whether a file extension names a web page.
func isPageName(ext string) bool {
	switch ext {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	}
	return false
}
