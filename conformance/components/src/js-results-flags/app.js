// An exported function's `err` is a thrown value (jco's convention for componentize-js).
export function parseU8(s) {
  if (s === '') throw 'empty';
  if (!/^\d+$/.test(s)) throw 'not-a-number';
  const n = Number(s);
  if (n > 255) throw 'too-big';
  return n;
}
export function checked(ok) {
  if (!ok) throw undefined;
}
export function okOnly(x) {
  if (x === 0) throw undefined;
  return x;
}
export function errOnly(msg) {
  if (msg !== '') throw msg;
}
export function partition(l) {
  const oks = [];
  const errs = [];
  for (const r of l) (r.tag === 'ok' ? oks : errs).push(r.val);
  return [oks, errs];
}
export function wrap(x) {
  return [{ tag: 'ok', val: x }, { tag: 'err', val: -x | 0 }];
}
const NAMES = ['read', 'write', 'exec', 'adminOnly'];
export function merge(a, b) {
  return Object.fromEntries(NAMES.map((n) => [n, a[n] || b[n]]));
}
export function without(a, b) {
  return Object.fromEntries(NAMES.map((n) => [n, a[n] && !b[n]]));
}
export function noneSet() {
  return { read: false, write: false, exec: false, adminOnly: false };
}
export function count(p) {
  return NAMES.filter((n) => p[n]).length;
}
