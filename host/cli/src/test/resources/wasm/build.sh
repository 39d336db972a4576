#!/usr/bin/env bash
# Builds the CLI test guests with clang-19 + wasi-libc (Debian: clang-19 lld-19 wasi-libc
# libclang-rt-19-dev-wasm32). The .wasm files are committed so tests need no toolchain.
set -euo pipefail
cd "$(dirname "$0")"
cc="clang-19 --target=wasm32-wasi -O1 -Wl,--strip-debug"
$cc -o traps.wasm traps.c
$cc -Wl,--allow-undefined -o needs-import.wasm needs-import.c
$cc -mexec-model=reactor -o add.wasm add.c
