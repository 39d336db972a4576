#!/usr/bin/env node
// Adds lockfile entries for optional per-platform packages that a package lists but that the
// registry npm resolved against did not have (jco, rolldown and componentize-qjs list native
// bindings for platforms whose builds are missing at the listed version). Without an entry,
// `npm ci` calls the lockfile out of sync; with one marked optional and carrying its os/cpu/libc,
// npm skips it on every other platform without asking the registry.
// Usage: node lock-missing-optionals.mjs path/to/package-lock.json   (rewrites it in place)
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: lock-missing-optionals.mjs PACKAGE-LOCK.json');
  process.exit(2);
}
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const OSES = ['android', 'darwin', 'freebsd', 'linux', 'openharmony', 'win32', 'wasm32'];
const CPUS = ['arm64', 'arm', 'x64', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64'];

/** The os/cpu/libc a platform binding's name encodes, e.g. "...-linux-arm64-musl". */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const osIndex = parts.findIndex((p) => OSES.includes(p));
  if (osIndex < 0) return null;
  const os = parts[osIndex];
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  const cpu = parts[osIndex + 1];
  if (!CPUS.includes(cpu)) return null;
  const rest = parts.slice(osIndex + 2);
  const result = { os: [os], cpu: [cpu] };
  if (os === 'linux' && rest.includes('musl')) result.libc = ['musl'];
  else if (os === 'linux' && rest.some((p) => p.startsWith('gnu'))) result.libc = ['glibc'];
  return result;
}

/** Where Node's resolution would find `name` from the package at `from`, or null. */
function resolve(from, name) {
  let base = from;
  for (;;) {
    const candidate = (base ? base + '/' : '') + 'node_modules/' + name;
    if (packages[candidate]) return candidate;
    if (!base) return null;
    const i = base.lastIndexOf('/node_modules/');
    base = i < 0 ? '' : base.slice(0, i);
  }
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolve(path, name)) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+/.test(spec)) {
      console.error(`cannot lock ${name}@${spec} (needed by ${path}): not an exact platform binding`);
      process.exit(1);
    }
    const at = (path ? path + '/' : '') + 'node_modules/' + name;
    packages[at] = { version: spec, optional: true, ...platform };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
lock.packages = sorted;
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`${file}: ${added} optional platform entr${added === 1 ? 'y' : 'ies'} added`);
