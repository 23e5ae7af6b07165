// Package datasets finds the third-party data sets kept beside the
// repository (the shared data folder: treebanks, NER sets, the OrangeSum
// news corpus) for tests, benchmarks and training commands.
package datasets

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Env names the variable that points at the data folder when it is not
// beside the repository.
const Env = "NEWSGRAPH_DATA"

// RequireEnv, when set to 1, makes Require fail a test whose data is
// missing instead of skipping it: CI sets it, so that a missing data set
// cannot pass for a green run.
const RequireEnv = "NEWSGRAPH_REQUIRE_DATA"

// Corpus is the OrangeSum corpus of real French news, relative to the
// data folder.
const Corpus = "orangesum/orangesum-fr.jsonl.gz"

// Dir returns the data folder: $NEWSGRAPH_DATA, else ../shared/data beside
// the repository, else /work/shared/data.
func Dir() (string, error) {
	var tried []string
	if d := os.Getenv(Env); d != "" {
		return d, checkDir(d)
	}
	if _, file, _, ok := runtime.Caller(0); ok {
		root := filepath.Join(filepath.Dir(file), "..", "..")
		d := filepath.Join(root, "..", "shared", "data")
		if checkDir(d) == nil {
			return filepath.Clean(d), nil
		}
		tried = append(tried, filepath.Clean(d))
	}
	d := "/work/shared/data"
	if checkDir(d) == nil {
		return d, nil
	}
	tried = append(tried, d)
	return "", fmt.Errorf("no data folder (tried %v); set %s", tried, Env)
}

func checkDir(d string) error {
	st, err := os.Stat(d)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return errors.New(d + " is not a folder")
	}
	return nil
}

// Path returns a file of the data folder, checking that it exists.
func Path(rel string) (string, error) {
	d, err := Dir()
	if err != nil {
		return "", err
	}
	p := filepath.Join(d, rel)
	if _, err := os.Stat(p); err != nil {
		return "", err
	}
	return p, nil
}

// Require returns a file of the data folder for a test, skipping the test
// when the file is missing (failing it when $NEWSGRAPH_REQUIRE_DATA is 1).
func Require(tb testing.TB, rel string) string {
	tb.Helper()
	p, err := Path(rel)
	if err != nil {
		if os.Getenv(RequireEnv) == "1" {
			tb.Fatalf("data set %s: %v", rel, err)
		}
		tb.Skipf("data set %s not found (%v): set %s to the shared data folder", rel, err, Env)
	}
	return p
}
