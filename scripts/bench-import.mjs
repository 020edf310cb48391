// Imports far beyond an agency's size (`make bench-import`, also run by
// `make bench`): 100 000 clients in an Account Desk file, and a 20 000-row
// CSV from a CRM, each into an empty browser through the Data page. Prints,
// per step (file chosen → preview, Apply → first save), the time and the
// page's stalls (long tasks); asserts nothing. 100 000 clients do not fit in
// localStorage: that save ends with the "storage is full" banner, which is
// the expected outcome, and its stall is printed all the same.
//
// Environment: PORT=4177  CLIENTS=100000  ROWS=20000
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './browser-paths.mjs';

const PORT = Number(process.env.PORT ?? 4177);
const CLIENTS = Number(process.env.CLIENTS ?? 100_000);
const ROWS = Number(process.env.ROWS ?? 20_000);
const STEP_TIMEOUT = 600_000;

function clientsFile() {
  const now = '2026-11-01T09:00:00Z';
  const industries = ['FMCG — Thực phẩm', 'Bất động sản', 'Ngân hàng', 'Giáo dục — Đào tạo', 'Viễn thông'];
  const clients = Array.from({ length: CLIENTS }, (_, i) => ({
    meta: { id: randomUUID(), created_at: now, updated_at: now, rev: 1 },
    name: `Công ty TNHH Thử Nghiệm ${i + 1}`,
    industry: industries[i % industries.length],
    brands: [`Thương hiệu ${i + 1}`],
    status: 'active',
    tier: 'B',
    website: `https://khach${i + 1}.example.vn`,
    notes: 'Retainer hằng tháng; báo cáo tuần mỗi thứ Hai.',
    tags: ['retainer'],
    currency: 'VND',
  }));
  return JSON.stringify({ format: 'account-desk', version: 1, exported_at: now, scope: 'all', workspace: { clients } });
}

function crmCsv() {
  const rows = ['Tên công ty;Người liên hệ;Chức vụ;E-mail;SĐT;Ghi chú CRM'];
  for (let i = 1; i <= ROWS; i++) {
    rows.push(`Công ty Thử ${i};Anh Tuấn ${i};CEO;tuan${i}@example.vn;0901 234 ${String(i % 1000).padStart(3, '0')};Ghi chú ${i}`);
  }
  return rows.join('\r\n');
}

/** Long tasks since the last call: how many, and the longest. */
async function stalls(page) {
  const tasks = await page.evaluate(() => window.__tasks.splice(0));
  return { longTasks: tasks.length, longestMs: Math.round(Math.max(0, ...tasks)) };
}

async function until(page, locator) {
  await locator.waitFor({ timeout: STEP_TIMEOUT });
  // The step's last task is over once a frame has been drawn after it.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

async function run(browser, name, file, csv) {
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) window.__tasks.push(task.duration);
    }).observe({ type: 'longtask' });
  });
  await page.goto(`http://127.0.0.1:${PORT}/#/data`);
  await page.getByLabel('Import', { exact: true }).waitFor();
  await stalls(page);
  const preview = page.getByRole('region', { name: 'Import preview' });
  const apply = preview.getByRole('button', { name: 'Apply import' });

  let t0 = performance.now();
  await page.getByLabel('Import', { exact: true }).setInputFiles(file);
  if (csv) {
    await until(page, page.getByRole('button', { name: 'Preview import' }));
    await page.getByRole('button', { name: 'Preview import' }).click();
  }
  await until(page, apply);
  const toPreview = { ms: Math.round(performance.now() - t0), ...(await stalls(page)) };

  // The save indicator goes to "Saving…", then to "All changes saved" or
  // "Not saved".
  await page.evaluate(() => {
    const indicator = document.querySelector('header [role="status"]');
    window.__saveDone = false;
    let pending = false;
    new MutationObserver(() => {
      const text = indicator.textContent;
      if (text.startsWith('Saving')) pending = true;
      else if (pending) window.__saveDone = true;
    }).observe(indicator, { childList: true, subtree: true, characterData: true });
  });
  t0 = performance.now();
  await apply.click();
  await page.waitForFunction(() => window.__saveDone, null, { timeout: STEP_TIMEOUT, polling: 50 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const toSaved = { ms: Math.round(performance.now() - t0), ...(await stalls(page)) };
  const outcome = (await page.locator('header [role="status"]').first().textContent())?.trim();
  await page.close();
  console.log(
    `${name.padEnd(24)} preview ${String(toPreview.ms).padStart(6)} ms (longest task ${toPreview.longestMs} ms, ${toPreview.longTasks} over 50 ms)` +
      `   apply → save ${String(toSaved.ms).padStart(6)} ms (longest task ${toSaved.longestMs} ms, ${toSaved.longTasks} over 50 ms): ${outcome}`,
  );
}

const dir = await mkdtemp(path.join(tmpdir(), 'account-desk-bench-'));
const jsonPath = path.join(dir, `clients-${CLIENTS}.json`);
const csvPath = path.join(dir, `crm-${ROWS}.csv`);
await writeFile(jsonPath, clientsFile());
await writeFile(csvPath, crmCsv());

const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  console.log(`Imports beyond an agency (empty browser, Data page):`);
  await run(browser, `${CLIENTS} clients (JSON)`, jsonPath, false);
  await run(browser, `${ROWS}-row CSV`, csvPath, true);
} finally {
  await browser.close();
  server.kill();
}
