# lib.sh: helpers the local Dgraph scripts share. Sourced, not run; `ours`
# reads the caller's $dir.

# port_open PORT: something accepts TCP connections on 127.0.0.1:PORT.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# alive PID: the process exists and is not a zombie.
alive() {
  kill -0 "$1" 2>/dev/null || return 1
  [[ ! -r /proc/$1/stat ]] || [[ $(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null) != Z ]]
}

# ours PID: PID is a dgraph process started for $dir (guards against pid reuse).
ours() {
  local cmd
  if [[ -r /proc/$1/cmdline ]]; then
    cmd=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
  else
    cmd=$(ps -p "$1" -o args= 2>/dev/null) || return 1
  fi
  [[ $cmd == *dgraph* && $cmd == *"$dir/"* ]]
}
