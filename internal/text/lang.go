package text

import (
	"strings"
	"unicode"
)

// Language is asked three ways, all answered here: what a stated tag names
// (LangTag), which language a text is in among those news feeds mix in
// (Identify, from the text alone, to skip what is not extracted), and
// whether a text known to be French or English is the one or the other
// (DetectLang, from its tokens, to analyse it). The last two count
// different lists of common words, each tuned to its question: Identify
// weighs seven languages and wants three of their words to answer;
// DetectLang must answer even a short headline ("Emmanuel Macron will
// visit Berlin next Tuesday." is English to it, unknown to Identify).

// LangTag is the language a tag names, as ISO 639-1 when the tag is one:
// its primary subtag, lowercased ("en-GB" and "en_GB" name "en").
func LangTag(tag string) string {
	lang := strings.ToLower(tag)
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	return lang
}

// LangName names a language for a message: "German (de)", or "language
// xx" for a code Identify does not tell.
func LangName(lang string) string {
	if name, ok := langNames[lang]; ok {
		return name + " (" + lang + ")"
	}
	return "language " + lang
}

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

// langNames are the English names of the languages Identify tells, for
// messages.
var langNames = map[string]string{
	"fr": "French", "en": "English", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
	"ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "el": "Greek", "he": "Hebrew",
}

// Identify names the language of text (ISO 639-1), from its script and
// then its commonest words; "" when it cannot tell (too few words). It tells
// apart the languages news feeds mix in, where DetectLang only chooses
// between French and English.
func Identify(text string) string {
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

// frStop and enStop are DetectLang's common words, folded as tokens are.
var frStop = map[string]bool{
	"le": true, "la": true, "les": true, "de": true, "des": true, "du": true,
	"un": true, "une": true, "et": true, "est": true, "a": true, "pour": true,
	"que": true, "qui": true, "dans": true, "sur": true, "au": true, "aux": true,
	"avec": true, "il": true, "elle": true, "ont": true, "l'": true, "d'": true,
	"ne": true, "pas": true, "par": true, "ce": true, "son": true, "sa": true,
	"ses": true, "qu'": true, "s'": true, "en": true, "se": true, "nous": true,
}

var enStop = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "is": true,
	"was": true, "for": true, "that": true, "with": true, "on": true, "he": true,
	"she": true, "it": true, "by": true, "as": true, "at": true, "from": true,
	"his": true, "her": true, "has": true, "have": true, "said": true, "be": true,
	"are": true, "were": true, "this": true, "an": true, "which": true, "not": true,
	"will": true, "would": true, "had": true, "their": true, "its": true, "they": true,
	"been": true, "who": true, "into": true, "after": true,
}

// DetectLang returns "fr" or "en" from the share of each language's most
// common words; French wins ties since it is the project's main language.
func DetectLang(toks []Token) string {
	fr, en := 0, 0
	for _, t := range toks {
		if t.Kind != Word {
			continue
		}
		if frStop[t.Norm] {
			fr++
		}
		if enStop[t.Norm] {
			en++
		}
	}
	if en > fr {
		return "en"
	}
	return "fr"
}
