package dgraph

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strconv"
	"time"

	"github.com/dgraph-io/dgo/v250/protos/api"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// maxTxnNQuads bounds one transaction; larger batches are split.
const maxTxnNQuads = 20000

// LoadOptions tune a load.
type LoadOptions struct {
	// Reprocess replaces the facts and mentions of articles already in the
	// graph instead of skipping them.
	Reprocess bool
}

// LoadResult counts what a load wrote.
type LoadResult struct {
	Articles    int // articles written (new or reprocessed)
	Skipped     int // articles already in the graph, left as they were
	Reprocessed int // of Articles, those that replaced an earlier load
	Entities    int // entity nodes created
	Facts       int
	Mentions    int
	NQuads      int // N-Quads written, deletions included
	Retries     int // transactions retried after an abort or outage
}

// Add sums two results.
func (r *LoadResult) Add(o LoadResult) {
	r.Articles += o.Articles
	r.Skipped += o.Skipped
	r.Reprocessed += o.Reprocessed
	r.Entities += o.Entities
	r.Facts += o.Facts
	r.Mentions += o.Mentions
	r.NQuads += o.NQuads
	r.Retries += o.Retries
}

// Load writes records idempotently: an article already in the graph is
// skipped (or, with Reprocess, its facts are replaced), entities are found
// by canonical key before any is created, and a transaction that aborts
// because another writer touched the same keys is retried.
func (s *Store) Load(ctx context.Context, recs []kg.Record, opts LoadOptions) (LoadResult, error) {
	var total LoadResult
	for i, r := range recs {
		if err := r.Validate(); err != nil {
			return total, fmt.Errorf("dgraph: record %d (%s): %w", i, r.Article.Source, err)
		}
	}
	if s.embedded {
		s.writeMu.Lock()
		defer s.writeMu.Unlock()
	}
	for _, chunk := range chunks(dedupe(recs)) {
		var res LoadResult
		attempts := 0
		err := s.retry(ctx, func() error {
			attempts++
			var err error
			res, err = s.loadChunk(ctx, chunk, opts)
			return err
		})
		res.Retries = attempts - 1
		if err != nil {
			total.Retries += res.Retries
			return total, fmt.Errorf("dgraph: load %d articles: %w", len(chunk), err)
		}
		total.Add(res)
	}
	return total, nil
}

// dedupe keeps the first record of each article.
func dedupe(recs []kg.Record) []kg.Record {
	seen := make(map[string]bool, len(recs))
	out := recs[:0:0]
	for _, r := range recs {
		if !seen[r.Article.ID] {
			seen[r.Article.ID] = true
			out = append(out, r)
		}
	}
	return out
}

// chunks splits records into transactions of about maxTxnNQuads each; an
// article is never split, so its facts land together or not at all.
func chunks(recs []kg.Record) [][]kg.Record {
	var out [][]kg.Record
	start, size := 0, 0
	for i, r := range recs {
		n := 10 + 8*len(r.Entities) + 14*len(r.Relations)
		for _, e := range r.Entities {
			n += 8 * len(e.Mentions)
		}
		if size > 0 && size+n > maxTxnNQuads {
			out = append(out, recs[start:i])
			start, size = i, 0
		}
		size += n
	}
	if start < len(recs) {
		out = append(out, recs[start:])
	}
	return out
}

type foundArticle struct {
	UID   string `json:"uid"`
	Key   string `json:"article.key"`
	Facts []struct {
		UID string `json:"uid"`
	} `json:"f"`
	Mentions []struct {
		UID string `json:"uid"`
	} `json:"m"`
}

type foundEntity struct {
	UID     string   `json:"uid"`
	Key     string   `json:"entity.key"`
	Aliases []string `json:"entity.alias"`
}

// loadChunk is one transaction: look the chunk's keys up, then write what is
// missing. Reads take no locks in Dgraph; writing an @upsert key that another
// transaction wrote since this one started aborts it, and the retry sees the
// other's nodes.
func (s *Store) loadChunk(ctx context.Context, recs []kg.Record, opts LoadOptions) (LoadResult, error) {
	var res LoadResult
	articleKeys := make([]string, len(recs))
	for i, r := range recs {
		articleKeys[i] = r.Article.ID
	}
	var unknown []string
	seen := map[string]bool{}
	s.cacheMu.RLock()
	for _, r := range recs {
		for _, e := range r.Entities {
			k := e.CanonicalKey()
			if _, ok := s.cache[k]; !ok && !seen[k] {
				seen[k] = true
				unknown = append(unknown, k)
			}
		}
	}
	s.cacheMu.RUnlock()

	q := "{\n a(func: eq(article.key, " + quoteList(articleKeys) + ")) { uid article.key"
	if opts.Reprocess {
		q += " f: ~fact.article { uid } m: ~mention.article { uid }"
	}
	q += " }\n"
	if len(unknown) > 0 {
		q += " e(func: eq(entity.key, " + quoteList(unknown) + ")) { uid entity.key entity.alias }\n"
	}
	q += "}"

	txn := s.dg.NewTxn()
	defer txn.Discard(ctx)
	resp, err := txn.Query(ctx, q)
	if err != nil {
		return res, fmt.Errorf("look up keys: %w", err)
	}
	var found struct {
		A []foundArticle `json:"a"`
		E []foundEntity  `json:"e"`
	}
	if err := json.Unmarshal(resp.GetJson(), &found); err != nil {
		return res, fmt.Errorf("decode key lookup: %w", err)
	}
	articles := make(map[string]foundArticle, len(found.A))
	for _, a := range found.A {
		articles[a.Key] = a
	}
	entities := make(map[string]*cachedEntity, len(found.E))
	for _, e := range found.E {
		ce := &cachedEntity{uid: e.UID, aliases: make(map[string]bool, len(e.Aliases))}
		for _, a := range e.Aliases {
			ce.aliases[a] = true
		}
		entities[e.Key] = ce
	}

	w := &writer{
		s:        s,
		known:    entities,
		created:  map[string]string{},
		added:    map[string]map[string]bool{},
		loadedAt: time.Now().UTC().Format(time.RFC3339),
	}
	var del nquads
	for i, r := range recs {
		prev, exists := articles[r.Article.ID]
		if exists && !opts.Reprocess {
			res.Skipped++
			continue
		}
		subj := "_:a" + strconv.Itoa(i)
		if exists {
			subj = "<" + prev.UID + ">"
			for _, f := range prev.Facts {
				del.deleteNode(f.UID)
			}
			for _, m := range prev.Mentions {
				del.deleteNode(m.UID)
			}
			res.Reprocessed++
		}
		w.article(subj, r)
		res.Articles++
	}
	if res.Articles == 0 {
		return res, nil
	}
	mu := &api.Mutation{SetNquads: w.set.bytes(), CommitNow: true}
	if del.n > 0 {
		mu.DelNquads = del.bytes()
	}
	out, err := txn.Mutate(ctx, mu)
	if err != nil {
		return res, err
	}
	res.Entities = len(w.created)
	res.Facts = w.facts
	res.Mentions = w.mentions
	res.NQuads = w.set.n + del.n
	w.remember(out.GetUids())
	return res, nil
}

// writer turns records into N-Quads, referring to existing entities by uid
// and to new ones by blank node.
type writer struct {
	s        *Store // nil when writing a standalone RDF file
	rdf      map[string]bool
	known    map[string]*cachedEntity // looked up in this transaction
	created  map[string]string        // key -> blank node name, new here
	added    map[string]map[string]bool
	set      nquads
	loadedAt string
	facts    int
	mentions int
	blank    int
}

func (w *writer) next(prefix string) string {
	w.blank++
	return prefix + strconv.Itoa(w.blank)
}

func (w *writer) article(subj string, r kg.Record) {
	a := r.Article
	name := a.Title
	if name == "" {
		name = filepath.Base(a.Source)
	}
	q := &w.set
	q.str(subj, "dgraph.type", "Article")
	q.str(subj, "name", name)
	q.str(subj, "article.key", a.ID)
	q.str(subj, "article.source", a.Source)
	q.str(subj, "article.url", a.URL)
	q.str(subj, "article.title", a.Title)
	q.str(subj, "article.published", a.Published)
	q.str(subj, "article.lang", a.Lang)
	q.int(subj, "article.sentences", a.Sentences)
	q.str(subj, "article.loaded_at", w.loadedAt)

	refs := make(map[string]string, len(r.Entities))
	names := make(map[string]string, len(r.Entities))
	keys := make(map[string]string, len(r.Entities))
	for _, e := range r.Entities {
		ref := w.entity(e)
		refs[e.ID], names[e.ID], keys[e.ID] = ref, e.Name, e.CanonicalKey()
		for _, m := range e.Mentions {
			mn := w.next("_:m")
			q.str(mn, "dgraph.type", "Mention")
			q.str(mn, "name", m.Text)
			q.edge(mn, "mention.entity", ref)
			q.edge(mn, "mention.article", subj)
			q.str(mn, "mention.text", m.Text)
			q.int(mn, "mention.start", m.Start)
			q.int(mn, "mention.end", m.End)
			q.int(mn, "mention.sentence", m.Sentence)
			w.mentions++
		}
	}
	done := map[string]bool{}
	for _, rel := range r.Relations {
		key := kg.FactKey(a.ID, rel, keys[rel.Subject], keys[rel.Object])
		if done[key] {
			continue
		}
		done[key] = true
		fn := w.next("_:f")
		q.str(fn, "dgraph.type", "Fact")
		q.str(fn, "name", factName(rel, names))
		q.str(fn, "fact.key", key)
		q.str(fn, "fact.predicate", rel.Predicate)
		q.str(fn, "fact.cameo", rel.Cameo)
		q.edge(fn, "fact.subject", refs[rel.Subject])
		if rel.Object != "" {
			q.edge(fn, "fact.object", refs[rel.Object])
		}
		for _, t := range rel.About {
			q.edge(fn, "fact.about", refs[t])
		}
		q.str(fn, "fact.role", rel.Role)
		q.str(fn, "fact.quote", rel.Quote)
		q.str(fn, "fact.modality", rel.Modality)
		q.str(fn, "fact.date", rel.Date)
		q.edge(fn, "fact.article", subj)
		q.int(fn, "fact.sentence", rel.Sentence)
		if rel.End > 0 {
			q.int(fn, "fact.start", rel.Start)
			q.int(fn, "fact.end", rel.End)
		}
		q.str(fn, "fact.evidence", rel.Evidence)
		if rel.Confidence > 0 {
			q.float(fn, "fact.confidence", rel.Confidence)
		}
		q.str(fn, "fact.extractor", rel.Extractor)
		w.facts++
	}
}

// entity returns the node an entity is written to, creating it once per
// transaction when no node has its key, and adding aliases it lacks.
func (w *writer) entity(e kg.Entity) string {
	key := e.CanonicalKey()
	var ce *cachedEntity
	if w.s != nil {
		w.s.cacheMu.RLock()
		ce = w.s.cache[key]
		w.s.cacheMu.RUnlock()
	}
	if ce == nil {
		ce = w.known[key]
	}
	var ref string
	var have map[string]bool
	switch {
	case ce != nil:
		ref, have = "<"+ce.uid+">", ce.aliases
	case w.created[key] != "":
		ref = w.created[key]
	default:
		ref = "_:e" + strconv.Itoa(len(w.created))
		if w.rdf != nil {
			ref = "_:e" + blankID(key)
		}
		w.created[key] = ref
		q := &w.set
		q.str(ref, "dgraph.type", "Entity")
		q.str(ref, "name", e.Name)
		q.str(ref, "entity.key", key)
		q.str(ref, "entity.type", e.Type)
		q.str(ref, "entity.wikidata", e.Wikidata)
	}
	added := w.added[key]
	if added == nil {
		added = map[string]bool{}
		w.added[key] = added
	}
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		if a == "" || have[a] || added[a] {
			continue
		}
		added[a] = true
		w.set.str(ref, "entity.alias", a)
	}
	return ref
}

// remember puts the committed entities in the store's cache.
func (w *writer) remember(uids map[string]string) {
	w.s.cacheMu.Lock()
	defer w.s.cacheMu.Unlock()
	for key, ce := range w.known {
		w.s.cache[key] = ce
	}
	for key, ref := range w.created {
		if uid, ok := uids[ref[2:]]; ok {
			w.s.cache[key] = &cachedEntity{uid: uid, aliases: map[string]bool{}}
		}
	}
	for key, as := range w.added {
		ce := w.s.cache[key]
		if ce == nil {
			continue
		}
		// Copy on write: readers may hold the old map.
		m := make(map[string]bool, len(ce.aliases)+len(as))
		for a := range ce.aliases {
			m[a] = true
		}
		for a := range as {
			m[a] = true
		}
		w.s.cache[key] = &cachedEntity{uid: ce.uid, aliases: m}
	}
}

func factName(r kg.Relation, names map[string]string) string {
	subj := names[r.Subject]
	switch {
	case r.Predicate == kg.Said && r.Quote != "":
		return subj + " said «" + truncate(r.Quote, 60) + "»"
	case r.Predicate == kg.HoldsRole:
		if r.Object != "" {
			return subj + " is " + r.Role + " (" + names[r.Object] + ")"
		}
		return subj + " is " + r.Role
	case r.Object != "":
		return subj + " " + r.Predicate + " " + names[r.Object]
	}
	return subj + " " + r.Predicate
}

func truncate(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n-1]) + "…"
}
