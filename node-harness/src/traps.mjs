// Traps in wasmhost's (wasmtime's) words, shared by the core and the component paths.

/** V8's trap messages in wasmhost's (wasmtime's) words. */
export function describeTrap(error) {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'call stack exhausted';
  if (!(error instanceof WebAssembly.RuntimeError)) return null;
  const m = error.message;
  // jco's bindings rethrow a component's traps in wasmtime's words, which are wasmhost's too.
  const jco = /^wasm trap: (.*)$/s.exec(m);
  if (jco) return jco[1].replace('wasm `unreachable` instruction executed', 'unreachable instruction executed');
  if (/unreachable/.test(m)) return 'unreachable instruction executed';
  if (/divide by zero|remainder by zero/.test(m)) return 'integer divide by zero';
  if (/memory access out of bounds/.test(m)) return 'out of bounds memory access';
  if (/divide result unrepresentable/.test(m)) return 'integer overflow';
  if (/float unrepresentable/.test(m)) return 'invalid conversion to integer';
  if (/table index is out of bounds/.test(m)) return 'undefined element: out of bounds table access';
  if (/signature mismatch|null function/.test(m)) return 'indirect call type mismatch';
  return m;
}
