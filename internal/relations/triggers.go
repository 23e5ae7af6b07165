package relations

import "strings"

// argShape says where a trigger's object is.
type argShape uint8

const (
	direct   argShape = iota // "a remercié Blinken"
	withPrep                 // "s'est entretenu avec Lavrov"
	noObject                 // "X et Y se sont exprimés"
)

// trigger is an event verb: its predicate, CAMEO code and argument shape.
type trigger struct {
	predicate string
	cameo     string
	shape     argShape
	preps     []string // folded prepositions that introduce the object
	symmetric bool     // "X et Y ont discuté": a coordinated subject is the pair
	reflexive bool     // only counts as "se ..." ("se sont exprimés")
	qualify   bool     // "qualifier de «scandaleuse»"
	place     bool     // object is a place (visits)
	talk      bool     // talks: "de X" after it is a topic
	urge      bool     // counts only as "appeler X à ...": an appeal
	verbal    bool     // a person's attack is criticism (111)
	lawsuit   bool     // counts only with "en justice"
	about     []int    // topic entities found for one occurrence
}

// Conjugation endings, folded, by verb group.
var (
	erEndings = []string{"e", "es", "ent", "er", "ee", "ees", "ait", "aient", "a", "ons", "ez", "era", "eront", "erait",
		"eraient", "ant", "erent", "ai", "ais", "as", "erai", "eras", "erons", "erez", "erais", "", "s"}
	reEndings = []string{"", "s", "re", "u", "ue", "us", "ues", "ait", "aient", "ra", "ront", "rait", "raient", "ant", "ons",
		"ez", "ent", "it", "irent", "rai"}
	irEndings = []string{"i", "ie", "is", "ies", "it", "ir", "issent", "issait", "issaient", "ira", "iront", "irait", "issant", "issons"}
)

type verbSpec struct {
	stems   []string
	endings []string
	forms   []string // irregular forms, folded
	t       trigger
}

var verbSpecs = []verbSpec{
	{stems: []string{"parl"}, endings: erEndings, t: trigger{predicate: "spoke_with", cameo: "040", shape: withPrep, preps: []string{"avec", "a", "au"}, symmetric: true, talk: true}},
	{stems: []string{"discut"}, endings: erEndings, t: trigger{predicate: "spoke_with", cameo: "040", shape: withPrep, preps: []string{"avec"}, symmetric: true, talk: true}},
	{forms: []string{"entretenu", "entretenue", "entretenus", "entretenues", "entretient", "entretiennent", "entretenir", "entretiendra",
		"entretiendront", "entretenait", "entretenaient", "entretenant", "entretiendrait"}, t: trigger{predicate: "spoke_with", cameo: "040", shape: withPrep, preps: []string{"avec"}, symmetric: true, talk: true, reflexive: true}},
	{stems: []string{"exprim"}, endings: erEndings, t: trigger{predicate: "spoke_with", cameo: "040", shape: noObject, symmetric: true, reflexive: true}},
	{stems: []string{"convers", "echang"}, endings: erEndings, t: trigger{predicate: "spoke_with", cameo: "040", shape: withPrep, preps: []string{"avec"}, symmetric: true, talk: true}},
	{stems: []string{"telephon"}, endings: erEndings, t: trigger{predicate: "phoned", cameo: "041", shape: withPrep, preps: []string{"a", "au", "avec"}, symmetric: true, talk: true}},
	{stems: []string{"rencontr"}, endings: erEndings, t: trigger{predicate: "met", cameo: "040", shape: direct, symmetric: true}},
	{stems: []string{"negoci"}, endings: erEndings, t: trigger{predicate: "negotiated_with", cameo: "046", shape: withPrep, preps: []string{"avec"}, symmetric: true, talk: true}},
	{forms: []string{"recu", "recue", "recus", "recues", "recoit", "recoivent", "recevoir", "recevra", "recevront", "recevait", "recevaient"},
		t: trigger{predicate: "hosted", cameo: "043", shape: direct}},
	{stems: []string{"accueill"}, endings: []string{"i", "ie", "is", "ies", "e", "ent", "ir", "ait", "aient", "era", "eront"}, t: trigger{predicate: "hosted", cameo: "043", shape: direct}},
	{stems: []string{"visit"}, endings: erEndings, t: trigger{predicate: "visited", cameo: "042", shape: direct, place: true}},
	{forms: []string{"rendu", "rendue", "rendus", "rendues", "rend", "rendent", "rendra", "rendront", "rendait", "rendaient"},
		t: trigger{predicate: "visited", cameo: "042", shape: withPrep, preps: []string{"a", "au", "aux", "en"}, reflexive: true, place: true}},
	{stems: []string{"remerci"}, endings: erEndings, t: trigger{predicate: "thanked", cameo: "051", shape: direct}},
	{stems: []string{"salu", "felicit"}, endings: erEndings, t: trigger{predicate: "praised", cameo: "051", shape: direct}},
	{forms: []string{"soutenu", "soutenue", "soutient", "soutiennent", "soutenir", "soutiendra", "soutenait", "soutenaient"},
		t: trigger{predicate: "supported", cameo: "051", shape: direct}},
	{stems: []string{"defend"}, endings: reEndings, t: trigger{predicate: "defended", cameo: "052", shape: direct}},
	{stems: []string{"critiqu", "fustig", "denonc", "condamn", "blam"}, endings: erEndings, t: trigger{predicate: "criticized", cameo: "111", shape: direct}},
	{stems: []string{"qualifi"}, endings: erEndings, t: trigger{predicate: "criticized", cameo: "111", shape: direct, qualify: true}},
	{stems: []string{"accus"}, endings: erEndings, t: trigger{predicate: "accused", cameo: "112", shape: direct}},
	{stems: []string{"oppos"}, endings: erEndings, t: trigger{predicate: "opposes", cameo: "110", shape: withPrep, preps: []string{"a", "au", "aux"}, reflexive: true}},
	{stems: []string{"rejet", "rejett"}, endings: erEndings, t: trigger{predicate: "rejected", cameo: "120", shape: direct}},
	{stems: []string{"enquet"}, endings: erEndings, t: trigger{predicate: "investigates", cameo: "090", shape: withPrep, preps: []string{"sur"}}},
	{stems: []string{"sanctionn"}, endings: erEndings, t: trigger{predicate: "sanctions", cameo: "163", shape: direct}},
	{stems: []string{"menac"}, endings: erEndings, t: trigger{predicate: "threatens", cameo: "130", shape: direct}},
	// "demander à X de ...": the addressee is required, "demander la
	// libération" names none.
	{stems: []string{"demand"}, endings: erEndings, t: trigger{predicate: "demands", cameo: "100", shape: withPrep, preps: []string{"a", "au", "aux"}}},
	{forms: []string{"convenu", "convenus", "convenue", "convenues", "conviennent", "convenir", "convenaient", "conviendront"},
		t: trigger{predicate: "agreed_with", cameo: "030", shape: withPrep, preps: []string{"avec"}, symmetric: true}},
	// "appeler X à la retenue" urges X; "a appelé X" alone may be a call
	// or a name, so it is left out.
	{stems: []string{"appel", "appell", "exhort"}, endings: erEndings, t: trigger{predicate: "urged", cameo: "100", shape: direct, urge: true}},
	{stems: []string{"exig"}, endings: erEndings, t: trigger{predicate: "demands", cameo: "100", shape: withPrep, preps: []string{"de", "du", "des", "d'"}}},
	// "attaquer" is military force between states and armed groups, but
	// words from a person ("Le Pen a attaqué Macron"), and a lawsuit when
	// "en justice" follows (see relations.go).
	{stems: []string{"attaqu"}, endings: erEndings, t: trigger{predicate: "attacked", cameo: "190", shape: direct, verbal: true}},
	{stems: []string{"bombard"}, endings: erEndings, t: trigger{predicate: "attacked", cameo: "190", shape: direct}},
	{forms: []string{"poursuit", "poursuivent", "poursuivi", "poursuivie", "poursuivis", "poursuivra", "poursuivront", "poursuivre", "poursuivait"}, t: trigger{predicate: "sued", cameo: "115", shape: direct, lawsuit: true}},
}

// nounTriggers are talks named by a noun: "un entretien entre X et Y".
var nounTriggers = map[string]trigger{
	"entretien": {predicate: "spoke_with", cameo: "040"}, "conversation": {predicate: "spoke_with", cameo: "040"},
	"appel": {predicate: "phoned", cameo: "041"}, "echange": {predicate: "spoke_with", cameo: "040"},
	"rencontre": {predicate: "met", cameo: "040"}, "reunion": {predicate: "met", cameo: "040"},
	"entrevue": {predicate: "met", cameo: "040"}, "discussion": {predicate: "spoke_with", cameo: "040"},
	"discussions": {predicate: "spoke_with", cameo: "040"}, "pourparlers": {predicate: "negotiated_with", cameo: "046"},
	"negociations": {predicate: "negotiated_with", cameo: "046"}, "sommet": {predicate: "met", cameo: "040"},
	"echanges": {predicate: "spoke_with", cameo: "040"}, "entretiens": {predicate: "spoke_with", cameo: "040"},
}

// speechVerbs introduce or follow a quotation.
var speechVerbStems = []string{"declar", "affirm", "estim", "soulign", "ajout", "expliqu", "indiqu", "assur", "annonc",
	"rappel", "insist", "jug", "tweet", "twitt", "martel", "lanc", "confi", "comment", "plaid", "precis", "poursuiv",
	"conclu", "repond", "repliqu", "reag", "deplor", "not", "observ", "racont", "avert", "ecri", "dit", "dis",
	"exclam", "interrog", "tranch", "resum", "argu", "souten", "soutien", "repet", "reiter", "regrett", "avou",
	"ironis", "concl", "temper", "nuanc", "reconn", "admi", "promi", "promet"}

func buildVerbs() map[string]int {
	m := map[string]int{}
	for i, v := range verbSpecs {
		for _, s := range v.stems {
			for _, e := range v.endings {
				if _, dup := m[s+e]; !dup {
					m[s+e] = i
				}
			}
		}
		for _, f := range v.forms {
			m[f] = i
		}
	}
	return m
}

// isSpeechVerb reports whether a folded word is a form of a verb of saying.
func isSpeechVerb(w string) bool {
	if len(w) < 3 {
		return false
	}
	switch w {
	case "dit", "dits", "dite", "dites", "dire", "disent", "disait", "ecrit", "ecrite", "ecrivent", "ecrire", "ecrivait",
		"repond", "repondu", "prevenu", "previent", "averti", "avertit", "reagi", "reagit", "conclu", "conclut", "poursuit",
		"poursuivi", "soutenu", "soutient", "souligne", "estime", "affirme", "declare", "ajoute", "explique", "indique",
		"assure", "insiste", "tweete", "lance", "juge", "note", "precise", "rappelle", "martele", "deplore", "confie",
		"commente", "plaide", "observe", "raconte", "tranche", "resume", "argue", "s'exclame", "exclame":
		return true
	}
	for _, s := range speechVerbStems {
		if strings.HasPrefix(w, s) && len(w)-len(s) <= 5 {
			rest := w[len(s):]
			switch rest {
			case "e", "ee", "es", "ees", "ait", "aient", "ent", "er", "ant", "era", "eront", "ra", "i", "it", "is", "u", "ue":
				return true
			}
		}
	}
	return false
}
