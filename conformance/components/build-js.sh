#!/usr/bin/env bash
# Builds the JavaScript test components (src/js-*/app.js + wit/) with `jco componentize`
# (componentize-js on StarlingMonkey, about 12 MB each) into wasm/js-*.wasm. HTTP and the
# fetch event are left out, so the components import only the WASI 0.2 packages wasmhost serves.
# Usage: build-js.sh [NAME...]   (default: every src/js-* but js-shapes, which build.sh makes)
# js-resources exports an interface with resources; after rebuilding it, re-record its scenario
# (node resources-node.mjs scenarios/js-resources.json --out scenarios/js-resources.node.json).
set -euo pipefail
cd "$(dirname "$0")"
[ -x node_modules/.bin/jco ] || npm ci --no-audit --no-fund
if [ "$#" -gt 0 ]; then names=("$@"); else
  names=(); for d in src/js-*/; do n="$(basename "$d")"; [ "$n" = js-shapes ] || names+=("$n"); done
fi
for name in "${names[@]}"; do
  ./node_modules/.bin/jco componentize "src/$name/app.js" --wit "src/$name/wit" --world-name "$name" \
    --disable http fetch-event -o "wasm/$name.wasm"
done
