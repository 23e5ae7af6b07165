package dgraph_test

import (
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
)

// TestMain keeps the embedded engine's logs out of the system's temporary
// folder.
func TestMain(m *testing.M) { os.Exit(dgraphtest.Main(m)) }
