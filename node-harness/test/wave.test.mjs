// WAVE text <-> jco's JS values by WIT type, and the world's export types read from WIT text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatWaveFloat, parseCall, parseWave } from '../src/wave.mjs';
import { toJs, toWave } from '../src/wave-values.mjs';
import { worldExports } from '../src/wit-types.mjs';

const WIT = `package root:component;

world root {
  import wasi:cli/stdout@0.2.12;
  record point { x: s32, y: s32 }
  flags perms { read, write, admin-only }
  variant shape { circle(f64), %none }
  enum color { red, light-gray }
  type points = list<point>;

  export f: func(p: point, q: option<option<u8>>, r: result<string>) -> tuple<perms, list<f32>>;
  export g: func(s: shape, c: color, ps: points) -> result<_, string>;
  export h: func();
}
`;
const fns = worldExports(WIT);
const type = (fn, i) => fns.get(fn).params[i].type;

test("the root world's exports are read with their types, aliases resolved", () => {
  assert.deepEqual([...fns.keys()], ['f', 'g', 'h']);
  assert.equal(fns.get('h').result, null);
  assert.equal(type('g', 2).kind, 'list');
  assert.equal(type('g', 2).of.kind, 'record');
  assert.deepEqual(type('g', 0).cases.map((c) => c.name), ['circle', 'none']);
});

test('WAVE arguments become the values jco expects', () => {
  assert.deepEqual(toJs(parseWave('{y: 2, x: -1}'), type('f', 0)), { x: -1, y: 2 });
  assert.deepEqual(toJs(parseWave('some(none)'), type('f', 1)), { tag: 'some', val: undefined });
  assert.deepEqual(toJs(parseWave('none'), type('f', 1)), { tag: 'none' });
  assert.deepEqual(toJs(parseWave('some(some(7))'), type('f', 1)), { tag: 'some', val: 7 });
  assert.deepEqual(toJs(parseWave('ok("a\\u{1F600}\\n")'), type('f', 2)), { tag: 'ok', val: 'a😀\n' });
  assert.deepEqual(toJs(parseWave('%none'), type('g', 0)), { tag: 'none' });
  assert.equal(toJs(parseWave('light-gray'), type('g', 1)), 'light-gray');
});

test('bad WAVE arguments are refused with what was expected', () => {
  assert.throws(() => toJs(parseWave('{x: 1}'), type('f', 0)), /record field y is missing/);
  assert.throws(() => toJs(parseWave('{x: 1, y: 2147483648}'), type('f', 0)), /2147483648 is out of range for s32/);
  assert.throws(() => toJs(parseWave('blue'), type('g', 1)), /unknown enum case 'blue'; expected one of \[/);
  assert.throws(() => parseWave('"unterminated'), /unterminated string/);
});

test('results print in WAVE: flags, floats, keyword-named cases, escapes', () => {
  assert.equal(toWave([{ read: true, write: false, adminOnly: true }, new Float32Array([1.5, -0, NaN])], fns.get('f').result),
    '({read, admin-only}, [1.5, -0, nan])');
  assert.equal(toWave({ tag: 'err', val: 'say "hi"\t' }, fns.get('g').result), 'err("say \\"hi\\"\\t")');
  assert.equal(toWave({ tag: 'ok' }, fns.get('g').result), 'ok');
  assert.equal(toWave({ tag: 'none' }, type('g', 0)), '%none');
});

test('floats print as Rust does: shortest digits, no exponent', () => {
  assert.equal(formatWaveFloat(1e21, false), '1000000000000000000000');
  assert.equal(formatWaveFloat(1.5e-7, false), '0.00000015');
  assert.equal(formatWaveFloat(Math.fround(0.1), true), '0.1');
  assert.equal(formatWaveFloat(-Infinity, false), '-inf');
});

test('a call is a name and WAVE arguments in parentheses', () => {
  const call = parseCall("g(circle(2), red, [{x: 1, y: 2},])");
  assert.equal(call.fn, 'g');
  assert.equal(call.args.length, 3);
  assert.deepEqual(parseCall('h'), { fn: 'h', args: [] });
  assert.throws(() => parseCall('h(1'), /expected '\)'/);
});
