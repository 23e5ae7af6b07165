// Package model embeds the trained French syntax model that
// cmd/train-syntax writes.
package model

import _ "embed"

//go:embed syntax.bin.gz
var gz string

// Gzipped returns the model file, gzipped, as syntax.Load reads it.
func Gzipped() []byte { return []byte(gz) }
