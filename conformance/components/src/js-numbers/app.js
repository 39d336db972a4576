// Values cross the canonical ABI both ways; the arithmetic shows they arrived intact.
export function ints(a, b, c, d, e, f, g, h) {
  return [a, b, c, d, e, f, g, h];
}
export function negateS64(x) {
  // -(-2^63) wraps to itself in two's complement.
  const r = 0n - x;
  return r === 9223372036854775808n ? x : r;
}
export function wrappingAddU32(a, b) {
  return (a + b) >>> 0;
}
export function wrappingAddU64(a, b) {
  return BigInt.asUintN(64, a + b);
}
export function minS32() {
  return -2147483648;
}
export function maxU64() {
  return 18446744073709551615n;
}
export function floats(a, b) {
  return [a, b];
}
export function divide(a, b) {
  return a / b;
}
export function toF32(x) {
  return Math.fround(x);
}
export function isNegativeZero(x) {
  return Object.is(x, -0);
}
export function not(b) {
  return !b;
}
