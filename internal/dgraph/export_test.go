package dgraph

// SetEntityCacheSize bounds the entity cache to n entities a generation, so
// that tests can see loads that forget entities.
func SetEntityCacheSize(s *Store, n int) { s.cache = newEntityCache(n) }
