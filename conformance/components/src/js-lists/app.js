export function reverseNested(l) {
  return [...l].reverse().map((inner) => [...inner].reverse());
}
export function flatten(l) {
  return l.flatMap((inner) => [...inner]);
}
export function emptyStrings() {
  return [];
}
export function emptyNested() {
  return [];
}
export function bytesXor(b, key) {
  return Uint8Array.from(b, (x) => x ^ key);
}
export function sum(l) {
  let total = 0;
  for (const x of l) total += x;
  return total;
}
export function lengths(l) {
  return l.map((s) => s.length);
}
export function repeat(s, n) {
  return Array.from({ length: n }, () => s);
}
export function matrix(rows, cols) {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => BigInt(r * cols + c) - 1n));
}
