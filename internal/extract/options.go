package extract

import (
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/internal/entities"
)

// Options configure an Extractor beyond the embedded data.
type Options struct {
	// KB is the path of a user knowledge base in JSON Lines, one entity a
	// line: {"name", "type", "aliases": [...], "wikidata"} (see
	// entities.KBEntity). Empty: the bundled knowledge base only.
	KB string
}

// NewWithOptions builds an extractor from the embedded data and opts.
func NewWithOptions(opts Options) (*Extractor, error) {
	if opts.KB == "" {
		return New()
	}
	f, err := os.Open(opts.KB)
	if err != nil {
		return nil, fmt.Errorf("knowledge base: %w", err)
	}
	defer f.Close()
	kb, err := entities.ReadKB(f, opts.KB)
	if err != nil {
		return nil, fmt.Errorf("knowledge base: %w", err)
	}
	ents, err := entities.NewWithKB(kb)
	if err != nil {
		return nil, err
	}
	return build(ents)
}
