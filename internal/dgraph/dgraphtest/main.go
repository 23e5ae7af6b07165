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
	// The test binary run again as another process (ingest itself, a
	// holder of a store) logs there too: see ChildLogs.
	os.Setenv(envLogDir, dir)
	if err := logTo(dir); err != nil {
		fmt.Fprintln(os.Stderr, "dgraphtest:", err)
		return 1
	}
	return m.Run()
}

const envLogDir = "NEWSGRAPH_TEST_LOG_DIR"

// ChildLogs sends the logs of a test binary that runs as another process
// for a test to the folder of the test process that started it.
func ChildLogs() {
	if dir := os.Getenv(envLogDir); dir != "" {
		logTo(dir)
	}
}

func logTo(dir string) error {
	if flag.Lookup("log_dir") == nil {
		return nil
	}
	return flag.Set("log_dir", dir)
}
