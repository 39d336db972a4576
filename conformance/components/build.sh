#!/usr/bin/env bash
# Builds the test components that host/component's tests decode.
# Needs node + npm; the toolchain versions are pinned in package.json / package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"
# The lockfile carries entries for the optional per-platform bindings that jco's dependencies list
# but the registry lacks (added by node-harness/scripts/lock-missing-optionals.mjs), so `npm ci`
# accepts it and skips them on other platforms.
npm ci --no-audit --no-fund
JCO=./node_modules/.bin/jco
mkdir -p build wasm

# 1. A preview-1 core module (from WAT) wrapped into a wasi:cli command component.
"$JCO" parse src/hello-command/hello.wat -o build/hello-core.wasm
"$JCO" new build/hello-core.wasm --wasi-command -o wasm/hello-command.wasm

# 2. A JavaScript component (StarlingMonkey engine inside, about 12 MB).
"$JCO" componentize src/js-shapes/app.js --wit src/js-shapes/wit --world-name js-shapes \
  -o wasm/js-shapes.wasm

# 3. A core module carrying the WIT world in a `component-type` custom section (what bindings
#    generators emit before `jco new`); --dummy makes the core module's functions placeholders.
"$JCO" embed --dummy --wit src/js-shapes/wit --world-name js-shapes -o wasm/js-shapes-embedded.core.wasm

ls -l wasm
