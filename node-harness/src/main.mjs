// The harness as a function of its command line: parse, run, print `error: ...` lines for
// host failures, return the exit status.
import { writeSync } from 'node:fs';
import { HELP, parseArgs } from './args.mjs';
import { run } from './core.mjs';
import { ExitCode, HostError } from './errors.mjs';

/**
 * Ends each call's output in --batch mode, on stdout and on stderr: the record separator 0x1E,
 * then `wasmhost-batch status=N` and a newline. Output never holds a raw 0x1E of the harness's
 * own (WAVE escapes control characters).
 */
export const batchMarker = (status) => `\x1ewasmhost-batch status=${status}\n`;

export async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs(argv);
  } catch (e) {
    return fail(e, argv);
  }
  if (parsed.options.help) {
    writeSync(1, HELP);
    return 0;
  }
  if (parsed.options.version) {
    writeSync(1, `wasmhost node-harness (node ${process.version})\n`);
    return 0;
  }
  if (!parsed.options.batch) return runOne(parsed, argv);
  // --batch: each call is answered as `run.mjs --invoke CALL ...` would answer it, one after
  // the other on a fresh instance; the component is read, transpiled and compiled once.
  for (const call of parsed.options.invokes) {
    const status = await runOne({ ...parsed, options: { ...parsed.options, invoke: call } }, argv);
    writeSync(1, batchMarker(status));
    writeSync(2, batchMarker(status));
  }
  return 0;
}

async function runOne(parsed, argv) {
  try {
    return await run(parsed);
  } catch (e) {
    return fail(e, argv);
  }
}

function fail(e, argv) {
  if (e instanceof HostError) {
    writeSync(2, [`error: ${e.message}`, ...e.extraLines].join('\n') + '\n');
    return e.exitCode;
  }
  writeSync(2, `error: internal error: ${e} (report it)\n`);
  if (argv.includes('--debug')) writeSync(2, `${e?.stack}\n`);
  return ExitCode.INTERNAL;
}
