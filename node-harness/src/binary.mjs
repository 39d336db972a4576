// Reads what the harness needs from a .wasm file without instantiating it: the kind (from the
// 8-byte preamble), the signature of each exported function (--invoke needs it; JS reflection
// does not give it on Node 20), and a copy with memory maxima lowered (--max-memory).

export const Kind = Object.freeze({
  CORE_MODULE: 'core-module',
  COMPONENT: 'component',
  UNKNOWN_WASM_VERSION: 'unknown-version',
  NOT_WASM: 'not-wasm',
});

export function kindOf(bytes) {
  if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    return Kind.NOT_WASM;
  }
  if (bytes.length < 8) return Kind.UNKNOWN_WASM_VERSION;
  const version = bytes[4] | (bytes[5] << 8);
  const layer = bytes[6] | (bytes[7] << 8);
  if (layer === 0 && version === 1) return Kind.CORE_MODULE;
  if (layer === 1) return Kind.COMPONENT;
  return Kind.UNKNOWN_WASM_VERSION;
}

const VALTYPES = { 0x7f: 'I32', 0x7e: 'I64', 0x7d: 'F32', 0x7c: 'F64', 0x7b: 'V128', 0x70: 'FuncRef', 0x6f: 'ExternRef' };

class Reader {
  constructor(bytes, pos = 0) {
    this.bytes = bytes;
    this.pos = pos;
  }
  byte() {
    if (this.pos >= this.bytes.length) throw new RangeError('truncated');
    return this.bytes[this.pos++];
  }
  u32() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
      shift += 7;
    }
  }
  skip(n) {
    this.pos += n;
  }
  name() {
    const len = this.u32();
    const s = Buffer.from(this.bytes.subarray(this.pos, this.pos + len)).toString('utf8');
    this.pos += len;
    return s;
  }
  valtype() {
    const b = this.byte();
    if (b === 0x64 || b === 0x63) {
      this.u32(); // typed reference: heap type index (rarely seen in exports)
      return 'Ref';
    }
    return VALTYPES[b] ?? `0x${b.toString(16)}`;
  }
  limits() {
    const flags = this.byte();
    const min = this.u32();
    const max = flags & 1 ? this.u32() : undefined;
    return { flags, min, max };
  }
}

function* sections(bytes) {
  const r = new Reader(bytes, 8);
  while (r.pos < bytes.length) {
    const id = r.byte();
    const size = r.u32();
    const start = r.pos;
    yield { id, start, end: start + size, headerStart: start - 1 - lebLength(size) };
    r.pos = start + size;
  }
}

function lebLength(n) {
  let len = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

/**
 * The function signatures of a valid core module's exports: Map name -> {params, results}.
 * Only called after WebAssembly.compile succeeded, so the bytes are well formed.
 */
export function exportedFunctionTypes(bytes) {
  const types = [];
  const funcTypeIndices = [];
  const exports = new Map();
  for (const s of sections(bytes)) {
    const r = new Reader(bytes, s.start);
    if (s.id === 1) {
      for (let n = r.u32(); n > 0; n--) {
        let form = r.byte();
        if (form === 0x4e) { // rec group: take its members in order
          for (let m = r.u32(); m > 0; m--) types.push(subtype(r, r.byte()));
          continue;
        }
        types.push(subtype(r, form));
      }
    } else if (s.id === 2) {
      for (let n = r.u32(); n > 0; n--) {
        r.name();
        r.name();
        const kind = r.byte();
        if (kind === 0) funcTypeIndices.push(r.u32());
        else if (kind === 1) { r.valtype(); r.limits(); }
        else if (kind === 2) r.limits();
        else if (kind === 3) { r.valtype(); r.byte(); }
        else if (kind === 4) { r.byte(); r.u32(); }
      }
    } else if (s.id === 3) {
      for (let n = r.u32(); n > 0; n--) funcTypeIndices.push(r.u32());
    } else if (s.id === 7) {
      for (let n = r.u32(); n > 0; n--) {
        const name = r.name();
        const kind = r.byte();
        const index = r.u32();
        if (kind === 0) exports.set(name, index);
      }
    }
  }
  const out = new Map();
  for (const [name, index] of exports) out.set(name, types[funcTypeIndices[index]] ?? null);
  return out;
}

function subtype(r, form) {
  if (form === 0x50 || form === 0x4f) { // sub / sub final: supertypes, then the composite type
    for (let k = r.u32(); k > 0; k--) r.u32();
    form = r.byte();
  }
  if (form !== 0x60) return null; // struct/array types are not functions
  const params = [];
  for (let k = r.u32(); k > 0; k--) params.push(r.valtype());
  const results = [];
  for (let k = r.u32(); k > 0; k--) results.push(r.valtype());
  return { params, results };
}

/** A module memory's initial size is already over the --max-memory cap. */
export class MemoryOverLimit extends Error {
  constructor(initialPages) {
    super(`initial memory of ${initialPages} pages is over the cap`);
    this.initialPages = initialPages;
  }
}

/**
 * A copy of the module whose own memories may not grow past `maxPages`: the memory section's
 * maxima are lowered, so memory.grow fails in the guest (as wasmhost's --max-memory). Imported
 * memories are left alone (the host provides none). Returns the bytes unchanged when no limit
 * applies; throws MemoryOverLimit when a memory starts above the cap.
 */
export function capMemory(bytes, maxPages) {
  for (const s of sections(bytes)) {
    if (s.id !== 5) continue;
    const r = new Reader(bytes, s.start);
    const out = [];
    const count = r.u32();
    out.push(...leb(count));
    for (let i = 0; i < count; i++) {
      const { flags, min, max } = r.limits();
      if (flags & ~1) return bytes; // shared or 64-bit memories: leave as they are
      const capped = Math.min(max ?? maxPages, maxPages);
      if (min > maxPages) throw new MemoryOverLimit(min);
      out.push(1, ...leb(min), ...leb(capped));
    }
    const body = Uint8Array.from(out);
    const header = Uint8Array.from([5, ...leb(body.length)]);
    const result = new Uint8Array(s.headerStart + header.length + body.length + (bytes.length - s.end));
    result.set(bytes.subarray(0, s.headerStart), 0);
    result.set(header, s.headerStart);
    result.set(body, s.headerStart + header.length);
    result.set(bytes.subarray(s.end), s.headerStart + header.length + body.length);
    return result;
  }
  return bytes;
}

function leb(n) {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
}
