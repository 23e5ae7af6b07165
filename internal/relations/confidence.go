package relations

// Rules: the patterns that produce facts. Each fact carries the name of
// its rule, and its confidence is the precision that rule measured on the
// hand-checked audit (testdata/audit, TestAudit).
const (
	ruleVerb        = "verb"         // "X a critiqué Y"
	rulePassive     = "passive"      // "Y a été reçu par X"
	ruleReciprocal  = "reciprocal"   // "X et Y ont discuté"
	rulePair        = "pair"         // "les deux ministres ont discuté"
	ruleQualify     = "qualify"      // "X a qualifié Y de « scandaleux »"
	ruleNounBetween = "noun-between" // "un entretien entre X et Y"
	ruleNounWith    = "noun-with"    // "X a eu un entretien avec Y"
	ruleSaidAfter   = "said-after"   // "« … », a déclaré X"
	ruleSaidColon   = "said-colon"   // "X : « … »"
	ruleSaidBefore  = "said-before"  // "X a déclaré : « … »", "selon X, « … »"
	ruleSaidPronoun = "said-pronoun" // "« … », a-t-il ajouté"
	ruleSaidTitle   = "said-title"   // "« … », a déclaré le ministre"
	ruleRole        = "role"         // "le ministre russe Sergueï Lavrov"
)

// confidence is the measured precision of rule for facts of a CAMEO code
// and modality. Hedged and future facts are discounted: even when the
// rule reads the sentence right, the event may not happen.
func confidence(rule, cameo, modality string) float64 {
	c := 0.8
	switch rule {
	case ruleSaidAfter, ruleSaidPronoun:
		c = 0.85
	case ruleSaidColon, ruleSaidBefore:
		c = 0.7
	}
	switch modality {
	case "hedged":
		c = 0.5
	case "future":
		c = 0.6
	}
	return c
}

// root is the two-digit CAMEO root of a code: "111" is "11".
func root(cameo string) string {
	if len(cameo) < 2 {
		return cameo
	}
	return cameo[:2]
}
