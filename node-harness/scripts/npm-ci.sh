#!/usr/bin/env bash
# Installs the npm packages of each DIR from its package-lock.json, as the conformance module's
# build does before its tests (Node parity needs jco and the preview 2 shim):
#   npm ci --prefer-offline --no-audit --no-fund
# Does nothing for a DIR whose node_modules was installed from the lockfile as it is now (a stamp,
# node_modules/.wasmhost-lock.sha256, holds the lockfile's SHA-256). Without npm on the PATH it
# says so and exits 0: the Node tests then skip. A failing npm ci fails (exit 1).
# Usage: npm-ci.sh DIR...
set -euo pipefail

if ! command -v npm >/dev/null 2>&1; then
  echo "npm-ci: npm is not on the PATH: not installing node_modules in $*; the Node parity tests will be skipped (install Node 20+ to run them)"
  exit 0
fi

for dir in "$@"; do
  lock="$dir/package-lock.json"
  stamp="$dir/node_modules/.wasmhost-lock.sha256"
  if [ ! -f "$lock" ]; then
    echo "npm-ci: $lock not found" >&2
    exit 1
  fi
  want=$(sha256sum "$lock" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "npm-ci: $dir/node_modules matches package-lock.json"
    continue
  fi
  echo "npm-ci: npm ci in $dir"
  rm -f "$stamp"
  if ! (cd "$dir" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error); then
    echo "npm-ci: 'npm ci' failed in $dir (offline without the packages in npm's cache?); run it there by hand, or build with -Dwasmhost.npm.skip to leave node_modules as they are" >&2
    exit 1
  fi
  echo "$want" > "$stamp"
done
