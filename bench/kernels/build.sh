#!/usr/bin/env bash
# Builds every kernel twice from the same C source: to wasm32-wasi (bench/kernels/NAME.wasm,
# committed) and natively (bench/out/native/NAME, not committed). small.c is a wasm reactor
# (exports, no main) for the in-process benchmarks, so it has no native build.
# Needs: clang-19, lld-19, wasi-libc, libclang-rt-19-dev-wasm32 (Debian packages).
# Usage: bench/kernels/build.sh [--native-only]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../out/native"
kernels=(hello nbody intmem calls)
cc="${CC:-clang-19}"

command -v "$cc" >/dev/null || { echo "build.sh: $cc not found: apt-get install -y clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32" >&2; exit 1; }

if [ "${1:-}" != "--native-only" ]; then
  for k in "${kernels[@]}"; do
    "$cc" --target=wasm32-wasi -O2 -Wl,--strip-debug -o "$here/$k.wasm" "$here/$k.c"
  done
  "$cc" --target=wasm32-wasi -O2 -mexec-model=reactor -Wl,--strip-debug -o "$here/small.wasm" "$here/small.c"
  echo "wasm:   $(cd "$here" && ls ./*.wasm | tr '\n' ' ')"
fi

mkdir -p "$out"
for k in "${kernels[@]}"; do
  # Native clang needs the host's libc headers; fall back to gcc when it cannot find them.
  "$cc" -O2 -o "$out/$k" "$here/$k.c" -lm 2>/dev/null || gcc -O2 -o "$out/$k" "$here/$k.c" -lm
done
echo "native: $out"
