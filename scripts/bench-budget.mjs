// Measures navigation → a budget with 200 lines (600 cost entries) rendered,
// and one cell edit → totals updated, in headless Chromium against dist/.
// Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './browser-paths.mjs';

const PORT = 4176;
const LOADS = Number(process.env.LOADS ?? 10);
const LINES = 200;

function workspace() {
  const now = '2026-11-01T09:00:00Z';
  const meta = () => ({ id: randomUUID(), created_at: now, updated_at: now, rev: 1 });
  const client = { meta: meta(), name: 'Ngân hàng TMCP Phương Nam Số' };
  const categories = ['media', 'production', 'creative', 'fee', 'third_party', 'other'];
  const lines = Array.from({ length: LINES }, (_, i) => ({
    id: randomUUID(),
    category: categories[i % categories.length],
    description: `Hạng mục ${i + 1} — quảng cáo đa kênh`,
    vendor: ['Meta', 'Google', 'Zalo', 'TikTok'][i % 4],
    planned: 10_000_000 + i * 1_000,
    committed: 5_000_000,
    entries: Array.from({ length: 3 }, (_, j) => ({
      id: randomUUID(),
      date: `2026-11-${String(1 + ((i + j * 7) % 28)).padStart(2, '0')}`,
      amount: 1_000_000 + j,
      note: 'Hóa đơn tháng 11',
      reference: `INV-${i}-${j}`,
    })),
  }));
  const budget = {
    meta: meta(), client: client.meta.id, campaign: 'Chiến dịch 200 hạng mục',
    start: '2026-11-01', end: '2026-11-30', currency: 'VND', fee: 5_000_000_000, alert_threshold: 80, lines,
  };
  return { id: budget.meta.id, envelope: JSON.stringify({ format: 'account-desk', version: 1, saved_at: now, workspace: { team: [], clients: [client], budgets: [budget] } }) };
}

const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const { id, envelope } = workspace();
  const page = await browser.newPage();
  await page.addInitScript(([lines]) => {
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('tr.line-row').length >= lines) {
        window.__linesRenderedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, [LINES]);
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.evaluate((value) => localStorage.setItem('account-desk:workspace', value), envelope);
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(`http://127.0.0.1:${PORT}/?load=${i}#/budgets/${id}`);
    await page.waitForFunction(() => window.__linesRenderedAt !== undefined, null, { timeout: 60_000 });
    times.push(await page.evaluate(() => window.__linesRenderedAt));
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(0);
  console.log(`navigation → budget with ${LINES} lines rendered (${LOADS} loads): min ${at(0)} ms, median ${at(0.5)} ms, p95 ${at(0.95)} ms`);

  const edits = [];
  for (let i = 0; i < 10; i++) {
    const cell = page.getByRole('textbox', { name: 'Planned, line 1', exact: true });
    await cell.fill(String(20_000_000 + i));
    const ms = await cell.evaluate((input) => {
      const started = performance.now();
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - started)));
    });
    edits.push(ms);
  }
  edits.sort((a, b) => a - b);
  console.log(`edit a planned cell → figures and totals updated (to next frame, 10 edits): median ${edits[5].toFixed(0)} ms, max ${edits[9].toFixed(0)} ms`);
} finally {
  await browser.close();
  server.kill();
}
