#!/usr/bin/env node
// Records what the Node harness answers to each call in invocations/NAME.calls (one
// `--invoke` expression per line; `#` starts a comment line) for wasm/NAME.wasm, into
// invocations/NAME.json: the expectations every host is held to. Review the diff before
// committing: a changed line is a changed behaviour of jco, the shim or the harness.
// Usage: node record-invocations.mjs [NAME...]   (needs `npm ci` in ../../node-harness)
// The calls of one component run in one harness process (its --batch mode, node-harness/README.md),
// each answered as a separate `run.mjs --invoke CALL FILE` would answer it.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const harness = join(here, '..', '..', 'node-harness', 'run.mjs');
const dir = join(here, 'invocations');
const MARKER = /\x1ewasmhost-batch status=(\d+)\n/;
const names = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(dir).filter((f) => f.endsWith('.calls')).map((f) => basename(f, '.calls')).sort();
for (const name of names) {
  const calls = readFileSync(join(dir, `${name}.calls`), 'utf8').split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const r = spawnSync(process.execPath, [harness, '--batch', ...calls.flatMap((c) => ['--invoke', c]), join(here, 'wasm', `${name}.wasm`)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = r.stdout.split(MARKER);
  const err = r.stderr.split(MARKER);
  if (r.status !== 0 || out.length !== 2 * calls.length + 1 || err.length !== 2 * calls.length + 1) {
    console.error(`${name}: the harness answered ${(out.length - 1) / 2} of ${calls.length} calls (status ${r.status}):\n${r.stderr}`);
    process.exit(1);
  }
  const invocations = calls.map((invoke, i) => ({ invoke, exit_code: Number(out[2 * i + 1]), stdout: out[2 * i], stderr: err[2 * i] }));
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ component: `wasm/${name}.wasm`, invocations }, null, 2) + '\n');
  console.log(`invocations/${name}.json: ${invocations.length} calls`);
}
