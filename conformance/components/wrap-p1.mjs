#!/usr/bin/env node
// Wraps every preview 1 corpus program (../wasi-p1/bin/NAME.wasm) into a wasi:cli command
// component, wasm/p1/NAME.wasm, as `jco new --wasi-command` does: jco's componentNew with the
// preview 1 command adapter shipped in the pinned jco package (one Node process for all of them;
// a jco start-up per program takes minutes over the corpus). Same inputs and lockfile, same bytes.
// Usage: node wrap-p1.mjs [NAME...]   (default: every program; run `npm ci` here first)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { componentNew, preview1AdapterCommandPath } from '@bytecodealliance/jco';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'wasi-p1', 'bin');
const out = join(here, 'wasm', 'p1');
const names = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(bin).filter((f) => f.endsWith('.wasm')).map((f) => basename(f, '.wasm')).sort();
const adapter = readFileSync(preview1AdapterCommandPath());
mkdirSync(out, { recursive: true });
for (const name of names) {
  const component = await componentNew(readFileSync(join(bin, `${name}.wasm`)), [['wasi_snapshot_preview1', adapter]]);
  writeFileSync(join(out, `${name}.wasm`), component);
  console.log(`wasm/p1/${name}.wasm`);
}
