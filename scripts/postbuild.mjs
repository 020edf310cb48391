// Runs after `trunk build` (scripts/build.sh) and makes dist/ what we ship:
//
// 1. dist/index.html gets a Content-Security-Policy computed for this build:
//    the hashes of the inline scripts Trunk wrote, and nothing else inline.
// 2. dist/sw.js: a service worker that precaches exactly this build's files,
//    in a cache named after their contents — a new build, a new cache.
// 3. dist/account-desk.html: the whole app in one file (script, wasm, CSS,
//    icon inlined) that runs from file://, to hand to a colleague.
//
// The stylesheet of the screens in the second wasm file (style/later.css)
// is linked for print only, so that it does not hold up the first paint; the
// app turns it on (src/browser/styles.rs).
//
// Before all that, the parts of the split wasm (scripts/wasm-split/) join
// the build: each part and their loader (__wasm_split.js) under a name with
// its content's hash, the loader pointed at this build's files, and the
// app's JS at the loader (its integrity hash in index.html recomputed).
//
// It reads what Trunk wrote and fails loudly when that no longer looks as
// expected, rather than ship a half-working file. Running it twice over the
// same dist/ gives the same files.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const DIST = path.resolve(process.argv[2] ?? 'dist');
const SERVICE_WORKER = 'sw.js';
const ONE_FILE = 'account-desk.html';
/** Written here, so neither precached nor part of the build's version. */
const OURS = new Set([SERVICE_WORKER, ONE_FILE]);
/** Ours, from an earlier run: recomputed, never hashed into the next one. */
const CSP_META = /\n?[ \t]*<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/** Where scripts/wasm-split/wasm-bindgen leaves the parts: beside Trunk's wasm-bindgen output. */
const SPLIT_PARTS = path.resolve(process.env.CARGO_TARGET_DIR ?? 'target', 'wasm-bindgen', 'release', 'split');
/** The stylesheet of the screens in the second wasm file, as Trunk links it. */
const LATER_STYLES = /<link rel="stylesheet" href="\.\/later-[0-9a-f]+\.css"[^>]*?(?=\/?>)/;
/** The loader of the parts, imported under this name by wasm-bindgen's JS. */
const SPLIT_LOADER = '__wasm_split.js';
/** wasm-bindgen's import of the loader, under its own name or (after a first run) a hashed one. */
const SPLIT_LOADER_IMPORT = /(from ["'])\.\/(__wasm_split(?:-[0-9a-f]{16})?\.js)(["'])/;

const html = withLaterStyles(await shipSplitParts(stripCsp(await readFile(path.join(DIST, 'index.html'), 'utf8'))));
await writeFile(path.join(DIST, 'index.html'), withCsp(html, siteCsp(html)));
const files = await buildFiles();
await writeFile(path.join(DIST, SERVICE_WORKER), serviceWorker(files, await versionOf(files)));
await writeFile(path.join(DIST, ONE_FILE), await oneFile(html));

// ───────────── Split wasm ─────────────

/** The JS and wasm files of Trunk's loader script: `import init, * as bindings from './x.js'; await init({ module_or_path: './x_bg.wasm' })`. */
function appFiles(page) {
  const loaders = [...page.matchAll(/\n?[ \t]*<script type="module"[^>]*>([\s\S]*?)<\/script>/g)];
  if (loaders.length !== 1) fail(`expected one module <script> in dist/index.html, found ${loaders.length}`);
  const [tag, loader] = loaders[0];
  const js = loader.match(/import init[^;]* from '\.\/([^']+\.js)'/)?.[1] ?? fail("no `import init from './….js'` in the loader");
  const wasm = loader.match(/'\.\/([^']+\.wasm)'/)?.[1] ?? fail('no wasm file named in the loader');
  return { tag, loader, js, wasm };
}

/** The file name of the split parts' loader that wasm-bindgen's JS imports, if the wasm is split. */
function splitLoaderOf(glue) {
  return glue.match(SPLIT_LOADER_IMPORT)?.[2];
}

/** Ships the split parts; returns the page with the app JS's new integrity hash. */
async function shipSplitParts(page) {
  const { js } = appFiles(page);
  let glue = await readFile(path.join(DIST, js), 'utf8');
  if (!splitLoaderOf(glue)) return page;
  let loader = await readFile(path.join(SPLIT_PARTS, SPLIT_LOADER), 'utf8').catch(() =>
    fail(`the wasm is split but ${path.join(SPLIT_PARTS, SPLIT_LOADER)} is missing`),
  );
  // The parts share the main file's memory and table: the loader must import
  // the very module the page runs, under its hashed name.
  loader = replaceOnce(loader, /from "\.\/main\.js";/, `from "./${js}";`, `the import of main.js in ${SPLIT_LOADER}`);
  const parts = [...loader.matchAll(/new URL\("\.\/([\w-]+)\.wasm", import\.meta\.url\)/g)];
  if (parts.length === 0) fail(`${SPLIT_LOADER} names no wasm part`);
  for (const [reference, name] of parts) {
    const bytes = await readFile(path.join(SPLIT_PARTS, `${name}.wasm`));
    const shipped = `${name}-${sha256(bytes, 'hex').slice(0, 16)}.wasm`;
    await writeFile(path.join(DIST, shipped), bytes);
    loader = loader.replace(reference, () => `new URL("./${shipped}", import.meta.url)`);
  }
  // Hashed like the rest: a browser's HTTP cache must never pair one build's
  // loader with another build's files.
  const loaderFile = `__wasm_split-${sha256(loader, 'hex').slice(0, 16)}.js`;
  await writeFile(path.join(DIST, loaderFile), loader);
  glue = glue.replace(SPLIT_LOADER_IMPORT, (_, from, _old, quote) => `${from}./${loaderFile}${quote}`);
  await writeFile(path.join(DIST, js), glue);
  const integrity = `sha384-${createHash('sha384').update(glue).digest('base64')}`;
  const preload = new RegExp(`(<link rel="modulepreload" href="\\./${js.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*(")`);
  return replaceOnce(page, preload, (_, before, after) => `${before}${integrity}${after}`, 'the preload of the app JS in dist/index.html');
}

// ───────────── The later screens' stylesheet ─────────────

/**
 * style/later.css is linked for print only: fetched without holding up the
 * first paint, and turned on by the app (src/browser/styles.rs, found by its
 * id) before it draws a screen of the second file.
 */
function withLaterStyles(page) {
  const link = page.match(LATER_STYLES) ?? fail('no link to the later-*.css stylesheet in dist/index.html');
  if (link[0].includes('id="later-styles"')) return page;
  return page.replace(LATER_STYLES, (tag) => `${tag} media="print" id="later-styles"`);
}

// ───────────── Content-Security-Policy ─────────────

function sha256(data, encoding = 'base64') {
  return createHash('sha256').update(data).digest(encoding);
}

/** The CSP source for an inline element; the HTML parser has turned CR LF into LF before the browser hashes it. */
function hashSource(text) {
  return `'sha256-${sha256(text.replace(/\r\n?/g, '\n'))}'`;
}

function inlineScripts(page) {
  return [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes))
    .map(([, , body]) => body);
}

/** For the served site: everything from its own folder, inline scripts by hash. */
function siteCsp(page) {
  const scripts = inlineScripts(page).map(hashSource);
  if (scripts.length === 0) fail('no inline loader script in dist/index.html');
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' compiles the WebAssembly, and nothing else.
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function stripCsp(page) {
  return page.replace(CSP_META, '');
}

/** Puts the policy first in <head>, right after the charset, so it covers every element after it. */
function withCsp(page, policy) {
  const charset = page.match(/<meta charset="?utf-8"?\s*\/?>/i) ?? fail('no <meta charset> in dist/index.html');
  const at = charset.index + charset[0].length;
  const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return page.slice(0, at) + meta + page.slice(at);
}

// ───────────── Service worker ─────────────

/** Every file of the build, relative to dist/, sorted. */
async function buildFiles() {
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(DIST, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
    .filter((file) => !OURS.has(file) && !file.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** A digest of the file names and contents: the same build, the same cache. */
async function versionOf(list) {
  const digest = createHash('sha256');
  for (const file of list) digest.update(`${file} ${sha256(await readFile(path.join(DIST, file)), 'hex')}\n`);
  return digest.digest('hex').slice(0, 16);
}

function serviceWorker(list, version) {
  return `// Generated by scripts/postbuild.mjs for one build of Account Desk: do not edit.
//
// Precaches exactly this build's files in a cache named after them, serves them
// cache-first, and answers page loads with the cached index.html, so the app
// starts with the network off. A new build brings a new sw.js, which installs
// beside this one and waits: the page offers "Reload to update" and then posts
// {type: 'SKIP_WAITING'}. The page never runs old code against new files.
const VERSION = '${version}';
const FILES = ${JSON.stringify(list, null, 2)};

const BASE = new URL('./', self.location);
// Caches belong to the whole origin: the folder in the name keeps two copies
// of the app on one host from deleting each other's caches.
const PREFIX = 'account-desk ' + BASE.pathname + ' ';
const CACHE = PREFIX + VERSION;
const PRECACHED = new Set(FILES);

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    FILES.map(async (file) => {
      const url = new URL(file, BASE);
      // 'reload': from the server, never the previous build's index.html from the HTTP cache.
      const response = await fetch(url, { cache: 'reload' });
      if (!response.ok) throw new Error(file + ': HTTP ' + response.status);
      // Hosts that redirect index.html to ./ give a "redirected" response, which
      // browsers refuse as the answer to a page load: keep a plain copy.
      const clean = response.redirected ? new Response(await response.blob(), { headers: response.headers }) : response;
      await cache.put(url, clean);
    }),
  );
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // The first install takes over the open page: offline from the first visit.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== BASE.origin || !url.pathname.startsWith(BASE.pathname)) return;
  const file = url.pathname.slice(BASE.pathname.length) || 'index.html';
  if (PRECACHED.has(file)) {
    event.respondWith(cached(file, request));
  } else if (request.mode === 'navigate') {
    // Another page in the app's folder (account-desk.html): the network, or the app when offline.
    event.respondWith(fetch(request).catch(() => cached('index.html', request)));
  }
});

async function cached(file, request) {
  const hit = await caches.match(new URL(file, BASE), { cacheName: CACHE });
  return hit || fetch(request);
}
`;
}

// ───────────── One-file build ─────────────

async function oneFile(page) {
  const { tag: loaderTag, js: jsFile, wasm: wasmFile } = appFiles(page);
  const stylesheets = [...page.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>/g)];
  if (stylesheets.length === 0) fail('no stylesheet link');

  const glue = moduleAsScript(await withSplitPartsInline(await readFile(path.join(DIST, jsFile), 'utf8'), jsFile));
  const wasm = await readFile(path.join(DIST, wasmFile));
  // Each hashed exactly as it stands between <style> and </style>, newline
  // included; all of them apply at once (no media="print" here).
  const styles = [];
  for (const [tag, file] of stylesheets) {
    const css = `\n${await readFile(path.join(DIST, file), 'utf8')}`;
    if (/<\/style/i.test(css)) fail(`${file} contains "</style"`);
    styles.push({ tag, css });
  }
  const icon = await readFile(path.join(DIST, 'icon.svg'));

  // The glue's own `wasm` variable lives at the module's top level: the loader
  // keeps its names in a block. Uint8Array.fromBase64 is new; atob everywhere.
  const script = `
${glue.code}
{
  const base64 = '${wasm.toString('base64')}';
  let bytes;
  if (typeof Uint8Array.fromBase64 === 'function') {
    bytes = Uint8Array.fromBase64(base64);
  } else {
    const binary = atob(base64);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  }
  const wasm = await ${glue.init}({ module_or_path: bytes });
  window.wasmBindings = ${glue.bindings};
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
}
`;

  // No network, no worker, no manifest: only what is inline, found by hash.
  const policy = [
    "default-src 'none'",
    `script-src 'wasm-unsafe-eval' ${hashSource(script)}`,
    // The split parts of the wasm, inlined as data: URLs.
    'connect-src data:',
    `style-src ${styles.map(({ css }) => hashSource(css)).join(' ')}`,
    'img-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  let out = page;
  out = replaceOnce(out, loaderTag, `\n    <script type="module">${script}</script>`, 'the loader script in dist/index.html');
  for (const { tag, css } of styles) out = replaceOnce(out, tag, `<style>${css}</style>`, `the link ${tag} in dist/index.html`);
  out = out.replace(/\n?[ \t]*<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
  out = out.replace(/\n?[ \t]*<link rel="(?:manifest|apple-touch-icon)"[^>]*>/g, '');
  out = replaceOnce(
    out,
    /href="icon\.svg"/,
    `href="data:image/svg+xml;base64,${icon.toString('base64')}"`,
    'the icon link in dist/index.html',
  );
  if (/(?:href|src)="\.?\/?[\w-]+\.(?:js|wasm|css|png|svg|webmanifest)"/.test(out)) fail('the one-file build still links a file');
  return withCsp(out, policy);
}

/**
 * The glue with the loader of the split parts written into it, in place of
 * its import: each part as a data: URL (the one-file page fetches nothing
 * else, and its CSP allows connecting to data: only).
 */
async function withSplitPartsInline(glue, jsFile) {
  const loaderFile = splitLoaderOf(glue);
  if (!loaderFile) return glue;
  let loader = await readFile(path.join(DIST, loaderFile), 'utf8');
  loader = replaceOnce(loader, `import { initSync } from "./${jsFile}";`, '', `the import of ${jsFile} in ${SPLIT_LOADER}`);
  for (const [reference, file] of loader.matchAll(/new URL\("\.\/([\w-]+\.wasm)", import\.meta\.url\)/g)) {
    const base64 = (await readFile(path.join(DIST, file))).toString('base64');
    loader = loader.replace(reference, () => `'data:application/wasm;base64,${base64}'`);
  }
  const exported = [];
  loader = loader.replace(/^export const ([\w$]+) =/gm, (_, name) => {
    exported.push(name);
    return `const ${name} =`;
  });
  if (/^\s*(?:import|export)\b/m.test(loader)) fail(`${SPLIT_LOADER} has an import or export this script does not understand`);
  // initSync, which the loader calls, is a function of the glue: hoisted, so in scope.
  const importLine = /^import \* as ([\w$]+) from ["']\.\/__wasm_split(?:-[0-9a-f]{16})?\.js["'];?[ \t]*$/m;
  const inline = (_, name) => `const ${name} = (() => {\n${loader}\nreturn { ${exported.join(', ')} };\n})();`;
  return replaceOnce(glue, importLine, inline, `the import of ${SPLIT_LOADER} in ${jsFile}`);
}

/**
 * wasm-bindgen's ES module as the body of an inline module script: its
 * `export`s removed and remembered, so the loader can call init and expose
 * the bindings the way Trunk does (`window.wasmBindings`).
 */
function moduleAsScript(js) {
  if (/^\s*import\s/m.test(js)) fail('the JS glue imports other files (wasm-bindgen snippets): they cannot be inlined yet');
  if (/<!--|<\/script/i.test(js)) fail('the JS glue contains "<!--" or "</script", which would end the inline script');
  const exported = new Map(); // public name → local name
  let code = js.replace(/^export\s+((?:async\s+)?(?:function\*?|class|const|let|var)\s+([\w$]+))/gm, (_, declaration, name) => {
    exported.set(name, name);
    return declaration;
  });
  code = code.replace(/^export\s*\{([^}]*)\};?[ \t]*$/gm, (_, list) => {
    for (const item of list.split(',').map((part) => part.trim()).filter(Boolean)) {
      const [local, name = local] = item.split(/\s+as\s+/);
      exported.set(name, local);
    }
    return '';
  });
  code = code.replace(/^export\s+default\s+([\w$]+);?[ \t]*$/gm, (_, local) => {
    exported.set('default', local);
    return '';
  });
  if (/^\s*export\b/m.test(code)) fail('the JS glue has an export this script does not understand');
  const init = exported.get('default') ?? fail('the JS glue has no default export (init)');
  const bindings = `{ ${[...exported].map(([name, local]) => (name === local ? name : `${name}: ${local}`)).join(', ')} }`;
  return { code: code.trimEnd(), init, bindings };
}

function replaceOnce(text, pattern, replacement, what) {
  const found = typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
  if (!found) fail(`${what} not found`);
  // A function, so "$&" or "$'" in the inlined code is not read as a replacement pattern.
  return text.replace(pattern, typeof replacement === 'function' ? replacement : () => replacement);
}

function fail(message) {
  throw new Error(`postbuild: ${message} — has Trunk's output changed?`);
}
