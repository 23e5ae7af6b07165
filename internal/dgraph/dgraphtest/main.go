package dgraphtest

import (
	"flag"
	"fmt"
	"os"
	"testing"
)

// Main runs a package's tests with the logs of the embedded engine in a
// folder of their own, removed at the end: Dgraph logs through glog, which
// otherwise leaves a file in the system's temporary folder on every run.
// Call it from TestMain: os.Exit(dgraphtest.Main(m)).
func Main(m *testing.M) int {
	dir, err := os.MkdirTemp("", "newsgraph-test-logs-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "dgraphtest:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	if flag.Lookup("log_dir") != nil {
		if err := flag.Set("log_dir", dir); err != nil {
			fmt.Fprintln(os.Stderr, "dgraphtest:", err)
			return 1
		}
	}
	return m.Run()
}
