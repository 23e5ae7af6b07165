#!/usr/bin/env bash
# dgraph-up.sh starts one Dgraph Zero and one Dgraph Alpha on 127.0.0.1 with
# all their state under one directory, and waits until Alpha answers queries.
#
# usage: dgraph-up.sh [--standard-ports] [DIR]     (DIR defaults to ./.dgraph)
#
# Ports: Dgraph only lets a process shift its fixed ports by one offset
# (Zero 5080/6080, Alpha 7080/8080/9080, each +offset), so the script picks
# offsets, not single ports. In order of precedence:
#   1. DGRAPH_GRPC_PORT / DGRAPH_HTTP_PORT (Alpha; HTTP must be gRPC-1000) and
#      DGRAPH_ZERO_PORT (Zero gRPC) when set; the start fails if they are taken;
#   2. the ports DIR/ports recorded when DIR's cluster was made: a cluster only
#      runs on the ports it was made with (its members remember each other's);
#   3. with --standard-ports, 5080-9080 when all are free;
#   4. a random free offset (ports below Linux's ephemeral range).
#
# Writes DIR/env (DGRAPH_GRPC=127.0.0.1:PORT, DGRAPH_HTTP=..., DGRAPH_ZERO=...),
# DIR/zero.pid and DIR/alpha.pid; logs go to DIR/logs. Stop with dgraph-down.sh.
#
# Other settings: DGRAPH_BIN (default REPO/bin/dgraph, built from
# deploy/dgraph when missing), DGRAPH_UP_TIMEOUT (seconds, default 90),
# DGRAPH_ALPHA_CACHE (Alpha's --cache superflag; default
# "size-mb=1024; percentage=0,80,20": no posting-list cache, which in
# Dgraph v25 keeps every list it reads; set it empty for Dgraph's default),
# DGRAPH_ALPHA_ENV (VAR=value words set in Alpha's environment, e.g.
# "GOGC=400 GOMAXPROCS=8"; unset: none).
# Needs only bash (its /dev/tcp) and coreutils: no curl, no python.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin=${DGRAPH_BIN:-$root/bin/dgraph}
timeout_s=${DGRAPH_UP_TIMEOUT:-90}

usage() { echo "usage: $0 [--standard-ports] [DIR]" >&2; exit 2; }
die() { echo "dgraph-up: $*" >&2; exit 1; }

standard=false
dir=
while (($#)); do
  case $1 in
    --standard-ports) standard=true ;;
    -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    -*) usage ;;
    *) [[ -z $dir ]] || usage; dir=$1 ;;
  esac
  shift
done

# --- fixed ports from the environment -----------------------------------------

is_port() { [[ $1 =~ ^[0-9]+$ ]] && (($1 >= 1024 && $1 <= 65535)); }

fixed_alpha=false fixed_zero=false
if [[ -n ${DGRAPH_GRPC_PORT-} || -n ${DGRAPH_HTTP_PORT-} ]]; then
  fixed_alpha=true
  if [[ -n ${DGRAPH_GRPC_PORT-} ]]; then
    is_port "$DGRAPH_GRPC_PORT" || die "DGRAPH_GRPC_PORT=$DGRAPH_GRPC_PORT is not a port number in 1024..65535"
    alpha_off=$((DGRAPH_GRPC_PORT - 9080))
  else
    is_port "$DGRAPH_HTTP_PORT" || die "DGRAPH_HTTP_PORT=$DGRAPH_HTTP_PORT is not a port number in 1024..65535"
    alpha_off=$((DGRAPH_HTTP_PORT - 8080))
  fi
  if [[ -n ${DGRAPH_HTTP_PORT-} && $DGRAPH_HTTP_PORT != $((9080 + alpha_off - 1000)) ]]; then
    die "DGRAPH_HTTP_PORT must be DGRAPH_GRPC_PORT-1000 ($((8080 + alpha_off))): Dgraph shifts all Alpha ports by one offset"
  fi
fi
if [[ -n ${DGRAPH_ZERO_PORT-} ]]; then
  fixed_zero=true
  is_port "$DGRAPH_ZERO_PORT" || die "DGRAPH_ZERO_PORT=$DGRAPH_ZERO_PORT is not a port number in 1024..65535"
  zero_off=$((DGRAPH_ZERO_PORT - 5080))
fi
if $fixed_alpha && ! { is_port $((7080 + alpha_off)) && is_port $((9080 + alpha_off)); }; then
  die "Alpha's ports would be $((7080 + alpha_off)), $((8080 + alpha_off)), $((9080 + alpha_off)): all must lie in 1024..65535"
fi
if $fixed_zero && ! is_port $((6080 + zero_off)); then
  die "Zero's ports would be $((5080 + zero_off)), $((6080 + zero_off)): both must lie in 1024..65535"
fi

dir=${dir:-.dgraph}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

# --- helpers -----------------------------------------------------------------

# port_open, alive and ours.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
alpha_cache=${DGRAPH_ALPHA_CACHE-size-mb=1024; percentage=0,80,20}
read -r -a alpha_env <<<"${DGRAPH_ALPHA_ENV-}"

# http PORT METHOD PATH [BODY]: one HTTP/1.0 request to 127.0.0.1:PORT; prints
# the whole response (status line, headers, body). Fails if nothing listens.
http() {
  local port=$1 method=$2 path=$3 body=${4-}
  (
    export LC_ALL=C # so ${#body} counts bytes
    exec 3<>"/dev/tcp/127.0.0.1/$port"
    printf '%s %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\nContent-Type: application/dql\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s' \
      "$method" "$path" "$port" "${#body}" "$body" >&3
    local line
    while IFS= read -r -t 5 line <&3 || [[ -n $line ]]; do
      printf '%s\n' "$line"
      line=
    done
  ) 2>/dev/null
}


envval() { # envval KEY FILE -> value of KEY=value, empty if absent
  sed -n "s/^$1=//p" "$2" 2>/dev/null | tail -n 1
}

port_of() { echo "${1##*:}"; } # 127.0.0.1:9080 -> 9080

# all_free PORT...: none of the ports accepts connections nor is reserved.
reserved=()
all_free() {
  local p r
  for p; do
    is_port "$p" || return 1
    for r in ${reserved[@]+"${reserved[@]}"}; do [[ $p == "$r" ]] && return 1; done
    port_open "$p" && return 1
  done
  return 0
}

zero_ports() { echo "$((5080 + $1)) $((6080 + $1))"; }
alpha_ports() { echo "$((7080 + $1)) $((8080 + $1)) $((9080 + $1))"; }
pair_ports() { echo "$(zero_ports "$1") $(alpha_ports "$1")"; }

# random_offset zero|alpha|pair: a random offset whose ports are all free. Offsets stay in
# 1000..22999 so every port lies in 6080..32079, below the ephemeral range.
random_offset() {
  local kind=$1 o i
  for ((i = 0; i < 200; i++)); do
    o=$((1000 + (RANDOM * 32768 + RANDOM) % 22000))
    # shellcheck disable=SC2046
    if all_free $("${kind}_ports" "$o"); then echo "$o"; return 0; fi
  done
  return 1
}

tail_logs() {
  local f
  for f in "$dir/logs/zero.out" "$dir/logs/alpha.out"; do
    [[ -s $f ]] || continue
    echo "---- last lines of $f ----" >&2
    tail -n 25 "$f" >&2
  done
}

# --- already running? ----------------------------------------------------------

if [[ -f $dir/alpha.pid && -f $dir/zero.pid ]]; then
  apid=$(<"$dir/alpha.pid") zpid=$(<"$dir/zero.pid")
  if alive "$apid" && ours "$apid" && alive "$zpid" && ours "$zpid"; then
    echo "dgraph-up: already running in $dir (zero pid $zpid, alpha pid $apid)" >&2
    cat "$dir/env"
    exit 0
  fi
  if { alive "$apid" && ours "$apid"; } || { alive "$zpid" && ours "$zpid"; }; then
    die "half a server is running in $dir (zero pid $zpid, alpha pid $apid); stop it with deploy/local/dgraph-down.sh $dir"
  fi
fi

# --- the binary ------------------------------------------------------------------

if [[ ! -x $bin ]]; then
  [[ -z ${DGRAPH_BIN-} ]] || die "DGRAPH_BIN=$bin is not an executable file"
  command -v go >/dev/null || die "$bin is missing and there is no go to build it"
  echo "dgraph-up: building $bin from deploy/dgraph (about 5 minutes the first time)..." >&2
  (cd "$root/deploy/dgraph" && go build -o "$bin" github.com/hypermodeinc/dgraph/v25/dgraph) ||
    die "building $bin failed"
fi

# --- choose ports ----------------------------------------------------------------

# A cluster's members find each other by the addresses they had when it was
# made (Zero and Alpha keep them in their Raft state), so a directory that
# already holds a cluster must run on the ports recorded in DIR/ports.
fresh=true
why="unset DGRAPH_GRPC_PORT, DGRAPH_HTTP_PORT and DGRAPH_ZERO_PORT to let the script pick free ports"
if [[ -d $dir/zero/zw ]]; then
  fresh=false
  pz=$(envval ZERO_OFFSET "$dir/ports") pa=$(envval ALPHA_OFFSET "$dir/ports")
  if [[ $pz =~ ^-?[0-9]+$ && $pa =~ ^-?[0-9]+$ ]]; then
    if { $fixed_alpha && ((alpha_off != pa)); } || { $fixed_zero && ((zero_off != pz)); }; then
      die "$dir holds a cluster made on Alpha gRPC port $((9080 + pa)) and Zero port $((5080 + pz)); it only works on those ports (or remove it with dgraph-down.sh --purge $dir)"
    fi
    fixed_alpha=true alpha_off=$pa fixed_zero=true zero_off=$pz
    why="$dir holds a cluster made on these ports and it only works on them: free them, or remove it with dgraph-down.sh --purge $dir"
  else
    echo "dgraph-up: warning: $dir holds data but no record of its ports; it will only start on the ports it was made with" >&2
  fi
fi

choose_ports() {
  reserved=()
  local want more
  if $fixed_alpha; then
    # shellcheck disable=SC2046
    all_free $(alpha_ports "$alpha_off") ||
      die "an Alpha port ($(alpha_ports "$alpha_off")) is taken on 127.0.0.1; $why"
    read -ra reserved <<<"$(alpha_ports "$alpha_off")"
  fi
  if $fixed_zero; then
    # shellcheck disable=SC2046
    all_free $(zero_ports "$zero_off") ||
      die "a Zero port ($(zero_ports "$zero_off")) is taken on 127.0.0.1 or is one of Alpha's; $why"
  else
    zero_off=
    # shellcheck disable=SC2046
    if $standard && all_free $(zero_ports 0); then zero_off=0; fi
    if [[ -z $zero_off ]]; then
      # A random offset that suits Alpha too keeps the five ports one family.
      zero_off=$(random_offset "$($fixed_alpha && echo zero || echo pair)") || die "found no free ports for Zero"
    fi
  fi
  read -ra more <<<"$(zero_ports "$zero_off")"
  reserved+=("${more[@]}")
  if ! $fixed_alpha; then
    alpha_off=
    for want in "$($standard && echo 0)" "$zero_off"; do
      # shellcheck disable=SC2046
      if [[ -n $want ]] && all_free $(alpha_ports "$want"); then alpha_off=$want; break; fi
    done
    [[ -n $alpha_off ]] || alpha_off=$(random_offset alpha) || die "found no free ports for Alpha"
    if $standard && ((alpha_off != 0)); then
      echo "dgraph-up: standard ports 8080/9080 are taken; using $((8080 + alpha_off))/$((9080 + alpha_off)) (point Ratel there)" >&2
    fi
  fi
}

# --- start -------------------------------------------------------------------------

mkdir -p "$dir/logs/zero" "$dir/logs/alpha"
telemetry="reports=false; sentry=false;"
# Start the servers with SIGINT at its default even when this script runs in
# the background (where bash ignores it), so that Ctrl-C and dgraph-down.sh's
# SIGINT work; GNU env can do that, other envs just run the command.
nosigign=(env)
if env --default-signal=INT true 2>/dev/null; then nosigign=(env --default-signal=INT); fi

# wait_ready ZPID APID HTTPPORT GRPCPORT: 0 ready, 1 timed out, 3 a process died.
wait_ready() {
  local zpid=$1 apid=$2 hport=$3 gport=$4 deadline=$((SECONDS + timeout_s)) resp
  while ((SECONDS < deadline)); do
    alive "$zpid" || return 3
    alive "$apid" || return 3
    if resp=$(http "$hport" GET /health) && [[ $resp == *'"status":"healthy"'* ]] &&
      resp=$(http "$hport" POST /query '{ q(func: uid(0x1)) { uid } }') &&
      [[ $resp == 'HTTP/1.'[01]' 200'* && $resp == *'"data":'* && $resp != *'"errors":'* ]] &&
      port_open "$gport"; then
      return 0
    fi
    sleep 0.3
  done
  return 1
}

stop_started() { # best effort: the processes this attempt started
  "$root/deploy/local/dgraph-down.sh" "$dir" >/dev/null 2>&1 || true
}

start_s=$SECONDS
for attempt in 1 2 3; do
  choose_ports
  zport=$((5080 + zero_off)) zhttp=$((6080 + zero_off))
  aint=$((7080 + alpha_off)) ahttp=$((8080 + alpha_off)) agrpc=$((9080 + alpha_off))

  rm -f "$dir/env" "$dir/zero.pid" "$dir/alpha.pid"
  mkdir -p "$dir/zero" "$dir/alpha"
  printf 'ZERO_OFFSET=%s\nALPHA_OFFSET=%s\n' "$zero_off" "$alpha_off" >"$dir/ports"
  # Each process runs in its own directory so that anything Dgraph writes
  # relative to its working directory stays under DIR.
  # Zero acts only on its first SIGTERM or SIGINT: it closes its listeners
  # and starts a shutdown that does not finish; after that a second SIGTERM
  # ends it (so does SIGINT, unless it was ignored at exec, as bash does for
  # background jobs). A SIGTERM or Ctrl-C to the whole process group (a tool's
  # timeout, a CI runner ending jobs) would thus stop Alpha and strand Zero.
  # So a small shepherd watches Zero: once Zero's HTTP port has closed while
  # Zero lives on, it sends the SIGTERM that ends it (SIGKILL if need be).
  # zero.pid holds Zero's own pid, for dgraph-down.sh.
  rm -f "$dir/zero.pid.new"
  (
    trap '' INT # stays alive through a Ctrl-C to shepherd Zero's exit
    cd "$dir/zero"
    "${nosigign[@]}" "$bin" zero \
      --bindall=false --port_offset "$zero_off" --my "127.0.0.1:$zport" \
      --wal "$dir/zero/zw" --log_dir "$dir/logs/zero" --telemetry "$telemetry" \
      </dev/null >>"$dir/logs/zero.out" 2>&1 &
    pid=$!
    echo "$pid" >"$dir/zero.pid.new" && mv "$dir/zero.pid.new" "$dir/zero.pid"
    trap 'kill -s TERM "$pid" 2>/dev/null' TERM
    seen=false closed=0
    while alive "$pid"; do
      sleep 1
      if port_open "$zhttp"; then
        seen=true closed=0
      elif $seen; then
        closed=$((closed + 1))
        if ((closed == 3)); then kill -s TERM "$pid" 2>/dev/null || true; fi
        if ((closed == 8)); then kill -s KILL "$pid" 2>/dev/null || true; fi
      fi
    done
  ) </dev/null >/dev/null 2>&1 &
  for ((i = 0; i < 100; i++)); do [[ -s $dir/zero.pid ]] && break; sleep 0.05; done
  zpid=$(<"$dir/zero.pid") || die "Zero did not start (no $dir/zero.pid)"
  (cd "$dir/alpha" && exec "${nosigign[@]}" "${alpha_env[@]}" "$bin" alpha \
    --bindall=false --port_offset "$alpha_off" --my "127.0.0.1:$aint" --zero "127.0.0.1:$zport" \
    --postings "$dir/alpha/p" --wal "$dir/alpha/w" --tmp "$dir/alpha/t" --export "$dir/alpha/export" \
    --log_dir "$dir/logs/alpha" --security "whitelist=127.0.0.1/8" --telemetry "$telemetry" \
    ${alpha_cache:+--cache "$alpha_cache"} \
    </dev/null >>"$dir/logs/alpha.out" 2>&1) &
  apid=$!
  echo "$apid" >"$dir/alpha.pid"

  rc=0
  wait_ready "$zpid" "$apid" "$ahttp" "$agrpc" || rc=$?
  if ((rc == 0)); then break; fi
  stop_started
  if ((rc == 3)) && $fresh && ! { $fixed_alpha && $fixed_zero; } && ((attempt < 3)) &&
    grep -qs 'address already in use' "$dir/logs/zero.out" "$dir/logs/alpha.out"; then
    # Another process took a port between our check and Dgraph's bind. The
    # half-made cluster knows the old ports, so start again from nothing.
    echo "dgraph-up: a port was taken while starting; trying other ports" >&2
    rm -rf "$dir/zero" "$dir/alpha" "$dir/ports"
    : >"$dir/logs/zero.out"
    : >"$dir/logs/alpha.out"
    continue
  fi
  tail_logs
  if ((rc == 3)); then
    die "Dgraph exited while starting in $dir (logs above; full logs in $dir/logs)"
  fi
  die "Dgraph in $dir was not ready after ${timeout_s}s (no healthy /health and working /query on 127.0.0.1:$ahttp; logs above)"
done

cat >"$dir/env" <<EOF
DGRAPH_GRPC=127.0.0.1:$agrpc
DGRAPH_HTTP=127.0.0.1:$ahttp
DGRAPH_ZERO=127.0.0.1:$zport
DGRAPH_ZERO_HTTP=127.0.0.1:$zhttp
DGRAPH_ALPHA_PID=$apid
DGRAPH_ZERO_PID=$zpid
DGRAPH_DIR=$dir
EOF

echo "dgraph-up: ready in $((SECONDS - start_s))s; data and logs in $dir" >&2
cat "$dir/env"
