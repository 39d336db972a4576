// WAVE values <-> the JS values of jco's bindings, by WIT type (types as wit-types.mjs reads
// them). jco's conventions: u64/s64 are BigInt; char a one-code-point string; records objects
// with camelCase fields; variants {tag, val}; enums their case name; flags objects of camelCase
// booleans; tuples arrays; option<T> T or undefined, but {tag:'some'|'none', val} when T is
// itself an option; result<T, E> {tag:'ok'|'err', val} (at the top of an export's result,
// jco returns T and throws a ComponentError carrying E, which component-invoke.mjs turns back).
// Lists of numbers may come back as typed arrays.
import { escapeText, formatLabel, formatWaveFloat } from './wave.mjs';

const RANGES = {
  s8: [-128n, 127n], u8: [0n, 255n], s16: [-32768n, 32767n], u16: [0n, 65535n],
  s32: [-(2n ** 31n), 2n ** 31n - 1n], u32: [0n, 2n ** 32n - 1n],
  s64: [-(2n ** 63n), 2n ** 63n - 1n], u64: [0n, 2n ** 64n - 1n],
};

export function camel(kebab) {
  return kebab.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

/** An untyped WAVE tree (wave.mjs) as the JS value jco expects for `type`. */
export function toJs(tree, type, where = 'argument') {
  // Problems are worded as wasmhost words them, so both hosts print the same line.
  const fail = (what) => { throw new TypeError(`${where}: ${what}`); };
  const mismatch = () => fail(`expected ${describe(type)}, got ${show(tree)}`);
  const oneOf = (what, name, names) => fail(`unknown ${what} '${name}'; expected one of [${names.join(', ')}]`);
  const label = () => (tree.t === 'label' ? tree.name : mismatch());
  switch (type.kind) {
    case 'bool':
      if (tree.t === 'label' && tree.payload === undefined && (tree.name === 'true' || tree.name === 'false')) return tree.name === 'true';
      return fail('expected true or false');
    case 's8': case 'u8': case 's16': case 'u16': case 's32': case 'u32': case 's64': case 'u64': {
      if (tree.t !== 'num' || !/^[-+]?\d+$/.test(tree.text)) return mismatch();
      const n = BigInt(tree.text);
      const [lo, hi] = RANGES[type.kind];
      if (n < lo || n > hi) return fail(`${tree.text} is out of range for ${type.kind}`);
      return type.kind.endsWith('64') ? n : Number(n);
    }
    case 'f32': case 'f64': {
      // `inf` and `nan` read as labels: they start like one.
      const word = tree.t === 'label' && tree.payload === undefined && (tree.name === 'inf' || tree.name === 'nan');
      if (tree.t !== 'num' && !word) return mismatch();
      const t = (word ? tree.name : tree.text).replace(/^\+/, '');
      const x = t === 'nan' || t === '-nan' ? NaN : t === 'inf' ? Infinity : t === '-inf' ? -Infinity : Number(t);
      return type.kind === 'f32' ? Math.fround(x) : x;
    }
    case 'char': return tree.t === 'char' ? tree.v : mismatch();
    case 'string': return tree.t === 'str' ? tree.v : mismatch();
    case 'list':
      if (tree.t !== 'list') return mismatch();
      return tree.items.map((x, i) => toJs(x, type.of, where));
    case 'tuple':
      if (tree.t !== 'tuple' || tree.items.length !== type.items.length) return mismatch();
      return tree.items.map((x, i) => toJs(x, type.items[i], where));
    case 'record': {
      if (tree.t === 'braces-empty' && type.fields.length === 0) return {};
      if (tree.t !== 'record') return mismatch();
      const given = new Map(tree.fields);
      const out = {};
      for (const f of type.fields) {
        if (!given.has(f.name)) {
          if (f.type.kind === 'option') { out[camel(f.name)] = undefined; continue; }
          return fail(`record field ${f.name} is missing`);
        }
        out[camel(f.name)] = toJs(given.get(f.name), f.type, where);
        given.delete(f.name);
      }
      if (given.size > 0) return oneOf('record field', [...given.keys()][0], type.fields.map((f) => f.name));
      return out;
    }
    case 'flags': {
      if (tree.t !== 'flags' && tree.t !== 'braces-empty') return mismatch();
      const set = new Set(tree.names ?? []);
      for (const n of set) if (!type.names.includes(n)) oneOf('flag', n, type.names);
      return Object.fromEntries(type.names.map((n) => [camel(n), set.has(n)]));
    }
    case 'enum': {
      const name = label();
      if (!type.cases.includes(name)) return oneOf('enum case', name, type.cases);
      if (tree.payload !== undefined) return mismatch();
      return name;
    }
    case 'variant': {
      const name = label();
      const c = type.cases.find((x) => x.name === name);
      if (!c) return oneOf('variant case', name, type.cases.map((x) => x.name));
      if ((c.type === null) !== (tree.payload === undefined)) return fail(`case '${name}' ${c.type ? 'takes' : 'takes no'} payload`);
      return c.type === null ? { tag: name } : { tag: name, val: toJs(tree.payload, c.type, where) };
    }
    case 'option': {
      const name = label();
      const nested = type.of.kind === 'option';
      if (name === 'none' && tree.payload === undefined) return nested ? { tag: 'none' } : undefined;
      if (name === 'some' && tree.payload !== undefined) {
        const val = toJs(tree.payload, type.of, where);
        return nested ? { tag: 'some', val } : val;
      }
      return mismatch();
    }
    case 'result': {
      const name = label();
      if (name !== 'ok' && name !== 'err') return mismatch();
      const inner = type[name];
      if ((inner === null) !== (tree.payload === undefined)) return fail(`'${name}' ${inner ? 'takes' : 'takes no'} payload`);
      return { tag: name, val: inner === null ? undefined : toJs(tree.payload, inner, where) };
    }
    default:
      return fail('which --invoke cannot pass');
  }
}

/** A JS value from jco's bindings as WAVE text. */
export function toWave(value, type) {
  switch (type.kind) {
    case 'bool': return value ? 'true' : 'false';
    case 's8': case 'u8': case 's16': case 'u16': case 's32': case 'u32': case 's64': case 'u64':
      return BigInt(value).toString();
    case 'f32': return formatWaveFloat(value, true);
    case 'f64': return formatWaveFloat(value, false);
    case 'char': return `'${escapeText(value, "'")}'`;
    case 'string': return `"${escapeText(value, '"')}"`;
    case 'list': return `[${Array.from(value, (x) => toWave(x, type.of)).join(', ')}]`;
    case 'tuple': return `(${type.items.map((t, i) => toWave(value[i], t)).join(', ')})`;
    case 'record': {
      if (type.fields.length === 0) return '{}';
      return `{${type.fields.map((f) => `${formatLabel(f.name)}: ${toWave(value[camel(f.name)], f.type)}`).join(', ')}}`;
    }
    case 'flags': return `{${type.names.filter((n) => value[camel(n)]).map(formatLabel).join(', ')}}`;
    case 'enum': return formatLabel(value);
    case 'variant': {
      const c = type.cases.find((x) => x.name === value.tag);
      if (!c) throw new TypeError(`the component returned an unknown case '${value.tag}' of ${describe(type)}`);
      return c.type === null ? formatLabel(c.name) : `${formatLabel(c.name)}(${toWave(value.val, c.type)})`;
    }
    case 'option': {
      if (type.of.kind === 'option') return value.tag === 'none' ? 'none' : `some(${toWave(value.val, type.of)})`;
      return value === undefined || value === null ? 'none' : `some(${toWave(value, type.of)})`;
    }
    case 'result': {
      const inner = type[value.tag];
      return inner === null || inner === undefined ? value.tag : `${value.tag}(${toWave(value.val, inner)})`;
    }
    default:
      throw new TypeError(`--invoke cannot print a ${describe(type)}`);
  }
}

export function describe(type) {
  switch (type.kind) {
    case 'list': return `list<${describe(type.of)}>`;
    case 'option': return `option<${describe(type.of)}>`;
    case 'tuple': return `tuple<${type.items.map(describe).join(', ')}>`;
    case 'result': return `result<${type.ok ? describe(type.ok) : '_'}, ${type.err ? describe(type.err) : '_'}>`;
    case 'record': case 'variant': case 'enum': case 'flags': return `${type.kind} ${type.name}`;
    case 'own': case 'borrow': return `${type.kind}<${type.resource}>`;
    default: return type.kind;
  }
}

function show(tree) {
  switch (tree.t) {
    case 'num': return tree.text;
    case 'str': return 'a string';
    case 'char': return 'a char';
    case 'list': return 'a list';
    case 'tuple': return 'a tuple';
    case 'record': return 'a record';
    case 'flags': case 'braces-empty': return 'flags';
    default: return `'${tree.name}'`;
  }
}
