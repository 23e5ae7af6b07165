package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// elided lists the folded words French writes with an apostrophe before a
// vowel: "l’Iran" is the two tokens "l’" and "Iran".
var elided = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true,
	"c": true, "qu": true, "jusqu": true, "lorsqu": true, "puisqu": true,
	"quoiqu": true, "presqu": true, "quelqu": true,
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‑' || r == '‐' }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Tokenize splits s into tokens. Offsets are byte offsets into s.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	space, newline := false, false
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' {
			space = true
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
				newline = true
			}
			i += w
			continue
		}
		start := i
		kind := Punct
		switch {
		case hasURLPrefix(s[i:]):
			i = scanURL(s, i)
			kind = URL
		case (r == '@' || r == '#') && i+1 < len(s) && isHandleByte(s[i+1]):
			j := i + 1
			for j < len(s) && isHandleByte(s[j]) {
				j++
			}
			i = j
			kind = Handle
			if r == '#' {
				kind = Hashtag
			}
		case isWordRune(r):
			i, kind = scanWord(s, i)
		case isApos(r) && possessiveAt(s, i+w) && len(toks) > 0 && toks[len(toks)-1].End == i && toks[len(toks)-1].Kind == Word:
			// English possessive: "Iran's" is "Iran" and "'s", so that the
			// name is found.
			i += w + 1
			kind = Word
		default:
			i += w
			// "..." is one token.
			if r == '.' {
				for i < len(s) && s[i] == '.' {
					i++
				}
			}
		}
		t := Token{Start: start, End: i, Text: s[start:i], Kind: kind, Space: space, Newline: newline}
		t.Norm = Fold(t.Text)
		if kind == Word {
			setCase(&t)
		}
		toks = append(toks, t)
		space, newline = false, false
	}
	return toks
}

func isHandleByte(c byte) bool {
	return c == '_' || ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

func hasURLPrefix(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

func scanURL(s string, i int) int {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) || r == '«' || r == '»' || r == '"' || r == '“' || r == '”' || r == '<' || r == '>' {
			break
		}
		j += w
	}
	// Trailing punctuation belongs to the sentence, not the address.
	for j > i {
		c := s[j-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '\'' {
			j--
			continue
		}
		break
	}
	return j
}

// scanWord reads a word from s[i:]: letters and digits, inner hyphens
// ("États-Unis", "a-t-il"), inner apostrophes that are not elisions
// ("aujourd’hui"), and decimal numbers ("3,5", "1.000").
func scanWord(s string, i int) (int, Kind) {
	start := i
	digits, letters := 0, 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			if unicode.IsDigit(r) {
				digits++
			} else {
				letters++
			}
			i += w
			continue
		case isApos(r):
			nr, _ := utf8.DecodeRuneInString(s[i+w:])
			if i+w >= len(s) || !unicode.IsLetter(nr) || letters > 0 && possessiveAt(s, i+w) {
				break
			}
			if elided[Fold(s[start:i])] {
				return i + w, Word
			}
			i += w
			continue
		case isHyphen(r) && letters > 0:
			nr, _ := utf8.DecodeRuneInString(s[i+w:])
			if i+w < len(s) && isWordRune(nr) {
				i += w
				continue
			}
		case (r == ',' || r == '.') && letters == 0 && digits > 0:
			nr, _ := utf8.DecodeRuneInString(s[i+w:])
			if i+w < len(s) && unicode.IsDigit(nr) {
				i += w
				continue
			}
		}
		break
	}
	if letters == 0 || (digits > 0 && unicode.IsDigit(rune(s[start]))) {
		return i, Number
	}
	return i, Word
}

func setCase(t *Token) {
	r, _ := utf8.DecodeRuneInString(t.Text)
	t.Cap = unicode.IsUpper(r)
	if !t.Cap {
		return
	}
	n := 0
	for _, r := range t.Text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return
			}
			n++
		}
	}
	t.Upper = n >= 2
}

// possessiveAt reports whether s[j:] starts with the "s" of an English
// possessive: an "s" that no letter follows ("Iran's", not "it's" nor the
// French "s'est", whose apostrophe follows the "s").
func possessiveAt(s string, j int) bool {
	if j >= len(s) || (s[j] != 's' && s[j] != 'S') {
		return false
	}
	if j+1 == len(s) {
		return true
	}
	nr, _ := utf8.DecodeRuneInString(s[j+1:])
	return !isWordRune(nr) && !isApos(nr) && !isHyphen(nr)
}
