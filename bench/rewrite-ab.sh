#!/usr/bin/env bash
# Whole processes with and without the rewriting of Endive's classes (InlineHelpers), the same jar,
# alternating run by run: `JAVA_OPTS=-Dwasmhost.inlineHelpers=true ./wasmhost run KERNEL.wasm`
# (rewritten, the embedding API's default) against `./wasmhost run KERNEL.wasm` with
# `-Dwasmhost.inlineHelpers=false` (Endive's classes as made, the CLI's default).
# Prints every run's wall time in ms, sorted, so that a bimodal spread shows.
#
# Usage: bench/rewrite-ab.sh [KERNEL...]     (default: nbody intmem calls; a path to any .wasm works)
# Environment: RUNS=10
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
RUNS="${RUNS:-10}"
export WASMHOST_CACHE_DIR="${WASMHOST_CACHE_DIR:-$here/out/wasmhost-cache}"
kernels=("$@")
[ ${#kernels[@]} -gt 0 ] || kernels=(nbody intmem calls)

ms() { # command... -> wall milliseconds
  local s e
  s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for k in "${kernels[@]}"; do
  wasm="$k"
  [ -f "$wasm" ] || wasm="$here/kernels/$k.wasm"
  # one untimed run of each, so that both code caches are warm
  JAVA_OPTS=-Dwasmhost.inlineHelpers=true "$root/wasmhost" run "$wasm" > /dev/null
  JAVA_OPTS=-Dwasmhost.inlineHelpers=false "$root/wasmhost" run "$wasm" > /dev/null
  made=(); rewritten=()
  for _ in $(seq "$RUNS"); do
    made+=("$(ms env JAVA_OPTS=-Dwasmhost.inlineHelpers=false "$root/wasmhost" run "$wasm")")
    rewritten+=("$(ms env JAVA_OPTS=-Dwasmhost.inlineHelpers=true "$root/wasmhost" run "$wasm")")
  done
  echo "$(basename "$wasm" .wasm) as made:  $(printf '%s\n' "${made[@]}" | sort -n | tr '\n' ' ')"
  echo "$(basename "$wasm" .wasm) rewritten: $(printf '%s\n' "${rewritten[@]}" | sort -n | tr '\n' ' ')"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
