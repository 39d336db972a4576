import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { harness, tempDir, wasm } from './helpers.mjs';

test('the guest sees no environment unless granted', () => {
  const r = harness([wasm('probe.wasm'), 'environ'], { env: { ...process.env, SECRET: 'x' } });
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '');
});

test('--env NAME=VALUE sets and bare --env NAME copies the host value or leaves it unset', () => {
  const r = harness(
    ['--env', 'A=1', '--env=B=x=y', '--env', 'FROM_HOST', '--env', 'NOT_ON_HOST', wasm('probe.wasm'), 'environ'],
    { env: { ...process.env, FROM_HOST: 'copied', SECRET: 'x' } });
  assert.equal(r.stdout, 'A=1\nB=x=y\nFROM_HOST=copied\n');
});

test('a granted directory is readable and writable under its guest name', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'in.txt'), 'hello from the host\n');
  const read = harness(['--dir', `${dir}::/data`, wasm('probe.wasm'), 'cat', '/data/in.txt']);
  assert.equal(read.status, 0);
  assert.equal(read.stdout, 'hello from the host\n');
  const write = harness(['--dir', `${dir}::/data`, wasm('probe.wasm'), 'write', '/data/out.txt', 'written']);
  assert.equal(write.status, 0);
  assert.equal(readFileSync(join(dir, 'out.txt'), 'utf8'), 'written');
});

test('--dir HOST alone is seen under the same path', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), '');
  mkdirSync(join(dir, 'sub'));
  const r = harness(['--dir', dir, wasm('probe.wasm'), 'ls', dir]);
  assert.equal(r.status, 0);
  assert.deepEqual(r.stdout.split('\n').filter(Boolean).sort(), ['a.txt', 'sub']);
});

test('paths outside the granted directories cannot be opened', () => {
  const dir = tempDir();
  const outside = tempDir();
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  const escape = harness(['--dir', `${dir}::/data`, wasm('probe.wasm'), 'cat', '/data/../' + 'secret.txt']);
  assert.notEqual(escape.status, 0);
  assert.equal(escape.stdout, '');
  const absolute = harness(['--dir', `${dir}::/data`, wasm('probe.wasm'), 'cat', join(outside, 'secret.txt')]);
  assert.notEqual(absolute.status, 0);
  assert.equal(absolute.stdout, '');
  const write = harness([wasm('probe.wasm'), 'write', join(outside, 'new.txt'), 'x']);
  assert.notEqual(write.status, 0);
  assert.equal(existsSync(join(outside, 'new.txt')), false);
});

test('stdin reaches the guest', () => {
  const r = harness([wasm('probe.wasm'), 'stdin'], { input: 'line one\nline two\n' });
  assert.equal(r.status, 0);
  assert.equal(r.stdout, 'line one\nline two\n');
});
