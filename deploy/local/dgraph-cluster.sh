#!/usr/bin/env bash
# dgraph-cluster.sh starts or stops a two-group Dgraph cluster on 127.0.0.1:
# one Zero and two Alphas, each Alpha its own group, so that predicates are
# spread over groups (Zero assigns tablets; tests move some to group 2).
#
# usage: dgraph-cluster.sh up|down DIR
#
# up writes DIR/env: DGRAPH_GRPC (Alpha of group 1), DGRAPH_GRPC2 (group 2),
# DGRAPH_HTTP, DGRAPH_HTTP2, DGRAPH_ZERO, DGRAPH_ZERO_HTTP. Group 1 with the
# Zero is a dgraph-up.sh server in DIR/g1; the second Alpha lives in DIR/g2.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin=${DGRAPH_BIN:-$root/bin/dgraph}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
die() { echo "dgraph-cluster: $*" >&2; exit 1; }

(($# == 2)) || die "usage: $0 up|down DIR"
cmd=$1
mkdir -p "$2"
dir=$(cd "$2" && pwd)

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
healthy() { # healthy PORT: Alpha's /health answers 200
  local line
  (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 &&
    IFS= read -r line <&3 && [[ $line == *" 200 "* ]]) 2>/dev/null
}

down() {
  if [[ -f $dir/g2/alpha.pid ]]; then
    local pid sig
    pid=$(<"$dir/g2/alpha.pid")
    for sig in TERM INT KILL; do
      alive "$pid" || break
      kill -s "$sig" "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do alive "$pid" || break; sleep 0.1; done
    done
    alive "$pid" && die "alpha of group 2 (pid $pid) would not stop"
    rm -f "$dir/g2/alpha.pid"
    echo "dgraph-cluster: stopped alpha of group 2 (pid $pid)" >&2
  fi
  "$here/dgraph-down.sh" "$dir/g1"
}

up() {
  env -u DGRAPH_GRPC_PORT -u DGRAPH_HTTP_PORT -u DGRAPH_ZERO_PORT "$here/dgraph-up.sh" "$dir/g1" >/dev/null
  # shellcheck disable=SC1091
  source "$dir/g1/env"
  local off i
  for ((i = 0; i < 200; i++)); do
    off=$((1000 + (RANDOM * 32768 + RANDOM) % 22000))
    port_open $((7080 + off)) || port_open $((8080 + off)) || port_open $((9080 + off)) || break
  done
  mkdir -p "$dir/g2/alpha" "$dir/g2/logs"
  # As dgraph-up.sh starts group 1's Alpha.
  local alpha_cache=${DGRAPH_ALPHA_CACHE-size-mb=1024; percentage=0,80,20}
  (cd "$dir/g2/alpha" && exec "$bin" alpha --bindall=false --port_offset "$off" \
    --my "127.0.0.1:$((7080 + off))" --zero "$DGRAPH_ZERO" \
    --postings "$dir/g2/alpha/p" --wal "$dir/g2/alpha/w" --tmp "$dir/g2/alpha/t" \
    --log_dir "$dir/g2/logs" --security "whitelist=127.0.0.1/8" --telemetry "reports=false; sentry=false;" \
    ${alpha_cache:+--cache "$alpha_cache"} \
    </dev/null >>"$dir/g2/logs/alpha.out" 2>&1) &
  echo $! >"$dir/g2/alpha.pid"
  for ((i = 0; i < 180; i++)); do
    healthy $((8080 + off)) && break
    alive "$(<"$dir/g2/alpha.pid")" || { tail -n 20 "$dir/g2/logs/alpha.out" >&2; down; die "alpha of group 2 died"; }
    sleep 0.5
  done
  healthy $((8080 + off)) || { tail -n 20 "$dir/g2/logs/alpha.out" >&2; down; die "alpha of group 2 not healthy in 90 s"; }
  cat >"$dir/env" <<ENV
DGRAPH_GRPC=$DGRAPH_GRPC
DGRAPH_HTTP=$DGRAPH_HTTP
DGRAPH_GRPC2=127.0.0.1:$((9080 + off))
DGRAPH_HTTP2=127.0.0.1:$((8080 + off))
DGRAPH_ZERO=$DGRAPH_ZERO
DGRAPH_ZERO_HTTP=$DGRAPH_ZERO_HTTP
ENV
  echo "dgraph-cluster: zero $DGRAPH_ZERO, group 1 alpha $DGRAPH_GRPC, group 2 alpha 127.0.0.1:$((9080 + off))" >&2
}

case $cmd in
  up) up ;;
  down) down ;;
  *) die "usage: $0 up|down DIR" ;;
esac
