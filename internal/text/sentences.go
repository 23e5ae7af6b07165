package text

import (
	"strings"
	"unicode/utf8"
)

// abbreviations end with a full stop that does not end a sentence (folded,
// without the stop).
var abbreviations = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "mlles": true,
	"dr": true, "pr": true, "me": true, "mgr": true, "st": true, "ste": true,
	"gen": true, "gal": true, "col": true, "cdt": true, "lt": true, "sgt": true,
	"cf": true, "ex": true, "env": true, "p": true, "pp": true,
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

// maxQuoteHold is the most tokens a quotation may run and still hold its
// sentences together ("« C'est fini. Nous partons », a dit Paul." is one
// sentence, for the speaker to meet the words). A quotation mark that does
// not close within it, or never closes, holds nothing: a stray mark would
// otherwise glue the rest of the paragraph into one sentence.
const maxQuoteHold = 120

type openQuote struct {
	tok  int
	hold bool // closes within maxQuoteHold tokens, in the same paragraph
}

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
	var stack []openQuote // open quote tokens in the current paragraph
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
			o := stack[0].tok
			stack = stack[1:]
			last := d.unclosedEnd(o, end) - 1
			for k := last + 1; k < end && len(stack) == 0; k++ {
				d.InQuote[k] = false
			}
			for last > o && IsQuoteMark(toks[last]) {
				last--
			}
			if last > o {
				d.addQuote(o, -1, last+1)
			}
		}
		stack = stack[:0]
	}
	headEnd := -1 // the closing dash of a section head being read
	wrap := wrapWidth(d.Text)
	for i := 0; i < n; i++ {
		t := toks[i]
		if i > first && t.Newline && d.hardBreak(i, lineStart, wrap) {
			flushQuotes(i)
			closeSentence(i)
		} else if i > first && t.Glued && len(stack) == 0 {
			closeSentence(i) // "Jérôme SalomonPas de": a lost line break
		} else if i > first && t.Cap && !t.Upper && len(stack) == 0 && capsHead(toks[first:i]) {
			closeSentence(i) // "VIOLENCES CONJUGALES Le président …": a heading in capitals, its line break lost
		}
		if t.Newline {
			lineStart = t.Start
		}
		if i == headEnd {
			// "- Fermeté allemande -" is a sentence of its own
			closeSentence(i + 1)
			headEnd = -1
			continue
		}
		if i == first && isDash(t) {
			if e := d.sectionHead(i); e > 0 {
				headEnd = e
				continue
			}
		}
		if t.Kind == Punct && IsQuoteMark(t) {
			if closing := d.closesQuote(stack, i); closing {
				o := stack[len(stack)-1].tok
				stack = stack[:len(stack)-1]
				if k, e := d.internalIncise(o, i); k > 0 {
					// "« Je ne peux pas anticiper, a déclaré Boris Johnson,
					// mais … »": the incise inside the marks is the
					// writer's, the words on either side the speaker's.
					d.addQuote(o, k, k)
					for t := k; t <= e; t++ {
						d.InQuote[t] = false
					}
					if n := len(d.Quotes); e+1 < i {
						d.addQuote(e, i, i)
						if len(d.Quotes) > n {
							d.Quotes[n].Resumes = true
						}
					}
				} else {
					d.addQuote(o, i, i)
				}
				if len(stack) == 0 && i > 0 && isTerminal(toks[i-1]) && i+1 < n && opensSentence(toks, i+1) {
					closeSentence(i + 1)
				}
				continue
			}
			if t.Text == "\"" && straightCloses(toks, i) {
				continue // a stray closing mark
			}
			if t.Text == "\"" && len(stack) > 0 && toks[stack[len(stack)-1].tok].Text == "\"" {
				// `"fera "respecter`: the first mark never closed
				o := stack[len(stack)-1].tok
				stack = stack[:len(stack)-1]
				end := d.unclosedEnd(o, i)
				d.addQuote(o, -1, end)
				if len(stack) == 0 {
					for k := end; k < i; k++ {
						d.InQuote[k] = false
					}
				}
			}
			if isOpenQuote(t) {
				stack = append(stack, openQuote{tok: i, hold: d.quoteCloses(i, wrap)})
			}
			continue
		}
		if len(stack) > 0 {
			d.InQuote[i] = true
		}
		if (len(stack) == 0 || !stack[0].hold) && isTerminal(t) && d.softBreak(i) {
			closeSentence(i + 1)
		}
	}
	flushQuotes(n)
	closeSentence(n)
	for qi := range d.Quotes {
		d.Quotes[qi].Sentence = d.SentOf[d.Quotes[qi].Open]
	}
}

// capsHead reports whether tokens, a sentence so far, are a heading in
// capitals: two words or more, all in capitals ("À", "L'" count), one of
// five letters at least, so that acronyms before a name stay with it
// ("SOS Racisme", "BFM TV Paris", "CEO Lance Stander").
func capsHead(toks []Token) bool {
	words, long := 0, false
	for _, t := range toks {
		switch {
		case t.Kind == Word && (t.Upper || t.Cap && utf8.RuneCountInString(strings.TrimRight(t.Text, "'’")) == 1):
			words++
			long = long || utf8.RuneCountInString(t.Text) >= 5
		case t.Kind == Punct && (t.Text == "'" || t.Text == "’" || t.Text == "," || t.Text == "-"):
		default:
			return false
		}
	}
	return words >= 2 && long
}

// closesQuote reports whether quote mark i closes the innermost open
// quotation.
func (d *Doc) closesQuote(stack []openQuote, i int) bool {
	if len(stack) == 0 {
		return false
	}
	toks := d.Tokens
	t := toks[i]
	top := toks[stack[len(stack)-1].tok].Text
	switch {
	case t.Text == "»" || t.Text == "”":
		return true
	case t.Text == "\"":
		return !straightOpens(toks, i) && (top == "\"" || top == "“")
	}
	// « or “ used to close: nothing quotable follows
	n := len(toks)
	return i+1 >= n || toks[i+1].Newline || (toks[i+1].Kind == Punct && !IsQuoteMark(toks[i+1]) && toks[i+1].Text != "(")
}

// straightOpens reports whether the straight quotation mark at i can only
// open a quotation: a space before it, a word glued after it (` "fera`).
func straightOpens(toks []Token, i int) bool {
	return (i == 0 || toks[i].Space) && i+1 < len(toks) && !toks[i+1].Space && toks[i+1].Kind != Punct
}

// straightCloses reports whether the straight quotation mark at i can only
// close one: glued to the word before it, a space or a mark after it.
func straightCloses(toks []Token, i int) bool {
	return i > 0 && !toks[i].Space && toks[i-1].Kind != Punct &&
		(i+1 >= len(toks) || toks[i+1].Space || toks[i+1].Kind == Punct && !IsQuoteMark(toks[i+1]))
}

// quoteCloses reports whether the quotation opened at i closes within
// maxQuoteHold tokens and before a paragraph break.
func (d *Doc) quoteCloses(i, wrap int) bool {
	toks := d.Tokens
	stack := []openQuote{{tok: i}}
	lineStart := toks[i].Start
	for k := i + 1; k < len(toks) && k <= i+maxQuoteHold; k++ {
		t := toks[k]
		if t.Newline {
			if d.hardBreak(k, lineStart, wrap) {
				return false
			}
			lineStart = t.Start
		}
		if t.Kind != Punct || !IsQuoteMark(t) {
			continue
		}
		if d.closesQuote(stack, k) {
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				return true
			}
			continue
		}
		if t.Text == "\"" && straightCloses(toks, k) {
			continue
		}
		if t.Text == "\"" && toks[stack[len(stack)-1].tok].Text == "\"" {
			if len(stack) == 1 {
				return false
			}
			stack = stack[:len(stack)-1]
		}
		if isOpenQuote(t) {
			stack = append(stack, openQuote{tok: k})
		}
	}
	return false
}

func isDash(t Token) bool {
	return t.Kind == Punct && (t.Text == "-" || t.Text == "–" || t.Text == "—")
}

// sectionHead returns the closing dash of a section head that opens at
// dash i ("- Fermeté allemande -"): a few words, the first capitalised,
// no sentence-final mark, then the same dash before a capitalised word,
// a quotation mark or a line break. The head may quote a phrase whole
// ("- Une vie « dédiée aux populations vulnérables » -", "- « Un monde
// hostile » -"). It returns -1 when there is none.
func (d *Doc) sectionHead(i int) int {
	toks := d.Tokens
	first := i + 1
	if first < len(toks) && isOpenQuote(toks[first]) {
		first++
	}
	if first >= len(toks) || toks[first].Kind != Word || !toks[first].Cap {
		return -1
	}
	quotes := 0
	if first > i+1 {
		quotes = 1
	}
	for k := first + 1; k < len(toks) && k <= i+16; k++ {
		t := toks[k]
		if t.Newline || isTerminal(t) {
			return -1
		}
		if IsQuoteMark(t) {
			if quotes++; quotes > 2 {
				return -1
			}
			continue
		}
		if t.Text == toks[i].Text {
			if quotes%2 != 0 {
				return -1 // a quotation the dash falls in
			}
			if k == i+1 || k+1 >= len(toks) {
				return k
			}
			if next := toks[k+1]; next.Newline || opensSentence(toks, k+1) || IsQuoteMark(next) {
				return k
			}
			return -1
		}
	}
	return -1
}

// IsSectionHead reports whether sentence si is a section head between
// dashes ("- Fermeté allemande -", "- « Ils profitent » -"): a title the
// desk put between paragraphs, which states nothing of its own.
func (d *Doc) IsSectionHead(si int) bool {
	sn := d.Sentences[si]
	if sn.Last-sn.First < 3 {
		return false
	}
	a, b := d.Tokens[sn.First], d.Tokens[sn.Last-1]
	return isDash(a) && isDash(b) && a.Text == b.Text && d.sectionHead(sn.First) == sn.Last-1
}

// opensSentence reports whether token i can start a sentence: a
// capitalised word, or a number.
func opensSentence(toks []Token, i int) bool {
	t := toks[i]
	return t.Kind == Word && t.Cap || t.Kind == Number || isOpenQuote(t) || isDash(t)
}

// unclosedEnd returns where a quotation opened at o and never closed
// before end really ends: at the incise that reports it, or else after the
// sentences that someone speaks in. The sentences after the first one
// belong to the quotation while they speak in the first or second person
// ("J'ai eu une alerte. Je décide alors d'informer le président"); the
// first one in the third person is the article again ("… des voix. En
// parallèle, Richard Ferrand a été mis en examen").
func (d *Doc) unclosedEnd(o, end int) int {
	if e := d.inciseAfter(o, end); e < end {
		return e
	}
	toks := d.Tokens
	if o+1 < end && strayAfter[toks[o+1].Text] {
		return o + 1 // `'toute la vérité'", écrit l'hebdomadaire`: a stray mark that closes
	}
	start := -1 // the sentence being read, after the first
	spoken := false
	for k := o + 1; k < end; k++ {
		if start >= 0 && toks[k].Kind == Word && speakerWords[toks[k].Norm] {
			spoken = true
		}
		if !isTerminal(toks[k]) || !d.softBreak(k) {
			continue
		}
		if start >= 0 && !spoken {
			return start
		}
		start, spoken = k+1, false
		for start < end && IsQuoteMark(toks[start]) {
			start++
		}
	}
	if start >= 0 && start < end && !spoken {
		return start
	}
	return end
}

// strayAfter are the marks that no quotation opens on: a quotation mark
// before them closes a quotation that lost its opening one.
var strayAfter = map[string]bool{",": true, ".": true, ";": true, "-": true, ")": true}

// speakerWords are the pronouns and possessives of the first and second
// persons, which only a speaker uses (folded).
var speakerWords = map[string]bool{"je": true, "j'": true, "me": true, "m'": true, "moi": true, "mon": true, "ma": true,
	"mes": true, "nous": true, "notre": true, "nos": true, "on": true, "tu": true, "te": true, "t'": true, "toi": true,
	"ton": true, "ta": true, "tes": true, "vous": true, "votre": true, "vos": true}

// internalIncise finds the incise that French typography leaves inside
// the quotation marks: "« Nous ne céderons pas, a affirmé X, nous irons
// jusqu'au bout »", `"Nous venger de quoi ?, s'est-il encore interrogé.
// Ça fait un moment …"`. It returns the incise's opening comma and the
// mark that ends it (a comma, or the end of its sentence, which also
// takes a "selon X" after it), or -1 when quotation o…c holds none. An
// incise is a verb of saying with its subject after it: a clitic on the
// verb ("a-t-il lancé", "poursuit-elle") or a name or a noun phrase ("a
// déclaré le ministre Boris Johnson").
func (d *Doc) internalIncise(o, c int) (int, int) {
	toks := d.Tokens
	for k := o + 2; k+2 < c; k++ {
		if toks[k].Text != "," || toks[k+1].Kind != Word || toks[k+1].Cap {
			continue
		}
		j := k + 1
		clitic := invertedClitic(toks[j].Norm)
		switch {
		case clitic && inciseVerbs[strings.SplitN(toks[j].Norm, "-", 2)[0]]:
		case inciseVerbs[toks[j].Norm]:
			// "…, estime le ministre", not "…, assure au groupe une
			// expertise": the subject right after the verb
			if !d.subjectNext(j+1, c) {
				continue
			}
		case toks[j].Norm == "s'" && j+1 < c && invertedClitic(toks[j+1].Norm):
			j++
			clitic = true
			fallthrough
		case inciseAux[strings.SplitN(toks[j].Norm, "-", 2)[0]] || toks[j].Norm == "est-il" || toks[j].Norm == "est-elle":
			clitic = clitic || invertedClitic(toks[j].Norm)
			// the participle, after at most one adverb
			p := j + 1
			if p < c && p+1 < c && toks[p].Kind == Word && !speechParticiples[toks[p].Norm] {
				p++
			}
			if p >= c || !speechParticiples[toks[p].Norm] {
				continue
			}
			j = p
		default:
			continue
		}
		// the incise runs to the next comma or the end of the sentence,
		// and over a name in apposition ("a dénoncé le secrétaire
		// national d'EELV, David Cormand.")
		e := -1
		subject := clitic
		for t := j + 1; t < c; t++ {
			if toks[t].Text == "," || isTerminal(toks[t]) {
				e = t
				break
			}
			if toks[t].Norm == "que" || toks[t].Norm == "qu'" {
				e = -1 // "…, a estimé que 6 % de la population …": a clause, no incise
				break
			}
			if toks[t].Kind == Word && (toks[t].Cap || determinersBefore[toks[t].Norm]) {
				subject = true
			}
		}
		if e < 0 || !subject {
			continue
		}
		if toks[e].Text == "," && e+1 < c && toks[e+1].Kind == Word && toks[e+1].Cap {
			n := e + 1
			for n < c && toks[n].Kind == Word && (toks[n].Cap || toks[n].Norm == "de" || toks[n].Norm == "d'") {
				n++
			}
			if n < c && (toks[n].Text == "," || isTerminal(toks[n])) {
				e = n
			}
		}
		if toks[e].Text == "," && e+1 < c && toks[e+1].Norm == "selon" {
			// "a déclaré Nicolas Sarkozy, selon l'hebdomadaire. Si …"
			for t := e + 1; t < c; t++ {
				if toks[t].Text == "," || isTerminal(toks[t]) {
					e = t
					break
				}
			}
		}
		return k, e
	}
	return -1, -1
}

// invertedClitic reports whether a folded token is a verb with its subject
// pronoun after it: "a-t-il", "poursuit-elle", "est-il".
func invertedClitic(norm string) bool {
	for _, p := range []string{"-il", "-elle", "-ils", "-elles"} {
		if strings.HasSuffix(norm, p) {
			return true
		}
	}
	return false
}

// subjectNext reports whether an incise's subject comes at token p, before
// c, after adverbs and a medium: "estime le ministre", "assure néanmoins
// Elisabeth", "explique sur franceinfo le président", "explique au
// Parisien le médecin"; not "assure au groupe BMW une expertise".
func (d *Doc) subjectNext(p, c int) bool {
	toks := d.Tokens
adverbs:
	for p < c && toks[p].Kind == Word && !toks[p].Cap {
		switch n := toks[p].Norm; {
		case n == "quant" && p+2 < c && toks[p+1].Norm == "a":
			p += 3 // "quant à lui"
		case inciseAdverbs[n] || strings.HasSuffix(n, "ment"):
			p++
		default:
			break adverbs
		}
	}
	if p < c && toks[p].Kind == Word && inciseMedia[toks[p].Norm] {
		q := p + 1
		if q < c && (toks[q].Norm == "l'" || toks[q].Norm == "la" || toks[q].Norm == "le" || toks[q].Norm == "du") {
			q++
		}
		// the medium ("au Parisien", "à France 2", "sur franceinfo"),
		// then the subject, which may run on from it in capitals
		if q+1 < c && toks[q].Kind == Word && (toks[q].Cap || lowerMedia[toks[q].Norm]) {
			n := toks[q+1]
			return n.Kind == Number || n.Kind == Word && (n.Cap || determinersBefore[n.Norm])
		}
	}
	return p < c && toks[p].Kind == Word && (toks[p].Cap || determinersBefore[toks[p].Norm])
}

// inciseMedia are the prepositions that bring in a medium between an
// incise's verb and its subject (folded).
var inciseMedia = map[string]bool{"sur": true, "a": true, "au": true, "dans": true, "devant": true, "aupres": true}

// lowerMedia are the media and networks written in lower case (folded).
var lowerMedia = map[string]bool{"franceinfo": true, "twitter": true, "facebook": true, "instagram": true, "linkedin": true}

// inciseAdverbs may come between an incise's verb and its subject
// (folded): "…, estime encore le ministre".
var inciseAdverbs = map[string]bool{"encore": true, "ainsi": true, "alors": true, "aussi": true, "egalement": true,
	"enfin": true, "notamment": true, "toutefois": true, "pourtant": true, "neanmoins": true, "cependant": true,
	"donc": true, "lui": true, "elle": true, "meme": true, "aujourd'hui": true, "hier": true, "lundi": true, "mardi": true,
	"mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true}

// determinersBefore open the noun phrase of an incise's subject (folded).
var determinersBefore = map[string]bool{"le": true, "la": true, "l'": true, "les": true, "son": true, "sa": true,
	"ses": true, "leur": true, "un": true, "une": true}

// speechParticiples are the past participles of the verbs of saying that
// make an incise (folded).
var speechParticiples = map[string]bool{"declare": true, "affirme": true, "dit": true, "explique": true, "ajoute": true,
	"estime": true, "souligne": true, "assure": true, "indique": true, "precise": true, "denonce": true, "lance": true,
	"poursuivi": true, "insiste": true, "martele": true, "tweete": true, "confie": true, "raconte": true, "reagi": true,
	"commente": true, "juge": true, "averti": true, "prevenu": true, "regrette": true, "deplore": true, "fustige": true,
	"ironise": true, "repondu": true, "rappele": true, "note": true, "observe": true, "releve": true, "reconnu": true,
	"admis": true, "concede": true, "plaide": true, "conclu": true, "detaille": true, "ecrit": true, "glisse": true,
	"lache": true, "interroge": true, "exclame": true, "confirme": true, "tranche": true, "resume": true,
	"rencheri": true, "retorque": true, "replique": true, "avance": true, "souffle": true, "temoigne": true,
	"insurge": true, "emporte": true, "indigne": true, "felicite": true, "rejoui": true, "agace": true, "promis": true,
	"raille": true, "tacle": true, "argue": true, "enchaine": true, "nuance": true, "explicite": true}

// inciseAfter returns where a quotation opened at o and never closed
// before end really ends: at the comma of the first incise that reports
// it (`"Il déshonore son mandat (...), a également tweeté le syndicat`),
// or end when there is none.
func (d *Doc) inciseAfter(o, end int) int {
	toks := d.Tokens
	for k := o + 2; k+2 < end; k++ {
		if toks[k].Text != "," {
			continue
		}
		n := toks[k+1]
		if n.Kind != Word || n.Cap {
			continue
		}
		if inciseVerbs[n.Norm] {
			return k // ", estime le ministre"
		}
		if !inciseAux[n.Norm] {
			continue
		}
		for j := k + 2; j < end && j <= k+3; j++ {
			if w := toks[j]; w.Kind == Word && !w.Cap && (strings.HasSuffix(w.Text, "é") || inciseParticiples[w.Norm]) {
				return k // ", a déclaré", ", a également tweeté"
			}
		}
	}
	return end
}

var (
	inciseAux         = map[string]bool{"a": true, "ont": true, "avait": true, "avaient": true}
	inciseParticiples = map[string]bool{"dit": true, "ecrit": true, "fait": true, "admis": true, "promis": true, "repris": true}
	inciseVerbs       = map[string]bool{"estime": true, "affirme": true, "explique": true, "souligne": true, "ajoute": true, "assure": true, "denonce": true, "declare": true, "dit": true, "indique": true, "precise": true, "insiste": true, "poursuit": true, "regrette": true, "deplore": true, "juge": true, "tweete": true, "ecrit": true, "martele": true, "lance": true}
)

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
// line (a title); a long line that stops mid-sentence is a wrapped line, and
// so is a full line of text wrapped at wrap bytes (0: not wrapped), a line
// that ends on a word that cannot end one ("de", "le"), and a line that
// breaks a name ("Jacques\nChirac").
func (d *Doc) hardBreak(i, lineStart, wrap int) bool {
	prev, t := d.Tokens[i-1], d.Tokens[i]
	if strings.Count(d.Text[prev.End:t.Start], "\n") >= 2 {
		return true
	}
	if isTerminal(prev) || isCloseQuote(prev) || prev.Text == ":" {
		return true
	}
	if isOpenQuote(t) || isDash(t) || t.Text == "•" {
		return true
	}
	if prev.Text == "," || prev.Text == ";" {
		return false
	}
	if !t.Cap && t.Kind != Number {
		return false
	}
	if prev.Kind == Word && !prev.Cap && continues[prev.Norm] {
		return false
	}
	n := prev.End - lineStart
	if wrap > 0 && n >= wrap*4/5 {
		return false
	}
	if (n >= 40 || wrap > 0) && prev.Kind == Word && prev.Cap && !prev.Upper && t.Kind == Word && !t.Upper && !opensClause[t.Norm] {
		return false // a name broken by a wrapped line; a heading is shorter
	}
	return n < 90
}

// continues lists words a line cannot end on unless it was wrapped:
// articles, prepositions, conjunctions, clitics.
var continues = map[string]bool{
	"le": true, "la": true, "les": true, "l'": true, "un": true, "une": true, "des": true, "du": true,
	"de": true, "d'": true, "a": true, "au": true, "aux": true, "et": true, "ou": true, "en": true,
	"pour": true, "par": true, "sur": true, "dans": true, "avec": true, "sans": true, "sous": true,
	"entre": true, "vers": true, "chez": true, "que": true, "qu'": true, "qui": true, "dont": true,
	"son": true, "sa": true, "ses": true, "leur": true, "leurs": true, "ce": true, "cet": true,
	"cette": true, "ces": true, "se": true, "s'": true, "ne": true, "n'": true, "the": true,
	"of": true, "and": true, "to": true, "in": true, "for": true, "with": true, "by": true,
}

// opensClause lists capitalised words that commonly open a sentence: after
// a line that ends on a capitalised word, another capitalised word not in
// this list continues a name ("Jacques\nChirac").
var opensClause = map[string]bool{
	"le": true, "la": true, "les": true, "l'": true, "un": true, "une": true, "des": true, "du": true,
	"de": true, "d'": true, "il": true, "elle": true, "ils": true, "elles": true, "on": true,
	"je": true, "j'": true, "nous": true, "vous": true, "ce": true, "c'": true, "cet": true,
	"cette": true, "ces": true, "en": true, "au": true, "aux": true, "a": true, "dans": true,
	"pour": true, "selon": true, "mais": true, "et": true, "depuis": true, "apres": true,
	"avant": true, "lors": true, "si": true, "quand": true, "alors": true, "son": true, "sa": true,
	"ses": true, "leur": true, "leurs": true, "par": true, "sur": true, "pendant": true,
	"ainsi": true, "enfin": true, "or": true, "puis": true, "toutefois": true, "cependant": true,
	"pourtant": true, "aujourd'hui": true, "hier": true, "lundi": true, "mardi": true,
	"mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"the": true, "in": true, "he": true, "she": true, "they": true, "it": true,
}

// wrapWidth returns the width text is wrapped at: the longest of its
// lines that a single line break ends, when there are at least two, none
// is longer than 100 bytes and the longest has 50; else 0.
func wrapWidth(text string) int {
	w, n := 0, 0
	for len(text) > 0 {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			break
		}
		line := text[:i]
		text = text[i+1:]
		if strings.TrimSpace(line) == "" || strings.HasPrefix(text, "\n") || strings.HasPrefix(text, "\r\n") {
			continue // a paragraph's last line may be short
		}
		l := len(strings.TrimRight(line, " \r\t"))
		if l > 100 {
			return 0
		}
		w = max(w, l)
		n++
	}
	if n < 2 || w < 50 {
		return 0
	}
	return w
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
	var prev Token
	if i > 0 {
		prev = toks[i-1]
	}
	if t.Text == "." && i > 0 && !t.Space {
		if prev.Kind == Word && (abbreviations[prev.Norm] || isInitial(prev)) {
			return false
		}
	}
	switch {
	case next.Kind == Word && next.Cap:
		if !next.Space {
			return gluedBreak(toks, i)
		}
		return true
	case next.Kind == Number, next.Kind == Handle, next.Kind == Hashtag:
		return next.Space
	case isOpenQuote(next):
		// `."Je ne sais pas"`: a quotation glued to the sentence before it
		return next.Space || i+2 < len(toks) && toks[i+2].Kind == Word && toks[i+2].Cap && !toks[i+2].Space
	case isDash(next):
		// a dash opens a reply or a section head ("refuse.- Fermeté allemande -")
		return next.Space || d.sectionHead(i+1) > 0 ||
			i+2 < len(toks) && toks[i+2].Space && toks[i+2].Kind == Word && toks[i+2].Cap
	case next.Text == "(" && next.Space:
		return true
	}
	return false
}

// gluedBreak decides whether the mark at i, with a capitalised word glued
// after it ("Paris.Le", "l'AFP.Le", "(FRS).Je", "12h.Le", "course.RFI"),
// ends a sentence: not after an initial or an acronym written with stops
// ("J.K.", "U.S.Army").
func gluedBreak(toks []Token, i int) bool {
	if i == 0 {
		return false
	}
	prev, next := toks[i-1], toks[i+1]
	switch prev.Kind {
	case Word:
		if len(prev.Norm) < 2 || isInitial(prev) {
			return false
		}
		if i >= 2 && toks[i-2].Text == "." && !prev.Space {
			return false // "U.S.Army"
		}
		if next.Upper {
			// two acronyms: "AFP.RFI" is more likely one name
			return !prev.Upper && len(prev.Norm) >= 3
		}
		return true
	case Number:
		return !next.Upper
	case Punct:
		return prev.Text == ")" || isCloseQuote(prev)
	}
	return false
}

func isInitial(t Token) bool {
	return t.Cap && len([]rune(t.Text)) == 1
}
