// Prints a Markdown table of two `make bench` runs side by side (medians,
// p95 in brackets), for docs/performance.md and the issue's closing note:
//   node scripts/bench-compare.mjs docs/bench/before.json docs/bench/after.json
import { readFile } from 'node:fs/promises';

const [beforePath, afterPath] = process.argv.slice(2);
const before = JSON.parse(await readFile(beforePath, 'utf8'));
const after = JSON.parse(await readFile(afterPath, 'utf8'));

const fmt = (s) => {
  if (!s || typeof s.median !== 'number') return s?.error ? 'error' : '—';
  const r = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
  return `${r(s.median)} (${r(s.p95)})`;
};
const floorRatio = (p) => {
  const list = p.interactive?.list?.median;
  const floor = p.floor?.total?.median;
  return list && floor ? `${(list / floor).toFixed(1)} ×` : '—';
};
const rows = [
  ['clients (preset size)', (p) => `${p.clients}, ${(p.compactChars / 1e6).toFixed(2)} M chars of JSON`],
  ['stored', (p) => (p.stored ? `yes, ${(p.apply?.storedChars / 1e6).toFixed(2)} M chars` : 'no: storage full')],
  ['import → preview, ms', (p) => fmt(p.importPreview?.error ? p.importPreviewCompact ?? p.importPreview : p.importPreview)],
  ['interactive (nav → list), ms', (p) => (p.stored ? fmt(p.interactive?.list) : 'cannot: not stored')],
  // Since the third stop the list is drawn from the team and clients alone,
  // and the whole workspace is restored right after that first paint.
  ['… restore before the list (account-desk:load:list, else :load), ms', (p) => (p.stored ? fmt(p.interactive?.listLoad ?? p.interactive?.load) : '—')],
  ['whole workspace in memory (nav →), ms', (p) => (p.stored && p.interactive?.whole ? fmt(p.interactive.whole) : '—')],
  ['start page (nav → dashboard), ms', (p) => (p.startPage ? fmt(p.startPage) : '—')],
  ['floor, ms', (p) => fmt(p.floor?.total)],
  ['interactive / floor', (p) => (p.stored ? floorRatio(p) : '—')],
  ['search keystroke, ms', (p) => fmt(p.search)],
  ['open client page, ms', (p) => fmt(p.openClient)],
  ['WIP table, ms', (p) => fmt(p.wip)],
  ['dashboard, ms', (p) => fmt(p.dashboard)],
  ['edit → saved (save work), ms', (p) => fmt(p.edit?.save)],
  ['export, ms', (p) => fmt(p.export)],
];
const presets = Object.keys(after.presets).filter((k) => before.presets[k]);
console.log(`| measure | ${presets.map((p) => `${p} before | ${p} after`).join(' | ')} |`);
console.log(`|---|${presets.map(() => '---:|---:').join('|')}|`);
for (const [name, get] of rows) {
  // Measures a build that could not store the preset ran on the importing page's memory.
  const cell = (r) => `${get(r)}${r.inMemoryOnly && !['stored', 'clients (preset size)'].includes(name) ? ' *' : ''}`;
  console.log(`| ${name} | ${presets.map((p) => `${cell(before.presets[p])} | ${cell(after.presets[p])}`).join(' | ')} |`);
}
console.log('\n\\* not stored: measured on the data in the memory of the page that imported it; the import ran on the same data without indentation (the 13.1 MB export was over the 10 MB import limit).');
/** The files of a kind, summed (the wasm may be in two parts). */
const size = (t, kind) => {
  const files = t.files.filter((f) => f.kind === kind);
  const sum = (key) => files.reduce((s, f) => s + f[key], 0);
  return `${(sum('raw') / 1024).toFixed(0)} / ${(sum('gzip') / 1024).toFixed(0)}`;
};
console.log('\n| transfer (KB raw / gzip) | before | after |\n|---|---:|---:|');
for (const kind of ['wasm', 'js', 'css']) console.log(`| ${kind} | ${size(before.transfer, kind)} | ${size(after.transfer, kind)} |`);
const kb = (sizes) => `${(sizes.raw / 1024).toFixed(0)} / ${(sizes.gzip / 1024).toFixed(0)}`;
// Runs from before the wasm was split have no firstScreen: everything came first.
const first = (t) => kb(t.firstScreen ?? t.total);
console.log(`| first screen: wasm + JS + CSS (target ≤ 250 gzip) | ${first(before.transfer)} | ${first(after.transfer)} |`);
console.log(`| total wasm + JS + CSS, all screens | ${kb(before.transfer.total)} | ${kb(after.transfer.total)} |`);
