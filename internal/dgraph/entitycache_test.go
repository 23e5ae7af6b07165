package dgraph

import (
	"fmt"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/kg"
)

func TestEntityCacheIsBounded(t *testing.T) {
	c := newEntityCache(3)
	c.put("hub", "0x1", kg.EntityRef{}, "Hub")
	for i := range 100 {
		c.put(fmt.Sprint("tail", i), fmt.Sprint("0x", i+10), kg.EntityRef{})
		if c.get("hub") == nil {
			t.Fatalf("the entity used every time was dropped after %d others", i+1)
		}
		if n := c.len(); n > 2*3 {
			t.Fatalf("after %d entities the cache holds %d, want at most 6", i+2, n)
		}
	}
	if c.get("tail0") != nil {
		t.Error("an entity used once, 99 entities ago, is still cached")
	}
	if e := c.get("tail99"); e == nil || e.uid != "0x109" {
		t.Errorf("the newest entity = %+v, want uid 0x109", e)
	}
}

func TestEntityCacheMergesAliases(t *testing.T) {
	c := newEntityCache(2)
	c.put("k", "0x1", kg.EntityRef{}, "b", "a")
	c.put("x", "0x2", kg.EntityRef{})
	c.put("y", "0x3", kg.EntityRef{}) // k is now old
	c.put("k", "0x1", kg.EntityRef{}, "c", "a")
	e := c.get("k")
	if e == nil || e.uid != "0x1" || !slices.Equal(e.aliases, []string{"a", "b", "c"}) {
		t.Fatalf("get(k) = %+v, want uid 0x1 with aliases a b c", e)
	}
	if !e.has("b") || e.has("d") {
		t.Errorf("has(b), has(d) = %v, %v; want true, false", e.has("b"), e.has("d"))
	}
	// Another uid for the key (the graph was dropped) replaces the entry.
	c.put("k", "0x9", kg.EntityRef{}, "z")
	if e := c.get("k"); e.uid != "0x9" || !slices.Equal(e.aliases, []string{"z"}) {
		t.Errorf("after a new uid, get(k) = %+v, want 0x9 with alias z", e)
	}
	c.reset()
	if c.len() != 0 || c.get("k") != nil {
		t.Error("reset left entries")
	}
}
