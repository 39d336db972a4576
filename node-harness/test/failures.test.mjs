import assert from 'node:assert/strict';
import { test } from 'node:test';
import { harness, wasm } from './helpers.mjs';

test('the guest\'s own exit status passes through', () => {
  const r = harness([wasm('probe.wasm'), 'exit', '42']);
  assert.equal(r.status, 42);
  assert.equal(r.stdout, 'exiting with 42\n');
  assert.equal(r.stderr, '');
});

test('traps exit 134 with one line naming the trap in wasmhost\'s words', () => {
  const cases = {
    unreachable: 'unreachable instruction executed',
    divide: 'integer divide by zero',
    oob: 'out of bounds memory access',
    recurse: 'call stack exhausted',
  };
  for (const [arg, what] of Object.entries(cases)) {
    const r = harness([wasm('probe.wasm'), arg]);
    assert.equal(r.status, 134, arg);
    assert.equal(r.stderr.split('\n').at(-2), `error: guest trapped: ${what}`, arg);
  }
});

test('output written before a trap is kept', () => {
  const r = harness([wasm('probe.wasm'), 'unreachable']);
  assert.equal(r.stderr, 'about to abort\nerror: guest trapped: unreachable instruction executed\n');
});

test('files that are not core modules exit 65 with wasmhost\'s messages', () => {
  const cases = {
    'empty.wasm': 'error: invalid module: the file is empty\n',
    'not-wasm.wasm': 'error: invalid module: not a WebAssembly binary (bad magic number): pass a .wasm file\n',
    'future.wasm': 'error: invalid module: unsupported WebAssembly version or layer in the 8-byte header\n',
  };
  for (const [file, message] of Object.entries(cases)) {
    const r = harness([wasm(file)]);
    assert.equal(r.status, 65, file);
    assert.equal(r.stderr, message);
  }
});

test('a malformed module exits 65 with an invalid module line', () => {
  const r = harness([wasm('truncated.wasm')]);
  assert.equal(r.status, 65);
  assert.match(r.stderr, /^error: invalid module: \S.*\n$/);
});

test('a reactor run without --invoke says how to call it', () => {
  const r = harness([wasm('reactor.wasm')]);
  assert.equal(r.status, 65);
  assert.equal(r.stderr, 'error: the module has no _start export: call one of its exports with --invoke NAME\n');
});

test('missing files and directories exit 66', () => {
  const missing = harness(['/nonexistent/app.wasm']);
  assert.equal(missing.status, 66);
  assert.equal(missing.stderr, "error: cannot read '/nonexistent/app.wasm': no such file\n");
  const dir = harness(['--dir', '/nonexistent::/data', wasm('probe.wasm')]);
  assert.equal(dir.status, 66);
  assert.equal(dir.stderr, "error: --dir /nonexistent::/data: '/nonexistent' is not a directory on this host\n");
});

test('imports the host does not provide exit 67 naming the first one', () => {
  const fn = harness([wasm('needs-import.wasm')]);
  assert.equal(fn.status, 67);
  assert.equal(fn.stderr, 'error: unknown import: env::host_magic has not been defined: this host provides WASI preview 1 (wasi_snapshot_preview1) to core modules\n');
  const memory = harness([wasm('needs-memory.wasm')]);
  assert.equal(memory.status, 67);
  assert.equal(memory.stderr, 'error: unknown import: env::memory (memory imports are not provided by this host): this host provides WASI preview 1 (wasi_snapshot_preview1) to core modules\n');
});

test('the harness also works when started with the V8 flag itself', () => {
  // run.mjs then runs in-process instead of starting a second Node.
  const r = harness([wasm('probe.wasm'), 'exit', '5'], { nodeFlags: ['--no-turbo-fast-api-calls', '--no-warnings'] });
  assert.equal(r.status, 5);
  assert.equal(r.stdout, 'exiting with 5\n');
  const trap = harness([wasm('probe.wasm'), 'divide'], { nodeFlags: ['--no-turbo-fast-api-calls', '--no-warnings'] });
  assert.equal(trap.status, 134);
  assert.equal(trap.stderr, 'error: guest trapped: integer divide by zero\n');
});
