#!/usr/bin/env node
// Assembles WebAssembly text files with wasm-tools (through jco's API): FILE.wat -> FILE.wasm.
// Used by WatRoundTripTest to check that `wasmhost compile --emit wat` prints valid text that
// means the same program. Usage: node parse-wat.mjs FILE.wat...   (needs `npm ci` here)
import { parse } from '@bytecodealliance/jco';
import { readFileSync, writeFileSync } from 'node:fs';

let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    writeFileSync(file.replace(/\.wat$/, '.wasm'), await parse(readFileSync(file, 'utf8')));
  } catch (e) {
    failed++;
    console.error(`${file}: ${String(e.message ?? e).split('\n')[0]}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
