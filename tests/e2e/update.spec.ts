// A new build never mixes with the old one: the app offers "Reload to
// update", and the reload runs under the new service worker.
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, appendFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

let PORT = 4191;
let server: ChildProcess;
let root: string;

test.beforeAll(async ({}, testInfo) => {
  // One server per worker: repeated runs must not share a port or a folder.
  PORT = 4191 + testInfo.workerIndex;
  // A copy of the build, so this test can "deploy" a new one.
  root = await mkdtemp(path.join(os.tmpdir(), 'account-desk-update-'));
  await cp(path.resolve(__dirname, '../../dist'), root, { recursive: true });
  server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', root], {
    stdio: 'ignore',
  });
  // Python may take over a second to listen on a busy machine: ask until it answers.
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the test server did not start on port ${PORT}`);
});

test.afterAll(async () => {
  server.kill();
  await rm(root, { recursive: true, force: true });
});

test('a new build waiting: Reload to update switches to it', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${PORT}/#/clients`);
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.getByText('A new version of Account Desk is ready')).toHaveCount(0);

  // Deploy: the worker script of the new build differs byte for byte.
  await appendFile(path.join(root, 'sw.js'), '\n// the next build\n');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  const banner = page.getByRole('status').filter({ hasText: 'A new version of Account Desk is ready' });
  // The new worker first caches the whole build (~3 MB): seconds on a busy machine.
  await expect(banner).toBeVisible({ timeout: 20_000 });

  const reloaded = page.waitForEvent('load');
  await banner.getByRole('button', { name: 'Reload to update' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByText('A new version of Account Desk is ready')).toHaveCount(0);
  // The page is now controlled by the new worker, and nothing else waits.
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { waiting: registration?.waiting ?? null, active: registration?.active?.state };
  });
  expect(state).toEqual({ waiting: null, active: 'activated' });
});
