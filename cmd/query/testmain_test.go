package main

import (
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
)

// TestMain keeps the embedded engine's logs out of the system's temporary
// folder, and lets a test run this binary as query itself.
func TestMain(m *testing.M) {
	if os.Getenv("NEWSGRAPH_TEST_AS_QUERY") != "" {
		os.Exit(process(os.Args[1:]))
	}
	os.Exit(dgraphtest.Main(m))
}
