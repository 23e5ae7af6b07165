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

// IsInvisible reports whether r is a character that shows nothing and
// must not cut a word: the soft hyphen of typeset copy ("Emma\u00adnuel"),
// zero-width spaces and joiners, the word joiner, a stray byte-order mark.
// Inside a word it is part of the word (and Fold drops it); elsewhere it is
// space.
func IsInvisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// Tokenize splits s into tokens. Offsets are byte offsets into s.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	space, newline := false, false
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || IsInvisible(r) {
			space = space || r != '\u00ad'
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
		if kind == Word {
			if k := gluedAt(t.Text); k > 0 {
				left := Token{Start: start, End: start + k, Text: t.Text[:k], Kind: Word, Space: space, Newline: newline, Norm: Fold(t.Text[:k])}
				setCase(&left)
				toks = append(toks, left)
				t = Token{Start: start + k, End: i, Text: t.Text[k:], Kind: Word, Glued: true}
			}
		}
		t.Norm = Fold(t.Text)
		if kind == Word {
			setCase(&t)
		}
		toks = append(toks, t)
		space, newline = false, false
	}
	return toks
}

// sentenceStarters are the words that open French sentences and headings
// often enough to reveal a lost break when one is glued to the word before
// ("VéranEn", "BFMTVInterrogé"). Folded.
var sentenceStarters = map[string]bool{
	"le": true, "la": true, "les": true, "l'": true, "un": true, "une": true, "des": true, "du": true, "au": true,
	"aux": true, "ce": true, "cet": true, "cette": true, "ces": true, "il": true, "elle": true, "ils": true,
	"elles": true, "on": true, "en": true, "dans": true, "pour": true, "selon": true, "sur": true, "si": true,
	"mais": true, "apres": true, "avant": true, "depuis": true, "alors": true, "par": true, "parmi": true,
	"lors": true, "avec": true, "face": true, "plusieurs": true, "outre": true, "concernant": true,
	"comme": true, "ainsi": true, "car": true, "et": true, "malgre": true, "quant": true, "enfin": true,
	"quelques": true, "pourtant": true, "toutefois": true, "cependant": true, "certains": true, "pas": true,
	"interroge": true, "interrogee": true, "invite": true, "invitee": true, "questionne": true, "questionnee": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"son": true, "sa": true, "ses": true, "leur": true, "leurs": true, "je": true, "nous": true, "vous": true,
	"aujourd'hui": true, "hier": true, "pendant": true, "tandis": true,
}

// gluedAt returns where a word hides two, glued at a change of case, or 0:
// "SalomonPas" at 7, "BFMTVInterrogé" at 5. The second part must be a
// word that opens sentences, and the first must end in a lower-case letter
// after three letters or more, or be an acronym, so that "McLaren",
// "YouTube", "LeBron" or "OnePlus" stay whole; after four capitals or
// more, the end of a heading in capitals, any word of three letters or
// more may open the next sentence ("PIQUE À MACRONManuel Valls"; not
// "SARS-CoV-2" nor "XVIIIe").
func gluedAt(w string) int {
	letters, lower, upper := 0, 0, 0 // in w[:k]
	prevLower, prevUpper := false, false
	for k, r := range w {
		if k > 0 && unicode.IsUpper(r) && startsLower(w[k:]) &&
			((prevLower && letters >= 3 || upper >= 2 && lower == 0) && sentenceStarters[Fold(w[k:])] || upper >= 4 && lower == 0 && prevUpper && utf8.RuneCountInString(w[k:]) >= 3) {
			return k
		}
		if unicode.IsLetter(r) {
			letters++
		}
		if unicode.IsLower(r) {
			lower++
		}
		if unicode.IsUpper(r) {
			upper++
		}
		prevLower, prevUpper = unicode.IsLower(r), unicode.IsUpper(r)
	}
	return 0
}

// startsLower reports whether the second rune of s is lower case: "Interrogé".
func startsLower(s string) bool {
	_, size := utf8.DecodeRuneInString(s)
	r, _ := utf8.DecodeRuneInString(s[size:])
	return unicode.IsLower(r)
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
		case IsInvisible(r) && letters+digits > 0:
			// "Emma\u00adnuel": the word goes on when a letter follows.
			j := i + w
			for j < len(s) {
				nr, nw := utf8.DecodeRuneInString(s[j:])
				if !IsInvisible(nr) {
					break
				}
				j += nw
			}
			if nr, _ := utf8.DecodeRuneInString(s[j:]); j < len(s) && isWordRune(nr) {
				i = j
				continue
			}
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
