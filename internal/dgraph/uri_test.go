package dgraph

import (
	"strings"
	"testing"
)

func TestParseFileURI(t *testing.T) {
	for _, c := range []struct {
		uri     string
		dir     string
		cacheMB int
		err     string
	}{
		{uri: "file:///data/ng", dir: "/data/ng"},
		{uri: "file:///data/ng?cache_mb=0", dir: "/data/ng"},
		{uri: "file://./ng?cache_mb=64", dir: "./ng", cacheMB: 64},
		{uri: "file://", err: "names no folder"},
		{uri: "file:///ng?cache=64", err: `unknown option "cache"`},
		{uri: "file:///ng?cache_mb=-1", err: "cache_mb must be"},
		{uri: "file:///ng?cache_mb=lots", err: "cache_mb must be"},
	} {
		dir, mb, err := parseFileURI(c.uri)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("parseFileURI(%q) error = %v, want %q", c.uri, err, c.err)
			}
			continue
		}
		if err != nil || dir != c.dir || mb != c.cacheMB {
			t.Errorf("parseFileURI(%q) = %q, %d, %v; want %q, %d", c.uri, dir, mb, err, c.dir, c.cacheMB)
		}
	}
}
