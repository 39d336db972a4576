#!/usr/bin/env bash
# Steady state in one JVM: each kernel's _start run N times on fresh instances of a module
# compiled once (dev.wasmhost.bench.SteadyState, wasmhost's engine with Endive's compiler),
# against the native binary's mean whole-process time. Shows whether the compiled code reaches
# native speed and whether it degrades run over run.
#
# Usage: bench/run-steady.sh
# Environment (all optional):
#   KERNELS="nbody intmem calls"  STEADY_RUNS=10  NATIVE_RUNS=5  ENGINE=compiler
#   SKIP_BUILD=1  use the existing bench/target and bench/out/native
# Writes bench/out/steady.md and bench/out/steady-KERNEL.txt (every run's time).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out"
mkdir -p "$out"

KERNELS="${KERNELS:-nbody intmem calls}"
STEADY_RUNS="${STEADY_RUNS:-10}"
NATIVE_RUNS="${NATIVE_RUNS:-5}"
ENGINE="${ENGINE:-compiler}"

. "$root/.mvn/jdk.sh"
wasmhost_select_jdk
java="$JAVA_HOME/bin/java"
cp="$here/target/classes:$here/target/lib/*"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  "$here/kernels/build.sh" --native-only >/dev/null
  (cd "$root" && ./mvnw -q -B -pl bench -am package -DskipTests)
fi

native_mean() {
  local bin=$1 t0 t1 total=0
  "$bin" >/dev/null # warm the page cache
  for _ in $(seq "$NATIVE_RUNS"); do
    t0=$(date +%s%N); "$bin" >/dev/null; t1=$(date +%s%N)
    total=$((total + t1 - t0))
  done
  awk -v t="$total" -v n="$NATIVE_RUNS" 'BEGIN { printf "%.1f", t / n / 1e6 }'
}

rows=()
for k in $KERNELS; do
  log="$out/steady-$k.txt"
  echo "steady state: $k ($STEADY_RUNS runs, $ENGINE)..." >&2
  "$java" -cp "$cp" dev.wasmhost.bench.SteadyState --runs "$STEADY_RUNS" --engine "$ENGINE" \
    "$here/kernels/$k.wasm" >"$log"
  native=$(native_mean "$out/native/$k")
  # shellcheck disable=SC2046
  eval $(grep '^RESULT ' "$log" | sed 's/^RESULT //')
  native_out=$("$out/native/$k")
  guest_out=$(sed -n '/^guest output (run 1):$/,/^output /p' "$log" | sed '1d;$d')
  [ "$native_out" = "$guest_out" ] && matches=yes || matches=NO
  rows+=("$(awk -v k="$k" -v n="$native" -v f="$first_ms" -v b="$best_ms" -v m="$median_ms" -v l="$last_ms" \
      -v lb="$last_over_best" -v same="$same_output" -v nat="$matches" 'BEGIN {
    printf "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f× | %.2f× | %.2f× | %s | %s |", k, n, f, b, m, l, b / n, l / n, lb, same, nat }')")
done

{
  echo "# Steady state in one JVM ($(date -u '+%Y-%m-%d %H:%M UTC'), engine: $ENGINE)"
  echo
  echo "Each kernel's _start, $STEADY_RUNS runs in one JVM on fresh instances of a module compiled once;"
  echo "native: mean whole-process time of $NATIVE_RUNS runs. Times in ms. JDK: $("$java" -version 2>&1 | head -n 1)."
  echo "Load average at the end: $(cut -d" " -f1-3 /proc/loadavg) (other work on the machine inflates times)."
  echo
  echo "| kernel | native | run 1 | best | median | last | best/native | last/native | last/best | same output every run | matches native |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Command: \`java -cp 'bench/target/classes:bench/target/lib/*' dev.wasmhost.bench.SteadyState --runs $STEADY_RUNS --engine $ENGINE bench/kernels/KERNEL.wasm\`;"
  echo "every run's time is in bench/out/steady-KERNEL.txt."
} >"$out/steady.md"
cat "$out/steady.md"
