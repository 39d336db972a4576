#!/usr/bin/env node
// Runs a .wasm file under Node as `wasmhost run` runs it on the JVM: same flags, same sandbox,
// same exit statuses and error lines. Usage: node run.mjs [OPTIONS] FILE.wasm [ARGS...]
//
// node:wasi on Node 20 needs V8's fast API calls off (--no-turbo-fast-api-calls); when this
// process was started without that flag, it runs itself again with it and passes on the
// status, so `node run.mjs ...` just works. --no-warnings keeps Node's "WASI is experimental"
// notice off the guest's stderr.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const FLAG = '--no-turbo-fast-api-calls';

if (!process.execArgv.includes(FLAG)) {
  const child = spawnSync(process.execPath, [...process.execArgv, FLAG, '--no-warnings', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (child.error) {
    process.stderr.write(`error: internal error: cannot start ${process.execPath}: ${child.error.message}\n`);
    process.exit(1);
  }
  // A harness killed by a signal reports it as a shell would.
  process.exit(child.status ?? 128 + (signalNumber(child.signal) ?? 0));
} else {
  const { main } = await import('./src/main.mjs');
  process.exitCode = await main(process.argv.slice(2));
}

function signalNumber(name) {
  return { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGTERM: 15 }[name];
}
