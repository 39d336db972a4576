#!/usr/bin/env bash
# Guest compiler vs CPython: compiles each bench/guest/*.py with the guest compiler, then times
# `wasmhost run prog.wasm` and `python3 prog.py` side by side in one run, checks that both print
# the same output, and prints the ratio. Also reports compile speed and the hello-world size.
#
#   bench/guest/run.sh              # all six programs
#   bench/guest/run.sh nbody parser # some of them
#
# Wall-clock times include JVM start-up and Endive's compilation of the module for wasmhost, and
# interpreter start-up for CPython. The machine may be shared: run it when it is quiet. CPU times
# (user + system, all threads: for the JVM that includes its JIT compiler and collector threads)
# are printed too, since on a loaded machine they vary less than wall-clock times.
#
# STEADY=1 adds, per program, the time of one run in a JVM that has run it before (5 runs of the
# module's _start on fresh instances in one JVM, dev.wasmhost.bench.SteadyState: what a long-running
# host sees, without JVM start-up and JIT warm-up) against the same CPython time.
#
# The inputs are sized so that CPython takes several seconds on each (nbody 1,500,000 steps,
# fannkuch n = 10, spectral_norm n = 800, binary_trees depth 16, word_count 8 x 600,000 words,
# parser 8,000 expressions), so that the JVM's fixed start-up cost does not dominate.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
. "$root/.mvn/jdk.sh"
wasmhost_select_jdk
java="$JAVA_HOME/bin/java"

# the compiler: guest-compiler's classes and those of the reactor modules it depends on (built here,
# so that the figures are for this checkout, not for a jar installed in ~/.m2)
(cd "$root" && ./mvnw -q -B -o -pl guest-compiler -am compile) >&2
classpath="$root/guest-compiler/target/classes:$root/host/component/target/classes:$root/host/wit/target/classes"
# The launcher's JVM class-data cache, private to this checkout: the default one is shared by every
# checkout on the machine, and training a cache for one jar deletes the others' (each run of another
# checkout's wasmhost would then pay the training again, about three seconds).
export WASMHOST_CACHE_DIR="${WASMHOST_CACHE_DIR:-$root/bench/out/wasmhost-cache}"
# builds host/cli/target/wasmhost.jar if needed (another build in the tree may race with it), and
# trains the class-data cache on the first run
"$root/wasmhost" --version > /dev/null 2>&1 || true
jar="$root/host/cli/target/wasmhost.jar"
[ -f "$jar" ] || { echo "run.sh: $jar is missing: build it with ./mvnw -pl host/cli -am package" >&2; exit 1; }

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
  programs=(nbody fannkuch spectral_norm binary_trees word_count parser)
fi

seconds() { # command... -> prints wall seconds, output to $out/last.txt
  local start end
  start=$(date +%s.%N)
  "$@" > "$out/last.txt"
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

timed() { # command... -> prints "wall cpu" seconds (cpu = user + system), output to $out/last.txt
  /usr/bin/time -f '%e %U %S' -o "$out/time.txt" "$@" > "$out/last.txt"
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$out/time.txt"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${STEADY:-}" = 1 ]; then
  (cd "$root" && ./mvnw -q -B -o -pl bench -am package -DskipTests) >&2
fi
printf '%-14s %10s %10s %8s   %10s %10s %8s\n' program wasmhost python3 speedup 'cpu:wasmh' python3 speedup
for p in "${programs[@]}"; do
  src="$here/$p.py"
  "$java" -cp "$classpath" dev.wasmhost.guest.tool.CompileMain "$src" "$out/$p.wasm"
  read -r tw cw < <(timed env WASMHOST_JAR="$jar" "$root/wasmhost" run "$out/$p.wasm")
  cp "$out/last.txt" "$out/$p.wasm.txt"
  read -r tp cp_ < <(timed python3 "$src")
  if ! cmp -s "$out/last.txt" "$out/$p.wasm.txt"; then
    echo "$p: outputs differ between wasmhost and python3" >&2
    diff "$out/last.txt" "$out/$p.wasm.txt" | head -5 >&2
    exit 1
  fi
  printf '%-14s %9.2fs %9.2fs %7.2fx   %9.2fs %9.2fs %7.2fx\n' "$p" "$tw" "$tp" "$(echo "$tp / $tw" | bc -l)" \
    "$cw" "$cp_" "$(echo "$cp_ / $cw" | bc -l)"
  if [ "${STEADY:-}" = 1 ]; then
    result=$("$java" -cp "$root/bench/target/classes:$root/bench/target/lib/*" dev.wasmhost.bench.SteadyState \
      --runs 5 "$out/$p.wasm" | grep '^RESULT')
    best=$(sed 's/.*best_ms=\([0-9.]*\).*/\1/' <<< "$result")
    median=$(sed 's/.*median_ms=\([0-9.]*\).*/\1/' <<< "$result")
    printf '%-14s in one JVM: best %.2fs, median %.2fs of 5 runs: %.1fx / %.1fx python3 (wall)\n' "$p" \
      "$(echo "$best / 1000" | bc -l)" "$(echo "$median / 1000" | bc -l)" \
      "$(echo "$tp * 1000 / $best" | bc -l)" "$(echo "$tp * 1000 / $median" | bc -l)"
  fi
done

echo
"$java" -cp "$classpath" dev.wasmhost.guest.tool.CompileMain --speed "$here"/*.py
printf 'print("Hello, world!")\n' > "$out/hello.py"
"$java" -cp "$classpath" dev.wasmhost.guest.tool.CompileMain "$out/hello.py" "$out/hello.wasm"
"$java" -cp "$classpath" dev.wasmhost.guest.tool.CompileMain --component "$out/hello.py" "$out/hello.component.wasm"
echo "hello world: core module $(stat -c %s "$out/hello.wasm") bytes, component $(stat -c %s "$out/hello.component.wasm") bytes"
echo "hello world run (JVM start-up + module compilation, the fixed cost in every wasmhost time above), wall and cpu: $(timed env WASMHOST_JAR="$jar" "$root/wasmhost" run "$out/hello.wasm") s; python3: $(timed python3 "$out/hello.py") s"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
