// The harness as a function of its command line: parse, run, print `error: ...` lines for
// host failures, return the exit status.
import { writeSync } from 'node:fs';
import { HELP, parseArgs } from './args.mjs';
import { run } from './core.mjs';
import { ExitCode, HostError } from './errors.mjs';

export async function main(argv) {
  try {
    const parsed = parseArgs(argv);
    if (parsed.options.help) {
      writeSync(1, HELP);
      return 0;
    }
    if (parsed.options.version) {
      writeSync(1, `wasmhost node-harness (node ${process.version})\n`);
      return 0;
    }
    return await run(parsed);
  } catch (e) {
    if (e instanceof HostError) {
      writeSync(2, [`error: ${e.message}`, ...e.extraLines].join('\n') + '\n');
      return e.exitCode;
    }
    writeSync(2, `error: internal error: ${e} (report it)\n`);
    if (argv.includes('--debug')) writeSync(2, `${e?.stack}\n`);
    return ExitCode.INTERNAL;
  }
}
