#!/usr/bin/env node
// Runs a resource scenario (scenarios/NAME.json) on a component transpiled by jco and prints what
// every step gave, as JSON: the expectation the Java host is held to
// (dev.wasmhost.conformance.resources). Usage:
//   node resources-node.mjs scenarios/js-resources.json [--out scenarios/js-resources.node.json]
//
// A scenario names a component, the WIT of its exported interface and a list of steps:
//   {"new": "counter", "args": [...], "as": "a"}                constructor
//   {"method": "counter.add", "self": "a", "args": [...]}       method on handle a (borrowed)
//   {"static": "counter.merge", "args": [...], "as": "m"}       static function
//   {"call": "make-many", "args": [...], "as": ["x", "y"]}      function of the interface
//   {"drop": "a"}                                               drop an own handle
// Arguments are JSON, read by the parameter's type: integers as numbers or decimal strings, lists
// and tuples as arrays, none as null, a handle as {"handle": "a"}. Handles in a result are bound,
// depth first, to the names in "as". A step may say "expect": "error" (the step must fail) or
// "java": "error" with "why" (only the Java host fails it; see the scenario).
// Results use the same encoding: s64/u64 as decimal strings, a handle as {"counter": "a"},
// a result as {"ok": v} or {"err": v}. A failed step records {"error": message}.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';

class ScenarioError extends Error {}

function usage(message) {
  process.stderr.write(`resources-node: ${message}\n`);
  process.exit(2);
}

// ---- WIT: just enough to read one interface of resources and functions ----

function tokenize(text) {
  const tokens = [];
  const re = /\s+|\/\/[^\n]*|(->)|([{}()<>,:;=_])|(%?[a-z][a-z0-9-]*)|(@[0-9][^;\s]*)|(\S)/gy;
  let m;
  while ((m = re.exec(text)) !== null) {
    if (m[1] || m[2] || m[3]) tokens.push(m[1] ?? m[2] ?? m[3]);
    else if (m[5]) throw new ScenarioError(`WIT: unexpected character '${m[5]}'`);
  }
  return tokens;
}

/** The functions of interface `name` in the WIT text, by component-model name ([method]r.f...). */
export function readInterface(text, name) {
  const t = tokenize(text);
  let i = t.findIndex((x, k) => x === 'interface' && t[k + 1] === name && t[k + 2] === '{');
  if (i < 0) throw new ScenarioError(`WIT: no interface '${name}'`);
  i += 3;
  const functions = {};
  const expect = (tok) => {
    if (t[i] !== tok) throw new ScenarioError(`WIT: expected '${tok}' but found '${t[i]}'`);
    i++;
  };
  const type = () => {
    const id = t[i++].replace(/^%/, '');
    if (t[i] !== '<') return id === 'result' ? { kind: 'result' } : { kind: id };
    i++;
    const args = [];
    while (true) {
      if (t[i] === '_') { i++; args.push(null); } else args.push(type());
      if (t[i] === ',') { i++; continue; }
      expect('>');
      break;
    }
    if (id === 'result') return { kind: 'result', ok: args[0] ?? undefined, err: args[1] };
    if (id === 'tuple') return { kind: 'tuple', types: args };
    return { kind: id, of: args[0] };
  };
  const params = () => {
    expect('(');
    const ps = [];
    while (t[i] !== ')') {
      const n = t[i++];
      expect(':');
      ps.push({ name: n, type: type() });
      if (t[i] === ',') i++;
    }
    expect(')');
    return ps;
  };
  const func = (resource, fname, isStatic) => {
    const ps = params();
    let result;
    if (t[i] === '->') { i++; result = type(); }
    expect(';');
    if (resource === undefined) functions[fname] = { params: ps, result };
    else if (isStatic) functions[`[static]${resource}.${fname}`] = { params: ps, result };
    else functions[`[method]${resource}.${fname}`] = {
      params: [{ name: 'self', type: { kind: 'borrow', of: { kind: resource } } }, ...ps], result,
    };
  };
  while (t[i] !== '}') {
    if (t[i] === 'resource') {
      const r = t[i + 1].replace(/^%/, '');
      i += 2;
      if (t[i] === ';') { i++; continue; }
      expect('{');
      while (t[i] !== '}') {
        if (t[i] === 'constructor') {
          i++;
          const ps = params();
          expect(';');
          functions[`[constructor]${r}`] = { params: ps, result: { kind: 'own', of: { kind: r } } };
        } else {
          const fname = t[i++].replace(/^%/, '');
          expect(':');
          const isStatic = t[i] === 'static';
          if (isStatic) i++;
          expect('func');
          func(r, fname, isStatic);
        }
      }
      i++;
    } else if (t[i + 1] === ':' && t[i + 2] === 'func') {
      const fname = t[i].replace(/^%/, '');
      i += 3;
      func(undefined, fname, false);
    } else {
      throw new ScenarioError(`WIT: '${t[i]}' in interface '${name}' is not supported by this driver`);
    }
  }
  return functions;
}

// ---- values ----

const INTS = ['u8', 'u16', 'u32', 's8', 's16', 's32'];
const camel = (kebab) => kebab.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = (kebab) => camel(kebab).replace(/^./, (c) => c.toUpperCase());

/** A resource type named by WIT: bare names (not a builtin) are own handles. */
function handleKind(type) {
  if (type.kind === 'own' || type.kind === 'borrow') return { own: type.kind === 'own', resource: type.of.kind };
  const builtin = [...INTS, 's64', 'u64', 'f32', 'f64', 'bool', 'char', 'string', 'list', 'option', 'result', 'tuple'];
  return builtin.includes(type.kind) ? undefined : { own: true, resource: type.kind };
}

function toJs(type, v, handles, where) {
  const h = handleKind(type);
  if (h) {
    if (v === null || typeof v !== 'object' || typeof v.handle !== 'string') {
      throw new ScenarioError(`${where}: a handle is written {"handle": "name"}`);
    }
    if (!handles.has(v.handle)) throw new ScenarioError(`${where}: no handle named '${v.handle}'`);
    return handles.get(v.handle);
  }
  switch (type.kind) {
    case 's64': case 'u64': return BigInt(v);
    case 'list': return v.map((x, k) => toJs(type.of, x, handles, `${where}[${k}]`));
    case 'tuple': return type.types.map((tt, k) => toJs(tt, v[k], handles, `${where}.${k}`));
    case 'option': return v === null ? undefined : toJs(type.of, v, handles, where);
    default:
      if (INTS.includes(type.kind)) return Number(v);
      return v;
  }
}

function fromJs(type, v, bind) {
  const h = handleKind(type);
  if (h) {
    if (v === null || typeof v !== 'object') throw new Error(`expected a ${h.resource} handle, got ${String(v)}`);
    return { [h.resource]: bind(v, h.resource) };
  }
  switch (type.kind) {
    case 's64': case 'u64': return String(v);
    case 'list': return Array.from(v, (x) => fromJs(type.of, x, bind)); // typed arrays (list<s64>) too
    case 'tuple': return type.types.map((tt, k) => fromJs(tt, v[k], bind));
    case 'option': return v === undefined || v === null ? null : fromJs(type.of, v, bind);
    case 'result':
      if (v.tag === 'ok') return { ok: type.ok ? fromJs(type.ok, v.val, bind) : null };
      return { err: type.err ? fromJs(type.err, v.val, bind) : null };
    default: return v;
  }
}

// ---- the run ----

async function transpile(bytes) {
  const jco = await import('@bytecodealliance/jco');
  const { files } = await jco.transpile(bytes, { name: 'component', instantiation: 'async', noTypescript: true, quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'wasmhost-resources-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const { instantiate } = await import(pathToFileURL(join(dir, 'component.js')).href);
  return (imports) => instantiate((name) => WebAssembly.compile(readFileSync(join(dir, name))), imports);
}

async function wasiImports() {
  const shim = await import('@bytecodealliance/preview2-shim');
  shim.filesystem._setPreopens({}); // the component gets no files, as on the Java host
  return new Proxy({}, {
    get(_, name) {
      const m = /^wasi:([a-z0-9-]+)\/([a-z0-9-]+)/.exec(name);
      return m ? shim[m[1]][camel(m[2])] : undefined;
    },
  });
}

export async function run(scenarioFile) {
  const scenario = JSON.parse(readFileSync(scenarioFile, 'utf8'));
  const base = dirname(resolve(scenarioFile));
  const bytes = readFileSync(resolve(base, scenario.component));
  const witText = readFileSync(resolve(base, scenario.wit), 'utf8');
  const ifaceName = /\/([a-z0-9-]+)(@|$)/.exec(scenario.interface)?.[1];
  const functions = readInterface(witText, ifaceName);

  const exports = await (await transpile(bytes))(await wasiImports());
  const iface = exports[scenario.interface] ?? exports[ifaceName] ?? exports[camel(ifaceName)];
  if (!iface) throw new ScenarioError(`the component does not export ${scenario.interface}`);

  const handles = new Map();
  const results = [];
  for (const [index, step] of scenario.steps.entries()) {
    const where = `step ${index + 1}`;
    let outcome;
    if (step.drop !== undefined) {
      const obj = handles.get(step.drop);
      if (!obj) throw new ScenarioError(`${where}: no handle named '${step.drop}'`);
      try {
        obj[Symbol.dispose]();
        outcome = { value: null };
      } catch (e) {
        outcome = { error: message(e) };
      }
      results.push(outcome);
      continue;
    }
    const { name, target, args } = resolveStep(step, iface, handles, where);
    const fn = functions[name];
    if (!fn) throw new ScenarioError(`${where}: the interface has no function ${name}`);
    const jsArgs = args.map((a, k) => toJs(fn.params[k + (step.method ? 1 : 0)].type, a, handles, `${where} argument ${k + 1}`));
    const names = step.as === undefined ? [] : [].concat(step.as);
    const bound = [];
    const bind = (obj, resource) => {
      if (obj?.constructor?.name !== pascal(resource)) throw new Error(`a ${obj?.constructor?.name} where a ${resource} was returned`);
      if (bound.length >= names.length) throw new ScenarioError(`${where}: the result has more handles than names in "as"`);
      const n = names[bound.length];
      bound.push([n, obj]);
      return n;
    };
    try {
      let value;
      let isErr = false;
      try {
        value = step.new !== undefined ? new target(...jsArgs) : target(...jsArgs);
      } catch (e) {
        if (fn.result?.kind !== 'result' || !Object.hasOwn(e, 'payload')) throw e;
        value = e.payload;
        isErr = true;
      }
      if (fn.result === undefined) outcome = { value: null };
      else if (fn.result.kind === 'result') outcome = { value: fromJs(fn.result, { tag: isErr ? 'err' : 'ok', val: value }, bind) };
      else outcome = { value: fromJs(fn.result, value, bind) };
      if (bound.length !== names.length) throw new ScenarioError(`${where}: the result has ${bound.length} handle(s) but "as" names ${names.length}`);
      for (const [n, obj] of bound) handles.set(n, obj);
    } catch (e) {
      if (e instanceof ScenarioError) throw e;
      outcome = { error: message(e) };
    }
    if (step.expect === 'error' && outcome.error === undefined) {
      throw new ScenarioError(`${where} (${JSON.stringify(step)}) should fail but gave ${JSON.stringify(outcome.value)}`);
    }
    results.push(outcome);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { component: scenario.component, sha256, host: 'node (jco transpile)', results };
}

function resolveStep(step, iface, handles, where) {
  if (step.new !== undefined) {
    return { name: `[constructor]${step.new}`, target: iface[pascal(step.new)], args: step.args ?? [] };
  }
  if (step.method !== undefined) {
    const [r, f] = step.method.split('.');
    const self = handles.get(step.self);
    if (!self) throw new ScenarioError(`${where}: no handle named '${step.self}'`);
    const m = iface[pascal(r)].prototype[camel(f)];
    return { name: `[method]${step.method}`, target: (...a) => m.apply(self, a), args: step.args ?? [] };
  }
  if (step.static !== undefined) {
    const [r, f] = step.static.split('.');
    return { name: `[static]${step.static}`, target: iface[pascal(r)][camel(f)], args: step.args ?? [] };
  }
  if (step.call !== undefined) {
    return { name: step.call, target: iface[camel(step.call)], args: step.args ?? [] };
  }
  throw new ScenarioError(`${where}: a step is one of new, method, static, call, drop`);
}

function message(e) {
  const text = e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e);
  return text.split('\n')[0];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
  if (args.length !== 1 || (outAt >= 0 && !out)) usage('usage: node resources-node.mjs SCENARIO.json [--out RECORD.json]');
  try {
    const { results, ...head } = await run(args[0]);
    // One step a line, so that a change shows as the steps it touches.
    const record = `${JSON.stringify(head).slice(0, -1)},"results":[\n${results.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
    if (out) writeFileSync(out, record);
    else process.stdout.write(record);
  } catch (e) {
    if (e instanceof ScenarioError) usage(`${args[0]}: ${e.message}`);
    if (e?.code === 'ENOENT') usage(`${e.path}: no such file`);
    if (e?.code === 'ERR_MODULE_NOT_FOUND') usage("needs jco and the preview 2 shim: run 'npm ci' in conformance/components");
    throw e;
  }
}
