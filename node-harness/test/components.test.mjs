// Components through jco transpile on the preview 2 shim, with wasmhost's grants. The guests are
// conformance/components' builds: preview 1 corpus programs wrapped with `jco new
// --wasi-command` (wasm/p1/) and a componentize-js component. Skipped until `npm ci` has
// installed jco and the shim here.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { harness, tempDir } from './helpers.mjs';

const COMPONENTS = fileURLToPath(new URL('../../conformance/components/wasm/', import.meta.url));
const installed = existsSync(fileURLToPath(new URL('../node_modules/@bytecodealliance/jco/package.json', import.meta.url)));
const skip = installed ? false : "jco is not installed: run 'npm ci' in node-harness/";

// NODE_HARNESS_TEST_CACHE: a transpile cache to share with other runs (the conformance build passes
// its own, conformance/target/node-harness-cache, so the 12 MB components are transpiled once).
const cache = process.env.NODE_HARNESS_TEST_CACHE || tempDir();
const env = { ...process.env, WASMHOST_CACHE_DIR: cache };
const p1 = (name) => join(COMPONENTS, 'p1', `${name}.wasm`);
const run = (args, options = {}) => harness(args, { env, ...options });

test('a command component runs wasi:cli/run and prints to stdout', { skip }, () => {
  const r = run([join(COMPONENTS, 'hello-command.wasm')]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'hello from a component\n');
  assert.equal(r.status, 0);
});

test('the transpiled component is cached under the SHA-256 of its bytes', { skip }, () => {
  const file = join(COMPONENTS, 'hello-command.wasm');
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
  run([file]);
  const meta = JSON.parse(readFileSync(join(cache, 'jco', hash, 'meta.json'), 'utf8'));
  assert.ok(meta.imports.includes('wasi:cli/stdout'));
  assert.ok(existsSync(join(cache, 'jco', hash, 'component.js')));
});

test('--no-cache transpiles without writing the cache', { skip }, () => {
  const empty = tempDir();
  const r = harness(['--no-cache', join(COMPONENTS, 'hello-command.wasm')], { env: { ...process.env, WASMHOST_CACHE_DIR: empty } });
  assert.equal(r.stdout, 'hello from a component\n');
  assert.equal(existsSync(join(empty, 'jco')), false);
});

test('wasi:cli/exit ok is status 0 and err is status 1', { skip }, () => {
  // The preview 1 adapter turns proc_exit(n) for any n != 0 into exit(err): status 1, as on wasmtime.
  const r = run([p1('exit_42')]);
  assert.equal(r.stdout, 'exiting with 42\n');
  assert.equal(r.status, 1);
  assert.equal(run([p1('exit_zero')]).status, 0);
});

test('a component without wasi:cli/run exits 65', { skip }, () => {
  const r = run([fileURLToPath(new URL('./wasm/component.wasm', import.meta.url))]);
  assert.equal(r.status, 65);
  assert.match(r.stderr, /^error: '.*component\.wasm' exports no wasi:cli\/run: call one of its exports with --invoke 'NAME\(ARGS\)'\n$/);
});

test('the guest gets the arguments as given, argv[0] being the file name', { skip }, () => {
  const r = run([p1('args_basic'), 'one', 'two words', '', '--flag=x', 'ünï']);
  assert.equal(r.stdout, 'argc=6\nargv[0]=[args_basic.wasm]\nargv[1]=[one]\nargv[2]=[two words]\nargv[3]=[]\nargv[4]=[--flag=x]\nargv[5]=[ünï]\n');
  assert.equal(r.status, 0);
});

test('the guest sees only the granted environment', { skip }, () => {
  // No empty value here: through jco's lowering and the preview 1 adapter an empty value comes
  // out joined to the next variable (a Node-side difference listed in the README).
  const r = harness(['--env', 'GREETING=hello world', '--env', 'WITH_EQUALS=a=b=c', p1('env_basic')],
    { env: { ...env, SECRET: 'x', MISSING: 'host value' } });
  assert.equal(r.stdout, 'count=2\nGREETING=hello world\nWITH_EQUALS=a=b=c\nGREETING=hello world\nMISSING=(unset)\n');
  assert.equal(r.status, 0);
});

test("without --dir the guest has no filesystem, not even the host's /", { skip }, () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'secret.txt'), 'top secret\n');
  const r = run([p1('fs_open_read')], { cwd: dir });
  assert.notEqual(r.status, 0);
  assert.doesNotMatch(r.stdout, /top secret/);
});

test('only granted directories are reachable, under their guest names', { skip }, () => {
  const root = tempDir();
  mkdirSync(join(root, 'sandbox'));
  mkdirSync(join(root, 'outside'));
  writeFileSync(join(root, 'sandbox', 'hello.txt'), 'hello\n');
  writeFileSync(join(root, 'outside', 'secret.txt'), 'top secret\n');
  const expected = JSON.parse(readFileSync(fileURLToPath(new URL('../../conformance/wasi-p1/tests/escape_absolute.json', import.meta.url)), 'utf8'));
  const r = run(['--dir', `${join(root, 'sandbox')}::sandbox`, '--dir', `${join(root, 'outside')}::outside`, p1('escape_absolute')]);
  assert.equal(r.stdout, expected.stdout);
  assert.equal(r.status, 0);
  assert.equal(existsSync(join(root, 'sandbox', 'tmp')), false);
});

test('a component importing what wasmhost does not serve exits 67 naming the import', { skip }, () => {
  const r = run([join(COMPONENTS, 'js-shapes.wasm')]);
  assert.equal(r.status, 67);
  assert.match(r.stderr, /^error: unknown import: wasi:http\/[a-z-]+ has not been defined/);
});

test('a trap in a component exits 134 with the trap named', { skip }, () => {
  const r = run([p1('trap_div_zero')]);
  assert.equal(r.status, 134);
  assert.match(r.stderr, /^error: guest trapped: integer divide by zero\n/m);
  // jco rethrows traps as `wasm trap: ...` in wasmtime's words; the harness prints wasmhost's.
  const oob = run([p1('trap_oob')]);
  assert.equal(oob.status, 134);
  assert.match(oob.stderr, /^error: guest trapped: out of bounds memory access\n/m);
  const unreachable = run([p1('trap_unreachable')]);
  assert.match(unreachable.stderr, /^error: guest trapped: unreachable instruction executed\n/m);
});

test('--invoke calls a root export with WAVE arguments and prints the result in WAVE', { skip }, () => {
  const lists = join(COMPONENTS, 'js-lists.wasm');
  const r = run(['--invoke', 'reverse-nested([[1, 2], [], [4294967295]])', lists]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '[[4294967295], [], [2, 1]]\n');
  assert.equal(r.status, 0);
  const trailing = run(['--invoke', 'repeat', lists, '"a\\u{1F600}"', '2']);
  assert.equal(trailing.stdout, '["a😀", "a😀"]\n');
});

test('--invoke with a bad call exits 2 saying what the export takes', { skip }, () => {
  const lists = join(COMPONENTS, 'js-lists.wasm');
  const unknown = run(['--invoke', 'nope()', lists]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^error: the component exports no function 'nope' \(it exports: reverse-nested, flatten, /);
  const count = run(['--invoke', 'repeat("x")', lists]);
  assert.equal(count.status, 2);
  assert.equal(count.stderr, "error: invalid --invoke 'repeat(\"x\")': too few arguments: the function takes 2 but 1 were given\n");
  const range = run(['--invoke', 'repeat("x", 256)', lists]);
  assert.equal(range.stderr, "error: invalid --invoke 'repeat(\"x\", 256)': argument 'n': 256 is out of range for u8\n");
});

test('--timeout and --max-memory are refused for components rather than ignored', { skip }, () => {
  const r = run(['--timeout', '10s', join(COMPONENTS, 'hello-command.wasm')]);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
});

test('--batch answers each --invoke call as a separate run would, ending each with a marker', { skip }, () => {
  const lists = join(COMPONENTS, 'js-lists.wasm');
  const calls = ['sum([0.1, 0.2])', 'repeat("x", 256)', 'nope()', 'empty-strings()'];
  const r = run(['--batch', ...calls.flatMap((c) => ['--invoke', c]), lists]);
  assert.equal(r.status, 0);
  const split = (text) => text.split(/\x1ewasmhost-batch status=(\d+)\n/);
  const out = split(r.stdout);
  const err = split(r.stderr);
  assert.equal(out.length, 2 * calls.length + 1);
  assert.equal(out.at(-1), '');
  calls.forEach((call, i) => {
    const alone = run(['--invoke', call, lists]);
    assert.deepEqual({ stdout: out[2 * i], stderr: err[2 * i], status: Number(out[2 * i + 1]) }, alone, call);
    assert.equal(err[2 * i + 1], out[2 * i + 1]);
  });
});

test('--batch without --invoke is a usage error', () => {
  const r = harness(['--batch', join(COMPONENTS, 'js-lists.wasm')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^error: --batch needs at least one --invoke CALL\n/);
});
