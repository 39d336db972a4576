// Resources exported by a JavaScript component (componentize-js): a class per resource, methods
// in camelCase, static functions as static methods; an exported function's `err` is a thrown value.
let created = 0;
let dropped = 0;

// componentize-js 0.22 hands an s64 argument over as its unsigned 64-bit pattern and traps on a
// negative s64 result (js-numbers' negate-s64 records it); so s64 values are read signed and
// returned as their unsigned pattern, which every host lowers to the same bits.
const s64 = (x) => BigInt.asIntN(64, x);
const bits = (x) => BigInt.asUintN(64, x);

class Counter {
  #value;
  #label;
  constructor(start, label) {
    this.#value = s64(start);
    this.#label = label;
    created += 1;
  }
  value() {
    return bits(this.#value);
  }
  label() {
    return this.#label;
  }
  add(delta) {
    this.#value = s64(this.#value + s64(delta));
    return bits(this.#value);
  }
  rename(label) {
    this.#label = label;
  }
  absorb(other) {
    return this.add(other.#value);
  }
  fork(suffix) {
    return new Counter(bits(this.#value), this.#label + suffix);
  }
  static zero(label) {
    return new Counter(0n, label);
  }
  static merge(a, b) {
    return new Counter(a.#value + b.#value, `${a.#label}+${b.#label}`);
  }
  static same(a, b) {
    return a === b;
  }
  // Called by componentize-js, if it does, when the last handle is dropped.
  [Symbol.dispose]() {
    dropped += 1;
  }
}

class Tag {
  #name;
  constructor(name) {
    this.#name = name;
  }
  name() {
    return this.#name;
  }
  apply(c) {
    const old = c.label();
    c.rename(this.#name);
    return old;
  }
}

export const counters = {
  Counter,
  Tag,
  consume(c) {
    return `${c.label()}=${s64(c.value())}`;
  },
  makeMany(n, start, label) {
    const out = [];
    for (let i = 0; i < n; i++) out.push(new Counter(start + BigInt(i), `${label}${i}`));
    return out;
  },
  total(cs) {
    return bits(cs.reduce((sum, c) => s64(sum + s64(c.value())), 0n));
  },
  keepIf(c, min) {
    return s64(c.value()) >= s64(min) ? c : undefined;
  },
  checked(start) {
    if (s64(start) < 0n) throw `negative start ${s64(start)}`;
    return new Counter(start, 'checked');
  },
  pair(start, name) {
    return [new Counter(start, name), new Tag(name)];
  },
  stats() {
    return [created, dropped];
  },
  boom(message) {
    throw new Error(message);
  },
};
