package relations

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/text"
)

//go:embed data/events_fr.tsv
var eventsFr string

//go:embed data/media.txt
var mediaList string

// media are the folded names of news media (data/media.txt).
var media = func() map[string]bool {
	out := map[string]bool{}
	for _, l := range strings.Split(mediaList, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out[text.Fold(l)] = true
		}
	}
	return out
}()

// frame is one way a French verb or noun states an event: its predicate,
// CAMEO code, where its target is in the tree, and what else it needs.
type frame struct {
	kind      string // "verb", "noun", "light" or "charge"
	lemma     string
	predicate string
	cameo     string
	target    string // "obj", a preposition, or "-" for none
	sym       bool   // a consultation: either end may act
	refl      bool   // only with "se"
	norefl    bool   // not with "se"
	place     bool   // the target is a place
	urge      bool   // only with a complement clause ("à cesser", "de partir")
	noUrge    bool   // only without one (or with an occasion: "à déjeuner")
	court     bool   // a court as actor makes it a sentence
	verbal    bool   // a person as actor makes it criticism
	lawsuit   bool   // only with "en justice"
	talk      bool   // talks: "de X", "sur X" are their topics
	qualify   bool   // only when "de" gives the target a negative name
	clause    bool   // without an object, the subject of a "que" clause, or of the quotation it brings in, is the target
	feeling   bool   // a feeling's participle: who feels it disapproves of its cause ("s'est dit choqué par Y")
	conduct   bool   // an object only through a noun of someone's conduct: "a regretté la décision de Y", not "regrette le départ de Y"
	person    bool   // only with a person as actor
	whom      bool   // only with a person as target ("une visite au président X")
	private   bool   // reciprocal only when said to no audience, on no topic, and done
	received  bool   // light: the subject receives the act from the target's complement ("a reçu le soutien de Y")
	national  bool   // light: the noun's nationality adjective names the target too ("a expulsé l'ambassadeur indien")
	about     []int  // the topics found for one occurrence
	clitic    string // a clitic besides "se": "en" for "s'en prendre"
	objNoun   string // the object that makes the phrase: "hommage"
	oblNoun   string // the oblique noun that makes the phrase: "garde" of "mettre en garde", "ordre" of "rappeler à l'ordre"
	oblCase   string // its preposition: "en", "à"
	noPeople  bool   // a people is no target ("a mis en garde les Français": a warning to the public)
	lights    map[string]bool
	// judged is the entry's record in the hand-judged corpus samples:
	// right of judged, for the asserted events it still finds there
	// (TestJudgedCalibration measures it).
	judged struct{ right, of int }
}

// lexicon holds the frames by lemma and kind.
type lexicon struct {
	verbs, nouns, lights map[string][]frame
	// charges are the verbs whose subject, in what someone says, is
	// charged by the speaker with a wrong: "« X a menti », a dit Y"; and
	// the attributes (target attr) that blame it: "« X est incompétent »".
	charges map[string][]frame
	// attributes are the charges of target attr by the forms of their
	// lemmas: "incompétent", "incompétente", "incompétents".
	attributes map[string][]frame
}

// readLexicon parses the event lexicon (data/events_fr.tsv).
func readLexicon(src string) (*lexicon, error) {
	lx := &lexicon{verbs: map[string][]frame{}, nouns: map[string][]frame{}, lights: map[string][]frame{}, charges: map[string][]frame{}, attributes: map[string][]frame{}}
	for n, line := range strings.Split(src, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("relations: events_fr.tsv line %d: %d columns, want 7", n+1, len(f))
		}
		fr := frame{kind: f[0], lemma: f[1], predicate: f[2], cameo: f[3], target: f[4]}
		if f[6] != "" {
			r, o, ok := strings.Cut(f[6], "/")
			right, err1 := strconv.Atoi(r)
			of, err2 := strconv.Atoi(o)
			if !ok || err1 != nil || err2 != nil || right < 0 || right > of {
				return nil, fmt.Errorf("relations: events_fr.tsv line %d: judged %q is not right/judged", n+1, f[6])
			}
			fr.judged.right, fr.judged.of = right, of
		}
		if len(fr.cameo) != 3 || fr.predicate == "" || fr.target == "" {
			return nil, fmt.Errorf("relations: events_fr.tsv line %d: a predicate, a 3-digit CAMEO code and a target are needed", n+1)
		}
		for _, flag := range strings.Split(f[5], ",") {
			name, val, _ := strings.Cut(strings.TrimSpace(flag), ":")
			switch name {
			case "":
			case "sym":
				fr.sym = true
			case "refl":
				fr.refl = true
			case "norefl":
				fr.norefl = true
			case "place":
				fr.place = true
			case "urge":
				fr.urge = true
			case "nourge":
				fr.noUrge = true
			case "court":
				fr.court = true
			case "verbal":
				fr.verbal = true
			case "lawsuit":
				fr.lawsuit = true
			case "talk":
				fr.talk = true
			case "qualify":
				fr.qualify = true
			case "clause":
				fr.clause = true
			case "conduct":
				fr.conduct = true
			case "feeling":
				fr.feeling = true
			case "person":
				fr.person = true
			case "whom":
				fr.whom = true
			case "private":
				fr.private = true
			case "received":
				fr.received = true
			case "national":
				fr.national = true
			case "clitic":
				fr.clitic = val
			case "obj":
				fr.objNoun = val
			case "en", "à":
				fr.oblNoun, fr.oblCase = val, name
			case "nopeople":
				fr.noPeople = true
			case "with":
				fr.lights = map[string]bool{}
				for _, l := range strings.Split(val, "|") {
					fr.lights[l] = true
				}
			default:
				return nil, fmt.Errorf("relations: events_fr.tsv line %d: unknown flag %q", n+1, name)
			}
		}
		switch fr.kind {
		case "verb":
			lx.verbs[fr.lemma] = append(lx.verbs[fr.lemma], fr)
		case "noun":
			lx.nouns[fr.lemma] = append(lx.nouns[fr.lemma], fr)
		case "light":
			if len(fr.lights) == 0 {
				return nil, fmt.Errorf("relations: events_fr.tsv line %d: a light noun needs with:verbs", n+1)
			}
			lx.lights[fr.lemma] = append(lx.lights[fr.lemma], fr)
		case "charge":
			if fr.target != "-" && fr.target != "obj" && fr.target != "attr" {
				return nil, fmt.Errorf("relations: events_fr.tsv line %d: a charge's target is -, obj or attr, not %q", n+1, fr.target)
			}
			lx.charges[fr.lemma] = append(lx.charges[fr.lemma], fr)
			if fr.target == "attr" {
				for _, form := range attributeForms(fr.lemma) {
					lx.attributes[form] = append(lx.attributes[form], fr)
				}
			}
		default:
			return nil, fmt.Errorf("relations: events_fr.tsv line %d: kind %q is not verb, noun, light or charge", n+1, fr.kind)
		}
	}
	return lx, nil
}

// attributeForms returns the forms of an adjective or a noun lemma,
// singular and plural, masculine and feminine: "dangereux",
// "dangereuse", "dangereuses"; "incompétent", "incompétente",
// "incompétents", "incompétentes".
func attributeForms(lemma string) []string {
	l := strings.ToLower(lemma)
	forms := []string{l}
	switch {
	case strings.HasSuffix(l, "eux"):
		stem := strings.TrimSuffix(l, "x")
		forms = append(forms, stem+"se", stem+"ses")
	case strings.HasSuffix(l, "e"):
		forms = append(forms, l+"s")
	default:
		forms = append(forms, l+"s", l+"e", l+"es")
	}
	return forms
}
