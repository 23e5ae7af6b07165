package dgraph

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/dgraph-io/dgo/v250/protos/api"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// maxTxnNQuads bounds one transaction; larger batches are split.
const maxTxnNQuads = 20000

// Load writes records idempotently: an article already in the graph is
// skipped (or, with Reprocess, its facts are replaced), entities are found
// by canonical key before any is created, and a transaction that aborts
// because another writer touched the same keys is retried.
//
// Each chunk of articles takes two transactions. The first creates the
// entities no node has yet, and adds aliases: small, so the aborts that
// concurrent writers creating the same entity cause are cheap to retry. The
// second writes articles, mentions and facts, pointing at entities by uid:
// it writes no key another article's transaction writes, so it only aborts
// when two writers load the same article.
//
// An invalid record, or one whose mutation cannot be built, is left out and
// named in the result's kg.Refused; the rest of the batch is loaded.
func (s *Store) Load(ctx context.Context, recs []kg.Record, opts kg.LoadOptions) (kg.LoadResult, error) {
	var total kg.LoadResult
	recs, total.Refused = valid(recs)
	if s.embedded {
		s.writeMu.Lock()
		defer s.writeMu.Unlock()
	}
	for _, chunk := range chunks(dedupe(recs)) {
		var res kg.LoadResult
		var nodes map[string]*cachedEntity
		attempts := 0
		err := s.retry(ctx, func() error {
			attempts++
			var err error
			nodes, res.Entities, res.NQuads, err = s.ensureEntities(ctx, chunk)
			return err
		})
		res.Retries = attempts - 1
		if err != nil {
			total.Retries += res.Retries
			return total, fmt.Errorf("dgraph: load entities of %d articles: %w", len(chunk), err)
		}
		entities, quads, retries := res.Entities, res.NQuads, res.Retries
		attempts = 0
		err = s.retry(ctx, func() error {
			attempts++
			var err error
			res, err = s.writeArticles(ctx, chunk, nodes, opts)
			return err
		})
		total.Refused = append(total.Refused, res.Refused...)
		res.Refused = nil
		res.Entities, res.NQuads = entities, res.NQuads+quads
		res.Retries = retries + attempts - 1
		total.Add(res)
		if err != nil {
			return total, fmt.Errorf("dgraph: load %d articles: %w", len(chunk), err)
		}
	}
	return total, nil
}

// valid splits records into those that can be loaded and those refused.
func valid(recs []kg.Record) ([]kg.Record, []kg.Refused) {
	var bad []kg.Refused
	ok := recs[:0:0]
	for _, r := range recs {
		if err := r.Validate(); err != nil {
			bad = append(bad, kg.Refused{Source: r.Article.Source, Err: fmt.Errorf("invalid record: %w", err)})
			continue
		}
		ok = append(ok, r)
	}
	return ok, bad
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
	UID      string   `json:"uid"`
	Key      string   `json:"entity.key"`
	Name     string   `json:"name"`
	Type     string   `json:"entity.type"`
	Wikidata string   `json:"entity.wikidata"`
	Aliases  []string `json:"entity.alias"`
}

// wantedEntity is what a chunk says of one canonical key.
type wantedEntity struct {
	first   kg.Entity
	aliases []string
}

// ensureEntities makes every entity of the chunk a node with all its
// aliases, caches them, and returns the node of each canonical key (its uid,
// and what it answers, which the display values of facts show). Reads
// take no locks in Dgraph; two transactions creating the same key both
// write its @upsert index entry, so the later one aborts, and its retry
// finds the other's node.
func (s *Store) ensureEntities(ctx context.Context, recs []kg.Record) (nodes map[string]*cachedEntity, created, written int, err error) {
	want := map[string]*wantedEntity{}
	var order []string
	for _, r := range recs {
		for _, e := range r.Entities {
			k := e.CanonicalKey()
			w := want[k]
			if w == nil {
				w = &wantedEntity{first: e}
				want[k] = w
				order = append(order, k)
			}
			w.aliases = append(w.aliases, e.Name)
			w.aliases = append(w.aliases, e.Aliases...)
		}
	}
	known := make(map[string]*cachedEntity, len(order))
	cached := make(map[string]bool, len(order))
	var unknown []string
	for _, k := range order {
		if ce := s.cache.get(k); ce != nil {
			known[k], cached[k] = ce, true
		} else {
			unknown = append(unknown, k)
		}
	}

	txn := s.dg.NewTxn()
	defer txn.Discard(ctx)
	if len(unknown) > 0 {
		resp, err := txn.Query(ctx, "{ e(func: eq(entity.key, "+quoteList(unknown)+")) { uid entity.key name entity.type entity.wikidata entity.alias } }")
		if err != nil {
			return nil, 0, 0, fmt.Errorf("look up entities: %w", err)
		}
		var out struct {
			E []foundEntity `json:"e"`
		}
		if err := json.Unmarshal(resp.GetJson(), &out); err != nil {
			return nil, 0, 0, fmt.Errorf("decode entity lookup: %w", err)
		}
		for _, e := range out.E {
			known[e.Key] = newCachedEntity(e.UID, kg.EntityRef{Key: e.Key, Name: e.Name, Type: e.Type, Wikidata: e.Wikidata}, e.Aliases)
		}
	}

	var q nquads
	blank := map[string]string{}
	added := map[string][]string{}
	for _, k := range order {
		w := want[k]
		ce := known[k]
		var ref string
		if ce != nil {
			ref = "<" + ce.uid + ">"
		} else {
			ref = "_:e" + strconv.Itoa(len(blank))
			blank[k] = ref
			e := w.first
			ce = &cachedEntity{ref: storedRef(k, e.Name, e.Type, e.Wikidata)}
			known[k] = ce
			q.str(ref, "dgraph.type", "Entity")
			q.str(ref, "name", e.Name)
			q.str(ref, "display_name", entityLabel(stored(e.Name), e.Type))
			q.str(ref, "entity.key", k)
			q.str(ref, "entity.type", e.Type)
			q.str(ref, "entity.wikidata", e.Wikidata)
		}
		seen := map[string]bool{}
		for _, a := range w.aliases {
			if a == "" || ce.has(a) || seen[a] {
				continue
			}
			seen[a] = true
			added[k] = append(added[k], a)
			q.str(ref, "entity.alias", a)
		}
	}
	got := map[string]string{}
	if q.n > 0 {
		resp, err := txn.Mutate(ctx, &api.Mutation{SetNquads: q.bytes(), CommitNow: true})
		if err != nil {
			return nil, 0, 0, err
		}
		got = resp.GetUids()
	}

	nodes = make(map[string]*cachedEntity, len(order))
	for _, k := range order {
		ce := known[k]
		uid := ce.uid
		if ref, ok := blank[k]; ok {
			if uid, ok = got[ref[2:]]; !ok {
				return nil, 0, 0, fmt.Errorf("no uid for new entity %s", k)
			}
			s.cache.put(k, uid, ce.ref, added[k]...)
		} else if !cached[k] || len(added[k]) > 0 {
			s.cache.put(k, uid, ce.ref, append(slices.Clip(ce.aliases), added[k]...)...)
		}
		nodes[k] = &cachedEntity{uid: uid, ref: ce.ref}
	}
	return nodes, len(blank), q.n, nil
}

// writeArticles writes the chunk's articles with their mentions and facts
// in one transaction, skipping (or, with Reprocess, replacing) those already
// in the graph. nodes holds the node of every entity the chunk names.
func (s *Store) writeArticles(ctx context.Context, recs []kg.Record, nodes map[string]*cachedEntity, opts kg.LoadOptions) (kg.LoadResult, error) {
	var res kg.LoadResult
	keys := make([]string, len(recs))
	for i, r := range recs {
		keys[i] = r.Article.ID
	}
	q := "{ a(func: eq(article.key, " + quoteList(keys) + ")) { uid article.key"
	if opts.Reprocess {
		q += " f: ~fact.article { uid } m: ~mention.article { uid }"
	}
	q += " } }"
	txn := s.dg.NewTxn()
	defer txn.Discard(ctx)
	resp, err := txn.Query(ctx, q)
	if err != nil {
		return res, fmt.Errorf("look up articles: %w", err)
	}
	var found struct {
		A []foundArticle `json:"a"`
	}
	if err := json.Unmarshal(resp.GetJson(), &found); err != nil {
		return res, fmt.Errorf("decode article lookup: %w", err)
	}
	articles := make(map[string]foundArticle, len(found.A))
	for _, a := range found.A {
		articles[a.Key] = a
	}

	w := &writer{loadedAt: time.Now().UTC().Format(time.RFC3339)}
	w.ref = func(e kg.Entity) (string, kg.EntityRef) {
		if n := nodes[e.CanonicalKey()]; n != nil && n.uid != "" {
			return "<" + n.uid + ">", n.ref
		}
		return "", kg.EntityRef{}
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
		}
		if err := w.isolated(subj, r); err != nil {
			res.Refused = append(res.Refused, kg.Refused{Source: r.Article.Source, Err: err})
			continue
		}
		if exists {
			for _, f := range prev.Facts {
				del.deleteNode(f.UID)
			}
			for _, m := range prev.Mentions {
				del.deleteNode(m.UID)
			}
			// What the new version lacks goes too: the display values of
			// its facts show the article as it is now. name is what
			// articles were labelled by before display_name.
			del.edge(subj, "name", "*")
			for _, v := range articleValues(r.Article) {
				if v.val == "" {
					del.edge(subj, v.pred, "*")
				}
			}
			res.Reprocessed++
		}
		res.Articles++
	}
	if res.Articles == 0 {
		return res, nil
	}
	mu := &api.Mutation{SetNquads: w.set.bytes(), CommitNow: true}
	if del.n > 0 {
		mu.DelNquads = del.bytes()
	}
	if _, err := txn.Mutate(ctx, mu); err != nil {
		return res, err
	}
	res.Facts = w.facts
	res.Mentions = w.mentions
	res.NQuads = w.set.n + del.n
	return res, nil
}

// writer turns articles into N-Quads; ref names the node of an entity and
// what it answers.
type writer struct {
	ref      func(kg.Entity) (string, kg.EntityRef)
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

// isolated writes one article as article does, or nothing of it: an error,
// or a panic turned into a *kg.InternalError, leaves the writer as it was.
func (w *writer) isolated(subj string, r kg.Record) (err error) {
	m, facts, mentions := w.set.mark(), w.facts, w.mentions
	defer func() {
		if v := recover(); v != nil {
			err = kg.Recovered(v)
		}
		if err != nil {
			w.set.rollback(m)
			w.facts, w.mentions = facts, mentions
		}
	}()
	return w.article(subj, r)
}

func (w *writer) article(subj string, r kg.Record) error {
	a := r.Article
	q := &w.set
	q.str(subj, "dgraph.type", "Article")
	q.str(subj, "display_name", articleLabel(stored(a.Title), stored(a.Source)))
	for _, v := range articleValues(a) {
		q.str(subj, v.pred, v.val)
	}
	q.int(subj, "article.sentences", a.Sentences)
	q.str(subj, "article.loaded_at", w.loadedAt)
	shownArticle := kg.ArticleRef{ID: stored(a.ID), Source: stored(a.Source), Title: stored(a.Title), Published: a.Published}

	refs := make(map[string]string, len(r.Entities))
	keys := make(map[string]string, len(r.Entities))
	shown := make(map[string]kg.EntityRef, len(r.Entities))
	for _, e := range r.Entities {
		ref, node := w.ref(e)
		if ref == "" {
			return fmt.Errorf("entity %s has no node", e.CanonicalKey())
		}
		refs[e.ID], keys[e.ID], shown[e.ID] = ref, e.CanonicalKey(), node
		for _, m := range e.Mentions {
			mn := w.next("_:m")
			q.str(mn, "dgraph.type", "Mention")
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
		var other *kg.EntityRef
		if rel.Object != "" {
			o := shown[rel.Object]
			other = &o
		}
		q.str(fn, "display_name", factLabel(rel.Predicate, stored(rel.Role), stored(rel.Quote), other))
		q.str(fn, "fact.key", key)
		q.str(fn, "fact.predicate", rel.Predicate)
		q.str(fn, "fact.cameo", rel.Cameo)
		weight := pathWeight(rel.Predicate, key)
		q.facets(fn, factSubject, refs[rel.Subject], weight)
		if rel.Object != "" {
			q.facets(fn, factObject, refs[rel.Object], weight)
		}
		for _, t := range rel.About {
			q.edge(fn, "fact.about", refs[t])
		}
		q.str(fn, "fact.role", rel.Role)
		q.str(fn, "fact.quote", rel.Quote)
		q.str(fn, "fact.modality", rel.Modality)
		q.str(fn, "fact.date", rel.StatedDate())
		q.str(fn, "fact.reported", a.Published)
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
		show, err := displayOf(key, shownFact(rel, shown, shownArticle))
		if err != nil {
			return err
		}
		q.str(fn, "fact.display", show)
		w.facts++
	}
	return nil
}

// articleValues are an article's string predicates, as the loader writes
// them ("" is not written).
func articleValues(a kg.Article) []struct{ pred, val string } {
	return []struct{ pred, val string }{
		{"article.key", a.ID}, {"article.source", a.Source}, {"article.url", a.URL}, {"article.title", a.Title},
		{"article.author", a.Author}, {"article.published", a.Published}, {"article.lang", a.Lang},
	}
}

// shownFact is a relation as its display value shows it: the values the
// writer stores for it, and its ends as their nodes answer.
func shownFact(rel kg.Relation, ends map[string]kg.EntityRef, article kg.ArticleRef) kg.Fact {
	f := kg.Fact{
		Subject: ends[rel.Subject], Predicate: stored(rel.Predicate), Cameo: stored(rel.Cameo),
		Role: stored(rel.Role), Quote: stored(rel.Quote), Modality: stored(rel.Modality), Date: rel.StatedDate(),
		Article: article, Sentence: rel.Sentence, Evidence: stored(rel.Evidence), Confidence: max(rel.Confidence, 0),
	}
	if rel.Object != "" {
		o := ends[rel.Object]
		f.Object = &o
	}
	seen := map[string]bool{}
	for _, t := range rel.About {
		if r := ends[t]; !seen[r.Key] {
			seen[r.Key] = true
			f.About = append(f.About, r)
		}
	}
	sortRefs(f.About)
	return f
}
