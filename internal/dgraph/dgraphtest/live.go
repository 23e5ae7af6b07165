package dgraphtest

import (
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// XidPredicate is the schema line `dgraph live -U xid` needs: without an
// indexed xid predicate it loads nothing and waits for ever.
const XidPredicate = "\nxid: string @index(exact) @upsert .\n"

// WriteSchema writes a DQL schema to a temporary file for `dgraph live`.
func WriteSchema(tb testing.TB, schema string) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "schema.dql")
	if err := os.WriteFile(path, []byte(schema), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// Live runs `dgraph live` on an RDF file (plain or .gz) into s with the
// schema in the file schema, and returns how long it took, applying the
// schema included. extra adds flags, e.g. "--upsertPredicate", "xid".
func (s Server) Live(tb testing.TB, rdf, schema string, extra ...string) time.Duration {
	tb.Helper()
	args := append([]string{"live", "--files", rdf, "--schema", schema,
		"--alpha", s.GRPC, "--zero", s.Zero, "--tmp", tb.TempDir(),
		"--log_dir", tb.TempDir(), "--http", FreeAddr(tb)}, extra...)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Hour)
	defer cancel()
	cmd := exec.CommandContext(ctx, s.Bin, args...)
	cmd.Dir = tb.TempDir()
	start := time.Now()
	out, err := cmd.CombinedOutput()
	el := time.Since(start)
	if err != nil {
		tb.Fatalf("dgraph %v: %v\n%s", args, err, out)
	}
	return el
}

// FreeAddr is a loopback address nothing listens on, for dgraph live's
// pprof server, whose default port another run may hold.
func FreeAddr(tb testing.TB) string {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}
