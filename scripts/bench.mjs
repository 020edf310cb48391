// The browser benchmark of issue 9 (`make bench`): the release build in
// headless Chromium, fed the generated presets (target/bench/*.json, written
// by `cargo run --release --example export_preset`) through the app's own
// Import, the way a user gets data in. Each preset runs in a fresh browser
// context. Prints a table per preset and writes every figure to
// target/bench/bench.json. Asserts nothing: a measure that fails or times
// out is recorded with its error and the run goes on.
//
// Environment: PRESETS=solo,agency,max  BENCH_DIR=target/bench
//              OUT=target/bench/bench.json  PORT=4180  RELOADS=30
import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './browser-paths.mjs';

const PORT = Number(process.env.PORT ?? 4180);
const BASE = `http://127.0.0.1:${PORT}/`;
const BENCH_DIR = process.env.BENCH_DIR ?? 'target/bench';
const OUT = process.env.OUT ?? path.join(BENCH_DIR, 'bench.json');
const PRESETS = (process.env.PRESETS ?? 'solo,agency,max').split(',').map((s) => s.trim()).filter(Boolean);
const RELOADS = Number(process.env.RELOADS ?? 30);
const IMPORTS = 3;
const KEYSTROKES = 60;
const CLIENT_OPENS = 10;
const NAVIGATIONS = 10;
const EDITS = 20;
const EXPORTS = 3;
const FLOOR_RUNS = 15;
// Generous: restoring 8.7 M characters of JSON takes a while in wasm.
const STEP_TIMEOUT = 120_000;

const TARGETS = {
  interactive: 400, // ms, and ≤ 3 × floor
  floorRatio: 3,
  search: 16,
  save: 10,
  importPreview: 300,
  gzipKB: 250,
};

// ---------------------------------------------------------------- figures

function stats(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return { n: 0 };
  const at = (q) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))];
  const round = (v) => Math.round(v * 100) / 100;
  return { n: xs.length, min: round(xs[0]), median: round(at(0.5)), p95: round(at(0.95)), max: round(xs[xs.length - 1]) };
}

/** Runs one measure; an exception becomes `{ error }` so the next measure still runs. */
async function measure(name, fn) {
  const started = Date.now();
  try {
    const result = await fn();
    console.error(`  … ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (e) {
    const error = String(e?.message ?? e).split('\n')[0];
    console.error(`  … ${name} FAILED after ${((Date.now() - started) / 1000).toFixed(1)} s: ${error}`);
    return { error };
  }
}

// ---------------------------------------------------------------- server

async function startServer() {
  const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`the static server did not start on port ${PORT}`);
}

// ---------------------------------------------------------------- transfer size

/** What a first visit downloads, raw and gzip -9 (the server may compress). */
async function transferSize() {
  const files = (await readdir('dist')).filter((f) => /\.(wasm|js|css)$/.test(f) || f === 'index.html');
  const rows = [];
  for (const file of files.sort()) {
    const bytes = await readFile(path.join('dist', file));
    const kind = file === 'sw.js' ? 'service worker' : file === 'index.html' ? 'html' : path.extname(file).slice(1);
    // The parts of the split wasm (scripts/wasm-split/) are fetched after the client list is drawn;
    // the other screens' stylesheet beside it, without holding it up (media="print" until turned on).
    const later = /^split_.*\.wasm$/.test(file) || /^later-.*\.css$/.test(file);
    rows.push({ file, kind, later, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  // The target counts the app itself: wasm, its JS glue and the CSS.
  const app = rows.filter((r) => ['wasm', 'js', 'css'].includes(r.kind));
  const sum = (list, key) => list.reduce((s, r) => s + r[key], 0);
  const both = (list) => ({ raw: sum(list, 'raw'), gzip: sum(list, 'gzip') });
  return {
    files: rows,
    total: both(app),
    firstScreen: both(app.filter((r) => !r.later)),
    targetGzip: TARGETS.gzipKB * 1024,
  };
}

// ---------------------------------------------------------------- in-page helpers

// Installed in every page before the app runs. Timings are taken in the page
// (performance.now) so that the DevTools protocol's round trips are not in them.
function pageHelpers() {
  const bench = {
    /** Forces style and layout, so that "rendered" means laid out. */
    layout() {
      return document.body.getBoundingClientRect().height + document.body.offsetHeight;
    },
    /** A macrotask: the app's microtask-scheduled effects have run by then. */
    macrotask() {
      return new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
    },
    /**
     * Resolves with performance.now() (layout forced) once `check()` holds,
     * checked after every DOM mutation and every 25 ms.
     */
    when(check, timeoutMs) {
      return new Promise((resolve, reject) => {
        let finished = false;
        const finish = (ok) => {
          if (finished) return;
          finished = true;
          observer.disconnect();
          clearInterval(poll);
          clearTimeout(timer);
          if (ok) {
            bench.layout();
            resolve(performance.now());
          } else reject(new Error(`timed out after ${timeoutMs} ms`));
        };
        const test = () => {
          try {
            if (check()) finish(true);
          } catch {
            // the element may not be there yet
          }
        };
        const observer = new MutationObserver(test);
        observer.observe(document, { childList: true, subtree: true, characterData: true });
        const poll = setInterval(test, 25);
        const timer = setTimeout(() => finish(false), timeoutMs);
        test();
      });
    },
    /**
     * Time from `action()` to `check()` holding, laid out. `when` checks at
     * once too, so a render done synchronously inside `action` is caught.
     */
    async time(action, check, timeoutMs = 120000) {
      const t0 = performance.now();
      action();
      return (await bench.when(check, timeoutMs)) - t0;
    },
    saveEntries() {
      return performance.getEntriesByName('account-desk:save');
    },
    saveIndicator() {
      return document.querySelector('.save-indicator')?.textContent?.trim() ?? '';
    },
    /** The error banner's title and text, or null. */
    errorBanner() {
      const banner = document.querySelector('.banner-error');
      if (!banner) return null;
      const part = (selector) => banner.querySelector(selector)?.textContent?.trim() ?? '';
      return `${part('strong')}: ${part('p')}`;
    },
    clientLinks() {
      return [...document.querySelectorAll('tbody tr th a[href^="#/clients/"]')];
    },
  };
  window.__bench = bench;

  // A cold read for the floor: the first localStorage access of a page loads
  // the whole storage area, later reads hit the renderer's copy. Done only
  // on the one load that asks for it, before the app runs, so that the
  // app's own loads are not warmed by it.
  if (sessionStorage.getItem('bench-cold-read')) {
    sessionStorage.removeItem('bench-cold-read');
    const t0 = performance.now();
    let chars = 0;
    for (let k = 0; k < localStorage.length; k++) {
      const key = localStorage.key(k);
      if (key.startsWith('account-desk:')) chars += localStorage.getItem(key).length;
    }
    window.__coldRead = { ms: performance.now() - t0, chars };
  }

  /** Sets window[name] to the time `selector` is first drawn and laid out. */
  const whenDrawn = (selector, name) =>
    new MutationObserver((_, observer) => {
      if (document.querySelector(selector)) {
        bench.layout();
        window[name] = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  // Navigation start → first client row (only loads that open the list).
  if (location.hash.startsWith('#/clients')) whenDrawn('tbody tr th a', '__listRenderedAt');
  // Navigation start → the dashboard's cards: where a returning user starts.
  if (location.hash === '#/dashboard') whenDrawn('.kpi-card', '__dashboardRenderedAt');
}

// ---------------------------------------------------------------- steps

/**
 * A full page load of `hash`. page.goto to the same URL with a fragment would
 * only be a fragment navigation, so set the hash and reload instead.
 */
async function open(page, hash, ready) {
  if (page.url().startsWith(BASE)) {
    await page.evaluate((h) => (location.hash = h), hash);
    await page.reload();
  } else {
    await page.goto(BASE + hash);
  }
  await page.waitForFunction(ready, null, { timeout: STEP_TIMEOUT });
}

const dataPageReady = () => !!document.getElementById('import-file');
const listReady = () => !!document.querySelector('tbody tr th a[href^="#/clients/"]');

/** Goes to a hash route inside the running app (no reload) and waits for it. */
async function goHash(page, hash, ready) {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.waitForFunction(ready, null, { timeout: STEP_TIMEOUT });
}

/**
 * One import: change event on the file input → the preview region (or the
 * app's error) laid out. The clock starts in the page when the browser hands
 * over the file, so Playwright's transfer of the file is not in it.
 */
async function importOnce(page, name, text) {
  await page.evaluate(() => {
    window.__import = {};
    window.addEventListener(
      'change',
      (event) => {
        if (event.target.id !== 'import-file') return;
        const t0 = performance.now();
        window.__import.t0 = t0;
        const section = document.querySelector('section[aria-labelledby="import-heading"]');
        window.__bench
          .when(
            () =>
              section.querySelector('[role="region"][aria-label="Import preview"]') ||
              section.querySelector('[role="alert"]'),
            120000,
          )
          .then((t1) => {
            const preview = section.querySelector('[role="region"][aria-label="Import preview"]');
            window.__import = {
              ms: t1 - t0,
              preview: !!preview,
              counts: preview?.querySelector('.change-counts')?.textContent ?? null,
              error: preview ? null : section.querySelector('[role="alert"]')?.textContent ?? null,
            };
          })
          .catch((e) => (window.__import = { error: String(e) }));
      },
      { capture: true, once: true },
    );
  });
  await page.getByLabel('Import', { exact: true }).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page.waitForFunction(() => window.__import.ms !== undefined || window.__import.error, null, {
    timeout: STEP_TIMEOUT,
  });
  return page.evaluate(() => window.__import);
}

/** import → preview, IMPORTS times with a reload in between; the last preview stays open. */
async function importPreview(page, name, text) {
  const runs = [];
  for (let i = 0; i < IMPORTS; i++) {
    if (i > 0) await open(page, '#/data', dataPageReady);
    runs.push(await importOnce(page, name, text));
  }
  const ok = runs.filter((r) => r.preview);
  return {
    file: name,
    chars: text.length,
    ...stats(ok.map((r) => r.ms)),
    preview: ok.length === runs.length,
    counts: ok[0]?.counts ?? null,
    error: runs.find((r) => !r.preview)?.error ?? undefined,
    runs: runs.map((r) => r.ms),
  };
}

/**
 * Apply import (the workspace is empty, so a merge takes every record; the
 * Replace checkbox would add a confirm dialog for the same result), then the
 * first save's outcome: stored, or the banner's message.
 */
async function applyImport(page) {
  const region = page.getByRole('region', { name: 'Import preview' });
  const before = await page.evaluate(() => {
    window.__apply = { tasks: [] };
    window.addEventListener('click', () => (window.__apply.t0 = performance.now()), { capture: true, once: true });
    // Every task over 50 ms from the click to the save: the page's stalls.
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) window.__apply.tasks.push(task.duration);
    }).observe({ type: 'longtask' });
    return window.__bench.saveEntries().length;
  });
  await region.getByRole('button', { name: 'Apply import' }).click();
  await page.waitForFunction(
    (before) => window.__bench.saveEntries().length > before && !window.__bench.saveIndicator().startsWith('Saving'),
    before,
    { timeout: STEP_TIMEOUT, polling: 25 },
  );
  return page.evaluate(() => {
    const b = window.__bench;
    const save = b.saveEntries().at(-1);
    const indicator = b.saveIndicator();
    const banner = b.errorBanner();
    return {
      stored: indicator === 'All changes saved' && !banner,
      indicator,
      message: banner,
      clickToSaveEndMs: save.startTime + save.duration - window.__apply.t0,
      saveMs: save.duration,
      longestTaskMs: Math.max(0, ...window.__apply.tasks),
      longTasks: window.__apply.tasks.length,
      storedChars: Object.keys(localStorage)
        .filter((k) => k.startsWith('account-desk:'))
        .reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0),
    };
  });
}

/**
 * Navigation start → the dashboard's KPI cards, over RELOADS loads of
 * #/dashboard: the start page of anyone with clients, which needs the whole
 * workspace and the second wasm file.
 */
async function startPage(page) {
  await page.evaluate(() => (location.hash = '#/dashboard'));
  const times = [];
  for (let i = 0; i < RELOADS; i++) {
    await page.reload();
    await page.waitForFunction(() => window.__dashboardRenderedAt !== undefined, null, { timeout: STEP_TIMEOUT });
    times.push(await page.evaluate(() => window.__dashboardRenderedAt));
  }
  await page.evaluate(() => (location.hash = '#/clients'));
  return { ...stats(times), runs: times };
}

/** Navigation start → first client row, over RELOADS loads of #/clients; and the app's own load measure. */
async function interactive(page) {
  await page.evaluate(() => (location.hash = '#/clients'));
  const list = [];
  const load = [];
  const read = [];
  const restore = [];
  const wasm = [];
  const start = [];
  const mount = [];
  const listLoad = [];
  const whole = [];
  for (let i = 0; i < RELOADS; i++) {
    await page.reload();
    await page.waitForFunction(() => window.__listRenderedAt !== undefined, null, { timeout: STEP_TIMEOUT });
    // The whole workspace follows the list (after the second wasm file since
    // the fifth stop): wait for it, so that it is measured every time and
    // the next reload does not land in the middle of it.
    await page.waitForFunction(() => performance.getEntriesByName('account-desk:load').length > 0, null, { timeout: STEP_TIMEOUT });
    const t = await page.evaluate(() => {
      const mount = performance.getEntriesByName('account-desk:mount')[0];
      const load = performance.getEntriesByName('account-desk:load')[0];
      // The main wasm file, not the second one (split_…), fetched after it.
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm') && !r.name.includes('/split_'));
      return {
        list: window.__listRenderedAt,
        load: load?.duration,
        // Opened on the list, the app restores the team and clients first
        // and the whole workspace right after the first paint.
        listLoad: performance.getEntriesByName('account-desk:load:list')[0]?.duration,
        whole: load && load.startTime + load.duration,
        read: performance.getEntriesByName('account-desk:load:read')[0]?.duration,
        restore: performance.getEntriesByName('account-desk:load:restore')[0]?.duration,
        wasm: wasm?.responseEnd,
        start: mount?.startTime,
        mount: mount?.duration,
      };
    });
    list.push(t.list);
    load.push(t.load);
    read.push(t.read);
    restore.push(t.restore);
    wasm.push(t.wasm);
    start.push(t.start);
    mount.push(t.mount);
    if (t.listLoad !== undefined) listLoad.push(t.listLoad);
    whole.push(t.whole);
  }
  const of = (xs) => ({ ...stats(xs), runs: xs });
  // The app's part of each load: from its code's start to the list laid
  // out. What comes before (navigation, service worker, fetch and compile of
  // the wasm) is the browser's, and moves with the machine's load.
  const ours = list.map((t, i) => (typeof start[i] === 'number' ? t - start[i] : undefined));
  return { list: of(list), load: of(load), read: of(read), restore: of(restore), wasm: of(wasm), start: of(start), mount: of(mount),
    ours: of(ours), ...(listLoad.length ? { listLoad: of(listLoad) } : {}), whole: of(whole) };
}

/**
 * The floor: what any app must do to show the list from localStorage — read
 * every account-desk: key, JSON.parse the workspace, and a plain DOM table of
 * the clients (name, status, owner). Compared with `interactive`.
 */
async function floor(page, plainJson, stored) {
  let coldRead = null;
  if (stored) {
    await page.evaluate(() => sessionStorage.setItem('bench-cold-read', '1'));
    await page.reload();
    await page.waitForFunction(listReady, null, { timeout: STEP_TIMEOUT });
    coldRead = await page.evaluate(() => window.__coldRead);
  }
  // Put the text in the page first: the transfer is not part of the floor.
  await page.evaluate((text) => (window.__plainJson = text), plainJson);
  const runs = [];
  for (let i = 0; i < FLOOR_RUNS; i++) {
    runs.push(
      await page.evaluate(() => {
        const t0 = performance.now();
        const values = {};
        for (let k = 0; k < localStorage.length; k++) {
          const key = localStorage.key(k);
          if (key.startsWith('account-desk:')) values[key] = localStorage.getItem(key);
        }
        const t1 = performance.now();
        // Builds before the split stored plain JSON: parse that when it is;
        // packed parts are parsed as the same data in plain JSON instead.
        let data = null;
        let source = 'stored workspace';
        let parse = 0;
        try {
          data = JSON.parse(values['account-desk:workspace']);
          parse = performance.now() - t1;
        } catch {
          // nothing stored, or not plain JSON
        }
        if (!data?.workspace) {
          source = 'the same data as compact JSON from a page variable (storage holds packed parts)';
          const t = performance.now();
          data = JSON.parse(window.__plainJson);
          parse = performance.now() - t;
        }
        const ws = data.workspace;
        const t3 = performance.now();
        const owners = new Map(ws.team.map((m) => [m.meta.id, m.name]));
        const table = document.createElement('table');
        const body = document.createElement('tbody');
        for (const c of ws.clients) {
          const tr = document.createElement('tr');
          for (const text of [c.name, c.status, owners.get(c.account_owner) ?? '']) {
            const td = document.createElement('td');
            td.textContent = text;
            tr.appendChild(td);
          }
          body.appendChild(tr);
        }
        table.appendChild(body);
        document.body.appendChild(table);
        window.__bench.layout();
        const t4 = performance.now();
        table.remove();
        return { read: t1 - t0, parse, render: t4 - t3, total: t1 - t0 + parse + (t4 - t3), source, clients: ws.clients.length };
      }),
    );
  }
  // The total counts the cold read (what a page load pays), when there is one.
  const read = coldRead?.ms ?? 0;
  return {
    source: runs[0].source,
    clients: runs[0].clients,
    coldRead,
    warmRead: stats(runs.map((r) => r.read)),
    parse: stats(runs.map((r) => r.parse)),
    render: stats(runs.map((r) => r.render)),
    total: stats(runs.map((r) => read + r.parse + r.render)),
  };
}

/** Substrings a user types: a few Vietnamese and English words of client names. */
function searchTerms(workspace) {
  const words = [...new Set(workspace.clients.flatMap((c) => c.name.split(/\s+/)))].filter((w) => w.length >= 4);
  // Skip the legal-form words ("Công ty", "Tập đoàn") that every other name has.
  const vietnamese = words.filter((w) => /[^\x00-\x7f]/.test(w) && !/^(Công|Tập|Đoàn)$/i.test(w)).slice(0, 4);
  const english = words.filter((w) => /^[A-Za-z]+$/.test(w)).slice(0, 4);
  const terms = [];
  for (let i = 0; i < Math.max(vietnamese.length, english.length); i++) {
    if (vietnamese[i]) terms.push(vietnamese[i]);
    if (english[i]) terms.push(english[i].toLowerCase());
  }
  return terms;
}

/** Keystroke sequence: type each term letter by letter, then delete it. */
function keystrokes(terms) {
  const values = [];
  while (values.length < KEYSTROKES && terms.length) {
    for (const term of terms) {
      const chars = [...term];
      for (let i = 1; i <= chars.length; i++) values.push(chars.slice(0, i).join(''));
      for (let i = chars.length - 1; i >= 0; i--) values.push(chars.slice(0, i).join(''));
      if (values.length >= KEYSTROKES) break;
    }
  }
  return values;
}

/** One keystroke in the client search: set value, `input`, a macrotask, layout. */
async function search(page, workspace) {
  await goHash(page, '#/clients', listReady);
  const values = keystrokes(searchTerms(workspace));
  const runs = [];
  for (const value of values) {
    const r = await page.evaluate(async (v) => {
      const input = document.getElementById('client-search');
      const t0 = performance.now();
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await window.__bench.macrotask();
      window.__bench.layout();
      return { ms: performance.now() - t0, rows: document.querySelectorAll('tbody tr').length };
    }, value);
    runs.push({ value, ...r });
  }
  // Leave the list unfiltered for the next measures.
  await page.evaluate(() => {
    const input = document.getElementById('client-search');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return { ...stats(runs.map((r) => r.ms)), keystrokes: values.length, terms: searchTerms(workspace), runs };
}

/** List → a client's page, heading laid out; CLIENT_OPENS different clients. */
async function openClient(page) {
  const times = [];
  for (let i = 0; i < CLIENT_OPENS; i++) {
    await goHash(page, '#/clients', listReady);
    const ms = await page.evaluate(
      ([i, n]) => {
        const links = window.__bench.clientLinks();
        const link = links[Math.floor((i * links.length) / n)];
        const name = link.textContent.trim();
        return window.__bench.time(
          () => link.click(),
          () => document.querySelector('main h1')?.textContent.trim() === name,
        );
      },
      [i, CLIENT_OPENS],
    );
    times.push(ms);
  }
  return { ...stats(times), runs: times };
}

/**
 * WIP table and dashboard, each reached from the other through the sidebar
 * (the first WIP from the client list): until WIP rows / KPI cards are laid out.
 */
async function wipAndDashboard(page) {
  await goHash(page, '#/clients', listReady);
  const wip = [];
  const dashboard = [];
  const go = (route, ready) =>
    page.evaluate(
      ([route, ready]) =>
        window.__bench.time(
          () => document.querySelector(`nav a[href="${route}"]`).click(),
          () => !!document.querySelector(ready),
        ),
      [route, ready],
    );
  for (let i = 0; i < NAVIGATIONS; i++) {
    wip.push(await go('#/wip', '.wip-table tbody tr'));
    dashboard.push(await go('#/dashboard', '.kpi-card'));
  }
  return { wip: { ...stats(wip), runs: wip }, dashboard: { ...stats(dashboard), runs: dashboard } };
}

/**
 * EDITS keystrokes into a contact report's first agreement, each waiting for
 * its save (debounced 300 ms): input → DOM updated, input → save finished,
 * and the app's `account-desk:save` measure (encode + localStorage writes).
 */
async function edit(page, workspace) {
  const report = workspace.contact_reports.find((r) => r.agreements.length > 0);
  if (!report) throw new Error('no contact report with an agreement');
  await goHash(page, `#/reports/${report.meta.id}`, () => !!document.getElementById('agreement-0'));
  const runs = [];
  for (let i = 0; i < EDITS; i++) {
    runs.push(
      await page.evaluate(async () => {
        const b = window.__bench;
        const input = document.getElementById('agreement-0');
        // Looked up on every check: a re-render may replace the elements.
        const shown = () => document.getElementById('agreement-0')?.closest('li').querySelector('.print-only');
        const before = b.saveEntries().length;
        const value = input.value + (input.value.length % 2 ? 'ê' : 'a');
        const t0 = performance.now();
        const dom = b.time(
          () => {
            input.value = value;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          },
          () => shown()?.textContent === value,
        );
        const domMs = await dom;
        await b.when(() => b.saveEntries().length > before && !b.saveIndicator().startsWith('Saving'), 60000);
        const save = b.saveEntries().at(-1);
        return {
          domMs,
          saveMs: save.duration,
          inputToSavedMs: save.startTime + save.duration - t0,
          outcome: b.saveIndicator(),
        };
      }),
    );
  }
  const outcomes = [...new Set(runs.map((r) => r.outcome))];
  return {
    report: report.meta.id,
    inputToDom: stats(runs.map((r) => r.domMs)),
    save: stats(runs.map((r) => r.saveMs)),
    inputToSaved: stats(runs.map((r) => r.inputToSavedMs)),
    outcomes,
  };
}

/** Data → Export (everything) → Playwright's download event, timed in Node. */
async function exportEverything(page) {
  await goHash(page, '#/data', dataPageReady);
  const times = [];
  let fileName = null;
  for (let i = 0; i < EXPORTS; i++) {
    const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT });
    const t0 = performance.now();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    times.push(performance.now() - t0);
    fileName = file.suggestedFilename();
    await file.delete();
  }
  return { ...stats(times), runs: times, fileName };
}

// ---------------------------------------------------------------- one preset

async function runPreset(browser, preset) {
  const text = await readFile(path.join(BENCH_DIR, `${preset}.json`), 'utf8');
  const workspace = JSON.parse(text).workspace;
  // The same data without the export's indentation, as the app stores it.
  const compact = JSON.stringify(JSON.parse(text));
  const result = { preset, exportChars: text.length, compactChars: compact.length, clients: workspace.clients.length };
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e.message).split('\n')[0]));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text().split('\n')[0]));
  await page.addInitScript(pageHelpers);

  try {
    await open(page, '#/data', dataPageReady);
    result.importPreview = await measure('import → preview', () => importPreview(page, `${preset}.json`, text));
    if (!result.importPreview.preview) {
      // The app refused the export file (e.g. over its import size limit):
      // try the same data without indentation, so the rest can still run.
      result.importPreviewCompact = await measure('import → preview (compact file)', async () => {
        await open(page, '#/data', dataPageReady);
        return importPreview(page, `${preset}-compact.json`, compact);
      });
    }
    const previewOpen = result.importPreviewCompact?.preview ?? result.importPreview.preview;
    if (!previewOpen) {
      result.skipped = 'no import preview: nothing else can run';
      return result;
    }
    result.apply = await measure('apply import → first save', () => applyImport(page));
    const stored = result.apply.stored === true;
    result.stored = stored;

    if (stored) {
      result.interactive = await measure('interactive (reloads)', () => interactive(page));
      result.startPage = await measure('start page (reloads)', () => startPage(page));
    } else {
      result.interactive = { skipped: 'not stored: a reload starts empty' };
    }
    result.floor = await measure('floor', () => floor(page, compact, stored));
    // From here on the data is in memory (stored or not): the app runs the same code.
    result.inMemoryOnly = !stored;
    result.search = await measure('search', () => search(page, workspace));
    result.openClient = await measure('open client page', () => openClient(page));
    const nav = await measure('WIP / dashboard', () => wipAndDashboard(page));
    result.wip = nav.wip ?? nav;
    result.dashboard = nav.dashboard ?? nav;
    result.edit = await measure('edit → saved', () => edit(page, workspace));
    result.export = await measure('export', () => exportEverything(page));
  } catch (e) {
    result.error = String(e?.message ?? e).split('\n')[0];
  } finally {
    result.pageErrors = [...new Set(pageErrors)].slice(0, 10);
    await context.close();
  }
  return result;
}

// ---------------------------------------------------------------- report

const ms = (v) => (typeof v === 'number' ? `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms` : '—');

function row(label, figure, target = '', verdict = '') {
  const cells = figure?.error
    ? [`ERROR: ${figure.error}`]
    : figure?.skipped
      ? [`skipped: ${figure.skipped}`]
      : [String(figure?.n ?? '—').padStart(3), ms(figure?.median).padStart(10), ms(figure?.p95).padStart(10)];
  const body = cells.length === 1 ? cells[0].padEnd(25) : cells.join(' ');
  console.log(`  ${label.padEnd(38)} ${body}  ${target.padEnd(18)} ${verdict}`);
}

/** Verdict on a figure's p95 (and median): "ok", "OVER at p95" or "OVER". */
function check(figure, limit) {
  if (typeof figure?.median !== 'number') return '';
  if (figure.p95 <= limit) return 'ok';
  return figure.median <= limit ? 'OVER at p95' : 'OVER';
}

function printPreset(r) {
  const mb = (n) => `${(n / 1e6).toFixed(2)} M chars`;
  console.log(`\n=== ${r.preset}: ${r.clients} clients; export file ${mb(r.exportChars)}, compact ${mb(r.compactChars)} ===`);
  if (r.error) console.log(`  run stopped: ${r.error}`);
  if (r.apply && !r.apply.error) {
    console.log(
      r.apply.stored
        ? `  stored: yes (${mb(r.apply.storedChars)} in localStorage)`
        : `  stored: NO — indicator "${r.apply.indicator}"; ${r.apply.message ?? ''}`,
    );
  }
  if (r.inMemoryOnly) console.log('  (measures marked * ran on the in-memory data of the page that imported it; nothing was stored)');
  const star = r.inMemoryOnly ? ' *' : '';
  console.log(`  ${'measure'.padEnd(38)} ${'n'.padStart(3)} ${'median'.padStart(10)} ${'p95'.padStart(10)}  ${'target'.padEnd(18)}`);
  row('import → preview (export file)', r.importPreview?.preview === false ? { error: `refused: ${r.importPreview.error}` } : r.importPreview, '≤ 300 ms', check(r.importPreview, TARGETS.importPreview));
  if (r.importPreviewCompact) row('import → preview (compact file)', r.importPreviewCompact, '≤ 300 ms', check(r.importPreviewCompact, TARGETS.importPreview));
  if (r.apply && !r.apply.error) {
    console.log(`  ${'apply import → first save done'.padEnd(38)} ${'1'.padStart(3)} ${ms(r.apply.clickToSaveEndMs).padStart(10)}`);
    console.log(`  ${'  of which account-desk:save'.padEnd(38)} ${'1'.padStart(3)} ${ms(r.apply.saveMs).padStart(10)}`);
    const stall = `${ms(r.apply.longestTaskMs).padStart(10)}  ≤ 200 ms           ${r.apply.longestTaskMs <= 200 ? 'ok' : 'OVER'}`;
    console.log(`  ${'  longest task (no input handled)'.padEnd(38)} ${String(r.apply.longTasks).padStart(3)} ${stall}`);
  } else if (r.apply) row('apply import', r.apply);
  const list = r.interactive?.list ?? r.interactive;
  const floorTotal = r.floor?.total?.median;
  row('interactive: nav start → list', list, '≤ 400 ms, ≤ 3× floor', check(list, TARGETS.interactive));
  if (r.interactive?.wasm) {
    row('  wasm downloaded (nav start →)', r.interactive.wasm);
    row('  app code starts (nav start →)', r.interactive.start);
    row(r.interactive.listLoad ? '  mount: list load + first render' : '  mount: load + first render', r.interactive.mount);
    if (r.interactive.ours) row('  app code starts → list', r.interactive.ours);
  }
  if (r.interactive?.listLoad) {
    row('    account-desk:load:list (team, clients)', r.interactive.listLoad);
    row('  whole workspace in memory (nav start →)', r.interactive.whole);
  }
  row(r.interactive?.listLoad ? '  account-desk:load (whole, after paint)' : '  startup account-desk:load', r.interactive?.load ?? r.interactive);
  // Runs before these measures existed have no figures for them.
  if (r.interactive?.read?.median !== undefined) {
    row('    read + unpack stored parts', r.interactive.read);
    row('    restore: parse, validate, repair', r.interactive.restore);
  }
  if (r.floor?.error) row('floor', r.floor);
  else if (r.floor) {
    row(`  floor total${star}`, r.floor.total);
    if (r.floor.coldRead) {
      console.log(`  ${'    read account-desk:* keys, cold'.padEnd(38)} ${'1'.padStart(3)} ${ms(r.floor.coldRead.ms).padStart(10)}   (${r.floor.coldRead.chars} chars, first access of the page)`);
    }
    row('    read account-desk:* keys, warm', r.floor.warmRead);
    row('    JSON.parse', r.floor.parse);
    row(`    DOM table of ${r.floor.clients} clients`, r.floor.render);
    console.log(`      (parsed: ${r.floor.source})`);
    if (typeof list?.median === 'number' && floorTotal) {
      const ratioLine = (label, ratio, rest) =>
        console.log(`  ${`  ${label}`.padEnd(38)} ${''.padStart(3)} ${`${ratio.toFixed(1)} ×`.padStart(10)} ${''.padStart(10)}  ${rest}`);
      const ratio = list.median / floorTotal;
      ratioLine('ratio interactive / floor', ratio, `${'≤ 3×'.padEnd(18)} ${ratio <= TARGETS.floorRatio ? 'ok' : 'OVER'}`);
      if (typeof r.interactive?.ours?.median === 'number') {
        ratioLine('ratio app code → list / floor', r.interactive.ours.median / floorTotal, "(the app's own part of the load)");
      }
    }
  }
  if (r.startPage) row('start page: nav start → dashboard', r.startPage);
  row(`search keystroke${star}`, r.search, '≤ 16 ms', check(r.search, TARGETS.search));
  row(`open client page${star}`, r.openClient);
  row(`WIP table${star}`, r.wip);
  row(`dashboard KPI cards${star}`, r.dashboard);
  row(`edit: input → DOM updated${star}`, r.edit?.inputToDom ?? r.edit);
  row(`edit: account-desk:save${star}`, r.edit?.save ?? r.edit, '≤ 10 ms', check(r.edit?.save, TARGETS.save));
  row(`edit: input → saved (300 ms debounce)${star}`, r.edit?.inputToSaved ?? r.edit);
  if (r.edit?.outcomes) console.log(`      (save indicator after each edit: ${r.edit.outcomes.join(', ')})`);
  row(`export everything → download${star}`, r.export);
  if (r.skipped) console.log(`  ${r.skipped}`);
  if (r.pageErrors?.length) console.log(`  page errors: ${r.pageErrors.join(' | ')}`);
}

function printTransfer(t) {
  console.log('\n=== transfer size (raw / gzip -9) ===');
  for (const f of t.files) {
    const kind = f.later ? `${f.kind}, fetched after the first screen` : f.kind;
    console.log(`  ${f.file.padEnd(44)} ${String(f.raw).padStart(9)} B ${String(f.gzip).padStart(9)} B  ${kind}`);
  }
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const verdict = (sizes) => `target ≤ ${TARGETS.gzipKB} KB gzip: ${sizes.gzip <= t.targetGzip ? 'ok' : 'OVER'}`;
  const line = (name, sizes, note) => console.log(`  ${name.padEnd(44)} ${kb(sizes.raw).padStart(11)} ${kb(sizes.gzip).padStart(11)}  ${note}`);
  // Runs from before the split have no firstScreen: everything came first.
  const first = t.firstScreen ?? t.total;
  line('first screen: wasm + JS + CSS', first, verdict(first));
  line('total wasm + JS + CSS', t.total, verdict(t.total));
}

// ---------------------------------------------------------------- main

// PRINT=target/bench/bench.json prints the tables of an earlier run again.
if (process.env.PRINT) {
  const earlier = JSON.parse(await readFile(process.env.PRINT, 'utf8'));
  console.log(`Account Desk browser benchmark — release build in dist/, headless Chromium, ${earlier.date}`);
  for (const preset of Object.keys(earlier.presets)) printPreset(earlier.presets[preset]);
  printTransfer(earlier.transfer);
  process.exit(0);
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const report = { date: new Date().toISOString(), targets: TARGETS, presets: {} };
try {
  report.transfer = await transferSize();
  for (const preset of PRESETS) {
    console.error(`\n${preset}:`);
    report.presets[preset] = await runPreset(browser, preset);
    await mkdir(path.dirname(OUT), { recursive: true });
    await writeFile(OUT, JSON.stringify(report, null, 2)); // after each preset, in case a later one hangs
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(`Account Desk browser benchmark — release build in dist/, headless Chromium, ${report.date}`);
for (const preset of PRESETS) printPreset(report.presets[preset]);
printTransfer(report.transfer);
console.log(`\nAll figures: ${OUT}`);
