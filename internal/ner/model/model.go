// Package model embeds the trained NER model that cmd/train-ner writes.
package model

import _ "embed"

//go:embed ner.bin.gz
var gz string

// Gzipped returns the model file, gzipped, as ner.Load reads it.
func Gzipped() []byte { return []byte(gz) }
