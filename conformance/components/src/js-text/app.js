// Code-point aware: a surrogate pair stays one char.
export function reverseChars(s) {
  return [...s].reverse().join('');
}
export function codePoint(c) {
  return c.codePointAt(0);
}
export function fromCodePoint(n) {
  return String.fromCodePoint(n);
}
export function utf8Length(s) {
  return new TextEncoder().encode(s).length;
}
export function splitWords(s) {
  return s.split(' ').filter((w) => w !== '');
}
export function join(parts, separator) {
  return parts.join(separator);
}
export function chars(s) {
  return [...s];
}
export function upper(s) {
  return s.toUpperCase();
}
