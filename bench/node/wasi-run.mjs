// Runs a WASI preview 1 command module under Node's own node:wasi, as the Node peer of the
// benchmarks: node --no-turbo-fast-api-calls bench/node/wasi-run.mjs FILE.wasm [ARGS...]
// (Node 20's node:wasi crashes once memory grows unless fast API calls are off.)
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { WASI } from 'node:wasi';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('usage: node wasi-run.mjs FILE.wasm [ARGS...]');
  process.exit(2);
}
const wasi = new WASI({ version: 'preview1', args: [basename(file), ...args], env: {}, returnOnExit: true });
const module = await WebAssembly.compile(await readFile(file));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
