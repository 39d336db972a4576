import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { capMemory, exportedFunctionTypes, kindOf, Kind, MemoryOverLimit } from '../src/binary.mjs';
import { formatFloat, lower, parseInvoke } from '../src/values.mjs';
import { wasm } from './helpers.mjs';

test('floats print as Java prints them: shortest digits, plain between 1e-3 and 1e7', () => {
  assert.equal(formatFloat(0.1, false), '0.1');
  assert.equal(formatFloat(Math.fround(0.1), true), '0.1');
  assert.equal(formatFloat(1.5e-5, false), '1.5E-5');
  assert.equal(formatFloat(123456789.5, false), '1.234567895E8');
  assert.equal(formatFloat(1e20, false), '1.0E20');
  assert.equal(formatFloat(-2.5, false), '-2.5');
  assert.equal(formatFloat(0.001, false), '0.001');
});

test('integral floats print without a fraction, and the special values by name', () => {
  assert.equal(formatFloat(10, false), '10');
  assert.equal(formatFloat(-0, false), '-0');
  assert.equal(formatFloat(1e15, false), '1.0E15');
  assert.equal(formatFloat(NaN, true), 'NaN');
  assert.equal(formatFloat(-Infinity, false), '-inf');
});

test('integer arguments follow Java\'s Long.decode and the i32 range', () => {
  const type = { params: ['I32'], results: [] };
  assert.deepEqual(lower('f', type, ['0x7fffffff']), [2147483647]);
  assert.deepEqual(lower('f', type, ['4294967295']), [-1]);
  assert.deepEqual(lower('f', type, ['010']), [8]);
  assert.throws(() => lower('f', type, ['4294967296']), /argument 1 '4294967296' is not a valid i32/);
  assert.deepEqual(lower('f', { params: ['I64'], results: [] }, ['18446744073709551615']), [-1n]);
});

test('NAME(ARGS) takes its arguments inline, then the trailing ones', () => {
  assert.deepEqual(parseInvoke('add(1, 2)', ['3']), { fn: 'add', args: ['1', '2', '3'] });
  assert.throws(() => parseInvoke('add(1', []), /expected NAME or NAME\(ARG, \.\.\.\)/);
});

test('export signatures are read from the binary', () => {
  const types = exportedFunctionTypes(new Uint8Array(readFileSync(wasm('reactor.wasm'))));
  assert.deepEqual(types.get('scale'), { params: ['F64', 'I64'], results: ['F64'] });
  assert.deepEqual(types.get('nothing'), { params: [], results: [] });
});

test('the memory cap lowers the maximum and keeps the module valid', async () => {
  const bytes = new Uint8Array(readFileSync(wasm('probe.wasm')));
  const capped = capMemory(bytes, 10);
  assert.equal(kindOf(capped), Kind.CORE_MODULE);
  const module = await WebAssembly.compile(capped);
  assert.ok(WebAssembly.Module.exports(module).some((e) => e.name === 'memory'));
  assert.throws(() => capMemory(bytes, 1), MemoryOverLimit);
});
