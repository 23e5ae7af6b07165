//go:build tools

// Package tools pins the Dgraph server that the embedded store's engine matches.
package tools

import _ "github.com/hypermodeinc/dgraph/v25/dgraph"
