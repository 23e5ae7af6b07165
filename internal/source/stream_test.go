package source

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"runtime"
	"testing"
	"time"
)

// feed generates n bytes of JSON Lines articles without holding them.
type feed struct {
	left, i int
	buf     bytes.Buffer
}

func (f *feed) Read(p []byte) (int, error) {
	for f.buf.Len() < len(p) && f.left > 0 {
		n, _ := fmt.Fprintf(&f.buf, `{"id":"a%d","published":"2022-02-21","text":"Le président a reçu lundi son homologue numéro %d à Paris pour parler de la crise, a indiqué l’Élysée dans un communiqué publié en fin de journée."}`+"\n", f.i, f.i)
		f.i++
		f.left -= n
	}
	if f.buf.Len() == 0 {
		return 0, io.EOF
	}
	return f.buf.Read(p)
}

// TestStream200MB reads 200 MB of JSON Lines record by record: memory
// stays flat, and it takes seconds.
func TestStream200MB(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 200 MB")
	}
	start := time.Now()
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	var peak uint64
	docs := 0
	r := &Reader{}
	for it := range r.ReadFrom(context.Background(), "feed.jsonl", &feed{left: 200 << 20}) {
		if it.Err != nil {
			t.Fatalf("%v", it.Err)
		}
		docs++
		if docs%20000 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}
	if docs < 200<<20/300 {
		t.Errorf("%d docs", docs)
	}
	if grown := int64(peak) - int64(base); grown > 64<<20 {
		t.Errorf("heap grew by %d MiB reading a stream", grown>>20)
	}
	if took := time.Since(start); took > 2*time.Minute {
		t.Errorf("took %v", took)
	}
	t.Logf("%d docs in %v, heap peak %d MiB", docs, time.Since(start), peak>>20)
}
