package kg

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
	// Refused are the articles left out: nothing of them was written.
	Refused []Refused
}

// Refused is an article a load could not take, and why: its record is
// invalid, or building its mutation failed (Err is then a *InternalError).
// The other articles of its batch are loaded.
type Refused struct {
	Source string
	Err    error
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
	r.Refused = append(r.Refused, o.Refused...)
}
