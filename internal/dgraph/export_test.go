package dgraph

// SetEntityCacheSize bounds the entity cache to n entities a generation, so
// that tests can see loads that forget entities.
func SetEntityCacheSize(s *Store, n int) { s.cache = newEntityCache(n) }

// SetSummaryBudget makes summary refreshes read n facts a query, so that
// tests see entities read page by page; it returns the undo.
func SetSummaryBudget(n int) (restore func()) {
	old := summaryBudget
	summaryBudget = n
	return func() { summaryBudget = old }
}
