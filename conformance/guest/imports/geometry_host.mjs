// Runs a component that imports demo:calc/geometry@0.1.0 (conformance/guest/imports/wit) under Node: jco transpile
// (through the Node harness), WASI from the harness's sandboxed preview2-shim, and geometry implemented below in
// JavaScript, as GuestWitImportsTest implements it with Java host functions. Usage: node geometry_host.mjs FILE.wasm
// Prints the guest's stdout; each log() call goes to stderr as "log: MESSAGE"; exits with the guest's status.
import { readFileSync } from 'node:fs';
import { transpiled } from '../../../node-harness/src/transpile.mjs';
import { GuestExit, sandboxedImports } from '../../../node-harness/src/wasi-imports.mjs';

const geometry = {
  add: (a, b) => BigInt.asIntN(64, a + b),
  midpoint: (p, q) => ({ x: (p.x + q.x) / 2n, y: (p.y + q.y) / 2n }),
  measure: (label, scale) => ({
    label: `${label}!`,
    at: { x: BigInt(Math.round(scale * 10)), y: -1n },
    unit: 'metric',
    tags: ['big', label],
    weight: scale * 2,
  }),
  describe: (m) => `${m.label}@(${m.at.x},${m.at.y}) ${m.unit} tags=[${m.tags.join(', ')}] weight=`
    + (m.weight === undefined ? 'none' : String(m.weight)),
  find: (items, needle) => {
    const at = items.indexOf(needle);
    return at < 0 ? undefined : BigInt(at);
  },
  log: (message) => {
    process.stderr.write(`log: ${message}\n`);
  },
  narrow: (n) => (n + 1) >>> 0,
  widen: (s) => ({
    small: (s.small * 2) & 0xff,
    delta: s.delta - 1,
    count: s.count + 1,
    big: s.big + 1n,
    ratio: s.ratio * 2,
    initial: String.fromCodePoint(s.initial.codePointAt(0) + 1),
  }),
  checksum: (data) => data.reduce((sum, b) => sum + b, 0),
  letters: (word) => [...word],
  divide: (a, b) => {
    if (b === 0n) throw fail('division by zero');
    return a / b;
  },
  locate: (name) => {
    if (name !== 'home') throw fail('imperial');
    return { x: 7n, y: 7n };
  },
  reset: (hard) => {
    if (hard) throw fail(undefined);
  },
  pairs: (n) => Array.from({ length: Number(n) }, (_, k) => [`k${k}`, BigInt(k)]),
};

/** An error jco turns into the err case of a result: its payload is the error value. */
function fail(payload) {
  return Object.assign(new Error(`err(${payload})`), { payload });
}

const file = process.argv[2];
const component = await transpiled(file, readFileSync(file), { useCache: false });
const wasi = component.imports.filter((name) => name.startsWith('wasi:'));
const imports = await sandboxedImports(wasi, { args: ['geometry_client.py'], env: {}, preopens: {} });
for (const name of component.imports) {
  if (name.startsWith('demo:calc/geometry')) imports[name] = geometry;
}
let status = 0;
try {
  const exports = await component.instantiate(imports);
  const run = component.exports.find(([name]) => name.startsWith('wasi:cli/run@'));
  exports[run[0]].run();
} catch (e) {
  let exit = null;
  for (let x = e; x; x = x.cause) if (x instanceof GuestExit) exit = x.status;
  if (exit === null) throw e;
  status = exit;
}
process.exitCode = status;
