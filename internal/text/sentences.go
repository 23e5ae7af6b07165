package text

import "strings"

// abbreviations end with a full stop that does not end a sentence (folded,
// without the stop).
var abbreviations = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "mlles": true,
	"dr": true, "pr": true, "me": true, "mgr": true, "st": true, "ste": true,
	"gen": true, "gal": true, "col": true, "cdt": true, "lt": true, "sgt": true,
	"cf": true, "etc": true, "ex": true, "env": true, "p": true, "pp": true,
	"vol": true, "chap": true, "fig": true, "art": true, "al": true, "no": true,
	"av": true, "apr": true, "jr": true, "sr": true, "inc": true, "ltd": true,
	"co": true, "corp": true, "vs": true, "mr": true, "mrs": true, "ms": true,
	"prof": true, "sen": true, "rep": true, "gov": true, "janv": true, "fevr": true,
	"juil": true, "sept": true, "oct": true, "nov": true, "dec": true, "hab": true,
	"tel": true, "bd": true, "boul": true, "ch": true, "dept": true, "min": true,
}

func isTerminal(t Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch t.Text {
	case ".", "!", "?", "…", "...", "?!", "!?":
		return true
	}
	return strings.HasPrefix(t.Text, "..")
}

func isOpenQuote(t Token) bool {
	return t.Kind == Punct && (t.Text == "«" || t.Text == "“" || t.Text == "„" || t.Text == "\"")
}

func isCloseQuote(t Token) bool {
	return t.Kind == Punct && (t.Text == "»" || t.Text == "”" || t.Text == "\"")
}

// IsQuoteMark reports whether t is a quotation mark.
func IsQuoteMark(t Token) bool { return isOpenQuote(t) || isCloseQuote(t) }

// split fills Sentences, Quotes, InQuote and SentOf.
func (d *Doc) split() {
	toks := d.Tokens
	n := len(toks)
	d.InQuote = make([]bool, n)
	d.SentOf = make([]int, n)
	if n == 0 {
		return
	}
	first := 0
	var stack []int // open quote tokens in the current paragraph
	lineStart := toks[0].Start
	closeSentence := func(last int) { // tokens [first, last)
		if last <= first {
			return
		}
		si := len(d.Sentences)
		d.Sentences = append(d.Sentences, Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last})
		for k := first; k < last; k++ {
			d.SentOf[k] = si
		}
		first = last
	}
	flushQuotes := func(end int) { // unclosed quotes run to the paragraph end
		for len(stack) > 0 {
			o := stack[0]
			stack = stack[1:]
			last := end - 1
			for last > o && IsQuoteMark(toks[last]) {
				last--
			}
			if last > o {
				d.addQuote(o, -1, last+1)
			}
		}
		stack = stack[:0]
	}
	for i := 0; i < n; i++ {
		t := toks[i]
		if i > first && t.Newline && d.hardBreak(i, lineStart) {
			flushQuotes(i)
			closeSentence(i)
		} else if i > first && t.Glued && len(stack) == 0 {
			closeSentence(i) // "Jérôme SalomonPas de": a lost line break
		}
		if t.Newline {
			lineStart = t.Start
		}
		if t.Kind == Punct && IsQuoteMark(t) {
			closing := false
			if len(stack) > 0 {
				top := toks[stack[len(stack)-1]].Text
				switch {
				case t.Text == "»" || t.Text == "”":
					closing = true
				case t.Text == "\"":
					closing = top == "\"" || top == "“"
				default: // « or “ used to close: nothing quotable follows
					closing = i+1 >= n || toks[i+1].Newline || (toks[i+1].Kind == Punct && !IsQuoteMark(toks[i+1]) && toks[i+1].Text != "(")
				}
			}
			if closing {
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				d.addQuote(o, i, i)
				if len(stack) == 0 && i > 0 && isTerminal(toks[i-1]) && i+1 < n && toks[i+1].Kind == Word && toks[i+1].Cap {
					closeSentence(i + 1)
				}
				continue
			}
			if isOpenQuote(t) {
				stack = append(stack, i)
			}
			continue
		}
		if len(stack) > 0 {
			d.InQuote[i] = true
		}
		if len(stack) == 0 && isTerminal(t) && d.softBreak(i) {
			closeSentence(i + 1)
		}
	}
	flushQuotes(n)
	closeSentence(n)
	for qi := range d.Quotes {
		d.Quotes[qi].Sentence = d.SentOf[d.Quotes[qi].Open]
	}
}

func (d *Doc) addQuote(open, close, end int) {
	// end is the index after the last quoted token (close when closed).
	if close >= 0 {
		end = close
	}
	if end <= open+1 {
		return
	}
	d.Quotes = append(d.Quotes, Quote{Open: open, Close: close, Start: d.Tokens[open+1].Start, End: d.Tokens[end-1].End})
}

// hardBreak decides whether the line break before token i ends a sentence:
// always after a blank line or sentence-final punctuation, and after a short
// line (a title); a long line that stops mid-sentence is a wrapped line.
func (d *Doc) hardBreak(i, lineStart int) bool {
	prev, t := d.Tokens[i-1], d.Tokens[i]
	if strings.Count(d.Text[prev.End:t.Start], "\n") >= 2 {
		return true
	}
	if isTerminal(prev) || isCloseQuote(prev) || prev.Text == ":" {
		return true
	}
	if isOpenQuote(t) || t.Text == "-" || t.Text == "—" || t.Text == "–" || t.Text == "•" {
		return true
	}
	if prev.Text == "," || prev.Text == ";" {
		return false
	}
	return prev.End-lineStart < 90 && (t.Cap || t.Kind == Number)
}

// softBreak decides whether terminal punctuation at i ends a sentence.
func (d *Doc) softBreak(i int) bool {
	toks := d.Tokens
	if i+1 >= len(toks) {
		return true
	}
	t, next := toks[i], toks[i+1]
	if next.Newline {
		return false // the line break decides
	}
	if t.Text == "." && i > 0 && !t.Space {
		prev := toks[i-1]
		if prev.Kind == Word && (abbreviations[prev.Norm] || isInitial(prev)) {
			return false
		}
	}
	switch {
	case next.Kind == Word && next.Cap:
		if !next.Space {
			// "l'Iran.Ils": only when a real word precedes and follows.
			return i > 0 && toks[i-1].Kind == Word && len(toks[i-1].Norm) >= 2 && !next.Upper && !toks[i-1].Upper
		}
		return true
	case next.Kind == Number, next.Kind == Handle, next.Kind == Hashtag:
		return next.Space
	case isOpenQuote(next) && next.Space, next.Text == "—", next.Text == "–", next.Text == "(" && next.Space:
		return true
	}
	return false
}

func isInitial(t Token) bool {
	return t.Cap && len([]rune(t.Text)) == 1
}
