// Package dgraphtest gives integration tests the real Dgraph backends: the
// embedded engine in a fresh folder and the server that `make test` starts.
package dgraphtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"
)

// EnvServer names the variable holding the test server's address
// (dgraph://127.0.0.1:PORT); `make test` sets it.
const EnvServer = "NEWSGRAPH_TEST_DGRAPH"

// EnvLockDir names the folder where test processes sharing a server take
// turns (a lock file a server); `make test` sets it to its own temporary
// folder.
const EnvLockDir = "NEWSGRAPH_TEST_LOCK_DIR"

// Backend is one store a conformance test runs against.
type Backend struct {
	Name string // "embedded" or "server"
	URI  string
}

// EnvCluster names the variable holding the address of an Alpha of a
// two-group cluster (dgraph://127.0.0.1:PORT), and EnvClusterZero its
// Zero's HTTP address; `make test` starts one beside the server.
const (
	EnvCluster     = "NEWSGRAPH_TEST_CLUSTER"
	EnvClusterZero = "NEWSGRAPH_TEST_CLUSTER_ZERO_HTTP"
)

// Backends returns the embedded engine in a fresh folder and, when the
// environment names them, the test server and the test cluster. Tests that
// use a server hold it alone for the life of the test process: other
// packages' tests wait.
func Backends(t testing.TB) []Backend {
	t.Helper()
	bs := []Backend{{Name: "embedded", URI: "file://" + t.TempDir()}}
	if uri := ServerURI(t); uri != "" {
		bs = append(bs, Backend{Name: "server", URI: uri})
	}
	if uri := fromEnv(t, EnvCluster, "a cluster"); uri != "" {
		lockServer(t, uri)
		bs = append(bs, Backend{Name: "cluster", URI: uri})
	}
	return bs
}

// ServerURI returns the test server's address, or "" when none is set. In CI
// (CI=true) a missing server fails the test instead: nothing may skip there.
func ServerURI(t testing.TB) string {
	t.Helper()
	uri := fromEnv(t, EnvServer, "a Dgraph server")
	if uri == "" {
		t.Logf("%s is not set: testing the embedded store only (`make test` starts a server)", EnvServer)
		return ""
	}
	lockServer(t, uri)
	return uri
}

// fromEnv reads an address variable; in CI (CI=true) a missing one fails
// the test, since nothing may skip there.
func fromEnv(t testing.TB, name, what string) string {
	t.Helper()
	uri := os.Getenv(name)
	if uri == "" && os.Getenv("CI") != "" {
		t.Fatalf("%s is not set; run the tests with `make test`, which starts %s", name, what)
	}
	return uri
}

// RequireServer is ServerURI for tests that mean nothing without a server.
func RequireServer(t testing.TB) string {
	t.Helper()
	uri := ServerURI(t)
	if uri == "" {
		t.Skipf("%s is not set: this test needs a Dgraph server (`make test` starts one)", EnvServer)
	}
	return uri
}

// held keeps the lock files open for the life of the test binary.
var held struct {
	sync.Mutex
	files map[string]*os.File
}

// lockServer serialises test processes that share one server: each test
// empties the graph first, so two packages at once would see each other.
func lockServer(t testing.TB, uri string) {
	held.Lock()
	defer held.Unlock()
	if held.files[uri] != nil {
		return
	}
	// `make test` names a folder it removes at the end; without it, the
	// lock stays in the system's temporary folder for the next run.
	dir := os.Getenv(EnvLockDir)
	if dir == "" {
		dir = os.TempDir()
	}
	sum := sha256.Sum256([]byte(uri))
	path := filepath.Join(dir, "newsgraph-test-"+hex.EncodeToString(sum[:6])+".lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		t.Fatalf("lock test server: %v", err)
	}
	start := time.Now()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatalf("lock test server: %v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Logf("waited %v for the test server", d.Round(time.Millisecond))
	}
	if held.files == nil {
		held.files = map[string]*os.File{}
	}
	held.files[uri] = f
}

// Context is a test context that ends with the test.
func Context(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	return ctx
}
