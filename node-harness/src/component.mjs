// Components (layer 1 in the 8-byte header). wasmhost's CLI runs core modules only for now and
// says so; the harness says the same, so that parity holds while the host catches up.
//
// The seam for later: transpile with `jco transpile` (node_modules/@bytecodealliance/jco),
// cached under a directory keyed by the SHA-256 of the component's bytes, and run the generated
// ES module's `wasi:cli/run` export on @bytecodealliance/preview2-shim, with the shim's
// preopens and environment restricted to the grants in `options`. Only this file changes.
import { ExitCode, HostError } from './errors.mjs';

export async function runComponent(file /* , bytes, options, guestArgs */) {
  throw new HostError(ExitCode.INVALID_MODULE,
    `'${file}' is a WebAssembly component; this build runs core modules only (component support is in progress)`);
}
