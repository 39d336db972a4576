// Date.now, performance.now, crypto.getRandomValues and Math.random through the WASI shim.
const now = Date.now();
console.log("date after 2020: " + (now > 1577836800000).toString());
const t0 = performance.now();
let prev = t0;
let monotonic = true;
for (let i = 0; i < 10000; i++) {
  const t = performance.now();
  if (t < prev) monotonic = false;
  prev = t;
}
console.log("performance.now never goes back: " + monotonic.toString());
const a = new Uint8Array(64);
const b = new Uint8Array(64);
crypto.getRandomValues(a);
crypto.getRandomValues(b);
let nonzero = false;
let differ = false;
for (let i = 0; i < 64; i++) {
  if (a[i] != 0) nonzero = true;
  if (a[i] != b[i]) differ = true;
}
console.log("random not all zero: " + nonzero.toString());
console.log("random calls differ: " + differ.toString());
const r = Math.random();
console.log("Math.random in [0,1): " + (r >= 0 && r < 1).toString());
