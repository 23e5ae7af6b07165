// Package graph holds the Dgraph schema of the knowledge graph.
package graph

import _ "embed"

// Schema is graph/schema.dql, applied by the store when it opens.
//
//go:embed schema.dql
var Schema string
