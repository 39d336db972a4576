// Components (layer 1 in the 8-byte header): transpiled by jco (cached by the SHA-256 of the
// component's bytes, see transpile.mjs) and instantiated on @bytecodealliance/preview2-shim with
// wasmhost's grants (see wasi-imports.mjs). Without --invoke, the `wasi:cli/run` export runs;
// with it, a root export is called with WAVE arguments and its result printed in WAVE.
import { basename } from 'node:path';
import { writeSync } from 'node:fs';
import { ExitCode, HostError } from './errors.mjs';
import { prepareInvoke } from './component-invoke.mjs';
import { describeTrap } from './traps.mjs';
import { transpiled } from './transpile.mjs';
import { GuestExit, sandboxedImports } from './wasi-imports.mjs';

const RUN_INTERFACE = /^wasi:cli\/run@0\.2\.\d+$/;

export async function runComponent(file, bytes, o, guestArgs) {
  if (o.timeoutMs !== null || o.maxBytes !== null) {
    throw new HostError(ExitCode.USAGE,
      'the Node harness does not enforce --timeout or --max-memory for components yet: leave them out for components');
  }
  const component = await transpiled(file, bytes, { useCache: !o.noCache });
  const argv = [o.argv0 ?? basename(file)];
  let call = null;
  if (o.invoke === null) argv.push(...guestArgs);
  else call = prepareInvoke(o.invoke, guestArgs, component.wit);
  const imports = await sandboxedImports(component.imports, { args: argv, env: o.env, preopens: o.preopens });

  let exports;
  try {
    exports = await component.instantiate(imports);
    if (call !== null) {
      const text = call.invoke(exports);
      if (text !== null) writeSync(1, text + '\n');
      return 0;
    }
    const runName = component.exports.find(([name]) => RUN_INTERFACE.test(name));
    if (!runName) {
      throw new HostError(ExitCode.INVALID_MODULE,
        `'${file}' exports no wasi:cli/run: call one of its exports with --invoke 'NAME(ARGS)'`);
    }
    try {
      exports[runName[0]].run();
    } catch (e) {
      // jco throws a ComponentError for run's `err` result: the command failed, status 1.
      if (e?.name === 'ComponentError' || e?.constructor?.name === 'ComponentError') return 1;
      throw e;
    }
    return 0;
  } catch (e) {
    const exit = exitOf(e);
    if (exit !== null) return exit;
    if (e instanceof HostError) throw e;
    const trap = describeTrap(unwrap(e));
    if (trap !== null) throw new HostError(ExitCode.TRAP, `guest trapped: ${trap}`);
    throw e;
  }
}

/** The status of a wasi:cli/exit call, which unwinds the guest as a JS exception. */
function exitOf(e) {
  for (let x = e; x; x = x.cause) {
    if (x instanceof GuestExit) return x.status;
  }
  return null;
}

function unwrap(e) {
  let x = e;
  while (x?.cause && !(x instanceof WebAssembly.RuntimeError)) x = x.cause;
  return x;
}
