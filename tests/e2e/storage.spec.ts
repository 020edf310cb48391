import { test, expect } from '@playwright/test';
import {
  WORKSPACE_KEY,
  createClient,
  cutStoredInto,
  emptyFillers,
  expectSaved,
  fillStorage,
  keptCopies,
  loadSample,
  openApp,
  storedEnvelope,
  storedPartKeys,
} from './app';
import { screenshot } from './helpers';

test('garbage in storage: the app starts, explains, and keeps the bytes', async ({ page }) => {
  await openApp(page);
  const garbage = '{"format":"account-desk","version":1,"workspace":{"clients":[{"name":"Sữa Đồng Xanh"';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, garbage]);
  await page.reload();

  await expect(page.getByText('Stored data could not be read')).toBeVisible();
  await expect(page.getByText(/not valid JSON \(line 1, column \d+\)/)).toBeVisible();
  await screenshot(page, 'storage-unreadable');

  const kept = await keptCopies(page);
  expect(Object.values(kept)).toEqual([garbage]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download stored data' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^account-desk-kept-.*\.json$/);
  const path = await file.path();
  const fs = await import('node:fs/promises');
  expect(await fs.readFile(path, 'utf8')).toBe(garbage);

  // The app is usable, and new work does not touch the kept bytes.
  await createClient(page, 'Phở Hồng Hà');
  await expectSaved(page);
  expect(await keptCopies(page)).toEqual(kept);
});

test('a newer version of the data is never overwritten', async ({ page }) => {
  await openApp(page);
  const newer = JSON.stringify({ format: 'account-desk', version: 42, workspace: { clients: [] } });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, newer]);
  await page.reload();
  await expect(page.getByText(/made by a newer Account Desk \(format version 42/)).toBeVisible();
  expect(Object.values(await keptCopies(page))).toEqual([newer]);
});

test('a full storage: adding a client shows the save error and the client stays', async ({ page }) => {
  await openApp(page);
  await fillStorage(page);

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
  await emptyFillers(page);
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

test('data stored whole by an older version is read, then kept in parts', async ({ page }) => {
  await openApp(page);
  const old = {
    format: 'account-desk',
    version: 1,
    saved_at: '2026-11-20T02:00:00Z',
    workspace: {
      clients: [
        {
          meta: { id: '6f1c2b9e-0a4d-4c1e-9f6a-2d7b8e3c5a10', created_at: '2026-11-20T02:00:00Z', updated_at: '2026-11-20T02:00:00Z', rev: 1 },
          name: 'Bánh mì Huỳnh Hoa',
        },
      ],
    },
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, JSON.stringify(old)]);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Bánh mì Huỳnh Hoa' })).toBeVisible();

  await createClient(page, 'Cà phê Trung Nguyên');
  await expectSaved(page);
  const manifest = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), WORKSPACE_KEY);
  expect(manifest.format).toBe('account-desk-store');
  const stored = await storedEnvelope(page);
  expect(stored.workspace.clients.map((c: { name: string }) => c.name).sort()).toEqual(['Bánh mì Huỳnh Hoa', 'Cà phê Trung Nguyên']);
  await page.reload();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Bánh mì Huỳnh Hoa' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cà phê Trung Nguyên' })).toBeVisible();
});

test('data stored in parts of another size by an older version is read, and an edit rewrites only its own part', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const before = (await storedEnvelope(page)).workspace;
  expect(before.interactions.length).toBeGreaterThan(2);
  // Builds before the seventh stop cut every kind into parts of 200 records:
  // here 2, so that the sample's records lie in many parts.
  await cutStoredInto(page, 2);
  expect((await storedEnvelope(page)).workspace).toEqual(before);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
  const keysBefore = await storedPartKeys(page);

  await createClient(page, 'Bún chả Hương Liên');
  await expectSaved(page);
  const after = (await storedEnvelope(page)).workspace;
  expect(after.clients.map((c: { name: string }) => c.name)).toEqual([...before.clients.map((c: { name: string }) => c.name), 'Bún chả Hương Liên']);
  for (const kind of Object.keys(before).filter((k) => k !== 'clients')) expect(after[kind], kind).toEqual(before[kind]);
  // The old cut is kept: rewriting every collection at once could need more
  // room than a full browser has. One part of the clients is new.
  const keysAfter = await storedPartKeys(page);
  const written = keysAfter.filter((key) => !keysBefore.includes(key));
  expect(written).toHaveLength(1);
  expect(written[0]).toContain(':clients:');
  const manifest = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), WORKSPACE_KEY);
  const named = [...manifest.collections.flatMap((c: { parts: { key: string }[] }) => c.parts.map((p) => p.key)), manifest.settings].sort();
  expect(keysAfter).toEqual(named);

  await page.reload();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Bún chả Hương Liên' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
});

test('a damaged stored part: everything else opens, the part is kept, and nothing is overwritten', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const before = counts(await storedEnvelope(page));
  const manifest = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), WORKSPACE_KEY);
  const wip = manifest.collections.find((c: { name: string }) => c.name === 'wip').parts[0];
  await page.evaluate((key) => localStorage.setItem(key, 'not packed at all'), wip.key);
  await page.reload();

  const banner = page.getByRole('status').filter({ hasText: 'Part of the stored data could not be read' });
  await expect(banner).toContainText(`Left out: ${wip.records} WIP items. Everything else is open.`);
  await expect(page.getByText('Stored data could not be read', { exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
  await screenshot(page, 'storage-salvaged');
  // The damaged bytes are kept as they were, with the manifest that named them.
  const kept = Object.values(await keptCopies(page));
  expect(kept).toHaveLength(1);
  const copy = JSON.parse(kept[0]);
  expect(copy.parts[wip.key]).toBe('not packed at all');
  expect(JSON.parse(copy[WORKSPACE_KEY]).format).toBe('account-desk-store');
  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Download stored data' }).click();
  const fs = await import('node:fs/promises');
  expect(JSON.parse(await fs.readFile(await (await download).path(), 'utf8'))).toEqual(copy);

  // Listed among the kept copies, with what it holds.
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await expect(page.getByRole('listitem', { name: /Copy kept on/ })).toContainText(
    `this version cannot read ${wip.records} WIP items`,
  );
  // An edit saves what was opened; the copy stays.
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await createClient(page, 'Phở Thìn');
  await expectSaved(page);
  const after = counts(await storedEnvelope(page));
  expect(after).toEqual({ ...before, clients: before.clients + 1, wip: before.wip - wip.records });
  expect(Object.values(await keptCopies(page))).toEqual(kept);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Phở Thìn' })).toBeVisible();
  await expect(page.getByText('Part of the stored data could not be read')).toHaveCount(0);
});

test('a part deleted, truncated or swapped for another: everything else opens', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const saved = await page.evaluate(() => ({ ...localStorage }));
  const manifest = JSON.parse(saved[WORKSPACE_KEY]);
  const part = (name: string) => manifest.collections.find((c: { name: string }) => c.name === name).parts[0];
  const cases: [string, string, (text: string) => string | null][] = [
    ['budgets', 'budgets', () => null],
    ['interactions', 'client requests', (text) => text.slice(0, text.length / 2)],
    ['deals', 'deals', () => saved[part('nps').key]],
  ];
  for (const [name, words, damage] of cases) {
    const { key, records } = part(name);
    await page.evaluate(
      ([all, key, text]) => {
        localStorage.clear();
        for (const [k, v] of Object.entries(all as Record<string, string>)) localStorage.setItem(k, v);
        if (text === null) localStorage.removeItem(key as string);
        else localStorage.setItem(key as string, text as string);
      },
      [saved, key, damage(saved[key])] as const,
    );
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'Part of the stored data could not be read' })).toContainText(
      `Left out: ${records} ${words}.`,
    );
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
  }
});

/** How many records of each kind an envelope holds. */
function counts(envelope: any): Record<string, number> {
  return Object.fromEntries(
    Object.entries(envelope.workspace)
      .filter(([, value]) => Array.isArray(value))
      .map(([kind, records]) => [kind, (records as unknown[]).length]),
  );
}

test('opened on the client list, the whole workspace follows before anything is saved', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const before = counts(await storedEnvelope(page));
  expect(before.wip).toBeGreaterThan(0);
  expect(before.interactions).toBeGreaterThan(0);

  await page.reload();
  await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
  // At once, from the list: a new client, saved.
  await createClient(page, 'Trà sữa Phúc Long');
  await expectSaved(page);
  expect(counts(await storedEnvelope(page))).toEqual({ ...before, clients: before.clients + 1 });

  // Another screen from the list shows the records that are not the list's.
  await page.goto('./#/clients');
  await page.reload();
  await page.getByRole('link', { name: 'Lotus Coffee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lotus Coffee' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('listitem').first()).toBeVisible();
});

test('a kept copy of stored parts opens in the import preview and comes back, and its download imports', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const before = counts(await storedEnvelope(page));
  // What an earlier version set aside when one part was damaged: every
  // stored key with its text, the damaged part included.
  const keptKey = 'account-desk:unreadable:2026-12-01T09:00:00+00:00';
  const wipRecords = await page.evaluate(([manifestKey, keptKey]) => {
    const manifest = JSON.parse(localStorage.getItem(manifestKey)!);
    const dump: Record<string, string> = {};
    for (const key of Object.keys(localStorage)) if (key.startsWith('account-desk:part:') || key === manifestKey) dump[key] = localStorage.getItem(key)!;
    const wip = manifest.collections.find((c: { name: string }) => c.name === 'wip').parts[0];
    dump[wip.key] = 'not packed at all';
    localStorage.clear();
    localStorage.setItem(keptKey, JSON.stringify(dump));
    return wip.records;
  }, [WORKSPACE_KEY, keptKey]);
  await page.reload();
  await page.getByRole('link', { name: 'Data', exact: true }).click();

  const copy = page.getByRole('listitem', { name: /Copy kept on 1 Dec 2026/ });
  await expect(copy).toContainText(`${before.clients} clients`);
  await screenshot(page, 'data-kept-copies');
  await copy.getByRole('button', { name: 'Open' }).click();
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('What “the copy kept on 1 Dec 2026');
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeVisible();
  await expectSaved(page);
  expect(counts(await storedEnvelope(page))).toEqual({ ...before, wip: before.wip - wipRecords });
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();

  // The downloaded copy is a file Import reads the same way.
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  const download = page.waitForEvent('download');
  await copy.getByRole('button', { name: 'Download stored data' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^account-desk-kept-.*\.json$/);
  await page.getByLabel('Import', { exact: true }).setInputFiles(await file.path());
  await expect(page.getByRole('region', { name: 'Import preview' })).toContainText('Nothing would change');

  // Deleting it says what would be lost, and asks.
  let question = '';
  page.once('dialog', (dialog) => {
    question = dialog.message();
    dialog.dismiss();
  });
  await copy.getByRole('button', { name: 'Delete forever' }).click();
  expect(question).toContain(`${before.clients} clients`);
  expect(question).toContain('Delete the copy kept on 1 Dec 2026');
  await expect(copy).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await copy.getByRole('button', { name: 'Delete forever' }).click();
  await expect(page.getByRole('heading', { name: 'Kept copies' })).toHaveCount(0);
  expect(await keptCopies(page)).toEqual({});
});

test('work a full storage refused is offered again after a reload', async ({ page }) => {
  await openApp(page);
  await fillStorage(page);
  await createClient(page, 'Bánh mì Hội An');
  await expect(page.getByRole('alert')).toContainText('Your latest changes are not saved in this browser');
  // Closing the tab now asks first.
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', async (dialog) => {
      resolve(dialog.type());
      await dialog.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  await expect(page.getByRole('heading', { level: 1, name: 'Bánh mì Hội An' })).toBeVisible();
  await page.reload();

  const banner = page.getByRole('status').filter({ hasText: 'Changes from before the reload were not saved' });
  await expect(banner).toBeVisible();
  await screenshot(page, 'unsaved-after-reload');
  // Room again; the person reviews what was kept and applies it.
  await emptyFillers(page);
  await banner.getByRole('button', { name: 'Review changes' }).click();
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('Bánh mì Hội An');
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByText('Changes from before the reload were not saved')).toHaveCount(0);
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Bánh mì Hội An' })).toBeVisible();
});
