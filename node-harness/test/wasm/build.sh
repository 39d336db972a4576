#!/usr/bin/env bash
# Builds the harness's test guests with clang-19 + wasi-libc (Debian: clang-19 lld-19 wasi-libc
# libclang-rt-19-dev-wasm32). The .wasm files are committed so the tests need no toolchain.
# empty.wasm, not-wasm.wasm, future.wasm and component.wasm are written byte by byte below.
set -euo pipefail
cd "$(dirname "$0")"
cc="clang-19 --target=wasm32-wasi -O1 -Wl,--strip-debug"
$cc -o probe.wasm probe.c
$cc -mexec-model=reactor -o reactor.wasm reactor.c
$cc -Wl,--allow-undefined -o needs-import.wasm needs-import.c
$cc -Wl,--import-memory -o needs-memory.wasm probe.c
: > empty.wasm
printf 'hello, not wasm\n' > not-wasm.wasm
printf '\0asm\x02\0\0\0' > future.wasm
# The smallest component: the preamble with layer 1 and nothing after it.
printf '\0asm\x0d\0\x01\0' > component.wasm
# Valid header, then a section whose size runs past the end of the file.
printf '\0asm\x01\0\0\0\x01\x10\x00' > truncated.wasm
