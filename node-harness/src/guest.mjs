// Runs one core module on node:wasi inside a worker thread: the worker gives the guest a deep
// stack (resourceLimits.stackSizeMb) and lets the parent stop it at --timeout. The guest's
// stdio goes straight to the process's file descriptors; the outcome is posted back as one
// message: {status} | {trap, pages} | {failure: {exitCode, message}}.
import { writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { WASI } from 'node:wasi';
import { lift } from './values.mjs';
import { describeTrap } from './traps.mjs';

const { module, args, env, preopens, invoke } = workerData;

let instance = null;

function run() {
  const wasi = new WASI({ version: 'preview1', args, env, preopens, returnOnExit: true });
  instance = new WebAssembly.Instance(module, wasi.getImportObject());
  if (invoke === null) {
    if (typeof instance.exports._start !== 'function') {
      return failure(65, 'the module has no _start export: call one of its exports with --invoke NAME');
    }
    return { status: wasi.start(instance) };
  }
  // node:wasi only binds memory through start() or initialize(), and initialize() refuses
  // modules that also export _start; hand it the memory alone and run _initialize ourselves.
  if (instance.exports.memory instanceof WebAssembly.Memory) {
    wasi.initialize({ exports: { memory: instance.exports.memory } });
  }
  if (typeof instance.exports._initialize === 'function') instance.exports._initialize();
  const results = instance.exports[invoke.fn](...invoke.values);
  const lines = lift(invoke.type, results);
  if (lines.length > 0) writeSync(1, lines.map((l) => l + '\n').join(''));
  return { status: 0 };
}

function failure(exitCode, message) {
  return { failure: { exitCode, message } };
}

/** The guest's memory size now, so the parent can tell a trap caused by the --max-memory cap. */
function memoryPages() {
  const memory = instance?.exports.memory;
  return memory instanceof WebAssembly.Memory ? memory.buffer.byteLength / 65536 : 0;
}

let outcome;
try {
  outcome = run();
} catch (error) {
  const what = describeTrap(error);
  if (what !== null) {
    outcome = { trap: what, pages: memoryPages() };
  } else if (error instanceof WebAssembly.LinkError) {
    outcome = failure(67, `cannot link the module: ${firstLine(error.message)}`);
  } else {
    outcome = failure(1, `internal error: ${error?.name ?? 'Error'}: ${firstLine(String(error?.message ?? error))} (rerun with --debug for details and report it)`);
  }
}
parentPort.postMessage(outcome);

function firstLine(s) {
  const nl = s.indexOf('\n');
  return nl < 0 ? s : s.substring(0, nl);
}
