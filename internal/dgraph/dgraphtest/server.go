package dgraphtest

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Server is a fresh Dgraph server started for one test or benchmark.
type Server struct {
	URI  string // dgraph://127.0.0.1:PORT
	GRPC string // 127.0.0.1:PORT of Alpha
	Zero string // 127.0.0.1:PORT of Zero
	Bin  string // the dgraph binary, for `dgraph live`
	Dir  string // data, logs and env of this server

	up, down string
}

// Stop stops the server, keeping its data, as an outage would.
func (s Server) Stop(tb testing.TB) {
	tb.Helper()
	if out, err := exec.Command("bash", s.down, s.Dir).CombinedOutput(); err != nil {
		tb.Fatalf("stop dgraph: %v\n%s", err, out)
	}
}

// Restart stops the server and starts it again on the same data and ports,
// as an operator restarting Dgraph would.
func (s Server) Restart(tb testing.TB) {
	tb.Helper()
	if out, err := exec.Command("bash", s.down, s.Dir).CombinedOutput(); err != nil {
		tb.Fatalf("stop dgraph: %v\n%s", err, out)
	}
	if out, err := exec.Command("bash", s.up, s.Dir).CombinedOutput(); err != nil {
		tb.Fatalf("restart dgraph: %v\n%s", err, out)
	}
}

// StartServer starts a new Zero and Alpha in a temporary folder with the
// scripts `make test` names in NEWSGRAPH_DGRAPH_UP and NEWSGRAPH_DGRAPH_DOWN,
// and stops them when the test ends.
func StartServer(tb testing.TB) Server {
	tb.Helper()
	up, down := os.Getenv("NEWSGRAPH_DGRAPH_UP"), os.Getenv("NEWSGRAPH_DGRAPH_DOWN")
	if up == "" || down == "" {
		if os.Getenv("CI") != "" {
			tb.Fatal("NEWSGRAPH_DGRAPH_UP and NEWSGRAPH_DGRAPH_DOWN are not set; run with `make test` or `make bench`")
		}
		tb.Skip("NEWSGRAPH_DGRAPH_UP is not set: this needs fresh Dgraph servers (`make bench` starts them)")
	}
	dir := tb.TempDir()
	cmd := exec.Command("bash", up, dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("start dgraph: %v\n%s", err, out)
	}
	tb.Cleanup(func() {
		if out, err := exec.Command("bash", down, dir).CombinedOutput(); err != nil {
			tb.Errorf("stop dgraph: %v\n%s", err, out)
		}
	})
	env := readEnv(tb, filepath.Join(dir, "env"))
	bin := os.Getenv("NEWSGRAPH_DGRAPH_BIN")
	return Server{URI: "dgraph://" + env["DGRAPH_GRPC"], GRPC: env["DGRAPH_GRPC"], Zero: env["DGRAPH_ZERO"], Bin: bin,
		Dir: dir, up: up, down: down}
}

func readEnv(tb testing.TB, path string) map[string]string {
	f, err := os.Open(path)
	if err != nil {
		tb.Fatalf("dgraph env: %v", err)
	}
	defer f.Close()
	env := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok {
			env[k] = v
		}
	}
	return env
}
