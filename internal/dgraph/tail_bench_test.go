package dgraph_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/dgo/v250/protos/api"

	"github.com/newsgraph/newsgraph/internal/dgraph"
	"github.com/newsgraph/newsgraph/internal/dgraph/dgraphtest"
	"github.com/newsgraph/newsgraph/internal/kg"
	"github.com/newsgraph/newsgraph/internal/synth"
)

// roundTrip is one query of an answer, as the client and the server saw it.
type roundTrip struct {
	name                      string
	took, total, proc, encode time.Duration
	bytes                     int
}

// BenchmarkTwoHopTail looks into the two-hop answer's slow tail on a
// server: 10,000 articles loaded and summarised, the machine at rest, the
// alpha's own CPU while idle, then 3,000 two-hop answers from the hubs.
// It prints the percentiles, where the 60 slowest fell in the run (a
// period tells a periodic stall), and the slowest answers split into
// their round trips, each with the client's wait, the server's total,
// processing and encoding time, the answer's bytes, and whether the
// client collected garbage meanwhile.
//
//	make bench PKGS=./internal/dgraph TESTFLAGS='-bench TwoHopTail -timeout 1h'
func BenchmarkTwoHopTail(b *testing.B) {
	recs := synth.Records(synth.Config{Seed: 7, Articles: 10000})
	hubs, _ := hubsAndTail(recs)
	ctx := context.Background()
	s, err := dgraph.Open(ctx, dgraphtest.StartServer(b).URI)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	loadAll(b, ctx, s, recs)
	recs = nil
	runtime.GC()
	if _, err := s.Summarise(ctx, false); err != nil {
		b.Fatal(err)
	}
	settle(b)
	// the alpha's CPU while nothing asks it anything
	out, _ := exec.Command("pgrep", "-f", "dgraph alpha.*BenchmarkTwoHopTail").Output()
	pid := strings.TrimSpace(string(out))
	cpu := func() int {
		b, _ := os.ReadFile("/proc/" + pid + "/stat")
		f := strings.Fields(string(b))
		if len(f) < 15 {
			return -1
		}
		u, _ := strconv.Atoi(f[13])
		st, _ := strconv.Atoi(f[14])
		return u + st
	}
	for i := 0; i < 3; i++ {
		c0 := cpu()
		time.Sleep(10 * time.Second)
		fmt.Fprintf(os.Stderr, "idle alpha pid %s: %d ticks in 10 s, load %s\n", pid, cpu()-c0, loadAverage())
	}
	var cur []roundTrip
	dgraph.SetTrace(s, func(q string, resp *api.Response, took time.Duration) {
		name := "q"
		if strings.Contains(q, "fact.display") {
			name = "display"
		} else if strings.Contains(q, "entity.neighbor") {
			name = "page"
		} else {
			name = strings.Fields(q)[1]
		}
		t := roundTrip{name: name, took: took}
		if resp != nil && resp.Latency != nil {
			t.total = time.Duration(resp.Latency.TotalNs)
			t.proc = time.Duration(resp.Latency.ProcessingNs)
			t.encode = time.Duration(resp.Latency.EncodingNs)
			t.bytes = len(resp.Json)
		}
		cur = append(cur, t)
	})
	type ans struct {
		took time.Duration
		qs   []roundTrip
		gcs  uint32
		i    int
	}
	var all []ans
	var ms runtime.MemStats
	for i := 0; i < 3000; i++ {
		cur = nil
		runtime.ReadMemStats(&ms)
		g0 := ms.NumGC
		t := time.Now()
		if _, err := s.Neighbors(ctx, hubs[i%len(hubs)], kg.NeighborOptions{Depth: 2}); err != nil {
			b.Fatal(err)
		}
		d := time.Since(t)
		runtime.ReadMemStats(&ms)
		all = append(all, ans{d, cur, ms.NumGC - g0, i})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].took < all[j].took })
	fmt.Fprintf(os.Stderr, "p50 %v p90 %v p99 %v max %v\n", all[1500].took, all[2700].took, all[2970].took, all[2999].took)
	var slow []int
	for _, a := range all[2940:] {
		slow = append(slow, a.i)
	}
	sort.Ints(slow)
	fmt.Fprintf(os.Stderr, "positions of the 60 slowest: %v\n", slow)
	show := func(a ans) {
		fmt.Fprintf(os.Stderr, "%v gc=%d:", a.took.Round(10*time.Microsecond), a.gcs)
		for _, q := range a.qs {
			fmt.Fprintf(os.Stderr, " [%s took %v server %v proc %v enc %v %dB]", q.name, q.took.Round(10*time.Microsecond), q.total.Round(10*time.Microsecond), q.proc.Round(10*time.Microsecond), q.encode.Round(10*time.Microsecond), q.bytes)
		}
		fmt.Fprintln(os.Stderr)
	}
	for _, i := range []int{300, 1500, 2700} {
		show(all[i])
	}
	for _, a := range all[2985:] {
		show(a)
	}
}
