#!/usr/bin/env bash
# Builds hello.wasm from hello.c with clang-19 and wasi-libc (Debian: clang-19 lld-19 wasi-libc
# libclang-rt-19-dev-wasm32).
set -euo pipefail
cd "$(dirname "$0")"
clang-19 --target=wasm32-wasi -O2 -Wl,--strip-debug -o hello.wasm hello.c
