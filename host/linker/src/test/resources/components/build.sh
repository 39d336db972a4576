#!/usr/bin/env bash
# Builds the linker's hand-written test components from WAT with jco (installed by
# conformance/components/build.sh, which pins its version).
set -euo pipefail
cd "$(dirname "$0")"
JCO=../../../../../../conformance/components/node_modules/.bin/jco
for wat in *.wat; do
  "$JCO" parse "$wat" -o "${wat%.wat}.wasm"
done
