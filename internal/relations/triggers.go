package relations

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
