// The WASI 0.2 imports a component gets: @bytecodealliance/preview2-shim's Node implementation,
// narrowed to wasmhost's grants. The shim by default preopens the host's `/`, passes the whole
// host environment and argv, and reports the host's cwd; here the preopens are only the --dir
// grants, the environment only the --env grants, the arguments those given, no initial cwd, and
// wasi:cli/exit unwinds the guest (GuestExit) instead of ending the process.
import { resolve } from 'node:path';
import { ExitCode, HostError } from './errors.mjs';

/** The packages wasmhost's WASI 0.2 host serves; anything else is an unknown import. */
const SERVED = ['cli', 'clocks', 'filesystem', 'io', 'random'];

/** Thrown by wasi:cli/exit; carries the exit status. */
export class GuestExit extends Error {
  constructor(status) {
    super(`guest exited with status ${status}`);
    this.status = status;
  }
}

/** imports: names as jco lists them (`wasi:cli/environment`, unversioned). */
export async function sandboxedImports(imports, { args, env, preopens }) {
  let shim;
  try {
    shim = await import('@bytecodealliance/preview2-shim');
  } catch {
    throw new HostError(ExitCode.INTERNAL, "components need the preview 2 shim: run 'npm ci' in node-harness/ first");
  }
  const hostPreopens = {};
  for (const [guest, host] of Object.entries(preopens)) hostPreopens[guest] = resolve(host);
  shim.filesystem._setPreopens(hostPreopens);

  const environment = Object.entries(env);
  const overrides = {
    'wasi:cli/environment': {
      getEnvironment: () => environment,
      getArguments: () => args,
      initialCwd: () => undefined,
    },
    'wasi:cli/exit': {
      exit(status) {
        throw new GuestExit(status?.tag === 'err' ? 1 : 0);
      },
      exitWithCode(code) {
        throw new GuestExit(code);
      },
    },
  };

  const result = {};
  const unknown = [];
  for (const name of imports) {
    const m = /^wasi:([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(name);
    const iface = m && SERVED.includes(m[1]) ? shim[m[1]][camel(m[2])] : undefined;
    if (overrides[name]) result[name] = overrides[name];
    else if (iface) result[name] = iface;
    else unknown.push(name);
  }
  if (unknown.length > 0) {
    const more = unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : '';
    throw new HostError(ExitCode.UNRESOLVED_IMPORT,
      `unknown import: ${unknown[0]} has not been defined${more}: this host provides WASI 0.2 (wasi:cli, wasi:io, wasi:clocks, wasi:random, wasi:filesystem) to components`);
  }
  return result;
}

function camel(kebab) {
  return kebab.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
