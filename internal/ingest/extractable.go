package ingest

import (
	"unicode"

	"github.com/newsgraph/newsgraph/internal/text"
)

// extracted reports whether an article in lang (as the input states it,
// else as detected) is extracted, and names its language.
// An article whose language cannot be told is read as French, the
// project's main language.
func extracted(stated, body string) (string, bool) {
	lang := text.LangTag(stated)
	if lang == "" {
		lang = text.Identify(body)
	}
	switch lang {
	case "", "fr", "en":
		return lang, true
	}
	return text.LangName(lang), false
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
