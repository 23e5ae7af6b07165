#!/usr/bin/env bash
# test.sh runs the Go tests, or the benchmarks, against a fresh Dgraph that it
# starts on free loopback ports in a temporary directory and always stops.
#
# usage: [PKGS=patterns] test.sh [test|bench] [extra go test flags...]
#
# PKGS (default ./...) is the space-separated list of packages to test.
# The tests see the server through these variables:
#   NEWSGRAPH_TEST_DGRAPH       dgraph://127.0.0.1:GRPC
#   NEWSGRAPH_TEST_DGRAPH_HTTP  http://127.0.0.1:HTTP
#   NEWSGRAPH_TEST_ZERO         127.0.0.1:ZERO
#   NEWSGRAPH_DGRAPH_BIN        the dgraph binary, for tests that run their own
#   NEWSGRAPH_DGRAPH_UP         dgraph-up.sh   (tests that start their own server,
#   NEWSGRAPH_DGRAPH_DOWN       dgraph-down.sh  e.g. to restart it)
#   NEWSGRAPH_TEST_CLUSTER      dgraph://127.0.0.1:GRPC of a two-group cluster
#   NEWSGRAPH_TEST_CLUSTER_ZERO_HTTP  127.0.0.1:HTTP of that cluster's Zero
#   NEWSGRAPH_TEST_LOCK_DIR     where test processes sharing a server take turns
# Set NEWSGRAPH_KEEP_DGRAPH=1 to keep the server's directory (data and logs).
# Exits with go test's exit code.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
up=$root/deploy/local/dgraph-up.sh
down=$root/deploy/local/dgraph-down.sh

mode='test'
case ${1-} in
  test | bench) mode=$1; shift ;;
  -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
esac

dir=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-dgraph.XXXXXX")
cluster=$dir/cluster
cluster_sh=$root/deploy/local/dgraph-cluster.sh
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -d $cluster ]]; then
    "$cluster_sh" down "$cluster" || rc=1
  fi
  if [[ ${NEWSGRAPH_KEEP_DGRAPH-} == 1 ]]; then
    "$down" "$dir" || rc=1
    echo "test.sh: kept $dir" >&2
  else
    "$down" --purge "$dir" || rc=1
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The test server never takes fixed ports: a developer's own server may hold them.
env -u DGRAPH_GRPC_PORT -u DGRAPH_HTTP_PORT -u DGRAPH_ZERO_PORT "$up" "$dir" >/dev/null

# A second, two-group cluster: the conformance suite runs on it too.
env -u DGRAPH_GRPC_PORT -u DGRAPH_HTTP_PORT -u DGRAPH_ZERO_PORT "$cluster_sh" up "$cluster" >/dev/null
NEWSGRAPH_TEST_CLUSTER="dgraph://$(sed -n 's/^DGRAPH_GRPC=//p' "$cluster/env")"
NEWSGRAPH_TEST_CLUSTER_ZERO_HTTP=$(sed -n 's/^DGRAPH_ZERO_HTTP=//p' "$cluster/env")
export NEWSGRAPH_TEST_CLUSTER NEWSGRAPH_TEST_CLUSTER_ZERO_HTTP

get() { sed -n "s/^$1=//p" "$dir/env"; }
NEWSGRAPH_TEST_DGRAPH="dgraph://$(get DGRAPH_GRPC)"
NEWSGRAPH_TEST_DGRAPH_HTTP="http://$(get DGRAPH_HTTP)"
NEWSGRAPH_TEST_ZERO=$(get DGRAPH_ZERO)
export NEWSGRAPH_TEST_DGRAPH NEWSGRAPH_TEST_DGRAPH_HTTP NEWSGRAPH_TEST_ZERO
# Test processes sharing the server take turns with lock files kept here,
# so that they go with the rest.
export NEWSGRAPH_TEST_LOCK_DIR="$dir"
export NEWSGRAPH_DGRAPH_BIN="${DGRAPH_BIN:-$root/bin/dgraph}"
export NEWSGRAPH_DGRAPH_UP="$up"
export NEWSGRAPH_DGRAPH_DOWN="$down"
env | grep '^NEWSGRAPH_' | sort >&2

cd "$root"
read -ra pkgs <<<"${PKGS:-./...}"
case $mode in
  test) cmd=(go test -count=1 -timeout 20m "$@" "${pkgs[@]}") ;;
  bench) cmd=(go test -run '^$' -bench . -benchtime 1x -timeout 20m "$@" "${pkgs[@]}") ;;
esac
echo "+ ${cmd[*]}" >&2
rc=0
"${cmd[@]}" || rc=$?
exit "$rc"
