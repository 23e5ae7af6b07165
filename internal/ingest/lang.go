package ingest

import (
	"strings"
	"unicode"
)

// stopwords are each language's commonest short words: enough to tell
// French and English from the languages news feeds most often mix in.
var stopwords = map[string][]string{
	"fr": {"le", "la", "les", "de", "des", "du", "un", "une", "en", "se", "sa", "son", "ne", "et", "est", "pour", "que", "qui", "dans", "sur", "au", "aux", "avec", "il", "elle", "ont", "pas", "par", "ce", "ses", "nous", "mais", "été", "sont"},
	"en": {"the", "of", "and", "to", "in", "is", "was", "for", "that", "with", "on", "he", "she", "it", "by", "at", "from", "his", "her", "has", "have", "said", "were", "this", "which", "not", "are"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "von", "zu", "sich", "auf", "für", "ein", "eine", "auch", "sie", "wird", "nach", "bei", "aus", "wurde", "hat", "sind"},
	"es": {"el", "los", "las", "del", "y", "que", "en", "por", "con", "para", "una", "es", "se", "lo", "como", "más", "pero", "sus", "fue", "ha", "este", "está", "también", "según"},
	"it": {"il", "di", "che", "della", "gli", "una", "per", "con", "non", "sono", "è", "nel", "alla", "delle", "anche", "dei", "stato", "dal", "ha", "si", "questo", "più"},
	"pt": {"o", "os", "da", "das", "do", "dos", "uma", "em", "não", "com", "para", "por", "que", "foi", "mais", "como", "ao", "pelo", "pela", "seu", "sua", "também", "está"},
	"nl": {"de", "het", "een", "en", "van", "niet", "dat", "op", "te", "zijn", "voor", "met", "die", "aan", "er", "ook", "werd", "wordt", "bij", "naar", "heeft", "maar"},
}

var langNames = map[string]string{
	"fr": "French", "en": "English", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
	"ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "el": "Greek", "he": "Hebrew",
}

// detectLang names the language of text (ISO 639-1), from its script and
// then its commonest words; "" when it cannot tell (too few words), which
// the pipeline reads as French, the project's main language.
func detectLang(text string) string {
	if len(text) > 64<<10 {
		text = text[:64<<10]
	}
	scripts := map[string]int{}
	letters := 0
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			scripts["ru"]++
		case unicode.Is(unicode.Arabic, r):
			scripts["ar"]++
		case unicode.Is(unicode.Han, r):
			scripts["zh"]++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			scripts["ja"]++
		case unicode.Is(unicode.Hangul, r):
			scripts["ko"]++
		case unicode.Is(unicode.Greek, r):
			scripts["el"]++
		case unicode.Is(unicode.Hebrew, r):
			scripts["he"]++
		}
	}
	if scripts["ja"] > 0 && scripts["ja"]+scripts["zh"] > letters/2 {
		return "ja"
	}
	for lang, n := range scripts {
		if n > letters/2 {
			return lang
		}
	}
	counts := map[string]int{}
	total := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		total++
		for lang, words := range stopwords {
			for _, s := range words {
				if w == s {
					counts[lang]++
					break
				}
			}
		}
	}
	best, bestN := "", 0
	for _, lang := range []string{"fr", "en", "de", "es", "it", "pt", "nl"} {
		if counts[lang] > bestN {
			best, bestN = lang, counts[lang]
		}
	}
	if bestN < 3 {
		return ""
	}
	return best
}

// extracted reports whether an article in lang (as the input states it,
// else as detected) is extracted, and names its language.
func extracted(stated, text string) (string, bool) {
	lang := strings.ToLower(stated)
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	if lang == "" {
		lang = detectLang(text)
	}
	switch lang {
	case "", "fr", "en":
		return lang, true
	}
	if name, ok := langNames[lang]; ok {
		return name + " (" + lang + ")", false
	}
	return "language " + lang, false
}

// hasSentence reports whether text holds at least one run of three words
// between sentence ends or line breaks: lists of numbers, symbols or a
// lone word give the extractor nothing.
func hasSentence(text string) bool {
	words := 0
	inWord := false
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			if !inWord {
				words++
				if words >= 3 {
					return true
				}
			}
			inWord = true
		case r == '\'' || r == '’' || r == '-':
			// within a word
		case r == '.' || r == '!' || r == '?' || r == '\n' || r == '|':
			words, inWord = 0, false
		default:
			inWord = false
		}
	}
	return false
}
