// Package relations finds events, roles and quotations between the
// entities of an article and dates them against its publication day.
package relations

import (
	"github.com/newsgraph/newsgraph/internal/entities"
	"github.com/newsgraph/newsgraph/internal/kg"
)

// Extractor holds the trigger tables; it is read-only after New.
type Extractor struct{}

// New builds the trigger tables.
func New() *Extractor { return &Extractor{} }

// Extract returns the relations of an analysed article. Subject, Object and
// About hold entity indexes as decimal strings; the caller renames them.
func (x *Extractor) Extract(a *entities.Analysis, published string) []kg.Relation {
	return nil
}
