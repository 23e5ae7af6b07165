package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/kg"
)

// maxArticleBytes bounds one plain-text article read whole.
const maxArticleBytes = 64 << 20

// expand turns the command line's paths into files: folders are walked
// recursively (hidden entries skipped), in lexical order so runs repeat.
func expand(paths []string) ([]string, []FileError) {
	var files []string
	var errs []FileError
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, FileError{Path: p, Reason: "unreadable", Err: err})
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, FileError{Path: path, Reason: "unreadable", Err: err})
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
			errs = append(errs, FileError{Path: p, Reason: "unreadable", Err: err})
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, errs
}

// readText reads one plain-text article. Its first line is the title when a
// blank line follows it.
func readText(path, published string) (kg.Article, string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return kg.Article{}, "", err
	}
	if info.Size() > maxArticleBytes {
		return kg.Article{}, "", fmt.Errorf("%d bytes is more than a %d MiB article", info.Size(), maxArticleBytes>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return kg.Article{}, "", err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return kg.Article{}, "", errEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return kg.Article{}, "", errNotText
	}
	text := string(data)
	a := kg.Article{Source: path, ID: kg.ContentID(text), Published: published}
	if first, rest, ok := strings.Cut(text, "\n"); ok && strings.HasPrefix(strings.TrimLeft(rest, " \t\r"), "\n") {
		a.Title = strings.TrimSpace(first)
	}
	return a, text, nil
}

// readRecords reads extraction records, one JSON object a line; a bad line
// is reported with its number and the rest are kept.
func readRecords(path string) ([]kg.Record, []FileError) {
	f, err := os.Open(path)
	if err != nil {
		return nil, []FileError{{Path: path, Reason: "unreadable", Err: err}}
	}
	defer f.Close()
	var recs []kg.Record
	var errs []FileError
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), maxArticleBytes)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var r kg.Record
		if err := json.Unmarshal(b, &r); err != nil {
			errs = append(errs, FileError{Path: path, Line: line, Reason: "malformed JSON", Err: err})
			continue
		}
		if err := r.Validate(); err != nil {
			errs = append(errs, FileError{Path: path, Line: line, Reason: "invalid record", Err: err})
			continue
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, FileError{Path: path, Line: line + 1, Reason: "unreadable", Err: err})
	}
	return recs, errs
}
