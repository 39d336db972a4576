// --invoke for components: `NAME(WAVE, ...)` (or NAME with one WAVE value per trailing
// argument) calls the root world's export NAME; its result is printed in WAVE, nothing for a
// function without one. Types come from the component's WIT (wit-types.mjs).
import { ExitCode, HostError } from './errors.mjs';
import { parseCall, parseWave } from './wave.mjs';
import { camel, describe, toJs, toWave } from './wave-values.mjs';
import { worldExports } from './wit-types.mjs';

/** Checks the call against the world; returns {invoke(exports) -> WAVE text | null}. */
export function prepareInvoke(text, trailing, wit) {
  let call;
  let functions;
  try {
    call = parseCall(text);
    if (trailing.length > 0) {
      if (call.args.length > 0) throw new SyntaxError(`give the arguments of '${call.fn}' in the parentheses or after the file, not both`);
      call.args = trailing.map((a) => parseWave(a));
    }
    functions = worldExports(wit);
  } catch (e) {
    throw new HostError(ExitCode.USAGE, e.message);
  }
  const fn = functions.get(call.fn);
  if (!fn) {
    const names = [...functions.keys()];
    throw new HostError(ExitCode.USAGE, `the component exports no function '${call.fn}'${names.length > 0 ? ` (it exports: ${names.join(', ')})` : ''}`);
  }
  // Trailing option parameters may be left out and mean none, as in wasmhost.
  while (call.args.length < fn.params.length && fn.params[call.args.length].type.kind === 'option') {
    call.args.push({ t: 'label', name: 'none' });
  }
  if (call.args.length !== fn.params.length) {
    const n = fn.params.length;
    throw new HostError(ExitCode.USAGE, `invalid --invoke '${text}': ` + (call.args.length > n
      ? `too many arguments: the function takes ${n}`
      : `too few arguments: the function takes ${n} but ${call.args.length} were given`));
  }
  let values;
  try {
    values = fn.params.map((p, i) => toJs(call.args[i], p.type, `argument '${p.name}'`));
  } catch (e) {
    throw new HostError(ExitCode.USAGE, `invalid --invoke '${text}': ${e.message}`);
  }
  return {
    invoke(exports) {
      const f = exports[camel(call.fn)] ?? exports[call.fn];
      if (typeof f !== 'function') throw new HostError(ExitCode.USAGE, `the component exports no function '${call.fn}'`);
      let result;
      if (fn.result?.kind === 'result') {
        // jco returns an export's ok value and throws a ComponentError carrying its err value.
        try {
          result = { tag: 'ok', val: f(...values) };
        } catch (e) {
          if (!(e instanceof Error) || !Object.prototype.hasOwnProperty.call(e, 'payload')) throw e;
          result = { tag: 'err', val: e.payload };
        }
      } else {
        result = f(...values);
      }
      return fn.result === null ? null : toWave(result, fn.result);
    },
  };
}
