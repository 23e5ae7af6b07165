package entities

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/text"
)

// roleHeads are the titles (folded) that introduce or describe a person.
var roleHeads = []string{
	"président", "présidente", "vice-président", "vice-présidente", "président élu", "présidente élue",
	"premier ministre", "première ministre", "vice-premier ministre", "ministre", "ministre-président",
	"secrétaire d'État", "secrétaire général", "secrétaire générale", "secrétaire", "sous-secrétaire",
	"chancelier", "chancelière", "ambassadeur", "ambassadrice", "chargé d'affaires", "chargée d'affaires",
	"porte-parole", "chef de la diplomatie", "chef de l'État", "chef du gouvernement", "chef d'état-major",
	"chef de l'armée", "chef de l'opposition", "chef du Pentagone", "dirigeant", "dirigeante", "leader",
	"roi", "reine", "prince", "princesse", "prince héritier", "émir", "sultan", "pape", "ayatollah",
	"guide suprême", "PDG", "président-directeur général", "directeur", "directrice", "directeur général",
	"directrice générale", "patron", "patronne", "sénateur", "sénatrice", "député", "députée", "député européen", "députée européenne", "eurodéputé",
	"eurodéputée", "maire", "gouverneur", "gouverneure", "général", "maréchal", "amiral", "colonel",
	"commandant", "juge", "procureur", "procureure", "procureur général", "conseiller", "conseillère",
	"émissaire", "envoyé", "envoyée", "envoyé spécial", "envoyée spéciale", "médiateur", "médiatrice",
	"négociateur", "négociatrice", "commissaire", "haut représentant", "haute représentante", "homologue",
	"représentant", "représentante", "préfet", "préfète", "consul", "consule", "chef des renseignements",
	"cheffe du gouvernement", "cheffe de la diplomatie", "cheffe de l'État", "premier secrétaire",
	"première secrétaire", "secrétaire national", "président du conseil", "porte-parole du gouvernement",
	"homme d'affaires", "femme d'affaires", "délégué général", "déléguée générale", "délégué", "déléguée",
	"coordinateur", "coordinatrice", "chef de file", "cheffe de file", "parlementaire", "fondateur", "fondatrice",
	"rédacteur en chef", "rédactrice en chef", "avocat", "avocate", "haut-commissaire", "haute-commissaire",
	"sergent", "caporal", "adjudant", "capitaine",
	"president", "prime minister", "foreign minister", "secretary of state", "minister", "secretary",
	"ambassador", "spokesman", "spokeswoman", "spokesperson", "chancellor", "king", "queen", "senator",
	"governor", "mayor", "general", "counterpart", "leader", "secretary general", "secretary-general",
	"defence minister", "defense minister", "defense secretary", "defence secretary", "national security adviser",
	"foreign policy chief", "top diplomat", "opposition leader", "president-elect", "vice president", "envoy", "chief",
}

func newRoleHeads() *trieNode {
	root := &trieNode{}
	for _, h := range roleHeads {
		n := root
		toks := text.Tokenize(h)
		for _, t := range toks {
			n = n.child(t.Norm)
		}
		n.out = append(n.out, gazOut{entry: len(toks)})
	}
	return root
}

// participleTitles returns the titles spelled like a past participle:
// "député", "envoyé". Folding drops accents, so "jugé" (judged) would read
// as "juge" (judge) without them.
func participleTitles() map[string]bool {
	out := map[string]bool{}
	for _, h := range roleHeads {
		w, _, _ := strings.Cut(strings.ToLower(h), " ")
		if strings.HasSuffix(w, "é") || strings.HasSuffix(w, "ée") {
			out[w] = true
		}
	}
	return out
}

// participle reports whether a word is written as a past participle that
// no title is: "a jugé Bruno Le Maire", "a été nommé".
func (r *Recognizer) participle(word string) bool {
	w := strings.TrimPrefix(strings.ToLower(word), "ex-")
	w = strings.TrimSuffix(w, "s")
	if !strings.HasSuffix(w, "é") && !strings.HasSuffix(w, "ée") {
		return false
	}
	return !r.participleTitles[w]
}

// roleHead returns the end of the longest title starting at token i.
func (r *Recognizer) roleHead(toks []text.Token, i, end int) (int, bool) {
	if i < end && r.participle(toks[i].Text) {
		return -1, false
	}
	n := r.roles
	best := -1
	for j := i; j < end; j++ {
		norm := toks[j].Norm
		if j == i && strings.HasPrefix(norm, "ex-") {
			norm = norm[3:]
		}
		n = n.next[norm]
		if n == nil {
			break
		}
		if len(n.out) > 0 {
			best = j + 1
		}
	}
	return best, best > 0
}

// rolePhrase is a title found in the text, before it is tied to entities.
type rolePhrase struct {
	Role
	titleToks []int
	absorbed  []int // gazetteer spans swallowed by the phrase
	// nameFirst, nameLast are the tokens of the name the title introduces
	// (nameFirst is -1 when none).
	nameFirst, nameLast int
	// orgTok is the first token of a capitalised body the title is for
	// ("du PS"), or -1.
	orgTok int
}

// parseRoles finds every title phrase of sentence s. spanAt maps a token
// to the gazetteer span starting there (-1 when none).
func (r *Recognizer) parseRoles(d *text.Doc, si int, spans []span, spanAt, covered []int) []rolePhrase {
	toks := d.Tokens
	s := d.Sentences[si]
	lex := r.lex
	var out []rolePhrase
	for i := s.First; i < s.Last; i++ {
		if covered[i] >= 0 || toks[i].Kind != text.Word {
			continue
		}
		he, ok := r.roleHead(toks, i, s.Last)
		if !ok {
			continue
		}
		if he == i+1 && toks[i].Norm == "chief" && toks[i].Cap {
			continue // "Chief Cabinet Secretary", "Chief Justice": a longer title
		}
		if toks[i].Cap && i > s.First && !toks[i].Newline {
			// "Marion Maréchal", "Sophie Juge": a capitalised title right
			// after a capitalised name word is a surname.
			if p := toks[i-1]; p.Kind == text.Word && p.Cap && !p.Upper && !lex.function[p.Norm] && !lex.determiners[p.Norm] &&
				!lex.personTitle[p.Norm] && !lex.roleMods[p.Norm] && !lex.capNouns[p.Norm] && covered[i-1] < 0 {
				if _, role := r.roleHead(toks, i-1, i); !role {
					continue
				}
			}
		}
		// "le Premier ministre" but not "premier" alone in "le premier pas".
		p := rolePhrase{Role: Role{Head: headNorm(toks, i, he), Person: -1, Country: -1, Anaphor: -1, countryC: -1, personC: -1, Sentence: si, InQuote: d.InQuote[i]}}
		p.nameFirst, p.orgTok = -1, -1
		p.Homologue = p.Head == "homologue" || p.Head == "counterpart"
		start := i
		for start > s.First && lex.roleMods[toks[start-1].Norm] {
			start--
		}
		for k := start; k < he; k++ {
			p.titleToks = append(p.titleToks, k)
		}
		first := start
		if first > s.First {
			det := toks[first-1].Norm
			if lex.determiners[det] {
				first--
				switch det {
				case "le", "la", "l'", "du", "au", "the":
					p.Definite = true
				case "les", "des", "aux", "ses", "leurs":
					p.Plural = true
				}
			}
		}
		j := he
	complements:
		for j < s.Last {
			t := toks[j]
			if k := spanAt[j]; k >= 0 && spans[k].kind == kindDemonym {
				if p.countryC < 0 {
					p.countryC = k
				}
				p.absorbed = append(p.absorbed, k)
				j = spans[k].last
				continue
			}
			if p.countryC < 0 && p.orgTok < 0 && !t.Newline {
				// "le député LREM", "la sénatrice EELV": the party right
				// after the title is whose post it is.
				if g := spanAt[j]; g >= 0 && spans[g].kind != kindDemonym && r.gaz.entries[spans[g].entry].Type == kg.Org {
					p.countryC = g
					p.absorbed = append(p.absorbed, g)
					j = spans[g].last
					continue
				} else if g < 0 && covered[j] < 0 && t.Kind == text.Word && loneAcronym(toks, j, s.Last) {
					p.orgTok = j
					j++
					continue
				}
			}
			if t.Norm == "aupres" && j+2 < s.Last {
				// "le secrétaire d'Etat auprès du ministre des Affaires
				// étrangères": the minister the post is attached to is
				// part of the title, not another title.
				m := j + 1
				switch toks[m].Norm {
				case "du":
					m++
				case "de":
					m++
					if m < s.Last && (toks[m].Norm == "la" || toks[m].Norm == "l'") {
						m++
					}
				}
				if m > j+1 && m < s.Last {
					if he2, ok := r.roleHead(toks, m, s.Last); ok {
						for k := j; k < he2; k++ {
							p.titleToks = append(p.titleToks, k)
						}
						j = he2
						continue
					}
				}
			}
			if t.Norm == "par" && j+1 < s.Last && toks[j+1].Norm == "interim" {
				p.titleToks = append(p.titleToks, j, j+1) // "le président par intérim du parti"
				j += 2
				continue
			}
			switch {
			case lex.roleAdjs[t.Norm] && t.Kind == text.Word && !t.Cap:
				p.titleToks = append(p.titleToks, j)
				j++
				continue
			case lex.partyAdjs[t.Norm] && t.Kind == text.Word && !t.Cap:
				j++ // "la sénatrice démocrate Elizabeth Warren"
				continue
			case t.Norm == "de" || t.Norm == "du" || t.Norm == "des" || t.Norm == "d'" || t.Norm == "a" || t.Norm == "au" || t.Norm == "aux" || t.Norm == "of":
				k := j + 1
				if k < s.Last && (toks[k].Norm == "la" || toks[k].Norm == "l'") && (t.Norm == "de" || t.Norm == "a") {
					k++
				}
				if k >= s.Last {
					break complements
				}
				if g := spanAt[k]; g >= 0 && spans[g].kind != kindDemonym {
					e := r.gaz.entries[spans[g].entry]
					if e.Type == kg.GPE || e.Type == kg.Org || e.Type == kg.Loc {
						if t.Norm == "a" || t.Norm == "au" || t.Norm == "aux" {
							// "à Jérusalem": where the post is, not whose.
							p.absorbed = append(p.absorbed, g)
							j = spans[g].last
							continue
						}
						if p.countryC < 0 {
							p.countryC = g
						}
						p.absorbed = append(p.absorbed, g)
						j = spans[g].last
						continue
					}
					break complements
				}
				if lex.institution[toks[k].Norm] && !toks[k].Cap || toks[k].Norm == "ministere" {
					// "porte-parole du ministère iranien des Affaires étrangères"
					for m := j; m <= k; m++ {
						p.titleToks = append(p.titleToks, m)
					}
					j = k + 1
					continue
				}
				if t.Norm != "a" && t.Norm != "au" && t.Norm != "aux" && toks[k].Kind == text.Word && toks[k].Cap && covered[k] < 0 &&
					!lex.function[toks[k].Norm] && !lex.capNouns[toks[k].Norm] && !lex.ministries[toks[k].Norm] && p.orgTok < 0 {
					// "premier secrétaire du PS": the body the title is for.
					if _, isRole := r.roleHead(toks, k, s.Last); !isRole {
						p.orgTok = k
						j = k + 1
						for j < s.Last && toks[j].Kind == text.Word && toks[j].Cap && covered[j] < 0 && !(toks[k].Upper && r.looseNameAt(toks, j, s.Last)) {
							j++ // (not "du PNF Eliane Houlette": the acronym, then the holder)
						}
						break complements
					}
				}
				if lex.ministries[toks[k].Norm] {
					end := r.ministryEnd(toks, k, s.Last, spanAt)
					for m := j; m < end; m++ {
						p.titleToks = append(p.titleToks, m)
					}
					j = end
					continue
				}
				break complements
			}
			break
		}
		if p.countryC < 0 && d.Lang == "en" {
			// "Russian President Vladimir Putin", "U.S. Secretary of
			// State", "NATO Secretary General", "Iran's foreign minister":
			// English puts whose post it is before the title.
			if k := countryBefore(d, spans, start); k >= 0 && r.gaz.entries[spans[k].entry].Type != kg.Person {
				p.countryC = k
				p.absorbed = append(p.absorbed, k)
			}
		}
		p.First, p.Last = first, j
		// A name may follow, directly or after a comma, or after the
		// acronym of the body in brackets ("le chef de la diplomatie de
		// l'Union européenne (UE) Josep Borrell"), or after a comma and
		// an honorific that goes with the name ("le guide suprême
		// iranien, l'ayatollah Ali Khamenei").
		n := j
		if n+2 < s.Last && toks[n].Text == "(" && toks[n+2].Text == ")" && toks[n+1].Upper {
			n += 3
		}
		if n < s.Last && toks[n].Text == "," {
			n++
			if n+2 < s.Last && (toks[n].Norm == "l'" || toks[n].Norm == "le" || toks[n].Norm == "la") && honorifics[toks[n+1].Norm] {
				if g := spanAt[n+1]; g >= 0 && r.gaz.entries[spans[g].entry].Type == kg.Person && spans[g].kind == kindName {
					n++ // the honorific inside the known name
				} else if spanAt[n+2] >= 0 || toks[n+2].Cap {
					n += 2
				}
			}
		}
		for n+1 < s.Last && lex.personTitle[toks[n].Norm] && toks[n].Cap && (toks[n+1].Text == "." || toks[n+1].Cap) {
			n++ // "le président, M. Dupont"
			if toks[n].Text == "." {
				n++
			}
		}
		if n < s.Last {
			if end, c := r.personAfter(toks, n, s.Last, spans, spanAt, covered); c != 0 {
				p.Last, p.nameFirst, p.nameLast = end, n, end
				if c > 0 {
					p.personC = spanAt[n]
				}
			}
		}
		p.Title = joinTokens(d, p.titleToks)
		out = append(out, p)
		i = j - 1
	}
	return out
}

// honorifics are the titles that go with a name as part of how it is
// said (folded), which a first title may stand in apposition to: "le
// guide suprême iranien, l'ayatollah Ali Khamenei". Not the titles of
// office, which after a comma name another person as often ("le président
// français, le chancelier allemand Olaf Scholz").
var honorifics = map[string]bool{"ayatollah": true, "cheikh": true, "imam": true, "mollah": true, "general": true,
	"marechal": true, "colonel": true, "amiral": true, "commandant": true, "capitaine": true, "sergent": true,
	"docteur": true, "professeur": true, "cardinal": true, "prince": true, "princesse": true, "emir": true}

// ministryEnd returns the end of a ministry name starting at k: "Affaires
// étrangères", "Europe et des Affaires étrangères", "Défense nationale".
// spanAt (nil when unknown) stops it at a gazetteer name.
func (r *Recognizer) ministryEnd(toks []text.Token, k, end int, spanAt []int) int {
	j := k + 1
	for j < end && (spanAt == nil || spanAt[j] < 0) {
		t := toks[j]
		if t.Kind == text.Word && t.Cap && ministryAdjectives[t.Norm] {
			j++ // "Affaires Etrangères", capitalised as some write it
			continue
		}
		if t.Kind == text.Word && !t.Cap && !r.lex.function[t.Norm] && !r.lex.connectors[t.Norm] && len(t.Norm) > 3 && (strings.HasSuffix(t.Norm, "es") || strings.HasSuffix(t.Norm, "e") || strings.HasSuffix(t.Norm, "le") || strings.HasSuffix(t.Norm, "al") || strings.HasSuffix(t.Norm, "aux")) && !isVerbLike(t.Norm) {
			j++
			continue
		}
		if t.Norm == "et" && j+2 < end && (toks[j+1].Norm == "de" || toks[j+1].Norm == "des" || toks[j+1].Norm == "du" || toks[j+1].Norm == "d'") {
			m := j + 2
			if toks[m].Norm == "la" || toks[m].Norm == "l'" {
				m++
			}
			if m < end && r.lex.ministries[toks[m].Norm] {
				j = m + 1
				continue
			}
		}
		break
	}
	return j
}

func isVerbLike(w string) bool {
	return strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ees") || w == "sont" || w == "est"
}

// personAfter looks for a person's name at token n. It returns the end of
// the name and 1 for a gazetteer person (span at n), -1 for a capitalised
// sequence or handle, 0 for none.
func (r *Recognizer) personAfter(toks []text.Token, n, end int, spans []span, spanAt, covered []int) (int, int) {
	if g := spanAt[n]; g >= 0 {
		if r.gaz.entries[spans[g].entry].Type == kg.Person && spans[g].kind == kindName {
			return spans[g].last, 1
		}
		return 0, 0
	}
	if covered[n] >= 0 {
		return 0, 0
	}
	t := toks[n]
	if t.Kind == text.Handle {
		return n + 1, -1
	}
	if t.Kind != text.Word || !t.Cap || r.lex.function[t.Norm] || r.lex.capNouns[t.Norm] || loneAcronym(toks, n, end) {
		return 0, 0
	}
	if _, isRole := r.roleHead(toks, n, end); isRole {
		return 0, 0
	}
	j := n + 1
	for j < end && !toks[j].Newline {
		if spanAt[j] >= 0 || covered[j] >= 0 {
			break
		}
		if toks[j].Kind == text.Word && toks[j].Cap {
			j++
			continue
		}
		if r.lex.connectors[toks[j].Norm] && j+1 < end && toks[j+1].Kind == text.Word && toks[j+1].Cap && spanAt[j+1] < 0 {
			j += 2
			continue
		}
		break
	}
	return j, -1
}

// loneAcronym reports whether token n is a word in capitals that no other
// capitalised word follows: "le député LREM", "la maire PCF" name a
// party, not a person.
func loneAcronym(toks []text.Token, n, end int) bool {
	t := toks[n]
	if !t.Upper || len([]rune(t.Text)) > 6 {
		return false
	}
	return n+1 >= end || toks[n+1].Kind != text.Word || !toks[n+1].Cap
}

func headNorm(toks []text.Token, i, j int) string {
	parts := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		parts = append(parts, strings.TrimPrefix(toks[k].Norm, "ex-"))
	}
	return strings.Join(parts, " ")
}

// joinTokens writes tokens idx (ascending) as the text has them, with one
// space across gaps.
func joinTokens(d *text.Doc, idx []int) string {
	var b strings.Builder
	for n, k := range idx {
		t := d.Tokens[k]
		if n > 0 {
			prev := idx[n-1]
			if prev == k-1 {
				b.WriteString(d.Text[d.Tokens[prev].End:t.Start])
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t.Text)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// countryBefore returns the gazetteer span (a demonym, country or
// organisation) that ends right before token start, possessive "'s"
// aside, or -1.
func countryBefore(d *text.Doc, spans []span, start int) int {
	end := start
	if end > 0 && d.Tokens[end-1].Norm == "'s" {
		end--
	}
	for k := len(spans) - 1; k >= 0; k-- {
		if spans[k].last == end {
			return k
		}
		if spans[k].last < end {
			break
		}
	}
	return -1
}
