// Runs the harness as a user does (`node run.mjs ...`) and captures what it printed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUN = fileURLToPath(new URL('../run.mjs', import.meta.url));
export const WASM = fileURLToPath(new URL('./wasm/', import.meta.url));

export function harness(args, { input = '', env = process.env, cwd, nodeFlags = [] } = {}) {
  const r = spawnSync(process.execPath, [...nodeFlags, RUN, ...args], { input, env, cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function wasm(name) {
  return join(WASM, name);
}

export function tempDir() {
  return mkdtempSync(join(tmpdir(), 'node-harness-test-'));
}
