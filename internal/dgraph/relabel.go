package dgraph

import (
	"context"
	"fmt"

	"github.com/dgraph-io/dgo/v250/protos/api"
)

// labelled is what a label rebuild reads of a node.
type labelled struct {
	UID     string `json:"uid"`
	Label   string `json:"display_name"`
	OldName string `json:"old_name"`
	Name    string `json:"name"`
	Type    string `json:"entity.type"`
	Title   string `json:"article.title"`
	Source  string `json:"article.source"`
}

// rebuildLabels gives every entity and article the label it would get if
// loaded now, and removes name from articles, mentions and the Meta node,
// which had it before labels existed (a search by name finds entities
// only); facts are relabelled with their display values. It returns how many
// values it wrote or removed.
func (s *Store) rebuildLabels(ctx context.Context) (int, error) {
	steps := []struct {
		typ, fields string
		label       func(labelled) string
	}{
		{"Entity", "name entity.type", func(n labelled) string { return entityLabel(n.Name, n.Type) }},
		{"Article", "old_name: name article.title article.source", func(n labelled) string { return articleLabel(n.Title, n.Source) }},
		{"Mention", "old_name: name", nil},
		{"Meta", "old_name: name", func(labelled) string { return "summaries" }},
	}
	written := 0
	for _, st := range steps {
		after := "0x0"
		for {
			var out struct {
				N []labelled `json:"n"`
			}
			q := fmt.Sprintf(`query q($after: string) {
  n(func: type(%s), first: %d, after: $after) { uid display_name %s }
}`, st.typ, displayPage, st.fields)
			if err := s.query(ctx, q, map[string]string{"$after": after}, &out); err != nil {
				return written, fmt.Errorf("dgraph: rebuild labels: %w", err)
			}
			var set, del nquads
			for _, n := range out.N {
				node := "<" + n.UID + ">"
				if st.label != nil {
					if l := st.label(n); l != n.Label {
						set.str(node, "display_name", l)
					}
				}
				if n.OldName != "" {
					del.edge(node, "name", "*")
				}
			}
			n, err := s.commitEdits(ctx, &set, &del)
			if err != nil {
				return written, fmt.Errorf("dgraph: rebuild labels: %w", err)
			}
			written += n
			if len(out.N) < displayPage {
				break
			}
			after = out.N[len(out.N)-1].UID
		}
	}
	return written, nil
}

// commitEdits commits set and del in one transaction of their own, retried
// as every write is, and returns how many N-Quads it wrote (none: no
// transaction).
func (s *Store) commitEdits(ctx context.Context, set, del *nquads) (int, error) {
	if set.n+del.n == 0 {
		return 0, nil
	}
	mu := &api.Mutation{CommitNow: true}
	if set.n > 0 {
		mu.SetNquads = set.bytes()
	}
	if del.n > 0 {
		mu.DelNquads = del.bytes()
	}
	err := s.retry(ctx, func() error {
		_, err := s.dg.NewTxn().Mutate(ctx, mu)
		return err
	})
	if err != nil {
		return 0, err
	}
	return set.n + del.n, nil
}
