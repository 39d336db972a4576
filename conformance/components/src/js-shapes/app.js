// JavaScript guest for the js-shapes world; build.sh turns it into a component with componentize.
class Counter {
  #value;
  constructor(start) { this.#value = start; }
  incr() { this.#value += 1; return this.#value; }
}

export const shapes = {
  Counter,
  area(s) {
    switch (s.tag) {
      case 'circle': return BigInt(Math.round(Math.PI * s.val * s.val));
      case 'rect': {
        const a = s.val.x * s.val.y;
        if (a < 0) throw 'negative area';
        return BigInt(a);
      }
      default: return 0n;
    }
  },
  paint(c, a) {
    if (!a.write) return undefined;
    return new Uint8Array([c === 'red' ? 1 : c === 'green' ? 2 : 3]);
  },
};

export function greet(name) {
  return `hello ${name}`;
}
