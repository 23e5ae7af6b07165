package dgraph

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dgraph-io/dgo/v250/protos/api"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// SimilarNames is a pair of people whose names are one edit apart ("Gabi
// Ashekenazi" and "Gabi Ashkenazi"): most often one person, misspelt in one
// article. They are not merged, since two people can have such names
// ("Li Wei", "Li Wen"), and a merge cannot be taken back; they are flagged,
// with an entity.similar edge each way (facets edits and decision), for a
// reader to judge.
type SimilarNames struct {
	A, B kg.EntityRef
	// Decision says why the pair is flagged, or why not.
	Decision string
}

// similarRare is how many articles at most the people searched for appear
// in: a misspelling is rare, and a pair is found when its rare side is
// summarised, so the hubs every run touches cost no search.
const similarRare = 2

// similarMin is the shortest differing word a pair may have: one letter
// apart, short words are often different names ("Wei", "Wen").
const similarMin = 5

type similarNode struct {
	UID      string `json:"uid"`
	Key      string `json:"entity.key"`
	Name     string `json:"name"`
	Wikidata string `json:"entity.wikidata"`
	Articles int    `json:"entity.articles"`
}

func (n similarNode) ref() kg.EntityRef {
	return kg.EntityRef{Key: n.Key, Name: n.Name, Type: kg.Person, Wikidata: n.Wikidata}
}

// flagSimilar looks for people one edit apart from the rare people among
// uids (in similarRare articles at most, counted by their new summaries),
// flags each pair found and returns them, flagged or not, with the
// decision, in key order.
//
// Each rare person's pairs come from the first 10 people, in uid order,
// that match(name, NAME, 1) finds. Asked of the whole graph, match reads
// every name sharing a trigram with NAME ("Jea", "an ") and measures its
// distance: a share of all people for each rare person, whose number
// grows with the corpus too, so the search grew with its square
// (docs/PERFORMANCE.md, "Summary refresh: growth with the corpus"). So
// the names are read once (similarCandidates), the people match could
// find are picked from them here, and match is asked only of those: the
// same people in the same order, at a cost that grows with the corpus.
func (s *Store) flagSimilar(ctx context.Context, uids []string) ([]SimilarNames, error) {
	const page = 50 // candidate searches in one query
	var people []similarNode
	for i := 0; i < len(uids); i += 1000 {
		var out struct {
			P []similarNode `json:"p"`
		}
		q := "{ p(func: uid(" + strings.Join(uids[i:min(i+1000, len(uids))], ", ") + `)) @filter(eq(entity.type, "PERSON")) { uid entity.key name entity.wikidata entity.articles } }`
		if err := s.query(ctx, q, nil, &out); err != nil {
			return nil, fmt.Errorf("dgraph: similar names: %w", err)
		}
		for _, p := range out.P {
			if len(strings.Fields(p.Name)) >= 2 && p.Articles <= similarRare {
				people = append(people, p)
			}
		}
	}
	if len(people) == 0 {
		return nil, nil
	}
	cands, err := s.similarCandidates(ctx, people)
	if err != nil {
		return nil, fmt.Errorf("dgraph: similar names: %w", err)
	}
	// Only people with a candidate besides themselves can make a pair.
	var searched []int
	for i := range people {
		if len(cands[i]) > 1 {
			searched = append(searched, i)
		}
	}
	seen := map[[2]string]bool{}
	var pairs []SimilarNames
	var set nquads
	for i := 0; i < len(searched); i += page {
		group := searched[i:min(i+page, len(searched))]
		var b strings.Builder
		vars := map[string]string{}
		b.WriteString("query q(")
		for j := range group {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "$n%d: string", j)
			vars["$n"+strconv.Itoa(j)] = people[group[j]].Name
		}
		b.WriteString(") {\n")
		// match filters alone, in a block of its own: beside another
		// filter in one @filter it crashed the alpha at 20,000 articles
		// (index out of range in handleValuePostings): it narrows, in
		// place, the uid list its sibling is still reading.
		for j, p := range group {
			fmt.Fprintf(&b, "  m%d as var(func: uid(%s)) @filter(match(name, $n%d, 1))\n", j, strings.Join(cands[p], ", "), j)
			fmt.Fprintf(&b, "  c%d(func: uid(m%d), first: 10) @filter(eq(entity.type, \"PERSON\")) { uid entity.key name entity.wikidata }\n", j, j)
		}
		b.WriteString("}")
		var out map[string][]similarNode
		if err := s.query(ctx, b.String(), vars, &out); err != nil {
			return nil, fmt.Errorf("dgraph: similar names: %w", err)
		}
		for j, pi := range group {
			p := people[pi]
			for _, c := range out["c"+strconv.Itoa(j)] {
				if c.UID == p.UID {
					continue
				}
				a, o := p, c
				if o.Key < a.Key {
					a, o = o, a
				}
				if seen[[2]string{a.Key, o.Key}] {
					continue
				}
				seen[[2]string{a.Key, o.Key}] = true
				d := similarDecision(a, o)
				if d == "" {
					continue
				}
				pairs = append(pairs, SimilarNames{A: a.ref(), B: o.ref(), Decision: d})
				if strings.HasPrefix(d, "flagged") {
					facets := "edits=1, decision=" + quote(d)
					set.facets("<"+a.UID+">", "entity.similar", "<"+o.UID+">", facets)
					set.facets("<"+o.UID+">", "entity.similar", "<"+a.UID+">", facets)
				}
			}
		}
	}
	if set.n > 0 {
		err := s.retry(ctx, func() error {
			_, err := s.dg.NewTxn().Mutate(ctx, &api.Mutation{SetNquads: set.bytes(), CommitNow: true})
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("dgraph: flag similar names: %w", err)
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].A.Key != pairs[j].A.Key {
			return pairs[i].A.Key < pairs[j].A.Key
		}
		return pairs[i].B.Key < pairs[j].B.Key
	})
	return pairs, nil
}

// similarScan is how many people one query of similarCandidates reads:
// their uids and names make about 500 kB.
const similarScan = 10000

// similarCandidates reads every person's name and returns, for each of
// people, the uids of those match(name, NAME, 1) could find from the
// whole graph (itself included): every person whose name is one edit from
// NAME at most, and maybe a few more, that shares one of NAME's trigrams.
//
// Two names one edit apart at most are equal once one letter, or none, is
// deleted from each (a replaced letter deleted from both, an inserted one
// from the longer), so the names are matched by those deletions; letters
// are runes, as for match's edit distance. A trigram is three bytes, as
// Dgraph's trigram index cuts them: match reads only the names holding one
// of NAME's, and one edit in a short name can leave it none.
func (s *Store) similarCandidates(ctx context.Context, people []similarNode) ([][]string, error) {
	byDeletion := map[string][]int{}
	for i, p := range people {
		for _, d := range deletions(p.Name) {
			if l := byDeletion[d]; len(l) == 0 || l[len(l)-1] != i {
				byDeletion[d] = append(l, i)
			}
		}
	}
	cands := make([][]string, len(people))
	// added is, for each of people, the last name read (counted from 1)
	// it took: a name reached by two deletions is taken once.
	added := make([]int, len(people))
	person := 0
	after := "0x0"
	for {
		var out struct {
			P []struct {
				UID  string `json:"uid"`
				Name string `json:"name"`
			} `json:"p"`
		}
		q := `query q($after: string) {
  p(func: eq(entity.type, "PERSON"), first: ` + strconv.Itoa(similarScan) + `, after: $after) { uid name }
}`
		if err := s.query(ctx, q, map[string]string{"$after": after}, &out); err != nil {
			return nil, fmt.Errorf("read names: %w", err)
		}
		for _, c := range out.P {
			person++
			for _, d := range deletions(c.Name) {
				for _, i := range byDeletion[d] {
					if added[i] != person && sharesTrigram(people[i].Name, c.Name) {
						added[i] = person
						cands[i] = append(cands[i], c.UID)
					}
				}
			}
		}
		if len(out.P) < similarScan {
			return cands, nil
		}
		after = out.P[len(out.P)-1].UID
	}
}

// deletions is name, and name with each of its letters deleted in turn.
func deletions(name string) []string {
	r := []rune(name)
	out := make([]string, 0, len(r)+1)
	out = append(out, name)
	for i := range r {
		out = append(out, string(r[:i])+string(r[i+1:]))
	}
	return out
}

// sharesTrigram tells whether name holds one of the trigrams of query, as
// Dgraph's trigram index cuts them: every three bytes in a row.
func sharesTrigram(query, name string) bool {
	for i := 0; i+3 <= len(query); i++ {
		if strings.Contains(name, query[i:i+3]) {
			return true
		}
	}
	return false
}

// similarDecision tells whether two people's names are one edit apart in a
// word of similarMin letters or more, and what to make of it: "" when they
// are not, "kept apart: …" when their Wikidata ids differ (the knowledge
// base knows two people), else "flagged: …".
func similarDecision(a, b similarNode) string {
	x, y := strings.Fields(kg.Normalize(a.Name)), strings.Fields(kg.Normalize(b.Name))
	if len(x) != len(y) {
		return ""
	}
	diff := -1
	for i := range x {
		if x[i] != y[i] {
			if diff >= 0 {
				return ""
			}
			diff = i
		}
	}
	if diff < 0 || len([]rune(x[diff])) < similarMin || len([]rune(y[diff])) < similarMin || !oneEdit(x[diff], y[diff]) {
		return ""
	}
	where := "surname"
	if diff < len(x)-1 {
		where = "first name"
	}
	switch {
	case a.Wikidata != "" && b.Wikidata != "":
		return "kept apart: " + where + " one edit apart, but two Wikidata ids"
	case a.Wikidata != "" || b.Wikidata != "":
		return "flagged: " + where + " one edit apart from a known person's, most likely misspelt"
	}
	return "flagged: " + where + " one edit apart"
}

// oneEdit tells whether a and b differ by one inserted, deleted or replaced
// letter.
func oneEdit(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	if len(x) == len(y) {
		return i < len(x) && string(x[i+1:]) == string(y[i+1:])
	}
	return string(x[i:]) == string(y[i+1:])
}
