// WAVE, the WebAssembly Value Encoding that wasmtime and wasm-tools use for component values:
// parse() reads text into an untyped tree; the typed steps (wave-values.mjs) check it against
// a WIT type. format*() helpers print values the way WAVE writes them.

/** Untyped WAVE: {t:'num',text} {t:'str',v} {t:'char',v} {t:'list',items} {t:'tuple',items}
 *  {t:'record',fields:[[name,value]]} {t:'flags',names} {t:'label',name,payload|undefined}. */
export function parseWave(text) {
  const p = new Parser(text);
  const value = p.value();
  p.skipSpace();
  if (p.i < text.length) p.fail('expected the end of the value');
  return value;
}

/** `name(a, b)` -> {fn, args: [tree]}; a bare `name` has no arguments. */
export function parseCall(text) {
  const p = new Parser(text);
  p.skipSpace();
  const start = p.i;
  while (p.i < text.length && !/[\s(]/.test(text[p.i])) p.i++;
  const fn = text.slice(start, p.i);
  if (fn === '') p.fail('expected an export name');
  p.skipSpace();
  const args = [];
  if (p.i < text.length) {
    p.expect('(');
    p.skipSpace();
    if (p.peek() !== ')') {
      for (;;) {
        args.push(p.value());
        p.skipSpace();
        if (p.peek() === ',') { p.i++; p.skipSpace(); if (p.peek() === ')') break; continue; }
        break;
      }
    }
    p.expect(')');
    p.skipSpace();
    if (p.i < text.length) p.fail('expected the end of the call');
  }
  return { fn, args };
}

class Parser {
  constructor(text) {
    this.text = text;
    this.i = 0;
  }

  fail(what) {
    throw new SyntaxError(`invalid WAVE at offset ${this.i} of '${this.text}': ${what}`);
  }

  peek() {
    return this.text[this.i];
  }

  skipSpace() {
    while (this.i < this.text.length && /\s/.test(this.text[this.i])) this.i++;
  }

  expect(c) {
    this.skipSpace();
    if (this.text[this.i] !== c) this.fail(`expected '${c}'`);
    this.i++;
  }

  value() {
    this.skipSpace();
    const c = this.peek();
    if (c === undefined) this.fail('expected a value');
    if (c === '"') return { t: 'str', v: this.quoted('"') };
    if (c === "'") {
      const v = this.quoted("'");
      if ([...v].length !== 1) this.fail('a char literal holds exactly one character');
      return { t: 'char', v };
    }
    if (c === '[') return { t: 'list', items: this.sequence('[', ']') };
    if (c === '(') return { t: 'tuple', items: this.sequence('(', ')') };
    if (c === '{') return this.braces();
    if (/[-+0-9]/.test(c)) return this.number();
    if (c === '%' || /[a-z]/.test(c)) {
      const name = this.label();
      if (this.peek() === '(') {
        this.i++;
        const payload = this.value();
        this.expect(')');
        return { t: 'label', name, payload };
      }
      return { t: 'label', name };
    }
    return this.fail(`unexpected '${c}'`);
  }

  number() {
    const m = /^[-+]?(?:inf|nan|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(this.text.slice(this.i));
    if (!m) this.fail('expected a number');
    this.i += m[0].length;
    return { t: 'num', text: m[0] };
  }

  label() {
    const escaped = this.peek() === '%';
    if (escaped) this.i++;
    const m = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*/i.exec(this.text.slice(this.i));
    if (!m) this.fail('expected a label');
    this.i += m[0].length;
    return m[0];
  }

  sequence(open, close) {
    this.expect(open);
    const items = [];
    this.skipSpace();
    while (this.peek() !== close) {
      items.push(this.value());
      this.skipSpace();
      if (this.peek() === ',') { this.i++; this.skipSpace(); } else break;
    }
    this.expect(close);
    return items;
  }

  /** `{}` (empty record or flags), `{a: 1}` (record), `{a, b}` (flags). */
  braces() {
    this.expect('{');
    this.skipSpace();
    if (this.peek() === '}') { this.i++; return { t: 'braces-empty' }; }
    const fields = [];
    const names = [];
    for (;;) {
      this.skipSpace();
      const name = this.label();
      this.skipSpace();
      if (this.peek() === ':') {
        this.i++;
        fields.push([name, this.value()]);
      } else {
        names.push(name);
      }
      this.skipSpace();
      if (this.peek() === ',') { this.i++; this.skipSpace(); if (this.peek() === '}') break; continue; }
      break;
    }
    this.expect('}');
    if (fields.length > 0 && names.length > 0) this.fail('mixes record fields and flags');
    return fields.length > 0 ? { t: 'record', fields } : { t: 'flags', names };
  }

  quoted(q) {
    this.i++;
    let out = '';
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) this.fail(`unterminated ${q === '"' ? 'string' : 'char'}`);
      if (c === q) { this.i++; return out; }
      if (c === '\\') {
        const e = this.text[this.i + 1];
        const simple = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' }[e];
        if (simple !== undefined) { out += simple; this.i += 2; continue; }
        const m = /^u\{([0-9a-fA-F]{1,6})\}/.exec(this.text.slice(this.i + 1));
        if (!m) this.fail('unknown escape');
        const cp = parseInt(m[1], 16);
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) this.fail('escape is not a Unicode scalar value');
        out += String.fromCodePoint(cp);
        this.i += 1 + m[0].length;
        continue;
      }
      const cp = this.text.codePointAt(this.i);
      out += String.fromCodePoint(cp);
      this.i += cp > 0xffff ? 2 : 1;
    }
  }
}

const KEYWORDS = new Set(['true', 'false', 'some', 'none', 'ok', 'err', 'inf', 'nan']);

/** A label as WAVE writes it: keywords get a `%`. */
export function formatLabel(name) {
  return KEYWORDS.has(name) ? `%${name}` : name;
}

/** A string or char body with WAVE's escapes. */
export function escapeText(s, quote) {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += `\\u{${cp.toString(16)}}`;
    else out += ch;
  }
  return out;
}

/**
 * A float as WAVE (Rust's Display) writes it: the shortest digits that read back to the same
 * value, never in exponent form; `nan`, `inf`, `-inf`, `-0`.
 */
export function formatWaveFloat(x, single) {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  let text = String(x);
  if (single) {
    for (let p = 1; p <= 9; p++) {
      const t = x.toPrecision(p);
      if (Math.fround(Number(t)) === x) { text = String(Number(t)); break; }
    }
  }
  return plainDecimal(text);
}

/** `1.5e-7` -> `0.00000015`, `1e+21` -> `1000000000000000000000`. */
function plainDecimal(text) {
  const m = /^(-?)(\d)(?:\.(\d+))?e([-+]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, lead, frac = '', expText] = m;
  const exp = Number(expText);
  const digits = lead + frac;
  if (exp >= 0) {
    const whole = digits.padEnd(exp + 1, '0');
    const intPart = whole.slice(0, exp + 1);
    const rest = whole.slice(exp + 1);
    return sign + intPart + (rest ? `.${rest}` : '');
  }
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}
