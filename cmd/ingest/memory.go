package main

import (
	"math"
	"runtime/debug"
	"strings"
)

// embeddedMemoryLimit is the soft limit on this process's Go memory when
// Dgraph's engine runs inside it. The engine keeps about 200 MB live while
// loading (memtables, caches, the NER model) but its memtable flushes,
// compactions and index builds make short-lived buffers of hundreds of MB;
// with the default GOGC=100 the heap then grew to twice the briefly live
// size, and the peak RSS grew with the corpus (618 MB at 1,000 articles,
// 960 MB at 10,000). Under this limit the collector runs earlier instead,
// and returns the memory to the system. See docs/PERFORMANCE.md.
const embeddedMemoryLimit = 512 << 20

// limitEmbeddedMemory sets embeddedMemoryLimit when store names the
// embedded engine and GOMEMLIMIT sets no limit of its own, and returns
// what undoes it.
func limitEmbeddedMemory(store string) (undo func()) {
	if !strings.HasPrefix(store, "file://") || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return func() {}
	}
	prev := debug.SetMemoryLimit(embeddedMemoryLimit)
	return func() { debug.SetMemoryLimit(prev) }
}
