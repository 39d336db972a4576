// `run` for core modules: the checks wasmhost makes before running (options, file, header,
// validation, imports), in the same order and with the same messages, then the guest in a
// worker thread (see guest.mjs) with the --timeout deadline and the --max-memory cap.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { WASI } from 'node:wasi';
import { parseDirGrant, parseDuration, parseSize, formatDuration } from './args.mjs';
import { Kind, kindOf, capMemory, exportedFunctionTypes, MemoryOverLimit } from './binary.mjs';
import { runComponent } from './component.mjs';
import { ExitCode, HostError } from './errors.mjs';
import { parseInvoke, lower } from './values.mjs';

const PAGE = 65536;
/** As deep as wasmhost's guest thread (64 MiB), so recursive programs behave the same. */
const GUEST_STACK_MB = 64;
const WASI_MODULE = 'wasi_snapshot_preview1';

/** Runs FILE per the parsed command line; resolves to the exit status. */
export async function run({ options, file, guestArgs }) {
  const o = resolveOptions(options);
  const bytes = readModule(file);
  const kind = kindOf(bytes);
  if (kind === Kind.COMPONENT) return runComponent(file, bytes, o, guestArgs);
  if (kind === Kind.UNKNOWN_WASM_VERSION) {
    throw new HostError(ExitCode.INVALID_MODULE, 'invalid module: unsupported WebAssembly version or layer in the 8-byte header');
  }
  if (kind === Kind.NOT_WASM) {
    throw new HostError(ExitCode.INVALID_MODULE, bytes.length === 0
      ? 'invalid module: the file is empty'
      : 'invalid module: not a WebAssembly binary (bad magic number): pass a .wasm file');
  }
  const module = await compile(bytes, o.maxBytes);

  const argv = [o.argv0 ?? basename(file)];
  let invoke = null;
  if (o.invoke === null) {
    argv.push(...guestArgs);
  } else {
    invoke = invocation(o.invoke, guestArgs, bytes, module);
  }
  requireResolvedImports(module);
  return runInWorker(module, { args: argv, env: o.env, preopens: o.preopens, invoke }, o);
}

function resolveOptions(options) {
  try {
    if (options.engine !== 'compiler' && options.engine !== 'interpreter') {
      // Accepted for compatibility and otherwise ignored: V8 picks its own tiers.
      throw new TypeError(`unknown engine '${options.engine}': use 'compiler' or 'interpreter'`);
    }
    const maxBytes = options.maxMemory === null ? null : parseSize(options.maxMemory);
    const timeoutMs = options.timeout === null ? null : parseDuration(options.timeout);
    const env = {};
    for (const e of options.envs) {
      const eq = e.indexOf('=');
      if (eq === 0) throw new TypeError(`invalid --env '${e}': use NAME=VALUE or NAME`);
      if (eq < 0) {
        if (process.env[e] !== undefined) env[e] = process.env[e];
      } else {
        env[e.substring(0, eq)] = e.substring(eq + 1);
      }
    }
    const preopens = {};
    for (const d of options.dirs) {
      const grant = parseDirGrant(d);
      if (!isDirectory(grant.host)) {
        throw new HostError(ExitCode.NOT_FOUND, `--dir ${d}: '${grant.host}' is not a directory on this host`);
      }
      preopens[grant.guest] = grant.host;
    }
    return { ...options, maxBytes, timeoutMs, env, preopens };
  } catch (e) {
    if (e instanceof TypeError) {
      throw new HostError(ExitCode.USAGE, `${e.message} (see 'wasmhost help run')`);
    }
    throw e;
  }
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readModule(file) {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    const why = e.code === 'ENOENT' ? 'no such file' : e.message;
    throw new HostError(ExitCode.NOT_FOUND, `cannot read '${file}': ${why}`);
  }
}

async function compile(bytes, maxBytes) {
  let code = bytes;
  try {
    // Only valid bytes are rewritten; invalid ones go on to compile() for V8's message.
    if (maxBytes !== null && WebAssembly.validate(bytes)) code = capMemory(bytes, Math.floor(maxBytes / PAGE));
  } catch (e) {
    if (e instanceof MemoryOverLimit) {
      throw new HostError(ExitCode.MEMORY_LIMIT,
        `the module needs ${e.initialPages * PAGE} bytes of memory at start, over the limit of ${maxBytes} bytes: raise --max-memory`);
    }
    throw e;
  }
  try {
    return await WebAssembly.compile(code);
  } catch (e) {
    // V8 words validation errors its own way; the status and the prefix match wasmhost.
    throw new HostError(ExitCode.INVALID_MODULE, `invalid module: ${firstLine(e.message).replace(/^WebAssembly\.compile\(\): /, '')}`);
  }
}

function invocation(text, guestArgs, bytes, module) {
  let call;
  try {
    call = parseInvoke(text, guestArgs);
  } catch (e) {
    throw new HostError(ExitCode.USAGE, e.message);
  }
  const type = exportedFunctionTypes(bytes).get(call.fn);
  if (!WebAssembly.Module.exports(module).some((x) => x.name === call.fn && x.kind === 'function') || !type) {
    throw new HostError(ExitCode.USAGE, `the module has no exported function '${call.fn}'`);
  }
  try {
    return { fn: call.fn, type, values: lower(call.fn, type, call.args) };
  } catch (e) {
    throw new HostError(ExitCode.USAGE, e.message);
  }
}

/** Every import must be a WASI preview 1 function node:wasi provides, as wasmhost checks. */
function requireResolvedImports(module) {
  const provided = new WASI({ version: 'preview1' }).getImportObject()[WASI_MODULE];
  const problems = [];
  for (const imp of WebAssembly.Module.imports(module)) {
    const qualified = `${imp.module}::${imp.name}`;
    if (imp.kind !== 'function') {
      problems.push(`unknown import: ${qualified} (${imp.kind} imports are not provided by this host)`);
    } else if (imp.module !== WASI_MODULE || typeof provided[imp.name] !== 'function') {
      problems.push(`unknown import: ${qualified} has not been defined`);
    }
  }
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new HostError(ExitCode.UNRESOLVED_IMPORT,
      `${problems[0]}${more}: this host provides WASI preview 1 (wasi_snapshot_preview1) to core modules`);
  }
}

function runInWorker(module, data, o) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./guest.mjs', import.meta.url), {
      workerData: { module, ...data },
      resourceLimits: { stackSizeMb: GUEST_STACK_MB },
      // The guest writes to fds 1 and 2 itself (node:wasi). Not forwarding the worker's streams
      // keeps Node from opening process.stdout here, which would make a piped fd 1
      // non-blocking and fail the guest's big writes with EAGAIN.
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (fn) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        fn();
      }
    };
    const timer = o.timeoutMs === null ? undefined : setTimeout(() => {
      settle(() => {
        worker.terminate();
        reject(new HostError(ExitCode.TIMEOUT,
          `the guest ran longer than --timeout ${formatDuration(o.timeoutMs)} and was stopped: raise the timeout or look for a loop in the guest`));
      });
    }, o.timeoutMs);
    worker.on('message', (outcome) => settle(() => {
      try {
        resolve(outcomeStatus(outcome, o));
      } catch (e) {
        reject(e);
      }
    }));
    worker.on('error', (e) => settle(() => reject(new HostError(ExitCode.INTERNAL,
      `internal error: ${e?.name ?? 'Error'}: ${firstLine(String(e?.message ?? e))} (rerun with --debug for details and report it)`))));
    worker.on('exit', (code) => settle(() => reject(new HostError(ExitCode.INTERNAL,
      `internal error: the guest worker stopped with status ${code} (rerun with --debug for details and report it)`))));
  });
}

function outcomeStatus(outcome, o) {
  if (outcome.failure) throw new HostError(outcome.failure.exitCode, outcome.failure.message);
  if (outcome.trap !== undefined) {
    const trap = `guest trapped: ${outcome.trap}`;
    if (o.maxBytes !== null && (outcome.pages + 1) * PAGE > o.maxBytes) {
      throw new HostError(ExitCode.MEMORY_LIMIT,
        `the guest failed after reaching the memory limit of ${o.maxBytes} bytes (${trap}): raise --max-memory`);
    }
    throw new HostError(ExitCode.TRAP, trap);
  }
  return outcome.status;
}

function firstLine(s) {
  const nl = s.indexOf('\n');
  return nl < 0 ? s : s.substring(0, nl);
}
