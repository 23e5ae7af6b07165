// Package text turns raw French or English news text into sentences and
// tokens whose offsets point into the original bytes.
package text

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word Kind = iota
	Number
	Punct
	Handle  // @name
	Hashtag // #topic
	URL
)

// Token is one token of the original text. Text is the original slice, Norm
// its folded form (lower case, no accents, plain apostrophes) for matching.
type Token struct {
	Start, End int
	Text       string
	Norm       string
	Kind       Kind
	// Cap is true when the first letter is upper case, Upper when every
	// letter is (and there are at least two).
	Cap, Upper bool
	// Space is true when white space precedes the token, Newline when that
	// space holds a line break.
	Space, Newline bool
	// Glued is true when the token was cut from the one before at a change
	// of case that hides a lost line break: scraped pages glue a heading or
	// a name to the next sentence ("Jérôme SalomonPas de", "BFMTVInterrogé").
	// It starts a sentence.
	Glued bool
}

// Sentence is a run of tokens; Start and End are byte offsets.
type Sentence struct {
	Start, End int
	// Tokens indexes Doc.Tokens: [First, Last).
	First, Last int
}

// Quote is one quoted passage: Open and Close index the quote-mark tokens
// (Close is -1 when the passage is never closed), Start and End the bytes
// of the words between them. An incise inside the marks ("« Nous ne
// céderons pas, a affirmé X, nous irons … »") cuts the passage in two:
// the first closes on the incise's comma, the second opens on the mark
// that ends the incise and Resumes the first.
type Quote struct {
	Open, Close int
	Start, End  int
	Sentence    int
	Resumes     bool
}

// Doc is an analysed text.
type Doc struct {
	Text      string
	Lang      string
	Tokens    []Token
	Sentences []Sentence
	Quotes    []Quote
	// InQuote[i] is true when token i lies inside a quoted passage (the
	// quote marks excluded).
	InQuote []bool
	// SentOf[i] is the sentence of token i.
	SentOf []int
}

// Analyze tokenises text, splits it into sentences, finds quotations and
// detects the language.
func Analyze(s string) *Doc {
	d := &Doc{Text: s}
	d.Tokens = Tokenize(s)
	d.split()
	d.Lang = DetectLang(d.Tokens)
	return d
}

// Slice returns the original text of tokens [i, j).
func (d *Doc) Slice(i, j int) string {
	if i >= j {
		return ""
	}
	return d.Text[d.Tokens[i].Start:d.Tokens[j-1].End]
}
