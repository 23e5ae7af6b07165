package dgraph

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// A fact's display value (fact.display) holds everything an answer shows
// of it, in one value: its key, predicate, CAMEO code, role, quote, date,
// both ends and its topics (key, name, type, Wikidata id), its article
// (key, source, title, day), sentence, evidence and confidence. Dgraph
// charges for every value a query reads, and the same fact read as a tree
// costs about thirty (a dozen values and four nested nodes): 40 facts took
// 11 ms that way and 1.7 ms as one value each on the same server.
//
// The fact's own predicates stay the source of truth. The display value is
// written with them, in the same transaction, from the same values as
// Dgraph stores them (strings as writeEscaped leaves them, the nodes' own
// names), so that reading it gives what reading the tree gives; a full
// summary refresh (ingest --summarise) rewrites every one that differs from
// its tree, and a fact without one (loaded before display values existed)
// is read as a tree.
type display struct {
	Key string `json:"key"`
	kg.Fact
}

// displayOf encodes what a fact shows; its strings must already be as the
// store keeps them (stored).
func displayOf(key string, f kg.Fact) (string, error) {
	b, err := json.Marshal(display{Key: key, Fact: f})
	if err != nil {
		return "", fmt.Errorf("encode display of fact %s: %w", key, err)
	}
	return string(b), nil
}

// stored is s as the store keeps it once written through writeEscaped:
// control characters other than newline, return and tab become spaces, and
// bytes that are not UTF-8 become U+FFFD.
func stored(s string) string {
	clean := utf8.ValidString(s)
	for i := 0; clean && i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f {
			clean = false
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\r' && r != '\t') || r == 0x7f {
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}

// storedRef is an entity as its node answers.
func storedRef(key, name, typ, wikidata string) kg.EntityRef {
	return kg.EntityRef{Key: stored(key), Name: stored(name), Type: stored(typ), Wikidata: stored(wikidata)}
}

// sortRefs orders a fact's topics by key, the same however they were read.
func sortRefs(refs []kg.EntityRef) {
	sort.Slice(refs, func(i, j int) bool { return refs[i].Key < refs[j].Key })
}

// setDisplay fills the fact's fields from its display value.
func (f *factNode) setDisplay(d display) {
	node := func(r kg.EntityRef) entityNode {
		return entityNode{Key: r.Key, Name: r.Name, Type: r.Type, Wikidata: r.Wikidata}
	}
	f.Key, f.Predicate, f.Cameo, f.Role, f.Quote, f.Modality = d.Key, d.Predicate, d.Cameo, d.Role, d.Quote, d.Modality
	f.Date, f.Sentence, f.Evidence, f.Confidence = d.Date, d.Sentence, d.Evidence, d.Confidence
	f.Article.Key, f.Article.Source, f.Article.Title, f.Article.Published = d.Article.ID, d.Article.Source, d.Article.Title, d.Article.Published
	f.Subject = node(d.Subject)
	f.Object = nil
	if d.Object != nil {
		o := node(*d.Object)
		f.Object = &o
	}
	f.About = nil
	for _, a := range d.About {
		f.About = append(f.About, node(a))
	}
}

// showFacts completes facts read with factShown: from their display values,
// or, for facts without one (loaded before display values existed, until
// ingest --summarise writes them), from their trees, read in one more
// query. A fact deleted since its uid was read is left without a key. Dates
// keep only their day, however they were read.
func (s *Store) showFacts(ctx context.Context, fs []*factNode) error {
	var missing []string
	for _, f := range fs {
		if f.Display == "" {
			if isUID(f.UID) {
				missing = append(missing, f.UID)
			}
			continue
		}
		var d display
		if err := json.Unmarshal([]byte(f.Display), &d); err != nil {
			return fmt.Errorf("fact %s: display value: %w", f.UID, err)
		}
		f.setDisplay(d)
	}
	if len(missing) > 0 {
		var out struct {
			F []factNode `json:"f"`
		}
		if err := s.query(ctx, "{ f(func: uid("+strings.Join(missing, ", ")+")) { uid "+factFields+" } }", nil, &out); err != nil {
			return fmt.Errorf("read facts: %w", err)
		}
		byUID := make(map[string]factNode, len(out.F))
		for _, f := range out.F {
			byUID[f.UID] = f
		}
		for _, f := range fs {
			if t, ok := byUID[f.UID]; ok && f.Display == "" {
				*f = t
			}
		}
	}
	for _, f := range fs {
		f.Date = day(f.Date)
		f.Article.Published = day(f.Article.Published)
	}
	return nil
}

func self(f *factNode) *factNode { return f }

// refs points at each of fs, for showFacts.
func refs[T any](fs []T, node func(*T) *factNode) []*factNode {
	out := make([]*factNode, len(fs))
	for i := range fs {
		out[i] = node(&fs[i])
	}
	return out
}

// displayPage is how many facts one query of a display rebuild reads: their
// trees make about 1 MB, well under gRPC's 4 MB.
const displayPage = 1000

// rebuildDisplays reads every fact's tree, page by page in uid order, and
// rewrites the display values that differ from it (facts loaded before
// display values existed, or by dgraph live into a graph that already held
// their entities), and so the labels (display_name); it adds the day
// reported and the weights of path searches to facts loaded before they
// existed, and removes the name facts had before labels. It returns how many values it rewrote.
func (s *Store) rebuildDisplays(ctx context.Context) (int, error) {
	rewritten := 0
	after := "0x0"
	for {
		var out struct {
			F []factNode `json:"f"`
		}
		q := fmt.Sprintf(`query q($after: string) {
  f(func: type(Fact), first: %d, after: $after) { uid fact.display display_name fact.reported old_name: name
    ws: fact.subject @facets(weight) { uid } wo: fact.object @facets(weight) { uid } %s }
}`, displayPage, factFields)
		if err := s.query(ctx, q, map[string]string{"$after": after}, &out); err != nil {
			return rewritten, fmt.Errorf("dgraph: rebuild display values: %w", err)
		}
		var set, del nquads
		for _, f := range out.F {
			if f.Key == "" {
				continue
			}
			shown := f.fact()
			want, err := displayOf(f.Key, shown)
			if err != nil {
				return rewritten, fmt.Errorf("dgraph: rebuild display values: %w", err)
			}
			node := "<" + f.UID + ">"
			if f.Display != want {
				set.str(node, "fact.display", want)
			}
			if l := factLabel(f.Predicate, f.Role, f.Quote, shown.Object); f.Label != l {
				set.str(node, "display_name", l)
			}
			if f.Reported == "" && shown.Article.Published != "" {
				set.str(node, "fact.reported", shown.Article.Published)
			}
			if f.OldName != "" {
				del.edge(node, "name", "*")
			}
			// Weights for path searches, on facts loaded before them.
			weight := weightText(f.Predicate, f.Key)
			for _, end := range []struct {
				pred, alias string
				e           map[string]any
			}{{factSubject, "ws", f.WS}, {factObject, "wo", f.WO}} {
				uid, _ := end.e["uid"].(string)
				if !isUID(uid) {
					continue
				}
				w, ok := end.e[end.alias+"|weight"].(float64)
				if !ok || strconv.FormatFloat(w, 'f', 6, 64) != weight {
					set.facets(node, end.pred, "<"+uid+">", "weight="+weight)
				}
			}
		}
		n, err := s.commitEdits(ctx, &set, &del)
		if err != nil {
			return rewritten, fmt.Errorf("dgraph: rebuild display values: %w", err)
		}
		rewritten += n
		if len(out.F) < displayPage {
			return rewritten, nil
		}
		after = out.F[len(out.F)-1].UID
	}
}
