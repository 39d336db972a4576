#!/usr/bin/env bash
# The in-process JMH benchmarks: instantiations per second of an already compiled small WASI
# module with a fresh WASI context (wasmhost beside bare Endive), and the cost of one call of a
# small export. About 3 minutes with the defaults.
#
# Usage: bench/run-jmh.sh [JMH OPTIONS...]   e.g. -prof gc, or -wi 1 -i 2 for a quick look
# Environment: BENCHMARKS (a regex, default 'InstantiationBenchmark|ExportCallBenchmark'),
#   SKIP_BUILD=1 to use the existing bench/target.
# Writes bench/out/jmh.txt (the JMH summary) and bench/out/jmh.json.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out"
mkdir -p "$out"

. "$root/.mvn/jdk.sh"
wasmhost_select_jdk
if [ "${SKIP_BUILD:-}" != 1 ]; then
  (cd "$root" && ./mvnw -q -B -pl bench -am package -DskipTests)
fi
"$JAVA_HOME/bin/java" -cp "$here/target/classes:$here/target/lib/*" org.openjdk.jmh.Main \
  -rf json -rff "$out/jmh.json" "$@" "${BENCHMARKS:-InstantiationBenchmark|ExportCallBenchmark}" \
  | tee "$out/jmh.log"
# The summary table is the last block of the log.
sed -n '/^Benchmark /,$p' "$out/jmh.log" >"$out/jmh.txt"
