// The wasm split's two promises, checked on the release build in dist/
// (run by scripts/test.sh after the build; fails the run when broken):
//  1. the first screen (main wasm, its JS glue and main CSS, gzip -9) stays
//     within its budget;
//  2. no text of the catalog's `later` section is in the main wasm file.
//     First-file code that names a `LaterKey` still compiles and passes every
//     test, but links all ~19 KB of later texts back into the first file:
//     this is the check that notices.
//
// Environment: BUDGET_KB=250
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const BUDGET_KB = Number(process.env.BUDGET_KB ?? 250);
const DIST = 'dist';

/** `{ key, en, vi }` of one section of src/i18n/catalog.rs. */
function section(catalog, name, next) {
  const start = catalog.indexOf(`\n    ${name} {`);
  const end = next ? catalog.indexOf(`\n    ${next} {`, start) : catalog.length;
  const entries = [];
  const line = /^\s+(\w+) => "((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)";$/gm;
  for (const m of catalog.slice(start, end).matchAll(line)) entries.push({ key: m[1], en: m[2], vi: m[3] });
  return entries;
}

const files = (await readdir(DIST)).sort();
let firstScreen = 0;
for (const file of files) {
  const first = /\.(wasm|js|css)$/.test(file) && file !== 'sw.js' && !/^split_.*\.wasm$/.test(file) && !/^later-.*\.css$/.test(file);
  if (first) firstScreen += gzipSync(await readFile(path.join(DIST, file)), { level: 9 }).length;
}
const mainWasm = files.find((f) => /_bg\.wasm$/.test(f));
if (!mainWasm) throw new Error('no main wasm file in dist/: build first');
const wasm = (await readFile(path.join(DIST, mainWasm))).toString('latin1');

const catalog = await readFile('src/i18n/catalog.rs', 'utf8');
const firstTexts = new Set(section(catalog, 'first', 'later').flatMap((e) => [e.en, e.vi]));
// Long texts only the later section has: a short word ("Date") may be in
// the first file for another reason.
const laterOnly = section(catalog, 'later')
  .flatMap((e) => [e.en, e.vi])
  .filter((text) => text.length >= 24 && !text.includes('\\') && ![...firstTexts].some((f) => f.includes(text)));
const latin1 = (text) => Buffer.from(text, 'utf8').toString('latin1');
const leaked = laterOnly.filter((text) => wasm.includes(latin1(text)));

const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log(`First screen: ${kb(firstScreen)} KB gzip of a ${BUDGET_KB} KB budget; ${laterOnly.length} later texts looked for in ${mainWasm}: ${leaked.length} found.`);
let failed = false;
if (firstScreen > BUDGET_KB * 1024) {
  console.error(`The first screen is over its budget by ${kb(firstScreen - BUDGET_KB * 1024)} KB gzip (see docs/performance.md).`);
  failed = true;
}
if (leaked.length > 0) {
  console.error(`Texts of the catalog's later section are in the main wasm file (first-file code names a LaterKey?):\n  ${leaked.slice(0, 5).join('\n  ')}`);
  failed = true;
}
if (laterOnly.length < 100) {
  console.error(`Only ${laterOnly.length} later texts found in the catalog: has its layout changed? (this check reads it)`);
  failed = true;
}
process.exit(failed ? 1 : 0);
