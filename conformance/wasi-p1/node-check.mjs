// Runs every program of the corpus under Node's WASI (preview 1) and checks it against its
// expectation file, so that the expectations come from a second, independent host.
// Usage: node --no-turbo-fast-api-calls node-check.mjs [name...]
// A trap is reported by Node as a thrown RuntimeError/RangeError, not an exit status: it counts
// as a match for an expected exit_code of 134 (wasmhost's and wasmtime's trap status).
import { WASI } from 'node:wasi';
import { readFileSync, readdirSync, mkdtempSync, cpSync, openSync, closeSync, writeFileSync,
  existsSync, lstatSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TRAP = 134;
const names = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(join(here, 'tests')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

let failures = 0;
for (const name of names) {
  const spec = JSON.parse(readFileSync(join(here, 'tests', `${name}.json`), 'utf8'));
  // A documented Node bug replaces only the fields it names; everything else is still checked.
  const known = spec.node_known_difference;
  const effective = known ? { ...spec, ...known, files_after: { ...spec.files_after, ...known.files_after } } : spec;
  const problems = await check(name, effective);
  if (problems.length === 0) {
    console.log(`ok   ${name}${known ? ` (known Node difference: ${known.reason})` : ''}`);
  } else {
    failures++;
    console.log(`FAIL ${name}`);
    for (const p of problems) console.log(`     ${p}`);
  }
}
console.log(`${names.length - failures}/${names.length} programs match their expectations under Node`);
process.exit(failures === 0 ? 0 : 1);

async function check(name, spec) {
  const work = mkdtempSync(join(tmpdir(), `wasi-p1-${name}-`));
  try {
    const preopens = {};
    for (const dir of spec.dirs ?? []) {
      cpSync(join(here, 'fixtures', dir), join(work, dir), { recursive: true, verbatimSymlinks: true });
      preopens[dir] = join(work, dir);
    }
    const stdinPath = join(work, '.stdin');
    writeFileSync(stdinPath, spec.stdin ?? '');
    const stdin = openSync(stdinPath, 'r');
    const stdout = openSync(join(work, '.stdout'), 'w');
    const stderr = openSync(join(work, '.stderr'), 'w');
    const wasi = new WASI({
      version: 'preview1', args: [`${name}.wasm`, ...(spec.args ?? [])], env: spec.env ?? {},
      preopens, stdin, stdout, stderr, returnOnExit: true,
    });
    let exit;
    let trap = null;
    try {
      const module = await WebAssembly.compile(readFileSync(join(here, 'bin', `${name}.wasm`)));
      const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
      exit = wasi.start(instance);
    } catch (e) {
      trap = e;
      exit = TRAP;
    }
    closeSync(stdin); closeSync(stdout); closeSync(stderr);
    const out = readFileSync(join(work, '.stdout'));
    const err = readFileSync(join(work, '.stderr'), 'utf8');
    const problems = [];
    if (exit !== spec.exit_code) {
      problems.push(`exit code ${exit}, expected ${spec.exit_code}${trap ? ` (${trap})` : ''}`);
    }
    if (spec.stdout_sha256 !== undefined) {
      const sha = createHash('sha256').update(out).digest('hex');
      if (sha !== spec.stdout_sha256 || out.length !== spec.stdout_length) {
        problems.push(`stdout sha256 ${sha} length ${out.length}, expected ${spec.stdout_sha256} length ${spec.stdout_length}`);
      }
    } else if (out.toString('utf8') !== (spec.stdout ?? '')) {
      problems.push(`stdout ${JSON.stringify(out.toString('utf8'))}, expected ${JSON.stringify(spec.stdout ?? '')}`);
    }
    // Node prints nothing for a trap itself (it throws), so stderr_contains is checked against
    // what the guest wrote plus the error Node threw.
    if (spec.stderr_contains !== undefined) {
      const seen = err + (trap ? String(trap) : '');
      if (!seen.includes(spec.stderr_contains)) {
        problems.push(`stderr ${JSON.stringify(err)} does not contain ${JSON.stringify(spec.stderr_contains)}`);
      }
    } else if (err !== (spec.stderr ?? '')) {
      problems.push(`stderr ${JSON.stringify(err)}, expected ${JSON.stringify(spec.stderr ?? '')}`);
    }
    for (const [rel, want] of Object.entries(spec.files_after ?? {})) {
      const path = join(work, rel);
      if (want === null) {
        if (existsSync(path) || isLink(path)) problems.push(`${rel} exists, expected it not to`);
      } else if (!existsSync(path)) {
        problems.push(`${rel} is missing`);
      } else {
        const got = readFileSync(path, 'utf8');
        if (got !== want) problems.push(`${rel} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
      }
    }
    return problems;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function isLink(path) {
  try { return lstatSync(path).isSymbolicLink(); } catch { return false; }
}
