export function translate(p, dx, dy) {
  return { x: p.x + dx, y: p.y + dy };
}
export function bounds(points) {
  if (points.length === 0) return undefined;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return {
    topLeft: { x: Math.min(...xs), y: Math.min(...ys) },
    bottomRight: { x: Math.max(...xs), y: Math.max(...ys) },
  };
}
export function greet(p) {
  return `hello ${p.name} (${p.age})${p.email === undefined ? '' : ` <${p.email}>`}`;
}
export function birthday(p) {
  return { ...p, age: p.age + 1 };
}
export function swap([s, n]) {
  return [n, s];
}
export function origin() {
  return { x: 0, y: 0 };
}
export function triple([a, b, c]) {
  return [c, b, a];
}
