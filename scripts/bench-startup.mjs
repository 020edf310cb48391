// Measures navigation → client list rendered, with the sample agency stored,
// in headless Chromium against the release build in dist/. Prints figures;
// asserts nothing (absolute times on a shared 2-core machine are noisy).
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './browser-paths.mjs';

const PORT = 4175;
const LOADS = Number(process.env.LOADS ?? 15);
const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'], {
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 500));

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  // Records when the first client row appears, measured from navigation start.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('tbody tr th a')) {
        window.__listRenderedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`http://127.0.0.1:${PORT}/#/clients`);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await page.getByText('All changes saved').waitFor();

  const times = [];
  for (let i = 0; i < LOADS; i++) {
    await page.reload();
    await page.waitForFunction(() => window.__listRenderedAt !== undefined);
    times.push(await page.evaluate(() => window.__listRenderedAt));
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`navigation → client list rendered (sample data, ${LOADS} loads):`);
  console.log(`  min ${at(0).toFixed(0)} ms   median ${at(0.5).toFixed(0)} ms   p95 ${at(0.95).toFixed(0)} ms`);
} finally {
  await browser.close();
  server.kill();
}
