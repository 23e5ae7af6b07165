package dgraph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/dgraph-io/dgo/v250/protos/api"

	"github.com/newsgraph/newsgraph/graph"
)

// applySchema alters the schema only when the graph's differs from
// graph/schema.dql: an alter makes Dgraph rebuild indexes in the background,
// and queries during a rebuild see nothing.
func (s *Store) applySchema(ctx context.Context) error {
	current, err := s.schemaCurrent(ctx)
	if err != nil || current {
		return err
	}
	populated, err := s.populated(ctx)
	if err != nil {
		return err
	}
	err = s.retry(ctx, func() error {
		return s.dg.Alter(ctx, &api.Operation{Schema: graph.Schema})
	})
	if err != nil {
		return fmt.Errorf("dgraph: apply schema: %w", err)
	}
	// The embedded engine rebuilds indexes in the background after an
	// alter; until it is done, queries see an empty graph.
	for start := time.Now(); populated && s.embedded && time.Since(start) < time.Minute; {
		if ok, err := s.populated(ctx); err != nil || ok {
			break
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("dgraph: apply schema: wait for the indexes: %w", ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
	if s.embedded {
		if err := os.WriteFile(s.schemaMark(), []byte(schemaSum()), 0o644); err != nil {
			return fmt.Errorf("dgraph: note schema: %w", err)
		}
	}
	return nil
}

// schemaCurrent reports whether the graph already has graph/schema.dql. The
// embedded engine answers `schema {}` with types only, and panics when asked
// about predicates it has never seen, so there a file in the store's folder
// remembers which schema was applied.
func (s *Store) schemaCurrent(ctx context.Context) (bool, error) {
	if s.embedded {
		mark, err := os.ReadFile(s.schemaMark())
		return err == nil && string(mark) == schemaSum(), nil
	}
	var answer []byte
	err := s.retry(ctx, func() error {
		resp, err := s.dg.NewReadOnlyTxn().Query(ctx, "schema {}")
		answer = resp.GetJson()
		return err
	})
	if err != nil {
		return false, fmt.Errorf("dgraph: read schema: %w", err)
	}
	want, wantTypes := parseSchema(graph.Schema)
	return schemaHolds(answer, want, wantTypes), nil
}

func (s *Store) schemaMark() string { return filepath.Join(s.dir, "newsgraph.schema") }

func schemaSum() string {
	sum := sha256.Sum256([]byte(graph.Schema))
	return hex.EncodeToString(sum[:])
}

// populated reports whether any typed node answers an indexed query.
func (s *Store) populated(ctx context.Context) (bool, error) {
	var out struct {
		Q []struct{} `json:"q"`
	}
	err := s.query(ctx, `{ q(func: type(Article), first: 1) { uid } }`, nil, &out)
	if err != nil {
		return false, fmt.Errorf("dgraph: read graph: %w", err)
	}
	return len(out.Q) > 0, nil
}

type predicateSchema struct {
	Predicate string   `json:"predicate"`
	Type      string   `json:"type"`
	Tokenizer []string `json:"tokenizer"`
	Reverse   bool     `json:"reverse"`
	Upsert    bool     `json:"upsert"`
	List      bool     `json:"list"`
}

type typeSchema struct {
	Name   string `json:"name"`
	Fields []struct {
		Name string `json:"name"`
	} `json:"fields"`
}

// schemaHolds reports whether the graph's schema answers already have every
// wanted predicate and type, with the same indexes.
func schemaHolds(answer []byte, want []predicateSchema, wantTypes map[string][]string) bool {
	var got struct {
		Schema []predicateSchema `json:"schema"`
		Types  []typeSchema      `json:"types"`
	}
	if json.Unmarshal(answer, &got) != nil {
		return false
	}
	preds := map[string]predicateSchema{}
	for _, p := range got.Schema {
		slices.Sort(p.Tokenizer)
		preds[p.Predicate] = p
	}
	types := map[string][]string{}
	for _, t := range got.Types {
		for _, f := range t.Fields {
			types[t.Name] = append(types[t.Name], f.Name)
		}
	}
	for _, w := range want {
		p, ok := preds[w.Predicate]
		if !ok || p.Type != w.Type || p.List != w.List || p.Reverse != w.Reverse ||
			p.Upsert != w.Upsert || !slices.Equal(p.Tokenizer, w.Tokenizer) {
			return false
		}
	}
	for name, fields := range wantTypes {
		have := types[name]
		for _, f := range fields {
			if !slices.Contains(have, f) {
				return false
			}
		}
	}
	return true
}

// parseSchema reads the predicate lines and type blocks of schema.dql.
func parseSchema(dql string) ([]predicateSchema, map[string][]string) {
	var preds []predicateSchema
	types := map[string][]string{}
	current := ""
	for _, line := range strings.Split(dql, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "type ") && strings.HasSuffix(line, "{"):
			current = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, "type "), "{"))
			types[current] = nil
		case line == "}":
			current = ""
		case current != "":
			types[current] = append(types[current], line)
		default:
			name, rest, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			fields := strings.Fields(strings.TrimSuffix(strings.TrimSpace(rest), "."))
			if len(fields) == 0 {
				continue
			}
			p := predicateSchema{Predicate: strings.TrimSpace(name), Type: strings.Trim(fields[0], "[]")}
			p.List = strings.HasPrefix(fields[0], "[")
			directives := strings.Join(fields[1:], " ")
			p.Reverse = strings.Contains(directives, "@reverse")
			p.Upsert = strings.Contains(directives, "@upsert")
			if i := strings.Index(directives, "@index("); i >= 0 {
				inner := directives[i+len("@index("):]
				inner = inner[:strings.IndexByte(inner, ')')]
				for _, tok := range strings.Split(inner, ",") {
					p.Tokenizer = append(p.Tokenizer, strings.TrimSpace(tok))
				}
				slices.Sort(p.Tokenizer)
			}
			preds = append(preds, p)
		}
	}
	return preds, types
}
