package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold lower-cases s, removes accents and makes apostrophes plain, so that
// "États-Unis", "Etats-Unis" and a decomposed "États-Unis" compare equal.
// It is not kg.Normalize, which makes stored keys of whole names (its doc
// says how the two differ and why neither calls the other).
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		if unicode.Is(unicode.Mn, r) || IsInvisible(r) {
			continue
		}
		switch r {
		case '’', 'ʼ', '‘', '`', '´':
			b.WriteByte('\'')
			continue
		case '‑', '‐', '–':
			b.WriteByte('-')
			continue
		}
		if f, ok := foldLatin(unicode.ToLower(r)); ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func foldLatin(r rune) (string, bool) {
	switch r {
	case 'à', 'â', 'ä', 'á', 'ã', 'å', 'ā':
		return "a", true
	case 'ç', 'ć', 'č':
		return "c", true
	case 'é', 'è', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě':
		return "e", true
	case 'î', 'ï', 'í', 'ì', 'ī', 'ı':
		return "i", true
	case 'ô', 'ö', 'ó', 'ò', 'õ', 'ø', 'ō', 'ő':
		return "o", true
	case 'ù', 'û', 'ü', 'ú', 'ū', 'ů', 'ű':
		return "u", true
	case 'ÿ', 'ý':
		return "y", true
	case 'ñ', 'ń', 'ň':
		return "n", true
	case 'š', 'ś', 'ş', 'ș':
		return "s", true
	case 'ž', 'ź', 'ż':
		return "z", true
	case 'ř':
		return "r", true
	case 'ł':
		return "l", true
	case 'ğ':
		return "g", true
	case 'ț', 'ţ':
		return "t", true
	case 'đ':
		return "d", true
	case 'œ':
		return "oe", true
	case 'æ':
		return "ae", true
	case 'ß':
		return "ss", true
	}
	return "", false
}
