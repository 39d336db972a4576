#!/usr/bin/env bash
# Builds p2-direct: a C program against WASI 0.2 with no libc and no adapter (clang-19, Debian
# packages clang-19 lld-19), wrapped into a component by wasmhost's own builder
# (`wasmhost component new`, host/component ComponentBuilder) for the world wasmhost:host/command.
# Outputs, committed so tests need no toolchain:
#   conformance/components/wasm/p2-direct.core.wasm   the core module
#   conformance/components/wasm/p2-direct.wasm        the component
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
out="$root/conformance/components/wasm"
clang-19 --target=wasm32-unknown-unknown -O2 -fno-builtin -nostdlib -Wl,--no-entry \
  -o "$out/p2-direct.core.wasm" "$here/hello.c"
"$root/wasmhost" component new "$out/p2-direct.core.wasm" --wit "$root/wit" --world command \
  -o "$out/p2-direct.wasm"
echo "built $out/p2-direct.wasm"
