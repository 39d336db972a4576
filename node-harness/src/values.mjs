// --invoke: text arguments to wasm values by the export's signature, and results to text,
// exactly as wasmhost's CoreInvoke does (so the two hosts print the same lines).

/** `name` (arguments follow the file) or `name(1, 2)` (then trailing arguments are appended). */
export function parseInvoke(invoke, trailing) {
  const open = invoke.indexOf('(');
  if (open < 0) return { fn: invoke, args: [...trailing] };
  if (!invoke.endsWith(')')) {
    throw new TypeError(`invalid --invoke '${invoke}': expected NAME or NAME(ARG, ...)`);
  }
  const inner = invoke.substring(open + 1, invoke.length - 1).trim();
  const args = inner === '' ? [] : inner.split(',').map((a) => a.trim());
  return { fn: invoke.substring(0, open).trim(), args: [...args, ...trailing] };
}

/** Returns JS values for a call; throws TypeError with wasmhost's message on bad input. */
export function lower(fn, type, args) {
  if (type.params.length !== args.length) {
    throw new TypeError(
      `export '${fn}' takes ${type.params.length} argument(s) [${type.params.map((t) => t.toLowerCase()).join(', ')}], but ${args.length} were given`);
  }
  return type.params.map((t, i) => lowerOne(fn, t, args[i], i));
}

function lowerOne(fn, type, text, position) {
  const invalid = () => new TypeError(`argument ${position + 1} '${text}' is not a valid ${type.toLowerCase()}`);
  switch (type) {
    case 'I32': {
      const v = decodeInteger(text);
      if (v === null || v < -(2n ** 31n) || v > 0xffffffffn) throw invalid();
      return Number(BigInt.asIntN(32, v));
    }
    case 'I64': {
      const v = text.startsWith('-') ? decodeInteger(text) : unsignedInteger(text);
      if (v === null || v < -(2n ** 63n) || v > 2n ** 64n - 1n) throw invalid();
      return BigInt.asIntN(64, v);
    }
    case 'F32':
      return Math.fround(parseFloatText(text, invalid));
    case 'F64':
      return parseFloatText(text, invalid);
    default:
      throw new TypeError(`export '${fn}' takes a ${type} argument, which --invoke cannot pass`);
  }
}

// Java's Long.decode: optional sign, then 0x/0X/# hex, 0 octal, or decimal.
function decodeInteger(text) {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|#[0-9a-fA-F]+|0[0-7]+|0|[1-9][0-9]*)$/.exec(text);
  if (!m) return null;
  const digits = m[2];
  let v;
  if (/^0[xX]/.test(digits)) v = BigInt('0x' + digits.slice(2));
  else if (digits.startsWith('#')) v = BigInt('0x' + digits.slice(1));
  else if (digits.length > 1 && digits.startsWith('0')) v = BigInt('0o' + digits.slice(1));
  else v = BigInt(digits);
  v = m[1] === '-' ? -v : v;
  // Long.decode rejects values outside the signed 64-bit range.
  return v < -(2n ** 63n) || v > 2n ** 63n - 1n ? null : v;
}

// Long.parseUnsignedLong(text without a leading 0x, 16 or 10).
function unsignedInteger(text) {
  const hex = text.startsWith('0x');
  const body = hex ? text.slice(2) : text;
  const ok = hex ? /^\+?[0-9a-fA-F]+$/.test(body) : /^\+?[0-9]+$/.test(body);
  if (!ok) return null;
  const v = BigInt((hex ? '0x' : '') + body.replace(/^\+/, ''));
  return v > 2n ** 64n - 1n ? null : v;
}

function parseFloatText(text, invalid) {
  switch (text) {
    case 'nan': case 'NaN': return NaN;
    case 'inf': case '+inf': case 'Infinity': return Infinity;
    case '-inf': case '-Infinity': return -Infinity;
  }
  // The decimal subset of Java's Double.parseDouble (which also allows a d/f suffix).
  const t = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?[dDfF]?$/.test(t)) throw invalid();
  return Number(t.replace(/[dDfF]$/, ''));
}

/** One line per result, as wasmhost prints them. */
export function lift(type, results) {
  const values = type.results.length === 1 ? [results] : (results ?? []);
  return type.results.map((t, i) => {
    const v = values[i];
    switch (t) {
      case 'I32': return String(v | 0);
      case 'I64': return BigInt.asIntN(64, BigInt(v)).toString();
      case 'F32': return formatFloat(v, true);
      case 'F64': return formatFloat(v, false);
      default: return `<${t.toLowerCase()}>`;
    }
  });
}

/**
 * NaN, inf, -inf; integral values below 1e15 as integers (-0 as "-0"); anything else as Java's
 * Float/Double.toString: the shortest digits that read back to the same value, in plain
 * notation for 1e-3 <= |x| < 1e7 and as d.dddE±n otherwise.
 */
export function formatFloat(x, single) {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === Math.trunc(x) && Math.abs(x) < 1e15) {
    return Object.is(x, -0) ? '-0' : BigInt(x).toString();
  }
  const [mantissa, exp] = shortestExponential(x, single).split('e');
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  const e = Number(exp);
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e7) {
    if (e >= 0) {
      const intPart = digits.slice(0, e + 1).padEnd(e + 1, '0');
      const frac = digits.slice(e + 1) || '0';
      return `${sign}${intPart}.${frac}`;
    }
    return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  }
  return `${sign}${digits[0]}.${digits.slice(1) || '0'}E${e}`;
}

function shortestExponential(x, single) {
  if (!single) return x.toExponential();
  for (let p = 1; p <= 9; p++) {
    const s = x.toExponential(p - 1);
    if (Math.fround(Number(s)) === x) return Number(s).toExponential();
  }
  return x.toExponential(8);
}
