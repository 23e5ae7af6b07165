package dgraph

import (
	"slices"
	"sync"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// entityGeneration is how many entities one generation of the entity cache
// holds; the cache holds at most two generations.
const entityGeneration = 16384

// entityCache remembers, for the entities used most recently, the uid, what
// the node answers (key, name, type, Wikidata id: what the display values of
// their facts show) and the aliases known to be committed, so that an entity named in many
// articles is neither looked up nor rewritten by each of them.
//
// It is bounded so that a load's memory does not grow with the corpus: an
// archive names about one new entity an article, most of them once. Entries
// live in two generations; a full current generation becomes the old one,
// and the old one is dropped. An entity used while old moves back into the
// current generation, so those named often stay. Forgetting an entity is
// always safe: the next chunk naming it looks it up again.
type entityCache struct {
	mu       sync.Mutex
	max      int
	cur, old map[string]*cachedEntity
}

// cachedEntity is an entity known to be committed. It is never changed once
// cached: adding aliases caches a new one.
type cachedEntity struct {
	uid     string
	ref     kg.EntityRef
	aliases []string // sorted
}

// newCachedEntity sorts and dedupes aliases, which it takes.
func newCachedEntity(uid string, ref kg.EntityRef, aliases []string) *cachedEntity {
	slices.Sort(aliases)
	return &cachedEntity{uid: uid, ref: ref, aliases: slices.Compact(aliases)}
}

func (e *cachedEntity) has(alias string) bool {
	_, ok := slices.BinarySearch(e.aliases, alias)
	return ok
}

func newEntityCache(max int) *entityCache {
	return &entityCache{max: max, cur: make(map[string]*cachedEntity)}
}

func (c *entityCache) get(key string) *cachedEntity {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.cur[key]; e != nil {
		return e
	}
	e := c.old[key]
	if e != nil {
		c.putLocked(key, e)
	}
	return e
}

// put caches the node uid under key, with the aliases it already has plus
// more.
func (c *entityCache) put(key, uid string, ref kg.EntityRef, aliases ...string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var known []string
	if e := c.cur[key]; e != nil && e.uid == uid {
		known = e.aliases
	} else if e := c.old[key]; e != nil && e.uid == uid {
		known = e.aliases
	}
	all := make([]string, 0, len(known)+len(aliases))
	all = append(append(all, known...), aliases...)
	c.putLocked(key, newCachedEntity(uid, ref, all))
}

func (c *entityCache) putLocked(key string, e *cachedEntity) {
	if _, ok := c.cur[key]; !ok && len(c.cur) >= c.max {
		c.old, c.cur = c.cur, make(map[string]*cachedEntity, c.max)
	}
	c.cur[key] = e
}

func (c *entityCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cur, c.old = make(map[string]*cachedEntity), nil
}

func (c *entityCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := len(c.cur)
	for k := range c.old {
		if c.cur[k] == nil {
			n++
		}
	}
	return n
}
