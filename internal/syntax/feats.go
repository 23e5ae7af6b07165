package syntax

import "strings"

// UPOS is a universal part-of-speech tag.
type UPOS uint8

// The universal part-of-speech tags, in the order the model's classes use.
const (
	NoPOS UPOS = iota
	ADJ
	ADP
	ADV
	AUX
	CCONJ
	DET
	INTJ
	NOUN
	NUM
	PART
	PRON
	PROPN
	PUNCT
	SCONJ
	SYM
	VERB
	X
	nUPOS
)

var uposNames = [nUPOS]string{"_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

func (p UPOS) String() string {
	if p < nUPOS {
		return uposNames[p]
	}
	return "_"
}

// ParseUPOS returns the tag named s, or NoPOS.
func ParseUPOS(s string) UPOS {
	for i, n := range uposNames {
		if n == s && i > 0 {
			return UPOS(i)
		}
	}
	return NoPOS
}

// Morphological feature values; the zero value of each type means the
// feature is absent.
type (
	Gender   uint8
	Number   uint8
	VerbForm uint8
	Mood     uint8
	Tense    uint8
	Voice    uint8
	Polarity uint8
	PronType uint8
	Definite uint8
)

// Feature values as Universal Dependencies names them (Gender=Masc is
// GenderMasc).
const (
	GenderMasc Gender = iota + 1
	GenderFem
)

const (
	NumberSing Number = iota + 1
	NumberPlur
)

const (
	VerbFormFin VerbForm = iota + 1
	VerbFormInf
	VerbFormPart
	VerbFormGer
)

const (
	MoodInd Mood = iota + 1
	MoodCnd
	MoodSub
	MoodImp
)

const (
	TensePres Tense = iota + 1
	TensePast
	TenseImp
	TenseFut
)

const (
	VoiceAct Voice = iota + 1
	VoicePass
)

const (
	PolarityNeg Polarity = iota + 1
	PolarityPos
)

const (
	PronTypePrs PronType = iota + 1
	PronTypeArt
	PronTypeDem
	PronTypeRel
	PronTypeInd
	PronTypeInt
	PronTypeNeg
	PronTypeExc
	PronTypeTot
)

const (
	DefiniteDef Definite = iota + 1
	DefiniteInd
)

// Feats holds the morphological features a rule needs, decoded once when
// the model is loaded: comparing them costs nothing. Person is 1, 2 or 3
// (0: absent). The full UD string, with the features left out here
// (Emph, ExtPos, NumType, Poss, ...), is Word.UDFeats.
type Feats struct {
	Gender   Gender
	Number   Number
	Person   uint8
	VerbForm VerbForm
	Mood     Mood
	Tense    Tense
	Voice    Voice
	Polarity Polarity
	PronType PronType
	Definite Definite
	Reflex   bool
}

var featValues = map[string]map[string]uint8{
	"Gender":   {"Masc": uint8(GenderMasc), "Fem": uint8(GenderFem)},
	"Number":   {"Sing": uint8(NumberSing), "Plur": uint8(NumberPlur)},
	"Person":   {"1": 1, "2": 2, "3": 3},
	"VerbForm": {"Fin": uint8(VerbFormFin), "Inf": uint8(VerbFormInf), "Part": uint8(VerbFormPart), "Ger": uint8(VerbFormGer)},
	"Mood":     {"Ind": uint8(MoodInd), "Cnd": uint8(MoodCnd), "Sub": uint8(MoodSub), "Imp": uint8(MoodImp)},
	"Tense":    {"Pres": uint8(TensePres), "Past": uint8(TensePast), "Imp": uint8(TenseImp), "Fut": uint8(TenseFut)},
	"Voice":    {"Act": uint8(VoiceAct), "Pass": uint8(VoicePass)},
	"Polarity": {"Neg": uint8(PolarityNeg), "Pos": uint8(PolarityPos)},
	"PronType": {"Prs": uint8(PronTypePrs), "Art": uint8(PronTypeArt), "Dem": uint8(PronTypeDem), "Rel": uint8(PronTypeRel),
		"Ind": uint8(PronTypeInd), "Int": uint8(PronTypeInt), "Neg": uint8(PronTypeNeg), "Exc": uint8(PronTypeExc), "Tot": uint8(PronTypeTot)},
	"Definite": {"Def": uint8(DefiniteDef), "Ind": uint8(DefiniteInd)},
	"Reflex":   {"Yes": 1},
}

// ParseFeats decodes a UD FEATS string ("Mood=Ind|Number=Sing|..."); it
// runs when the model loads, not per word.
func ParseFeats(s string) Feats {
	var f Feats
	if s == "" || s == "_" {
		return f
	}
	for _, kv := range strings.Split(s, "|") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		x, ok := featValues[k][v]
		if !ok {
			continue
		}
		switch k {
		case "Gender":
			f.Gender = Gender(x)
		case "Number":
			f.Number = Number(x)
		case "Person":
			f.Person = x
		case "VerbForm":
			f.VerbForm = VerbForm(x)
		case "Mood":
			f.Mood = Mood(x)
		case "Tense":
			f.Tense = Tense(x)
		case "Voice":
			f.Voice = Voice(x)
		case "Polarity":
			f.Polarity = Polarity(x)
		case "PronType":
			f.PronType = PronType(x)
		case "Definite":
			f.Definite = Definite(x)
		case "Reflex":
			f.Reflex = true
		}
	}
	return f
}
