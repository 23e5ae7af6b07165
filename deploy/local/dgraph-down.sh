#!/usr/bin/env bash
# dgraph-down.sh stops the Dgraph Alpha and Zero that dgraph-up.sh started in DIR.
#
# usage: dgraph-down.sh [--purge] [DIR]     (DIR defaults to ./.dgraph)
#
# Stops by the pids in DIR/alpha.pid and DIR/zero.pid, Alpha first, each with
# SIGTERM, then SIGINT, then SIGKILL, waiting after each, and checks that the
# process is gone. Alpha stops cleanly on SIGTERM. Zero acts only on its first
# signal and its shutdown then stalls ("raft: stopped. Retrying..."); the
# next SIGINT or SIGTERM ends it, sent here or by the shepherd dgraph-up.sh
# runs beside it, so in practice Zero is gone a second or two after SIGTERM.
# A pid is signalled only while its command line still names DIR, so a reused
# pid or another user's Dgraph is never touched. Succeeds if nothing runs.
# --purge then removes DIR (refused for / and $HOME).
#
# DGRAPH_STOP_GRACE (seconds, default 10) is how long Alpha gets after SIGTERM.
set -euo pipefail

die() { echo "dgraph-down: $*" >&2; exit 1; }

purge=false
dir=
while (($#)); do
  case $1 in
    --purge) purge=true ;;
    -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    -*) echo "usage: $0 [--purge] [DIR]" >&2; exit 2 ;;
    *) [[ -z $dir ]] || { echo "usage: $0 [--purge] [DIR]" >&2; exit 2; }; dir=$1 ;;
  esac
  shift
done
dir=${dir:-.dgraph}
if [[ ! -d $dir ]]; then
  echo "dgraph-down: $dir does not exist; nothing to stop" >&2
  exit 0
fi
dir=$(cd "$dir" && pwd)
grace=${DGRAPH_STOP_GRACE:-10}

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# gone_within PID SECONDS: waits until PID has exited; fails on timeout.
gone_within() {
  local pid=$1 tenths=$(($2 * 10))
  while ((tenths-- > 0)); do
    alive "$pid" || return 0
    sleep 0.1
  done
  ! alive "$pid"
}

# stop NAME TERM_GRACE: stops the process in DIR/NAME.pid.
stop() {
  local name=$1 term_grace=$2 pidfile=$dir/$1.pid pid sig wait
  [[ -f $pidfile ]] || return 0
  pid=$(<"$pidfile")
  if [[ ! $pid =~ ^[0-9]+$ ]]; then
    rm -f "$pidfile"
    return 0
  fi
  if ! alive "$pid" || ! ours "$pid"; then
    rm -f "$pidfile"
    return 0
  fi
  for sig in TERM INT KILL; do
    case $sig in TERM) wait=$term_grace ;; INT) wait=5 ;; KILL) wait=5 ;; esac
    kill -s "$sig" "$pid" 2>/dev/null || true
    if gone_within "$pid" "$wait"; then
      echo "dgraph-down: stopped $name (pid $pid) with SIG$sig" >&2
      rm -f "$pidfile"
      return 0
    fi
  done
  die "$name (pid $pid) is still running after SIGKILL"
}

stop alpha "$grace"
stop zero 2 # Zero's shutdown does not finish by itself; do not wait long

if $purge; then
  [[ $dir != / && $dir != "${HOME:-/}" ]] || die "refusing to purge $dir"
  rm -rf "$dir"
  echo "dgraph-down: removed $dir" >&2
fi
