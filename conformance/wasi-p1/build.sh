#!/usr/bin/env bash
# Builds every program of the WASI preview 1 corpus into bin/<name>.wasm (deterministic, -O2).
# Toolchains: see install-toolchains.sh. Usage: ./build.sh [name...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
mkdir -p bin
export SOURCE_DATE_EPOCH=0
clang="${CLANG:-clang-19}"
rustc="${RUSTC:-/usr/bin/rustc}"
want() { [ $# -eq 0 ] || [[ " $* " == *" $name "* ]]; }
args=("$@")

for src in c/*.c; do
  name="$(basename "$src" .c)"
  want "${args[@]}" || continue
  "$clang" --target=wasm32-wasi -O2 -Wall -Werror -ffile-prefix-map="$here"=. \
    -Wl,--strip-all -o "bin/$name.wasm" "$src"
done

for src in rust/*.rs; do
  name="$(basename "$src" .rs)"
  want "${args[@]}" || continue
  "$rustc" --target wasm32-wasi --edition 2021 -C opt-level=2 -C strip=symbols -C debuginfo=0 \
    -C linker="${RUST_WASM_LD:-wasm-ld-14}" -C codegen-units=1 \
    --remap-path-prefix "$here"=. -o "bin/$name.wasm" "$src"
done

if ls as/assembly/*.ts >/dev/null 2>&1; then
  asc="as/node_modules/.bin/asc"
  [ -x "$asc" ] || { echo "run install-toolchains.sh first (missing $asc)" >&2; exit 1; }
  for src in as/assembly/*.ts; do
    name="$(basename "$src" .ts)"
    want "${args[@]}" || continue
    "$asc" "$src" --config as/node_modules/@assemblyscript/wasi-shim/asconfig.json \
      -O2 --outFile "bin/$name.wasm"
  done
fi
ls -1 bin | wc -l | xargs echo "programs built:"
