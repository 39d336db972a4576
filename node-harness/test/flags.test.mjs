import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { harness, tempDir, wasm } from './helpers.mjs';

test('guest arguments follow the file and argv[0] is the file base name', () => {
  const r = harness([wasm('probe.wasm'), 'args', 'a b', '-5', '-']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, 'argv[0]=probe.wasm\nargv[1]=args\nargv[2]=a b\nargv[3]=-5\nargv[4]=-\n');
  assert.equal(r.stderr, '');
});

test('--argv0 replaces argv[0]', () => {
  const r = harness(['--argv0', 'tool', wasm('probe.wasm'), 'args']);
  assert.equal(r.stdout, 'argv[0]=tool\nargv[1]=args\n');
});

test('arguments after the file reach the guest even when they look like options', () => {
  const r = harness([wasm('probe.wasm'), 'args', '--dir', '-n']);
  assert.equal(r.stdout, 'argv[0]=probe.wasm\nargv[1]=args\nargv[2]=--dir\nargv[3]=-n\n');
});

test('--invoke prints each result on its own line in wasmhost formatting', () => {
  assert.equal(harness(['--invoke', 'add', wasm('reactor.wasm'), '2', '-5']).stdout, '-3\n');
  assert.equal(harness(['--invoke', 'add(0x10, 010)', wasm('reactor.wasm')]).stdout, '24\n');
  assert.equal(harness(['--invoke', 'scale(0.1, 3)', wasm('reactor.wasm')]).stdout, '0.30000000000000004\n');
  assert.equal(harness(['--invoke', 'scale', wasm('reactor.wasm'), '2.5', '4']).stdout, '10\n');
  assert.equal(harness(['--invoke', 'scale', wasm('reactor.wasm'), '1e-5', '3']).stdout, '3.0000000000000004E-5\n');
  assert.equal(harness(['--invoke', 'half', wasm('reactor.wasm'), '0.2']).stdout, '0.1\n');
  assert.equal(harness(['--invoke', 'negate64', wasm('reactor.wasm'), '9223372036854775807']).stdout, '-9223372036854775807\n');
  const none = harness(['--invoke', 'nothing', wasm('reactor.wasm')]);
  assert.equal(none.status, 0);
  assert.equal(none.stdout, '');
});

test('--invoke with the wrong arguments is a usage error naming the signature', () => {
  const few = harness(['--invoke', 'add', wasm('reactor.wasm'), '1']);
  assert.equal(few.status, 2);
  assert.equal(few.stderr, "error: export 'add' takes 2 argument(s) [i32, i32], but 1 were given\n");
  const bad = harness(['--invoke', 'add', wasm('reactor.wasm'), '1', 'zz']);
  assert.equal(bad.stderr, "error: argument 2 'zz' is not a valid i32\n");
  const missing = harness(['--invoke', 'nope', wasm('reactor.wasm')]);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, "error: the module has no exported function 'nope'\n");
});

test('everything after the file goes to the guest, less one leading --', () => {
  const run = harness([wasm('probe.wasm'), 'args', '-n', '--x', '--flag=y', '--']);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /argv\[2\]=-n\n/);
  assert.match(run.stdout, /--flag=y/);
  const dashed = harness([wasm('probe.wasm'), '--', 'args', '--help']);
  assert.equal(dashed.status, 0);
  assert.match(dashed.stdout, /argv\[1\]=args\n/);
  assert.match(dashed.stdout, /argv\[2\]=--help\n/);
});

test('unknown options and missing values are usage errors as picocli words them', () => {
  const unknown = harness(['--bogus', wasm('probe.wasm')]);
  assert.equal(unknown.status, 2);
  assert.equal(unknown.stderr, "error: Unknown option: '--bogus'\nRun 'wasmhost help run' for usage.\n");
  const noValue = harness(['--dir']);
  assert.equal(noValue.status, 2);
  assert.equal(noValue.stderr, "error: Missing required parameter for option '--dir' (HOST[::GUEST])\nRun 'wasmhost help run' for usage.\n");
  const noFile = harness([]);
  assert.equal(noFile.status, 2);
  assert.equal(noFile.stderr, "error: Missing required parameter: 'FILE.wasm'\nRun 'wasmhost help run' for usage.\n");
});

test('bad flag values are usage errors with the flag\'s own advice', () => {
  const cases = [
    [['--timeout', 'xx'], "error: invalid duration 'xx': use e.g. 500ms, 10s, 2m (see 'wasmhost help run')\n"],
    [['--max-memory', '1x'], "error: invalid size '1x': use a number of bytes or a unit, e.g. 64MiB or 1GiB (see 'wasmhost help run')\n"],
    [['--env', '=x'], "error: invalid --env '=x': use NAME=VALUE or NAME (see 'wasmhost help run')\n"],
    [['--dir', 'a::'], "error: invalid --dir 'a::': use HOST_DIR or HOST_DIR::GUEST_DIR (see 'wasmhost help run')\n"],
    [['--engine', 'jit'], "error: unknown engine 'jit': use 'compiler' or 'interpreter' (see 'wasmhost help run')\n"],
  ];
  for (const [flags, message] of cases) {
    const r = harness([...flags, wasm('probe.wasm'), 'args']);
    assert.equal(r.status, 2, flags.join(' '));
    assert.equal(r.stderr, message);
  }
});

test('--engine is accepted and changes nothing', () => {
  const r = harness(['--engine=interpreter', wasm('probe.wasm'), 'args']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, 'argv[0]=probe.wasm\nargv[1]=args\n');
});

test('--timeout stops a looping guest with status 124 and wasmhost\'s message', () => {
  const r = harness(['--timeout', '300ms', wasm('probe.wasm'), 'loop']);
  assert.equal(r.status, 124);
  assert.equal(r.stderr, 'error: the guest ran longer than --timeout 300ms and was stopped: raise the timeout or look for a loop in the guest\n');
});

test('--timeout does not disturb a guest that finishes in time', () => {
  const r = harness(['--timeout', '1m', wasm('probe.wasm'), 'exit', '3']);
  assert.equal(r.status, 3);
  assert.equal(r.stdout, 'exiting with 3\n');
});

test('--max-memory caps growth: allocation fails inside the guest', () => {
  const r = harness(['--max-memory', '4MiB', wasm('probe.wasm'), 'grow']);
  const mib = Number(/allocated (\d+) MiB/.exec(r.stdout)[1]);
  assert.ok(mib < 4, r.stdout);
  assert.equal(r.status, 134);
});

test('--max-memory below the module\'s initial memory fails with status 125', () => {
  const r = harness(['--max-memory', '64KiB', wasm('probe.wasm'), 'args']);
  assert.equal(r.status, 125);
  assert.equal(r.stderr, 'error: the module needs 131072 bytes of memory at start, over the limit of 65536 bytes: raise --max-memory\n');
});

test('big output through a pipe arrives whole', () => {
  // A pipe made non-blocking by Node would fail the guest's writes with EAGAIN.
  const dir = tempDir();
  const big = 'x'.repeat(3 * 1024 * 1024);
  writeFileSync(join(dir, 'big.txt'), big);
  const r = harness(['--dir', `${dir}::/d`, wasm('probe.wasm'), 'cat', '/d/big.txt']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout.length, big.length);
});
