package dgraph

import (
	"errors"
	"fmt"
	"testing"

	"github.com/dgraph-io/dgo/v250"
)

// TestRetryable: the errors that a later attempt clears are retried, the
// others are not.
func TestRetryable(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want bool
	}{
		{dgo.ErrAborted, true},
		{fmt.Errorf("commit: %w", dgo.ErrAborted), true},
		{errors.New("rpc error: code = Unknown desc = Not Zero leader. Aborting proposal"), true},
		{errors.New("dgraph: query: Dgraph refused the query: : cannot initialize iterator when calling List.iterate minTs: 52340: " +
			"cannot read initial list part for list with base key 0000: could not read list part with key 0400: Key not found"), true},
		{errors.New("line 1 column 12: Expected comma or language but got: }"), false},
		{errors.New("Key not found"), false},
	} {
		if got := retryable(tt.err); got != tt.want {
			t.Errorf("retryable(%q) = %v, want %v", tt.err, got, tt.want)
		}
	}
}
