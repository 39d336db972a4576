#!/usr/bin/env bash
# Whole-process start-up, side by side: `./wasmhost run` (the launcher with its warm class-data
# cache, as a user runs it) against Node's node:wasi on the same hello-world module, alternating
# run by run so that both see the same machine load. Prints min, median and mean wall time of
# each and the ratios.
#
#   bench/startup.sh                       # 20 runs each of bench/kernels/hello.wasm
#   RUNS=40 bench/startup.sh other.wasm
#
# Needs a built CLI (./wasmhost builds it) and node. The launcher's cache is made private to this
# run (bench/out/startup-cache) and warmed first, so other checkouts' runs cannot retrain it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
wasm="${1:-$root/bench/kernels/hello.wasm}"
runs="${RUNS:-20}"
export WASMHOST_CACHE_DIR="$root/bench/out/startup-cache"
mkdir -p "$WASMHOST_CACHE_DIR"

wasmhost=("$root/wasmhost" run "$wasm")
node=(node --no-turbo-fast-api-calls --no-warnings "$root/bench/node/wasi-run.mjs" "$wasm")

# Warm-up: the first run builds the jar if needed and trains the cache (in the background of
# that run's exit), so wait for the training lock to go away.
"${wasmhost[@]}" >/dev/null
for _ in $(seq 60); do
  [ -d "$WASMHOST_CACHE_DIR/cds/.training" ] || break
  sleep 1
done
"${wasmhost[@]}" >/dev/null
"${node[@]}" >/dev/null

elapsed() { # prints the wall time of "$@" in seconds
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000 ))" | awk '{printf "%.4f\n", $1 / 1000000}'
}

w=()
n=()
for _ in $(seq "$runs"); do
  w+=("$(elapsed "${wasmhost[@]}")")
  n+=("$(elapsed "${node[@]}")")
done

stats() { # min median mean of the arguments
  printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1; s+=$1} END {m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%.3f %.3f %.3f\n", v[1], m, s/NR}'
}
read -r wmin wmed wmean <<<"$(stats "${w[@]}")"
read -r nmin nmed nmean <<<"$(stats "${n[@]}")"
echo "load average at the end: $(uptime | sed "s/.*load average: //")"
printf '%-10s %8s %8s %8s\n' "" min median mean
printf '%-10s %8s %8s %8s\n' wasmhost "$wmin" "$wmed" "$wmean"
printf '%-10s %8s %8s %8s\n' node "$nmin" "$nmed" "$nmean"
awk -v a="$wmin" -v b="$nmin" -v c="$wmed" -v d="$nmed" -v e="$wmean" -v f="$nmean" \
  'BEGIN {printf "wasmhost / node: min %.2fx, median %.2fx, mean %.2fx\n", a/b, c/d, e/f}'
