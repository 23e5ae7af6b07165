#!/usr/bin/env bash
# fuzz.sh runs every fuzz target of the module for a bounded time: the
# whole extractor (FuzzExtract) for NEWSGRAPH_FUZZ_EXTRACT seconds (default
# 60), every other target for NEWSGRAPH_FUZZ_OTHERS seconds (default 10).
# A crasher is written to the package's testdata/fuzz/<target>/, where go
# test runs it from then on: commit it with the fix. Exits 1 when one is
# found. NEWSGRAPH_FUZZ_EXTRACT=0 NEWSGRAPH_FUZZ_OTHERS=0 skips fuzzing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
extract=${NEWSGRAPH_FUZZ_EXTRACT:-60}
others=${NEWSGRAPH_FUZZ_OTHERS:-10}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
rc=0
for pkg in $(go list ./...); do
  for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
    secs=$others
    [[ $target == FuzzExtract ]] && secs=$extract
    [[ $secs == 0 ]] && continue
    echo "+ fuzz $pkg $target ${secs}s" >&2
    if ! go test -run '^$' -fuzz "^${target}\$" -fuzztime "${secs}s" -fuzzminimizetime 10s "$pkg" >"$out" 2>&1; then
      cat "$out" >&2
      rc=1
    fi
    tail -n 1 "$out" >&2
  done
done
exit "$rc"
