import { test, expect } from '@playwright/test';
import { UNREADABLE_PREFIX, WORKSPACE_KEY, createClient, expectSaved, openApp } from './app';
import { screenshot } from './helpers';

test('garbage in storage: the app starts, explains, and keeps the bytes', async ({ page }) => {
  await openApp(page);
  const garbage = '{"format":"account-desk","version":1,"workspace":{"clients":[{"name":"Sữa Đồng Xanh"';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, garbage]);
  await page.reload();

  await expect(page.getByText('Stored data could not be read')).toBeVisible();
  await expect(page.getByText(/not valid JSON \(line 1, column \d+\)/)).toBeVisible();
  await screenshot(page, 'storage-unreadable');

  const kept = await page.evaluate((prefix) => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith(prefix)) out[key] = localStorage.getItem(key)!;
    }
    return out;
  }, UNREADABLE_PREFIX);
  expect(Object.values(kept)).toEqual([garbage]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download stored data' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^account-desk-unreadable-.*\.txt$/);
  const path = await file.path();
  const fs = await import('node:fs/promises');
  expect(await fs.readFile(path, 'utf8')).toBe(garbage);

  // The app is usable, and new work does not touch the kept bytes.
  await createClient(page, 'Phở Hồng Hà');
  await expectSaved(page);
  const keptAfter = await page.evaluate((key) => localStorage.getItem(key), Object.keys(kept)[0]);
  expect(keptAfter).toBe(garbage);
});

test('a newer version of the data is never overwritten', async ({ page }) => {
  await openApp(page);
  const newer = JSON.stringify({ format: 'account-desk', version: 42, workspace: { clients: [] } });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, newer]);
  await page.reload();
  await expect(page.getByText(/made by a newer Account Desk \(format version 42/)).toBeVisible();
  const kept = await page.evaluate(
    (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => localStorage.getItem(k)),
    UNREADABLE_PREFIX,
  );
  expect(kept).toEqual([newer]);
});

test('a full storage: adding a client shows the save error and the client stays', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    let block = 'x'.repeat(1 << 20);
    let n = 0;
    while (block.length >= 16) {
      try {
        localStorage.setItem(`filler-${n++}`, block);
      } catch {
        block = block.slice(0, block.length / 2);
      }
    }
  });

  await createClient(page, 'Saigon Motors', [{ name: 'Anh Bùi Thế Vinh', email: 'vinh@saigonmotors.vn' }]);

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your latest changes are not saved in this browser');
  await expect(alert).toContainText('storage for Account Desk is full');
  await expect(page.getByText('Not saved', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Saigon Motors' })).toBeVisible();
  await expect(page.getByText('Anh Bùi Thế Vinh')).toBeVisible();
  await screenshot(page, 'storage-full');

  // Export still works from memory.
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export backup now' }).click();
  const file = await download;
  const fs = await import('node:fs/promises');
  const exported = JSON.parse(await fs.readFile(await file.path(), 'utf8'));
  expect(exported.format).toBe('account-desk');
  expect(exported.workspace.clients.map((c: { name: string }) => c.name)).toEqual(['Saigon Motors']);

  // Once there is room again, saving recovers.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
  await alert.getByRole('button', { name: 'Try saving again' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Saigon Motors' })).toBeVisible();
});

test('changes are flushed when the page is closed right after typing', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Nhà thuốc An Khang');
  // No wait for the debounced save: reloading fires pagehide, which flushes.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhà thuốc An Khang' })).toBeVisible();
});
