package text

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
