#!/bin/sh
# Rebuilds probe.wasm from probe/*.c. Needs clang 19, wasm-ld 19 and wasi-libc
# (Debian: apt-get install clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32).
set -eu
cd "$(dirname "$0")"
SYSROOT=${WASI_SYSROOT:-/usr}
clang-19 --target=wasm32-wasi --sysroot="$SYSROOT" -O2 -Wall -Werror -Wno-unused-result \
    -Wl,--strip-all -o probe.wasm probe/*.c
