#!/usr/bin/env bash
# Whole-process times of every kernel (bench/kernels/*.c) under every peer, side by side in one
# run: native, Node's node:wasi, bare Endive (interpreter and compiler), and `./wasmhost run`
# (warm code cache; its first, cold run is timed separately). Each peer's stdout is checked
# against the native binary's, so a fast wrong answer cannot pass.
#
# Usage: bench/run-kernels.sh
# Environment (all optional):
#   KERNELS="hello nbody intmem calls"   which kernels
#   PEERS="native node endive-interpreter endive-compiler wasmhost wasmhost-cold"
#   RUNS=5             timed runs per kernel for native and node (after one untimed check run)
#   JVM_RUNS=3         timed runs for endive-compiler and wasmhost
#   INTERP_RUNS=1      timed runs for endive-interpreter (its check run is the timed run)
#   INTERP_TIMEOUT=90  seconds before an interpreter run is given up (reported as "> N s")
#   SKIP_BUILD=1       use the existing bench/target and bench/out/native
# Writes bench/out/kernels.md (the table), bench/out/kernels.csv and bench/out/raw/*.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out"
raw="$out/raw"
mkdir -p "$raw"

KERNELS="${KERNELS:-hello nbody intmem calls}"
PEERS="${PEERS:-native node endive-interpreter endive-compiler wasmhost wasmhost-cold}"
RUNS="${RUNS:-5}"
JVM_RUNS="${JVM_RUNS:-3}"
INTERP_RUNS="${INTERP_RUNS:-1}"
INTERP_TIMEOUT="${INTERP_TIMEOUT:-90}"

. "$root/.mvn/jdk.sh"
wasmhost_select_jdk
java="$JAVA_HOME/bin/java"
cp="$here/target/classes:$here/target/lib/*"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  "$here/kernels/build.sh" --native-only >/dev/null
  (cd "$root" && ./mvnw -q -B -pl bench -am package -DskipTests)
fi
[ -d "$here/target/lib" ] || { echo "run-kernels.sh: bench/target/lib is missing: run ./mvnw -pl bench -am package -DskipTests" >&2; exit 1; }

node_flags=()
if node --no-turbo-fast-api-calls -e 0 2>/dev/null; then
  node_flags+=(--no-turbo-fast-api-calls)
fi
# A cache of our own, so "warm" and "cold" mean what they say.
export WASMHOST_CACHE_DIR="$out/wasmhost-cache"
# A copy of the CLI's jar, run through the launcher with WASMHOST_JAR: builds in this tree during
# the run (other people's) would otherwise rebuild it and invalidate the start-up caches.
if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f "$root/host/cli/target/wasmhost.jar" ]; then
  WASMHOST_CACHE_DIR="$out/launcher-cache" "$root/wasmhost" --version >/dev/null
fi
cp "$root/host/cli/target/wasmhost.jar" "$out/wasmhost.jar"
export WASMHOST_JAR="$out/wasmhost.jar"

# The command line of one peer for one kernel.
command_for() {
  local peer=$1 k=$2 wasm="$here/kernels/$2.wasm"
  case "$peer" in
    native) echo "$out/native/$k" ;;
    node) echo "node ${node_flags[*]} --no-warnings $here/node/wasi-run.mjs $wasm" ;;
    endive-interpreter) echo "$java -cp $cp dev.wasmhost.bench.BareEndive --interpreter $wasm" ;;
    endive-compiler) echo "$java -cp $cp dev.wasmhost.bench.BareEndive $wasm" ;;
    wasmhost | wasmhost-cold) echo "$root/wasmhost run $wasm" ;;
  esac
}

now_ns() { date +%s%N; }

# Runs "$@" once with stdout to $1 (shifted off); prints the wall time in nanoseconds, or
# "timeout"/"fail:STATUS".
time_once() {
  local stdout=$1 stderr=$2 limit=$3; shift 3
  local t0 t1 status=0
  t0=$(now_ns)
  if [ "$limit" -gt 0 ]; then
    timeout "$limit" "$@" >"$stdout" 2>"$stderr" || status=$?
  else
    "$@" >"$stdout" 2>"$stderr" || status=$?
  fi
  t1=$(now_ns)
  if [ "$status" = 124 ] && [ "$limit" -gt 0 ]; then echo "> $limit s"
  elif [ "$status" != 0 ]; then echo "fail:$status"
  else echo $((t1 - t0)); fi
}

csv="$out/kernels.csv"
echo "kernel,peer,runs,mean_s,min_s,max_s,output,command" >"$csv"
started=$(now_ns)
load_before=$(cut -d" " -f1-3 /proc/loadavg)

for k in $KERNELS; do
  expected="$raw/$k.native.out"
  for peer in $PEERS; do
    # read -a splits on spaces without globbing (the class path ends in lib/*).
    read -ra cmd <<<"$(command_for "$peer" "$k")"
    runs=$RUNS limit=0 check=1
    case "$peer" in
      endive-interpreter) runs=$INTERP_RUNS limit=$INTERP_TIMEOUT check=0 ;;
      endive-compiler | wasmhost) runs=$JVM_RUNS ;;
      wasmhost-cold) runs=1 check=0 ;;
    esac
    base="$raw/$k.$peer"
    # The check run: its output is compared; it also warms up caches (the code cache for wasmhost).
    if [ "$check" = 1 ]; then
      r=$(time_once "$base.out" "$base.err" 0 "${cmd[@]}")
      case "$r" in fail:*|">"*) echo "$k/$peer: check run failed ($r), see $base.err" >&2; echo "$k,$peer,0,,,,$r,${cmd[*]}" >>"$csv"; continue ;; esac
    fi
    times=()
    failed=""
    retries=0
    while [ "${#times[@]}" -lt "$runs" ]; do
      [ "$peer" = wasmhost-cold ] && rm -rf "$WASMHOST_CACHE_DIR"
      r=$(time_once "$base.out" "$base.err" "$limit" "${cmd[@]}")
      case "$r" in fail:*|">"*) failed=$r; break ;; esac
      # ./wasmhost rebuilds its jar when someone changed the sources meanwhile: not a run to keep.
      if grep -q 'building the CLI' "$base.err" && [ "$retries" -lt 3 ]; then
        retries=$((retries + 1))
        echo "$k/$peer: the launcher rebuilt the CLI during a timed run; repeating it" >&2
        continue
      fi
      times+=("$r")
    done
    if [ -n "$failed" ]; then
      echo "$k/$peer: $failed (see $base.err)" >&2
      echo "$k,$peer,0,,,,$failed,${cmd[*]}" >>"$csv"
      continue
    fi
    if [ "$peer" = native ]; then
      same=reference
    elif cmp -s "$base.out" "$expected"; then
      same=same
    else
      same=DIFFERENT
    fi
    stats=$(printf '%s\n' "${times[@]}" | awk '{s+=$1; if(min==""||$1<min)min=$1; if($1>max)max=$1} END{printf "%.4f,%.4f,%.4f", s/NR/1e9, min/1e9, max/1e9}')
    echo "$k,$peer,${#times[@]},$stats,$same,${cmd[*]}" >>"$csv"
    echo "$k/$peer: mean $(echo "$stats" | cut -d, -f1) s over ${#times[@]} run(s), output $same" >&2
  done
done
elapsed=$(( ($(now_ns) - started) / 1000000000 ))

# The table: mean wall time per peer, with its ratio to native and to Node.
{
  echo "# Whole-process times ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uname -m))"
  echo
  echo "Mean wall time of whole processes (runs: native/node $RUNS, JVM peers $JVM_RUNS,"
  echo "interpreter $INTERP_RUNS, wasmhost-cold 1); in brackets: ratio to native, ratio to Node."
  echo "JDK: $("$java" -version 2>&1 | head -n 1); Node: $(node --version). Total $elapsed s;"
  echo "load average before: $load_before, after: $(cut -d" " -f1-3 /proc/loadavg) (other work on the machine inflates times)."
  echo
  awk -F, -v peers="$PEERS" '
    NR == 1 { next }
    { key = $1 SUBSEP $2; mean[key] = $4; state[key] = $7; if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
    END {
      np = split(peers, p, " ")
      printf "| kernel |"; for (i = 1; i <= np; i++) printf " %s |", p[i]; print ""
      printf "|---|"; for (i = 1; i <= np; i++) printf "---|"; print ""
      for (j = 1; j <= n; j++) {
        k = order[j]; nat = mean[k SUBSEP "native"]; nod = mean[k SUBSEP "node"]
        printf "| %s |", k
        for (i = 1; i <= np; i++) {
          key = k SUBSEP p[i]; m = mean[key]
          if (m == "") { printf " %s |", (state[key] == "" ? "n/a" : state[key]); continue }
          cell = sprintf("%.3f s", m)
          if (p[i] != "native" && nat > 0) cell = cell sprintf(" (%.1f× native", m / nat)
          if (p[i] != "native" && p[i] != "node" && nod > 0) cell = cell sprintf(", %.2f× node", m / nod)
          if (p[i] != "native" && nat > 0) cell = cell ")"
          if (state[key] == "DIFFERENT") cell = cell " WRONG OUTPUT"
          printf " %s |", cell
        }
        print ""
      }
    }' "$csv"
  echo
  echo "Commands (kernel hello; the others differ only in the file name):"
  echo
  for peer in $PEERS; do
    echo "- $peer: \`$(command_for "$peer" hello | sed -e "s|$root/wasmhost|./wasmhost|" -e "s|$root/||g" -e "s|$java|java|")\`"
  done
} >"$out/kernels.md"
cat "$out/kernels.md"
