// jco transpile, cached: the output of `transpile` for a component lives in
// CACHE/jco/<sha256 of the component>/ (CACHE: $WASMHOST_CACHE_DIR, else
// $XDG_CACHE_HOME/wasmhost, else ~/.cache/wasmhost, as wasmhost's own cache), with meta.json
// holding the imports, the exports and the component's world as WIT. A directory appears
// complete or not at all (written aside, then renamed), so deleting the cache is always safe.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExitCode, HostError } from './errors.mjs';

const NAME = 'component';

/** Core modules compiled in this process, by path: a --batch compiles each once. */
const compiled = new Map();

export function cacheRoot(env = process.env) {
  if (env.WASMHOST_CACHE_DIR) return join(env.WASMHOST_CACHE_DIR, 'jco');
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'wasmhost', 'jco');
  return join(homedir(), '.cache', 'wasmhost', 'jco');
}

/**
 * The transpiled component: {imports, exports, wit, instantiate(imports) -> exports}.
 * useCache false transpiles into a temporary directory that is removed on exit.
 */
export async function transpiled(file, bytes, { useCache }) {
  const hash = createHash('sha256').update(bytes).digest('hex');
  let dir;
  if (useCache) {
    dir = join(cacheRoot(), hash);
    if (!existsSync(join(dir, 'meta.json'))) {
      const files = await transpileBytes(file, bytes);
      mkdirSync(dirname(dir), { recursive: true });
      const aside = mkdtempSync(join(dirname(dir), `.${hash}-`));
      writeAll(aside, files);
      try {
        renameSync(aside, dir);
      } catch {
        rmSync(aside, { recursive: true, force: true }); // another run got there first
      }
    }
  } else {
    dir = mkdtempSync(join(tmpdir(), 'wasmhost-jco-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    writeAll(dir, await transpileBytes(file, bytes));
  }
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  const { instantiate } = await import(pathToFileURL(join(dir, `${NAME}.js`)).href);
  return {
    ...meta,
    instantiate: (imports) => instantiate((name) => compileOnce(join(dir, name)), imports),
  };
}

function compileOnce(path) {
  if (!compiled.has(path)) compiled.set(path, WebAssembly.compile(readFileSync(path)));
  return compiled.get(path);
}

async function transpileBytes(file, bytes) {
  let jco;
  try {
    jco = await import('@bytecodealliance/jco');
  } catch {
    throw new HostError(ExitCode.INTERNAL,
      "components need jco: run 'npm ci' in node-harness/ first");
  }
  let result;
  let wit;
  try {
    result = await jco.transpile(bytes, { name: NAME, instantiation: 'async', noTypescript: true, quiet: true });
    wit = await jco.componentWit(bytes);
  } catch (e) {
    const text = String(e?.message ?? e).split('\n').find((l) => l.trim() !== '') ?? 'unknown reason';
    throw new HostError(ExitCode.INVALID_MODULE, `invalid component '${file}': ${text.trim()}`);
  }
  const files = { ...result.files };
  files['meta.json'] = new TextEncoder().encode(JSON.stringify({ imports: result.imports, exports: result.exports, wit }, null, 2));
  return files;
}

function writeAll(dir, files) {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}
