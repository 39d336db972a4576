#!/usr/bin/env bash
# Installs the toolchains that build the WASI preview 1 corpus (Debian bookworm packages + npm).
# Only needed to rebuild bin/*.wasm; the tests use the committed binaries.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update
$sudo_cmd apt-get install -y --no-install-recommends \
  clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32 rustc libstd-rust-dev-wasm32 \
  lld-14  # Debian's rustc 1.63 (LLVM 14) rlibs are rejected by wasm-ld 19
(cd "$here/as" && npm ci --no-audit --no-fund)
