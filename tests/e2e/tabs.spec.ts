// Many tabs of one browser: changes travel between them without a reload,
// and no tab overwrites another's work or rolls it back when it closes.
import { test, expect, type Page } from '@playwright/test';
import { WORKSPACE_KEY, createClient, expectSaved, keptCopies, loadSample, openApp, storedEnvelope } from './app';
import { screenshot } from './helpers';

async function setIndustry(page: Page, client: string, industry: string) {
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: client }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('region', { name: 'Details' }).getByRole('textbox', { name: 'Industry' }).fill(industry);
  await page.getByRole('button', { name: 'Save' }).first().click();
  // The client page (not the form, whose heading is the same) shows the edit.
  await expect(page.getByText(industry, { exact: true })).toBeVisible();
}

async function storedIndustries(page: Page) {
  const clients = (await storedEnvelope(page)).workspace.clients as { name: string; industry: string }[];
  return Object.fromEntries(clients.map((c) => [c.name, c.industry]));
}

test('a change in one tab shows in the other without a reload', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a);
  await openApp(b);
  await createClient(a, 'Sao Mai Foods');
  await expectSaved(a);
  await expect(b.getByRole('link', { name: 'Sao Mai Foods' })).toBeVisible();
  // …and back the other way.
  await createClient(b, 'Lotus Travel');
  await expectSaved(b);
  await a.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(a.getByRole('link', { name: 'Lotus Travel' })).toBeVisible();
  await screenshot(a, 'tabs-synced');
});

test('two tabs editing different clients at once: both edits survive', async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  await loadSample(a);
  const b = await context.newPage();
  await openApp(b);
  await expect(b.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();

  // Both tabs save within the same moment: neither has heard of the other.
  await Promise.all([
    setIndustry(a, 'Lotus Coffee', 'Edited in tab A'),
    setIndustry(b, 'Mekong Travel', 'Edited in tab B'),
  ]);
  await expectSaved(a);
  await expectSaved(b);
  await expect
    .poll(() => storedIndustries(a))
    .toMatchObject({ 'Lotus Coffee': 'Edited in tab A', 'Mekong Travel': 'Edited in tab B' });
  // Each tab shows both edits.
  for (const page of [a, b]) {
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await expect(page.getByRole('row', { name: /Lotus Coffee/ })).toContainText('Edited in tab A');
    await expect(page.getByRole('row', { name: /Mekong Travel/ })).toContainText('Edited in tab B');
  }
});

test('closing a stale tab does not roll data back', async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  await loadSample(a);
  const stale = await context.newPage();
  await openApp(stale);
  await expect(stale.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();

  await setIndustry(a, 'Lotus Coffee', 'Newest edit');
  await expectSaved(a);
  await stale.close({ runBeforeUnload: true });
  await a.reload();
  expect((await storedIndustries(a))['Lotus Coffee']).toBe('Newest edit');
  await a.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(a.getByRole('row', { name: /Lotus Coffee/ })).toContainText('Newest edit');
});

test('a tab with unsaved work closing merges it instead of overwriting', async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  await loadSample(a);
  const b = await context.newPage();
  await openApp(b);
  await setIndustry(a, 'Lotus Coffee', 'Saved by A');
  await expectSaved(a);
  // B closes within the save delay of its edit: the edit is written as the
  // page goes, together with (not over) what A saved.
  await setIndustry(b, 'Saigon Motors', 'Saved by B');
  await b.close({ runBeforeUnload: true });
  await a.reload();
  const stored = await storedIndustries(a);
  expect(stored['Lotus Coffee']).toBe('Saved by A');
  expect(stored['Saigon Motors']).toBe('Saved by B');
});

test('a client deleted forever in one tab stays gone when another tab saves', async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  await createClient(a, 'Hạt Ngọc Trời Rice');
  await a.getByRole('link', { name: 'Clients', exact: true }).click();
  await createClient(a, 'Sao Mai Foods');
  await a.getByRole('button', { name: 'Delete' }).click();
  await expectSaved(a);
  const b = await context.newPage();
  await openApp(b);
  await expect(b.getByRole('link', { name: 'Hạt Ngọc Trời Rice' })).toBeVisible();

  await a.getByRole('link', { name: 'Data' }).click();
  a.once('dialog', (dialog) => dialog.accept());
  await a.getByRole('region', { name: 'Trash' }).getByRole('button', { name: 'Delete forever' }).click();
  await expect(a.getByText('The trash is empty.')).toBeVisible();
  await expectSaved(a);

  // B had nothing unsaved: what A saved is the whole truth, trash included.
  await b.getByRole('link', { name: 'Data' }).click();
  await expect(b.getByRole('region', { name: 'Trash' }).getByText('The trash is empty.')).toBeVisible();
  await b.getByRole('link', { name: 'Clients', exact: true }).click();
  await createClient(b, 'Lotus Travel');
  await expectSaved(b);
  const stored = (await storedEnvelope(b)).workspace.clients.map((c: { name: string }) => c.name);
  expect(stored).toEqual(expect.arrayContaining(['Hạt Ngọc Trời Rice', 'Lotus Travel']));
  expect(stored).not.toContain('Sao Mai Foods');
});

test('after a week of unexported work, a gentle reminder to back up', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  await expect(page.getByText('Time for a backup')).toHaveCount(0);
  // Ten days later…
  await page.clock.install({ time: Date.now() + 10 * 24 * 3600 * 1000 });
  await page.reload();
  const reminder = page.getByRole('status').filter({ hasText: 'Time for a backup' });
  await expect(reminder).toContainText('10 days of work are kept only in this browser.');
  await screenshot(page, 'backup-reminder');
  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Export backup now' }).click();
  await download;
  await expect(page.getByText('Time for a backup')).toHaveCount(0);
});

test('opened on the client list, the backup reminder is there at once and exports everything', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const saved = await storedEnvelope(page);
  await page.clock.install({ time: Date.now() + 10 * 24 * 3600 * 1000 });
  // No animation frame comes: the tab stays on the list's part of the workspace.
  await page.addInitScript(() => {
    window.requestAnimationFrame = () => 0;
  });
  await page.reload();
  await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
  const reminder = page.getByRole('status').filter({ hasText: 'Time for a backup' });
  await expect(reminder).toContainText('10 days of work are kept only in this browser.');

  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Export backup now' }).click();
  const fs = await import('node:fs/promises');
  const exported = JSON.parse(await fs.readFile(await (await download).path(), 'utf8'));
  for (const [kind, records] of Object.entries(saved.workspace)) {
    if (Array.isArray(records)) expect(exported.workspace[kind], kind).toHaveLength(records.length);
  }
});

test('a file imported into an empty browser counts as a backup of what it brought', async ({ page }) => {
  // The fixture's records were made in January: without the rule, the
  // reminder would count ten months of work kept only here.
  await openApp(page);
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByLabel('Import', { exact: true }).setInputFiles('tests/fixtures/workspace-v1.json');
  await page.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Apply import' }).click();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Data', exact: true })).toBeVisible();
  await expect(page.getByText('Time for a backup')).toHaveCount(0);

  // A client added ten days on is work that no file holds.
  await page.clock.install({ time: Date.now() + 10 * 24 * 3600 * 1000 });
  await page.reload();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await createClient(page, 'Bánh mì Hội An');
  await expectSaved(page);
  await expect(page.getByRole('status').filter({ hasText: 'Time for a backup' })).toContainText(
    '10 days of work are kept only in this browser.',
  );
});

/**
 * Opens the client list in a page whose animation frames never come: the
 * whole workspace, restored after the list's first frame, never is, and the
 * tab stays on the list's part of it (as a tab does for one frame).
 */
async function openListOnly(page: Page) {
  await page.addInitScript(() => {
    window.requestAnimationFrame = () => 0;
  });
  await openApp(page);
  await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
  // Only the list's restore has run.
  expect(await page.evaluate(() => performance.getEntriesByName('account-desk:load:list').length)).toBe(1);
  expect(await page.evaluate(() => performance.getEntriesByName('account-desk:load').length)).toBe(0);
}

/**
 * Listens for the next storage event in `page`; the returned function
 * resolves once the page has handled it (the app's listener, added first,
 * runs first).
 */
async function nextStorageEvent(page: Page) {
  await page.evaluate(() => {
    (window as any).__storageHeard = new Promise<void>((done) => addEventListener('storage', () => done(), { once: true }));
  });
  return () => page.evaluate(() => (window as any).__storageHeard);
}

test('a tab that shows only the client list takes another tab’s save whole', async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  await loadSample(a);
  const b = await context.newPage();
  await openListOnly(b);

  await createClient(a, 'Phúc Long Coffee');
  await expectSaved(a);
  await expect(b.getByRole('link', { name: 'Phúc Long Coffee' })).toBeVisible();
  // An edit in b keeps every record a saved, of every kind.
  const saved = await storedEnvelope(a);
  await createClient(b, 'Highlands Coffee');
  await expectSaved(b);
  const after = await storedEnvelope(b);
  for (const [kind, records] of Object.entries(saved.workspace)) {
    if (!Array.isArray(records)) continue;
    const extra = kind === 'clients' ? 1 : 0;
    expect(after.workspace[kind], kind).toHaveLength(records.length + extra);
  }
});

test('data a newer version saves while a tab shows only the client list stays where it is', async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  await loadSample(a);
  const b = await context.newPage();
  await openListOnly(b);

  // A newer version of the app, in tab a, stores what this version cannot read.
  const newer = JSON.stringify({ format: 'account-desk', version: 99, saved_at: '2026-11-23T02:00:00Z', workspace: {} });
  const heard = await nextStorageEvent(b);
  await a.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, newer]);
  await heard();
  expect(await a.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY)).toBe(newer);
  expect(await keptCopies(a)).toEqual({});
});
