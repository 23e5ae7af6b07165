package main

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// rpcPrefix is how gRPC introduces the reason of an error.
var rpcPrefix = regexp.MustCompile(`rpc error: code = \w+ desc = `)

// explain says what went wrong in the user's terms: what they named that
// the graph does not hold and what to try instead, without the layers of
// the program the error passed through.
func explain(err error) string {
	var nf *kg.NotFoundError
	var amb *kg.AmbiguousError
	var qe *kg.QueryError
	switch {
	case errors.As(err, &nf):
		return fmt.Sprintf("no entity named %q; query search %s lists the names that come close", nf.Name, shellQuote(nf.Name))
	case errors.As(err, &amb):
		return amb.Error()
	case errors.As(err, &qe):
		return qe.Error()
	case errors.Is(err, kg.ErrSameEntity):
		return strings.TrimPrefix(err.Error(), "dgraph: path: ") + "; a path joins two different entities"
	}
	msg := strings.ReplaceAll(err.Error(), "dgraph: ", "")
	return rpcPrefix.ReplaceAllString(msg, "")
}

// shellQuote quotes a name of several words as a shell needs it.
func shellQuote(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t'\"$`\\!*?&;|<>(){}[]#~") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// noStore says that a reading command was pointed at a folder that holds
// no store, rather than creating an empty one and answering zero.
func noStore(uri string) string {
	return fmt.Sprintf("no store at %s: load articles into it first (ingest --dgraph %s FILE...), or name another with --dgraph or $NEWSGRAPH_DGRAPH", strings.TrimPrefix(uri, "file://"), uri)
}
