// Package dgraph stores knowledge-graph records in Dgraph through dgo, on a
// server (dgraph://) or on the engine embedded in this process (file://).
package dgraph

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dgraph-io/dgo/v250"
	"github.com/dgraph-io/dgo/v250/protos/api"
	"github.com/hypermodeinc/modusgraph"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/newsgraph/newsgraph/graph"
)

// ErrInUse is returned when another process holds an embedded store.
var ErrInUse = errors.New("store in use by another process")

// Store is a knowledge graph kept in Dgraph. It is safe for concurrent use.
type Store struct {
	uri      string
	dir      string // the embedded store's folder
	dg       *dgo.Dgraph
	embedded bool
	release  func()

	// writeMu serialises loads on the embedded engine, which commits every
	// mutation alone and ignores upsert queries: looking keys up and then
	// writing is only safe with one writer.
	writeMu sync.Mutex

	// cache holds the recently used entities known to be committed.
	cache *entityCache

	// patience bounds how long an operation is retried: long enough for
	// a restarted Alpha to come back, or for contended writers to pass.
	patience time.Duration

	// trace, set by tests, sees every read-only query with its answer and
	// how long the client waited for it.
	trace func(q string, resp *api.Response, took time.Duration)
}

// ErrNoStore is returned by OpenExisting when an embedded store's folder
// holds no store.
var ErrNoStore = errors.New("no store there")

// OpenExisting is Open for commands that only read: an embedded store must
// exist already, and a folder that does not is not created.
func OpenExisting(ctx context.Context, uri string) (*Store, error) {
	if strings.HasPrefix(uri, "file://") {
		dir, _, err := parseFileURI(uri)
		if err != nil {
			return nil, err
		}
		if _, err := os.Stat(filepath.Join(dir, "p")); err != nil {
			return nil, fmt.Errorf("dgraph: %s: %w", dir, ErrNoStore)
		}
	}
	return Open(ctx, uri)
}

// Open connects to the store named by uri: dgraph://host:port[?options] for
// a Dgraph server (dgo's connection string: sslmode, bearertoken, user and
// password), or file:///dir for Dgraph's engine embedded in this process.
// It applies the schema before returning.
func Open(ctx context.Context, uri string) (*Store, error) {
	s := &Store{uri: uri, cache: newEntityCache(entityGeneration), patience: time.Minute}
	switch {
	case strings.HasPrefix(uri, "dgraph://"):
		if err := s.openServer(ctx, uri); err != nil {
			return nil, err
		}
	case strings.HasPrefix(uri, "file://"):
		if err := s.openEmbedded(uri); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("dgraph: unknown store %q: use dgraph://host:9080 for a server or file:///path for the embedded store", uri)
	}
	if err := s.applySchema(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func (s *Store) openServer(ctx context.Context, uri string) error {
	u, err := url.Parse(uri)
	if err != nil {
		return fmt.Errorf("dgraph: bad address %q: %w", uri, err)
	}
	dg, err := dgo.Open(uri)
	if err != nil {
		return unreachable(u.Host, err)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := dg.NewReadOnlyTxn().Query(pingCtx, `{ q(func: uid(0x1)) { uid } }`); err != nil {
		dg.Close()
		return unreachable(u.Host, err)
	}
	s.dg = dg
	s.release = dg.Close
	return nil
}

func unreachable(addr string, err error) error {
	return fmt.Errorf("cannot reach Dgraph at %s: %w\nstart a server with `make dgraph-up`, or pass --dgraph file://./newsgraph-data for the embedded store", addr, err)
}

func (s *Store) openEmbedded(uri string) error {
	dir, cacheMB, err := parseFileURI(uri)
	if err != nil {
		return err
	}
	dir, err = filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("dgraph: %s: %w", uri, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("dgraph: create store folder: %w", err)
	}
	unlock, err := lockDir(dir)
	if err != nil {
		return err
	}
	// The engine itself, not modusgraph.NewClient: the client caches
	// engines by URI, so a store closed and opened again in one process
	// would get the closed one back.
	engine, err := modusgraph.NewEngine(modusgraph.NewDefaultConfig(dir).WithCacheSizeMB(cacheMB))
	if err != nil {
		unlock()
		if errors.Is(err, modusgraph.ErrSingletonOnly) {
			return fmt.Errorf("dgraph: %s: this process already has an embedded store open", dir)
		}
		return fmt.Errorf("dgraph: open embedded store %s: %w", dir, err)
	}
	dg, err := engine.GetClient()
	if err != nil {
		engine.Close()
		unlock()
		return fmt.Errorf("dgraph: embedded store %s: %w", dir, err)
	}
	s.dg = dg
	s.dir = dir
	s.embedded = true
	s.release = func() {
		dg.Close()
		engine.Close()
		unlock()
	}
	return nil
}

// parseFileURI reads file:///dir[?cache_mb=N].
//
// cache_mb sizes the embedded engine's cache of decoded posting lists, off
// (0) by default. Dgraph v25 charges each list one unit against a budget
// counted in bytes, so "64 MB" holds 67 million lists: in practice every
// list ever read, copied again on every read, which made ingest slower and
// larger (figures in docs/PERFORMANCE.md, "Figures behind choices in the
// code"). Badger's own block cache stays on either way.
func parseFileURI(uri string) (dir string, cacheMB int, err error) {
	rest := strings.TrimPrefix(uri, "file://")
	dir, query, _ := strings.Cut(rest, "?")
	if dir == "" {
		return "", 0, fmt.Errorf("dgraph: %q names no folder", uri)
	}
	opts, err := url.ParseQuery(query)
	if err != nil {
		return "", 0, fmt.Errorf("dgraph: %q: %w", uri, err)
	}
	for k, vs := range opts {
		if k != "cache_mb" {
			return "", 0, fmt.Errorf("dgraph: %q: unknown option %q (the embedded store takes cache_mb)", uri, k)
		}
		if cacheMB, err = strconv.Atoi(vs[len(vs)-1]); err != nil || cacheMB < 0 {
			return "", 0, fmt.Errorf("dgraph: %q: cache_mb must be a number of megabytes, 0 or more", uri)
		}
	}
	return dir, cacheMB, nil
}

// lockDir takes an exclusive advisory lock on dir so a second process gets a
// clear error instead of Badger's.
func lockDir(dir string) (unlock func(), err error) {
	f, err := os.OpenFile(filepath.Join(dir, "newsgraph.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("dgraph: lock %s: %w", dir, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("dgraph: %s: %w; wait for it to finish, or load into a Dgraph server (--dgraph dgraph://localhost:9080)", dir, ErrInUse)
		}
		return nil, fmt.Errorf("dgraph: lock %s: %w", dir, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

// SetPatience sets how long an operation is retried while Dgraph is
// unreachable or transactions keep aborting (default a minute).
func (s *Store) SetPatience(d time.Duration) {
	if d > 0 {
		s.patience = d
	}
}

// Close releases the connection, or shuts the embedded engine down.
func (s *Store) Close() error {
	if s.release != nil {
		s.release()
		s.release = nil
	}
	return nil
}

// Embedded reports whether the store runs in this process.
func (s *Store) Embedded() bool { return s.embedded }

// DropAll deletes every node and the schema, then applies the schema again.
func (s *Store) DropAll(ctx context.Context) error {
	if err := s.dg.Alter(ctx, &api.Operation{DropAll: true}); err != nil {
		return fmt.Errorf("dgraph: drop all: %w", err)
	}
	s.cache.reset()
	if err := s.dg.Alter(ctx, &api.Operation{Schema: graph.Schema}); err != nil {
		return fmt.Errorf("dgraph: apply schema: %w", err)
	}
	return nil
}

// retry runs op until it succeeds, fails for a reason retrying cannot mend,
// or the store's patience runs out, backing off exponentially with jitter.
func (s *Store) retry(ctx context.Context, op func() error) error {
	backoff := 20 * time.Millisecond
	deadline := time.Now().Add(s.patience)
	var err error
	for attempt := 1; ; attempt++ {
		if err = op(); err == nil || !retryable(err) {
			return err
		}
		wait := backoff + rand.N(backoff)
		if time.Now().Add(wait).After(deadline) {
			return fmt.Errorf("gave up after %d attempts in %v: %w", attempt, s.patience, err)
		}
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(wait):
		}
		if backoff < time.Second {
			backoff *= 2
		}
	}
}

func retryable(err error) bool {
	if errors.Is(err, dgo.ErrAborted) {
		return true
	}
	switch status.Code(errors.Unwrap(err)) {
	case codes.Unavailable, codes.Aborted:
		return true
	}
	switch status.Code(err) {
	case codes.Unavailable, codes.Aborted:
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "Transaction has been aborted") ||
		strings.Contains(msg, "Please retry") ||
		strings.Contains(msg, "Unavailable") ||
		// Zero electing a leader under load: seen once in a
		// 100,000-article run, gone on the next attempt.
		strings.Contains(msg, "Not Zero leader") ||
		// A read racing the rollup of a split posting list (a hub's
		// reverse edges): "cannot read initial list part for list
		// with base key …: Key not found", seen once in the summary
		// refresh right after loading 100,000 articles; a read at a
		// later timestamp sees the rolled-up list.
		strings.Contains(msg, "read initial list part") ||
		strings.Contains(msg, "could not read list part")
}
