package relations

import "github.com/newsgraph/newsgraph/internal/kg"

// Rules: the patterns that produce facts (the French tree rules are named
// in events_fr.go, statements_fr.go and roles_fr.go, the English ones in
// english.go). Each fact carries the name of its rule, and its confidence
// is the precision that rule measured on hand-checked text (TestAudit).
const (
	rulePair = "pair" // "les deux ministres ont discuté"
	ruleRole = "role" // "le ministre russe Sergueï Lavrov": the recogniser's titles
)

// The precision of a rule is measured on hand-checked text: correct facts
// c of n extracted, pooled over testdata/audit (tuned on),
// testdata/holdout (written afterwards, never tuned on) and, for French,
// the 32 real articles of the dev set (eval/dev and ../shared/eval/dev,
// gold by independent annotators; scored with ../shared/eval/score on the
// facts of one rule at a time). Few facts say little, so the measure is
// shrunk toward the prior precision p0 of an untuned rule, as if m more
// facts had been seen at p0:
//
//	(c + m·p0) / (n + m),  p0 = 0.80, m = 4
//
// p0 is the event precision the holdout's first batch measured at its
// first run, 8 of 10. TestAudit fails when a constant below drifts more
// than 0.1 from what the audit sets alone measure; rerun it, and the dev
// set, after changing a rule.
const (
	priorPrecision = 0.80
	priorWeight    = 4
)

// shrunk is the measured precision of a rule, shrunk toward the prior.
func shrunk(correct, extracted int) float64 {
	return (float64(correct) + priorWeight*priorPrecision) / (float64(extracted) + priorWeight)
}

// ruleConfidence is each rule's shrunk precision when last measured
// (TestAudit prints the counts).
var ruleConfidence = map[string]float64{
	// French events: the hand-judged corpus samples (testdata/judged),
	// the events of all samples that this extractor still finds alike
	// (TestJudgedCalibration). The audit sets and the dev set gave 0.95
	// and more to every rule: real news is harder than they are. Each
	// event's confidence is its lexicon entry's record in the same
	// samples, shrunk toward its rule's (eventConfidence). An event is
	// judged as the store keeps it: one wrong only for a day the text
	// does not name, which is never stored (dayConfidence), is right.
	ruleTreeVerb:       0.91, // 942/1038
	ruleTreePassive:    0.87, // 105/120
	ruleTreeReciprocal: 0.87, // 29/33
	ruleTreeShared:     0.79, // 177/224: control and purpose clauses, whose subject and modality the parse hides
	ruleTreePronoun:    0.83, // 141/170
	ruleTreeNoun:       0.86, // 123/143 (with the inquiries of new-events-34)
	ruleTreeLight:      0.91, // 157/173
	ruleTreeCharge:     0.85, // 18/21: samples 15 and 16, and new-events-53 to -55 (the blaming attributes of 547dded and after: every event the corpus gave, judged by two new judges)
	ruleTreeSelf:       0.89, // 79/88 (the speaker's "nous" of new-events-35: 22/26): new-events-17-self (every one the corpus gave at 7eef45c) and events of earlier samples' articles it now finds
	ruleTreeReproach:   0.93, // 64/68: sample 17, new-events-17 (every one the corpus gave at the draw), new-events-18, -19 and -34
	ruleTreeThreat:     0.80, // not judged yet: the prior
	ruleTreeOpponent:   0.91, // 5/5: new-events-37 (every one the corpus gave at df64b12)
	ruleTreeFeeling:    0.65, // 2/4: new-events-35
	ruleTreeTribute:    0.95, // 70/70: new-events-45 (every one the corpus gave at 4d71f3f) gives 0.99; held lower, one judge
	ruleTreeRequest:    0.80, // not judged independently: the prior (the corpus gave 15 at its first run, all 15 right as read by the developer)
	ruleTreeCourt:      0.91, // 26/28: new-events-45 (every one the corpus gave at 4d71f3f)
	ruleTreePraise:     0.94, // 10/10: new-events-18 and -19 (every new event of the corpus at 3d2c35a and a72f1f4), and the praising attributes of new-events-54 and -55
	rulePair:           0.64, // 0/1
	ruleTreeRole:       0.90, // 32/35 (audit 8/9, holdout 8/9, dev 16/17)
	ruleRole:           0.95, // 119/122 (audit 41/41, holdout 33/33, dev 45/48) gives 0.96
	ruleOfficeRole:     0.90, // dev 5/5 new roles right; 39/40 on 2,000 corpus articles as read by the developer (not independent): held at 0.90
	// French quotations: the hand-judged quotation samples (testdata/judged,
	// every quotes*.tsv), those this extractor still gives to the same
	// speaker (TestJudgedQuoteCalibration). The audit sets and the dev set
	// had given 0.84 to 0.94: real news is harder here too, but for the
	// incise.
	ruleQuoteIncise:    0.97, // 868/895 (with the incises of manner, sample 31)
	ruleQuoteIntro:     0.89, // 255/286 (incise-et-quotes-36: 29/32)
	ruleQuotePronoun:   0.84, // 634/756 (incise-et-quotes-36: 14/20; heads-new-quotes-30: 42/53; unnamed-lost-quotes-33, after an unnamed speaker: 32/50)
	ruleQuoteTitle:     0.83, // 157/190 (with the nouns put beside a name, sample 28)
	ruleQuoteContinued: 0.83, // 207/249
	ruleQuoteSelon:     0.84, // 28/33
	ruleQuoteColon:     0.93, // 59/63 (colon-quotes-23: 55/60, its 5 wrong ones no longer given)
	ruleQuoteTopic:     0.81, // 22/27
	ruleQuoteSibling:   0.84, // 32/38
	ruleQuoteBody:      0.92, // 133/144: body-quotes-25 (57/60), -29 (31/33) and the spokespersons of new-quotes-24
	ruleQuoteBodyPron:  0.88, // 55/62 still given: body-quotes-29
	ruleQuoteCleft:     0.90, // 19/20: cleft-quotes-42 (every one the corpus gave at 1fb3fba), held lower for so few

	// English, pooled over testdata/audit-en (tuned on) and
	// testdata/holdout-en (never tuned on; two batches, each measured at
	// its first run: events 20/20 and 16/16).
	ruleEnVerb:        0.90, // 53/53 (audit-en 25/25, holdout-en 28/28) gives 0.99; held lower: English recognition is younger than French
	ruleEnPassive:     0.91, // 5/5
	ruleEnReciprocal:  0.84, // 1/1
	ruleEnPair:        0.93, // 7/7
	ruleEnPronoun:     0.85, // 3/3 gives 0.89; held lower, as for French
	ruleEnNounWith:    0.87, // 2/2
	ruleEnAction:      0.84, // 1/1
	ruleEnSaidAfter:   0.96, // 15/15
	ruleEnSaidPronoun: 0.87, // 2/2
	ruleEnSaidBefore:  0.91, // 5/5
	ruleEnSaidTitle:   0.80, // not yet seen: the prior
}

// Planned and hedged events are discounted: even read right, the event
// may not happen, and the judges found their modality wrong more often
// (a done act read as planned). In the judged samples (TestJudgedCalibration)
// asserted events were right 965 times of 1,087 (0.89), planned ones 50
// of 82 (0.61, 0.69 of that) and hedged ones 18 of 28 (0.64, 0.72). A graph
// filtered on confidence shows what happened above what was announced.
const (
	futureFactor = 0.7
	hedgedFactor = 0.7
)

// dayConfidence is the precision of a day the text does not name but the
// extractor estimates (kg.Relation.DateFrom): on the judged samples, how
// often such a day was right on events whose act was right
// (TestJudgedCalibration), shrunk toward the prior. An event's confidence
// is its act's, since the store never keeps an estimated day as the
// fact's date; the estimate is printed with this confidence of its own.
var dayConfidence = map[string]float64{
	kg.DatePublished: 0.78, // 204/262
	kg.DateContext:   0.89, // 81/91: the lede's day for the headline and lede
	// The lede's day for the body of an article of another day: 27 of
	// 39 decided by an independent judge (judged/story-days-21.tsv; 8
	// more the article does not let one tell), and 6 of 6 in the random
	// sample 22: 33/45.
	kg.DateStory: 0.74,
}

// judgedRules are the rules whose confidence the judged corpus samples
// measure, not the audit sets (TestAudit leaves them out).
var judgedRules = set(ruleTreeVerb, ruleTreePassive, ruleTreeReciprocal, ruleTreeShared, ruleTreePronoun, ruleTreeNoun,
	ruleTreeLight, ruleTreeReproach, ruleTreeSelf, rulePair, ruleTreeTribute, ruleTreeCourt,
	ruleQuoteIncise, ruleQuoteIntro, ruleQuotePronoun, ruleQuoteTitle, ruleQuoteContinued, ruleQuoteSelon, ruleQuoteColon,
	ruleQuoteTopic, ruleQuoteSibling, ruleQuoteCleft) // TestJudgedQuoteCalibration

// confidence is the measured precision of rule, discounted by modality.
// ruleConfidence is read-only.
func confidence(rule, cameo, modality string) float64 {
	c, ok := ruleConfidence[rule]
	if !ok {
		c = priorPrecision
	}
	return discounted(c, modality)
}

// eventConfidence is the precision of an event stated by lexicon entry f
// and found by rule: the entry's record in the judged samples, shrunk
// toward the rule's precision, discounted by modality. "accuser" (140/148)
// gives 0.94 by tree-verb; the noun "visite" (29/39), 0.75.
func eventConfidence(rule string, f frame, modality string) float64 {
	p, ok := ruleConfidence[rule]
	if !ok {
		p = priorPrecision
	}
	c := (float64(f.judged.right) + priorWeight*p) / (float64(f.judged.of) + priorWeight)
	return discounted(c, modality)
}

// discounted is precision c of an event of this modality, rounded.
func discounted(c float64, modality string) float64 {
	switch modality {
	case "hedged":
		c *= hedgedFactor
	case "future":
		c *= futureFactor
	}
	return float64(int(c*100+0.5)) / 100
}

// root is the two-digit CAMEO root of a code: "111" is "11".
func root(cameo string) string {
	if len(cameo) < 2 {
		return cameo
	}
	return cameo[:2]
}
