package dgraphtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strings"
	"testing"
	"time"
)

// GroupsOf returns, for each Alpha group of the test cluster, the
// newsgraph predicates it serves (Dgraph's own are left out).
func GroupsOf(t testing.TB) map[string][]string {
	t.Helper()
	zero := os.Getenv(EnvClusterZero)
	if zero == "" {
		t.Fatalf("%s is not set", EnvClusterZero)
	}
	var state struct {
		Groups map[string]struct {
			Tablets map[string]struct {
				Predicate string `json:"predicate"`
			} `json:"tablets"`
		} `json:"groups"`
	}
	body := get(t, "http://"+zero+"/state")
	if err := json.Unmarshal(body, &state); err != nil {
		t.Fatalf("zero state: %v", err)
	}
	groups := map[string][]string{}
	for g, v := range state.Groups {
		groups[g] = nil
		for _, tab := range v.Tablets {
			p := tab.Predicate[strings.IndexByte(tab.Predicate, '-')+1:]
			if !strings.HasPrefix(p, "dgraph.") {
				groups[g] = append(groups[g], p)
			}
		}
		sort.Strings(groups[g])
	}
	return groups
}

// Spread puts every other newsgraph predicate (in name order) in group 2,
// so that queries and transactions cross groups. Zero puts each new
// predicate in the group of the Alpha that first wrote it: all in group 1.
func Spread(t testing.TB) {
	t.Helper()
	groups := GroupsOf(t)
	in2 := map[string]bool{}
	for _, p := range groups["2"] {
		in2[p] = true
	}
	var all []string
	for _, ps := range groups {
		all = append(all, ps...)
	}
	sort.Strings(all)
	zero := os.Getenv(EnvClusterZero)
	var moved []string
	for i, p := range all {
		if i%2 == 1 && !in2[p] {
			get(t, "http://"+zero+"/moveTablet?tablet="+url.QueryEscape(p)+"&group=2")
			moved = append(moved, p)
		}
	}
	// Zero records a move when it is done; wait for that before anyone
	// writes, at most a minute.
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(500 * time.Millisecond) {
		now := map[string]bool{}
		for _, p := range GroupsOf(t)["2"] {
			now[p] = true
		}
		done := true
		for _, p := range moved {
			done = done && now[p]
		}
		if done {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("tablets %v not in group 2 a minute after their move", moved)
		}
	}
}

// Settled runs f again while the cluster answers that a tablet "isn't
// being served by this instance": an Alpha learns of a tablet move from
// Zero a moment after it is done. It gives up after a minute.
func Settled(t testing.TB, f func() error) error {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		err := f()
		if err == nil || !strings.Contains(err.Error(), "isn't being served by this instance") || time.Now().After(deadline) {
			return err
		}
		time.Sleep(time.Second)
	}
}

func get(t testing.TB, u string) []byte {
	t.Helper()
	c := http.Client{Timeout: time.Minute}
	resp, err := c.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s %v", u, resp.Status, fmt.Sprint(err, string(body)))
	}
	return body
}

// ClusterURI returns the test cluster's address and holds it for this test
// process, like ServerURI; without a cluster it skips, or fails in CI.
func ClusterURI(t testing.TB) string {
	t.Helper()
	uri := fromEnv(t, EnvCluster, "a cluster")
	if uri == "" {
		t.Skipf("%s is not set: no cluster to test", EnvCluster)
	}
	// Locks are always taken server first, then cluster, as Backends
	// does: two test processes taking them in other orders would wait
	// for each other for ever.
	ServerURI(t)
	lockServer(t, uri)
	return uri
}
