package source

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// notTextError is a line that is neither UTF-8 nor Windows-1252 text.
type notTextError struct {
	line int
	what string
}

func (e notTextError) Error() string {
	return fmt.Sprintf("binary data (%s on line %d), not an article", e.what, e.line)
}

// decoder turns a byte stream into UTF-8 text, line by line, so that it
// works on streams of any length: a byte-order mark picks UTF-8 or UTF-16;
// a line that is not valid UTF-8 but decodes cleanly as Windows-1252 (a
// superset of Latin-1's printable characters) is converted, and converted
// records it; anything else with control bytes is binary.
type decoder struct {
	src       *bufio.Reader
	started   bool
	line      int
	pending   []byte
	carry     []byte // an incomplete rune at the end of a partial line
	err       error
	converted string // the encoding converted from, once any line was
	midLine   bool
}

func newDecoder(src *bufio.Reader) *decoder { return &decoder{src: src} }

func (d *decoder) start() {
	d.started = true
	bom, _ := d.src.Peek(3)
	switch {
	case bytes.HasPrefix(bom, []byte{0xef, 0xbb, 0xbf}):
		d.src.Discard(3)
	case bytes.HasPrefix(bom, []byte{0xff, 0xfe}), bytes.HasPrefix(bom, []byte{0xfe, 0xff}):
		t := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		d.src = bufio.NewReaderSize(transform.NewReader(d.src, t), 64<<10)
	}
}

func (d *decoder) Read(p []byte) (int, error) {
	if !d.started {
		d.start()
	}
	for len(d.pending) == 0 {
		if d.err != nil {
			return 0, d.err
		}
		chunk, err := d.src.ReadSlice('\n')
		data := append(d.carry, chunk...)
		d.carry = nil
		whole := true
		switch {
		case err == bufio.ErrBufferFull:
			whole = false
			cut := incompleteTail(data)
			d.carry = append([]byte(nil), data[cut:]...)
			data = data[:cut]
		case err != nil:
			d.err = err
		}
		if len(data) == 0 {
			continue
		}
		if !d.midLine {
			d.line++
		}
		d.midLine = !whole
		out, ferr := d.fix(data)
		if ferr != nil {
			d.err = ferr
			return 0, ferr
		}
		d.pending = out
	}
	n := copy(p, d.pending)
	d.pending = d.pending[n:]
	return n, nil
}

// incompleteTail is where a trailing incomplete UTF-8 sequence starts, or
// len(b).
func incompleteTail(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-3; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return i
			}
			break
		}
	}
	return len(b)
}

// fix returns one line (or part of one) as UTF-8.
func (d *decoder) fix(b []byte) ([]byte, error) {
	if i := controlByte(b); i >= 0 {
		return nil, notTextError{line: d.line, what: fmt.Sprintf("byte 0x%02x", b[i])}
	}
	if utf8.Valid(b) {
		return append([]byte(nil), b...), nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil || !clean1252(b) {
		return nil, notTextError{line: d.line, what: "bytes that are neither UTF-8 nor Windows-1252"}
	}
	d.converted = "Windows-1252 (Latin-1)"
	return out, nil
}

// controlByte is the index of the first control byte that no text holds
// (all but tab, line feed, form feed, carriage return), or -1.
func controlByte(b []byte) int {
	for i, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' || c == 0x7f {
			return i
		}
	}
	return -1
}

// clean1252 reports whether every byte is a character in Windows-1252: five
// of its code points are undefined.
func clean1252(b []byte) bool {
	for _, c := range b {
		switch c {
		case 0x81, 0x8d, 0x8f, 0x90, 0x9d:
			return false
		}
	}
	return true
}

// Decode converts one whole text to UTF-8 as the stream decoder would, and
// names the encoding it converted from ("" for UTF-8 or UTF-16).
func Decode(b []byte) (string, string, error) {
	d := newDecoder(bufio.NewReader(bytes.NewReader(b)))
	out, err := io.ReadAll(d)
	if err != nil {
		return "", "", err
	}
	return string(out), d.converted, nil
}

// metaCharset finds a page's declared encoding: <meta charset="..."> or
// <meta http-equiv="Content-Type" content="text/html; charset=...">.
var metaCharset = regexp.MustCompile(`(?is)<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-a-z0-9_:.]+)`)

// declaredCharset returns the encoding the head of a web page declares,
// and its name, when it is one the line decoder would not read right by
// itself: neither UTF-8 (nor ASCII, nor UTF-16, which a page can only
// declare wrongly: it means UTF-8) nor absent. A byte-order mark wins
// over the declaration, as in browsers. The first 4 KiB are searched:
// the declaration belongs in the first 1024 bytes, but pages put long
// scripts and comments before it.
func declaredCharset(head []byte) (encoding.Encoding, string) {
	if bytes.HasPrefix(head, []byte{0xef, 0xbb, 0xbf}) || bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return nil, ""
	}
	if len(head) > 4<<10 {
		head = head[:4<<10]
	}
	m := metaCharset.FindSubmatch(head)
	if m == nil {
		return nil, ""
	}
	e, name := charset.Lookup(string(m[1]))
	switch name {
	case "", "utf-8", "utf-16be", "utf-16le", "us-ascii":
		return nil, ""
	}
	return e, name
}
