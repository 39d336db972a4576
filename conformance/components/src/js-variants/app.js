export function area(s) {
  switch (s.tag) {
    case 'circle': return Math.PI * s.val * s.val;
    case 'rectangle': return s.val.w * s.val.h;
    default: return 0;
  }
}
export function scale(s, k) {
  switch (s.tag) {
    case 'circle': return { tag: 'circle', val: s.val * k };
    case 'rectangle': return { tag: 'rectangle', val: { w: s.val.w * k, h: s.val.h * k } };
    default: return s;
  }
}
const COLORS = ['red', 'green', 'blue', 'light-gray'];
export function nextColor(c) {
  return COLORS[(COLORS.indexOf(c) + 1) % COLORS.length];
}
export function allColors() {
  return [...COLORS];
}
export function classify(n) {
  if (n < 0) return { tag: 'negative', val: n };
  if (n === 0) return { tag: 'zero' };
  return { tag: 'positive', val: n };
}
export function maybeDouble(x) {
  return x === undefined ? undefined : (x * 2) >>> 0;
}
export function nestedOption(x) {
  // none -> some(none) -> some(some("")) -> some(some(s + "!")) shows each level arrived.
  if (x.tag === 'none') return { tag: 'some', val: undefined };
  if (x.val === undefined) return { tag: 'some', val: '' };
  return { tag: 'some', val: `${x.val}!` };
}
export function firstShape(l) {
  return l.length === 0 ? undefined : l[0];
}
