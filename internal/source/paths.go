package source

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Expand turns command-line paths into inputs: "-" stays (standard input),
// folders are walked recursively (hidden entries skipped) in lexical
// order so runs repeat, and a path that does not exist but holds *, ? or
// [ is a glob pattern.
func Expand(paths []string) ([]string, []Error) {
	var files []string
	var errs []Error
	for _, p := range paths {
		if p == "-" {
			files = append(files, p)
			continue
		}
		matches := []string{p}
		if _, err := os.Stat(p); err != nil && strings.ContainsAny(p, "*?[") {
			m, gerr := filepath.Glob(p)
			switch {
			case gerr != nil:
				errs = append(errs, Error{Path: p, Reason: ReasonUnreadable, Err: gerr})
				continue
			case len(m) == 0:
				errs = append(errs, Error{Path: p, Reason: ReasonUnreadable, Err: errors.New("no file matches this pattern")})
				continue
			}
			matches = m
		}
		for _, m := range matches {
			f, e := walk(m)
			files = append(files, f...)
			errs = append(errs, e...)
		}
	}
	return files, errs
}

func walk(p string) ([]string, []Error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, []Error{{Path: p, Reason: ReasonUnreadable, Err: err}}
	}
	if !info.IsDir() {
		return []string{p}, nil
	}
	var found []string
	var errs []Error
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, Error{Path: path, Reason: ReasonUnreadable, Err: err})
			return nil
		}
		if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			found = append(found, path)
		}
		return nil
	})
	if err != nil {
		errs = append(errs, Error{Path: p, Reason: ReasonUnreadable, Err: err})
	}
	sort.Strings(found)
	return found, errs
}
