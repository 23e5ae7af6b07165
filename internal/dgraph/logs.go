package dgraph

import (
	"flag"
	"fmt"
	"os"
)

// QuietEngineLogs keeps the log files of the embedded engine out of the
// system's temporary folder: Dgraph logs through glog, which writes a file
// there on every run of a command that opens a store. They go to a folder
// of their own that the returned function removes; errors still reach
// stderr, as before. It sets a flag of the process, so it is for main; it
// does nothing when glog is not linked in or log_dir is already set (a
// test's child process logs in its parent's folder, which outlives a
// SIGKILL).
func QuietEngineLogs() (remove func(), err error) {
	if f := flag.Lookup("log_dir"); f == nil || f.Value.String() != "" {
		return func() {}, nil
	}
	dir, err := os.MkdirTemp("", "newsgraph-logs-")
	if err != nil {
		return nil, fmt.Errorf("dgraph: a folder for the engine's logs: %w", err)
	}
	if err := flag.Set("log_dir", dir); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("dgraph: engine logs: %w", err)
	}
	return func() { os.RemoveAll(dir) }, nil
}
