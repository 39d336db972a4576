// The exported functions of a component's root world and the types they use, read from the WIT
// text jco prints for the component (`componentWit`, i.e. `wasm-tools component wit`). That text
// is canonical: one `world root { ... }` whose named types (records, variants, enums, flags,
// aliases) are defined in the world itself when the world defines them. Functions of exported
// interfaces are not covered: their definitions are not in that text.
//
// Types: {kind:'bool'|'s8'|...|'f64'|'char'|'string'} {kind:'list',of} {kind:'option',of}
// {kind:'result',ok,err} {kind:'tuple',items} {kind:'record',name,fields:[{name,type}]}
// {kind:'variant',name,cases:[{name,type}]} {kind:'enum',name,cases} {kind:'flags',name,names}
// {kind:'own'|'borrow',resource}.

const PRIMITIVES = new Set(['bool', 's8', 'u8', 's16', 'u16', 's32', 'u32', 's64', 'u64', 'f32', 'f64', 'char', 'string']);

/** Map export name -> {params:[{name,type}], result: type|null} for the root world. */
export function worldExports(wit) {
  const tokens = tokenize(wit);
  let i = tokens.indexOf('world');
  if (i < 0) throw new SyntaxError('the component has no world');
  while (i < tokens.length && tokens[i] !== '{') i++;
  i++;
  const named = new Map();
  const pending = [];
  const functions = new Map();
  const t = new Cursor(tokens, i);
  while (t.peek() !== '}' && t.peek() !== undefined) {
    const word = t.next();
    if (word === 'import' || word === 'use' || word === 'include') {
      t.skipStatement();
    } else if (word === 'export') {
      const name = t.next();
      if (t.peek() === ':') {
        t.next();
        if (t.peek() === 'async') t.next();
        if (t.next() !== 'func') { t.skipStatement(); continue; }
        functions.set(name, t.signature());
        t.expect(';');
      } else {
        t.skipStatement();
      }
    } else if (word === 'record' || word === 'variant' || word === 'enum' || word === 'flags') {
      const name = t.next();
      named.set(name, t.definition(word, name));
    } else if (word === 'type') {
      const name = t.next();
      t.expect('=');
      pending.push([name, t.type()]);
      t.expect(';');
    } else if (word === 'resource') {
      const name = t.next();
      named.set(name, { kind: 'resource', name });
      if (t.peek() === '{') t.skipBlock(); else t.expect(';');
    } else {
      t.skipStatement();
    }
  }
  for (const [name, type] of pending) named.set(name, type);
  const resolve = (type) => resolveType(type, named, new Set());
  for (const f of functions.values()) {
    f.params = f.params.map((p) => ({ name: p.name, type: resolve(p.type) }));
    f.result = f.result === null ? null : resolve(f.result);
  }
  return functions;
}

function resolveType(type, named, seen) {
  switch (type.kind) {
    case 'ref': {
      const target = named.get(type.name);
      if (!target) throw new SyntaxError(`type '${type.name}' is not defined in the component's world`);
      if (target.kind === 'resource') return { kind: 'own', resource: type.name };
      if (seen.has(type.name)) return target;
      seen.add(type.name);
      const resolved = resolveType(target, named, seen);
      named.set(type.name, resolved);
      return resolved;
    }
    case 'list': case 'option': return { ...type, of: resolveType(type.of, named, seen) };
    case 'result': return { ...type, ok: type.ok && resolveType(type.ok, named, seen), err: type.err && resolveType(type.err, named, seen) };
    case 'tuple': return { ...type, items: type.items.map((x) => resolveType(x, named, seen)) };
    case 'record': return { ...type, fields: type.fields.map((f) => ({ name: f.name, type: resolveType(f.type, named, seen) })) };
    case 'variant': return { ...type, cases: type.cases.map((c) => ({ name: c.name, type: c.type && resolveType(c.type, named, seen) })) };
    default: return type;
  }
}

function tokenize(text) {
  const tokens = [];
  const re = /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|->|%?[a-zA-Z][a-zA-Z0-9-]*|@[^\s;{]+|[0-9.]+|[{}()<>,;:=/.@*_]/gy;
  let m;
  while (re.lastIndex < text.length) {
    const at = re.lastIndex;
    m = re.exec(text);
    if (!m) throw new SyntaxError(`cannot read the component's WIT at offset ${at}`);
    const tok = m[0];
    if (/^\s/.test(tok) || tok.startsWith('//') || tok.startsWith('/*')) continue;
    tokens.push(tok.startsWith('%') ? tok.slice(1) : tok);
  }
  return tokens;
}

class Cursor {
  constructor(tokens, i) {
    this.tokens = tokens;
    this.i = i;
  }

  peek() { return this.tokens[this.i]; }

  next() { return this.tokens[this.i++]; }

  expect(tok) {
    const got = this.next();
    if (got !== tok) throw new SyntaxError(`unexpected '${got}' in the component's WIT (expected '${tok}')`);
  }

  skipStatement() {
    let depth = 0;
    while (this.peek() !== undefined) {
      const tok = this.next();
      if (tok === '{') depth++;
      else if (tok === '}') { depth--; if (depth <= 0) return; }
      else if (tok === ';' && depth === 0) return;
    }
  }

  skipBlock() {
    this.expect('{');
    let depth = 1;
    while (depth > 0 && this.peek() !== undefined) {
      const tok = this.next();
      if (tok === '{') depth++;
      else if (tok === '}') depth--;
    }
  }

  signature() {
    this.expect('(');
    const params = [];
    while (this.peek() !== ')') {
      const name = this.next();
      this.expect(':');
      params.push({ name, type: this.type() });
      if (this.peek() === ',') this.next();
    }
    this.expect(')');
    let result = null;
    if (this.peek() === '->') {
      this.next();
      result = this.type();
    }
    return { params, result };
  }

  definition(kind, name) {
    this.expect('{');
    const entries = [];
    while (this.peek() !== '}') {
      const entry = this.next();
      if (kind === 'record') {
        this.expect(':');
        entries.push({ name: entry, type: this.type() });
      } else if (kind === 'variant') {
        let type = null;
        if (this.peek() === '(') { this.next(); type = this.type(); this.expect(')'); }
        entries.push({ name: entry, type });
      } else {
        entries.push(entry);
      }
      if (this.peek() === ',') this.next();
    }
    this.expect('}');
    if (kind === 'record') return { kind, name, fields: entries };
    if (kind === 'variant') return { kind, name, cases: entries };
    if (kind === 'enum') return { kind, name, cases: entries };
    return { kind, name, names: entries };
  }

  type() {
    const word = this.next();
    if (PRIMITIVES.has(word)) return { kind: word };
    const args = () => {
      this.expect('<');
      const items = [];
      while (this.peek() !== '>') {
        items.push(this.peek() === '_' ? (this.next(), null) : this.type());
        if (this.peek() === ',') this.next();
      }
      this.expect('>');
      return items;
    };
    switch (word) {
      case 'list': return { kind: 'list', of: args()[0] };
      case 'option': return { kind: 'option', of: args()[0] };
      case 'tuple': return { kind: 'tuple', items: args() };
      case 'result': {
        if (this.peek() !== '<') return { kind: 'result', ok: null, err: null };
        const [ok, err = null] = args();
        return { kind: 'result', ok, err };
      }
      case 'own': return { kind: 'ref', name: args()[0].name };
      case 'borrow': return { kind: 'borrow', resource: args()[0].name };
      default: return { kind: 'ref', name: word };
    }
  }
}
