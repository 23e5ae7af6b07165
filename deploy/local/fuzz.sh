#!/usr/bin/env bash
# fuzz.sh runs every fuzz target of the module for a bounded number of
# inputs: about 60 s of the whole extractor (FuzzExtract) and about 10 s of
# every other target on a 2-core machine. The bound is a count of inputs,
# not a duration: Go 1.26's coordinator can fail a target whose -fuzztime
# duration runs out while a worker is busy ("context deadline exceeded",
# no input written; go.dev/issue/75804, fixed in Go 1.27), and a count
# has no deadline.
#
# NEWSGRAPH_FUZZ_SCALE (percent, default 100) scales every count; 0 skips
# fuzzing. A target missing from the table below gets 50,000 inputs.
# A crasher is written to the package's testdata/fuzz/<target>/, where go
# test runs it from then on: commit it with the fix. Exits 1 when one is
# found.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
scale=${NEWSGRAPH_FUZZ_SCALE:-100}
[[ $scale == 0 ]] && exit 0
# Inputs per target, measured at about 10 s each (FuzzExtract 60 s).
declare -A inputs=(
  [FuzzExtract]=50000
  [FuzzDecode]=150000
  [FuzzHTML]=80000
  [FuzzJSONLines]=60000
  [FuzzJSONArray]=100000
  [FuzzAuto]=60000
  [FuzzTokenize]=400000
  [FuzzAnalyze]=400000
)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
rc=0
for pkg in $(go list ./...); do
  for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
    n=$(( ${inputs[$target]:-50000} * scale / 100 ))
    (( n < 1 )) && n=1
    echo "+ fuzz $pkg $target ${n} inputs" >&2
    start=$SECONDS
    if ! go test -run '^$' -fuzz "^${target}\$" -fuzztime "${n}x" -fuzzminimizetime 10s "$pkg" >"$out" 2>&1; then
      cat "$out" >&2
      rc=1
    fi
    echo "$(tail -n 1 "$out") ($((SECONDS - start)) s)" >&2
  done
done
exit "$rc"
