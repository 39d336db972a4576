#!/usr/bin/env bash
# Builds p2-exports: a C module exporting wasmhost:test/shapes (wit/shapes.wit), wrapped into a
# component by wasmhost's own builder (`wasmhost component new`). Needs clang-19 and lld-19.
# Outputs (committed): conformance/components/wasm/p2-exports.core.wasm and p2-exports.wasm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
out="$root/conformance/components/wasm"
clang-19 --target=wasm32-unknown-unknown -O2 -fno-builtin -nostdlib -Wl,--no-entry \
  -o "$out/p2-exports.core.wasm" "$here/shapes.c"
"$root/wasmhost" component new "$out/p2-exports.core.wasm" --wit "$here/wit" -o "$out/p2-exports.wasm"
echo "built $out/p2-exports.wasm"
