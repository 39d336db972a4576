// The command line of `wasmhost run`, parsed as wasmhost's picocli definition does: options may
// appear anywhere (before a `--`), as `--opt VALUE` or `--opt=VALUE`; the first positional is
// the file and the rest go to the guest (or to --invoke).
import { usage } from './errors.mjs';

const VALUE_OPTIONS = new Map([
  ['--dir', 'HOST[::GUEST]'],
  ['--env', 'NAME[=VALUE]'],
  ['--invoke', 'NAME'],
  ['--argv0', 'NAME'],
  ['--engine', 'compiler|interpreter'],
  ['--max-memory', 'SIZE'],
  ['--timeout', 'DURATION'],
]);
const FLAGS = new Set(['--no-cache', '--debug', '--batch', '-h', '--help', '-V', '--version']);

export const HELP = `Usage: run.mjs [--dir HOST[::GUEST]]... [--env NAME[=VALUE]]... [--invoke NAME]
              [--argv0 NAME] [--engine compiler|interpreter] [--max-memory SIZE]
              [--timeout DURATION] [--no-cache] [--debug] FILE.wasm [ARGS...]
       run.mjs --batch --invoke CALL [--invoke CALL]... [OPTIONS] FILE.wasm [ARGS...]
Runs a WebAssembly module under Node, as 'wasmhost run' does on the JVM.
--batch (harness only): runs each --invoke call as its own run in this one process; after
each call's output, the byte 0x1E and 'wasmhost-batch status=N' go to stdout and to stderr.
`;

/** Returns {options, file, guestArgs}; throws a usage HostError as picocli would word it. */
export function parseArgs(argv) {
  const o = { dirs: [], envs: [], invoke: null, invokes: [], batch: false, noCache: false, argv0: null, engine: 'compiler', maxMemory: null, timeout: null, debug: false, help: false, version: false };
  const positional = [];
  const unknown = [];
  let optionsEnded = false;
  let droppedDashes = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (positional.length > 0) {
      // Everything after FILE.wasm belongs to the guest; one '--' right after the file is dropped.
      if (!(arg === '--' && positional.length === 1 && !droppedDashes)) positional.push(arg);
      else droppedDashes = true;
      continue;
    }
    if (optionsEnded || !looksLikeOption(arg)) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.substring(0, eq) : arg;
    if (VALUE_OPTIONS.has(name)) {
      let value;
      if (eq > 0) value = arg.substring(eq + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      else throw usage(`Missing required parameter for option '${name}' (${VALUE_OPTIONS.get(name)})`);
      set(o, name, value);
    } else if (FLAGS.has(arg)) {
      if (arg === '--debug') o.debug = true;
      if (arg === '--no-cache') o.noCache = true;
      if (arg === '--batch') o.batch = true;
      if (arg === '-h' || arg === '--help') o.help = true;
      if (arg === '-V' || arg === '--version') o.version = true;
    } else {
      unknown.push(arg);
    }
  }
  if (unknown.length > 0) {
    const list = unknown.map((u) => `'${u}'`).join(', ');
    throw usage(`Unknown option${unknown.length > 1 ? 's' : ''}: ${list}`);
  }
  if (o.help || o.version) return { options: o, file: null, guestArgs: [] };
  if (o.batch && o.invokes.length === 0) throw usage("--batch needs at least one --invoke CALL");
  if (positional.length === 0) throw usage("Missing required parameter: 'FILE.wasm'");
  return { options: o, file: positional[0], guestArgs: positional.slice(1) };
}

// picocli takes "-" and negative numbers as positional parameters.
function looksLikeOption(arg) {
  return arg.length > 1 && arg.startsWith('-') && !/^-\d/.test(arg);
}

function set(o, name, value) {
  switch (name) {
    case '--dir': o.dirs.push(value); break;
    case '--env': o.envs.push(value); break;
    case '--invoke': o.invoke = value; o.invokes.push(value); break;
    case '--argv0': o.argv0 = value; break;
    case '--engine': o.engine = value; break;
    case '--max-memory': o.maxMemory = value; break;
    case '--timeout': o.timeout = value; break;
  }
}

/** `65536`, `64KiB`, `16MiB`, `1G`: binary units, bytes by default (wasmhost's Flags.size). */
export function parseSize(text) {
  const m = /^(\d+)\s*([kmgt]i?b?|b)?$/i.exec(text.trim());
  if (!m) throw new TypeError(`invalid size '${text}': use a number of bytes or a unit, e.g. 64MiB or 1GiB`);
  const n = BigInt(m[1]);
  const shift = { k: 10n, m: 20n, g: 30n, t: 40n }[(m[2] ?? 'b')[0].toLowerCase()] ?? 0n;
  const bytes = n << shift;
  if (bytes > 2n ** 63n - 1n) throw new TypeError(`invalid size '${text}': too large`);
  return Number(bytes);
}

/** `500ms`, `10s`, `1.5s`, `2m`, `1h`; a bare number is seconds. Returns milliseconds. */
export function parseDuration(text) {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(text.trim());
  if (!m) throw new TypeError(`invalid duration '${text}': use e.g. 500ms, 10s, 2m`);
  const n = Number(m[1]);
  const unit = (m[2] ?? 's').toLowerCase();
  const millis = unit === 'ms' ? n : unit === 'm' ? n * 60000 : unit === 'h' ? n * 3600000 : n * 1000;
  if (millis <= 0) throw new TypeError(`invalid duration '${text}': must be positive`);
  return Math.max(1, Math.round(millis));
}

/** As wasmhost prints a --timeout: whole seconds as `Ns`, anything else as `Nms`. */
export function formatDuration(millis) {
  return millis % 1000 !== 0 ? `${millis}ms` : `${millis / 1000}s`;
}

/** A `--dir HOST[::GUEST]` grant. */
export function parseDirGrant(text) {
  const sep = text.indexOf('::');
  const host = sep < 0 ? text : text.substring(0, sep);
  const guest = sep < 0 ? text : text.substring(sep + 2);
  if (host === '' || guest === '') {
    throw new TypeError(`invalid --dir '${text}': use HOST_DIR or HOST_DIR::GUEST_DIR`);
  }
  return { host, guest, spec: text };
}
