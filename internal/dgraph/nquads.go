package dgraph

import (
	"bytes"
	"strconv"
)

// nquads accumulates RDF N-Quads for one mutation.
type nquads struct {
	b bytes.Buffer
	n int
}

// mark is a point an nquads can be rolled back to.
type mark struct{ len, n int }

func (q *nquads) mark() mark { return mark{q.b.Len(), q.n} }

// rollback forgets what was written after m.
func (q *nquads) rollback(m mark) {
	q.b.Truncate(m.len)
	q.n = m.n
}

func (q *nquads) str(subj, pred, val string) {
	if val == "" {
		return
	}
	q.b.WriteString(subj)
	q.b.WriteString(" <")
	q.b.WriteString(pred)
	q.b.WriteString("> \"")
	writeEscaped(&q.b, val)
	q.b.WriteString("\" .\n")
	q.n++
}

func (q *nquads) int(subj, pred string, val int) {
	q.b.WriteString(subj)
	q.b.WriteString(" <")
	q.b.WriteString(pred)
	q.b.WriteString("> \"")
	q.b.WriteString(strconv.Itoa(val))
	q.b.WriteString("\" .\n")
	q.n++
}

func (q *nquads) float(subj, pred string, val float64) {
	q.b.WriteString(subj)
	q.b.WriteString(" <")
	q.b.WriteString(pred)
	q.b.WriteString("> \"")
	q.b.WriteString(strconv.FormatFloat(val, 'f', -1, 64))
	q.b.WriteString("\" .\n")
	q.n++
}

func (q *nquads) edge(subj, pred, obj string) { q.facets(subj, pred, obj, "") }

// facets writes an edge with facets, given in N-Quad syntax
// (name=value, ...; none when empty); string values must be safe to quote
// as they are.
func (q *nquads) facets(subj, pred, obj, facets string) {
	q.b.WriteString(subj)
	q.b.WriteString(" <")
	q.b.WriteString(pred)
	q.b.WriteString("> ")
	q.b.WriteString(obj)
	if facets != "" {
		q.b.WriteString(" (")
		q.b.WriteString(facets)
		q.b.WriteString(")")
	}
	q.b.WriteString(" .\n")
	q.n++
}

// deleteNode removes every predicate of a node, reverse edges included.
func (q *nquads) deleteNode(uid string) {
	q.b.WriteString("<")
	q.b.WriteString(uid)
	q.b.WriteString("> * * .\n")
	q.n++
}

func (q *nquads) bytes() []byte { return bytes.Clone(q.b.Bytes()) }

// writeEscaped writes s as the inside of an RDF (and DQL) string literal.
func writeEscaped(b *bytes.Buffer, s string) {
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				b.WriteByte(' ')
				continue
			}
			b.WriteRune(r)
		}
	}
}

// quoteList renders values as a DQL list of string literals: ["a", "b"].
func quoteList(vals []string) string {
	var b bytes.Buffer
	b.WriteByte('[')
	for i, v := range vals {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('"')
		writeEscaped(&b, v)
		b.WriteByte('"')
	}
	b.WriteByte(']')
	return b.String()
}
