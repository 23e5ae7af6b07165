package kg

import (
	"errors"
	"fmt"
	"time"
)

// Validate reports what makes a record unloadable: a missing article id,
// entities without id, type or name, duplicate entity ids, facts that point
// at entities the record does not have, and malformed dates.
func (r *Record) Validate() error {
	var errs []error
	if r.Article.ID == "" {
		errs = append(errs, errors.New("article has no id"))
	}
	if err := checkDate(r.Article.Published); err != nil {
		errs = append(errs, fmt.Errorf("article published: %w", err))
	}
	ids := make(map[string]bool, len(r.Entities))
	for i, e := range r.Entities {
		switch {
		case e.ID == "":
			errs = append(errs, fmt.Errorf("entity %d has no id", i))
		case ids[e.ID]:
			errs = append(errs, fmt.Errorf("entity id %q is used twice", e.ID))
		case e.Type == "":
			errs = append(errs, fmt.Errorf("entity %q has no type", e.ID))
		case e.Name == "" && e.Key == "" && e.Wikidata == "":
			errs = append(errs, fmt.Errorf("entity %q has no name", e.ID))
		}
		ids[e.ID] = true
	}
	for i, rel := range r.Relations {
		if rel.Predicate == "" {
			errs = append(errs, fmt.Errorf("relation %d has no predicate", i))
		}
		if !ids[rel.Subject] {
			errs = append(errs, fmt.Errorf("relation %d: subject %q is not an entity of the record", i, rel.Subject))
		}
		if rel.Object != "" && !ids[rel.Object] {
			errs = append(errs, fmt.Errorf("relation %d: object %q is not an entity of the record", i, rel.Object))
		}
		for _, a := range rel.About {
			if !ids[a] {
				errs = append(errs, fmt.Errorf("relation %d: topic %q is not an entity of the record", i, a))
			}
		}
		if err := checkDate(rel.Date); err != nil {
			errs = append(errs, fmt.Errorf("relation %d date: %w", i, err))
		}
		if rel.DateFrom != "" && rel.DateFrom != DatePublished && rel.DateFrom != DateContext && rel.DateFrom != DateStory {
			errs = append(errs, fmt.Errorf("relation %d: date_from %q is not %q, %q or %q", i, rel.DateFrom, DatePublished, DateContext, DateStory))
		}
		if rel.DateConfidence < 0 || rel.DateConfidence > 1 || rel.DateConfidence > 0 && rel.DateFrom == "" {
			errs = append(errs, fmt.Errorf("relation %d: date_confidence %v needs an estimated day (date_from) and a value in (0, 1]", i, rel.DateConfidence))
		}
	}
	return errors.Join(errs...)
}

func checkDate(s string) error {
	if s == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("%q is not a YYYY-MM-DD date", s)
	}
	return nil
}
