// Many tabs saving at once, stale tabs, and saves that fail part-way:
// storage stays readable after every save and no edit is lost.
import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { expectSaved, loadSample, openApp, storedEnvelope, storedPartKeys } from './app';

/** A small seeded generator (mulberry32), so that a failing run repeats. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAMPLE_CLIENTS = ['Lotus Coffee', 'Mekong Travel', 'Saigon Motors', 'Hạt Ngọc Trời Rice', 'Nhà thuốc An Khang Plus'];

async function openClientForm(page: Page, client: string) {
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: client }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
}

function detailsField(page: Page, name: string) {
  return page.getByRole('region', { name: 'Details' }).getByRole('textbox', { name, exact: true });
}

async function saveForm(page: Page, client: string) {
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: client })).toBeVisible();
}

/** Every stored client by name, read from storage by the test's own decoder. */
async function storedClients(page: Page): Promise<Record<string, any>> {
  const envelope = await storedEnvelope(page);
  return Object.fromEntries(envelope.workspace.clients.map((c: any) => [c.name, c]));
}

/** Tabs that each edit a client of their own, all at random moments. */
async function race(context: BrowserContext, tabs: number, rounds: number, seed: number) {
  const next = random(seed);
  const first = await context.newPage();
  await openApp(first);
  await loadSample(first);
  const pages = [first];
  for (let i = 1; i < tabs; i++) {
    const page = await context.newPage();
    await openApp(page);
    pages.push(page);
  }
  const owned = pages.map((_, i) => SAMPLE_CLIENTS[i]);
  await Promise.all(pages.map((page, i) => openClientForm(page, owned[i])));
  const latest: Record<string, string> = {};
  for (let round = 1; round <= rounds; round++) {
    await Promise.all(
      pages.map(async (page, i) => {
        const industry = `Tab ${i + 1}, round ${round}`;
        await detailsField(page, 'Industry').fill(industry);
        await page.waitForTimeout(Math.floor(next() * 60));
        await saveForm(page, owned[i]);
        latest[owned[i]] = industry;
        await page.getByRole('link', { name: 'Edit' }).click();
      }),
    );
    await Promise.all(pages.map((page) => expectSaved(page)));
    // Readable from storage alone after every round, with every tab's edit.
    const stored = await storedClients(first);
    for (const [client, industry] of Object.entries(latest)) {
      expect(stored[client]?.industry, `round ${round}, ${client}`).toBe(industry);
    }
  }
  // What storage holds opens in a new tab, whole.
  const check = await context.newPage();
  await openApp(check);
  for (const [client, industry] of Object.entries(latest)) {
    await expect(check.getByRole('row', { name: new RegExp(client) })).toContainText(industry);
  }
}

// The three loops are long: spread over both workers.
test.describe.configure({ mode: 'parallel' });

for (const [tabs, seed] of [
  [2, 7],
  [3, 11],
  [5, 23],
] as const) {
  test(`${tabs} tabs saving at random moments for 20 rounds keep storage readable and lose no edit`, async ({ context }) => {
    test.setTimeout(180_000);
    await race(context, tabs, 20, seed);
  });
}

test('a form left open while another tab saved writes back only what was changed in it', async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  await loadSample(a);
  const b = await context.newPage();
  await openApp(b);
  await openClientForm(a, 'Lotus Coffee');
  await openClientForm(b, 'Lotus Coffee');

  await a.getByRole('textbox', { name: 'Notes' }).fill('Notes saved in tab A');
  await saveForm(a, 'Lotus Coffee');
  await expectSaved(a);
  // B's form was opened before: it changes only the industry.
  await detailsField(b, 'Industry').fill('Industry changed in tab B');
  await saveForm(b, 'Lotus Coffee');
  await expectSaved(b);

  const stored = (await storedClients(a))['Lotus Coffee'];
  expect(stored.notes).toBe('Notes saved in tab A');
  expect(stored.industry).toBe('Industry changed in tab B');
  await expect(b.getByText('Notes saved in tab A')).toBeVisible();
});

/**
 * A page that can be made to stop hearing of other tabs' saves, as a tab
 * whose events come late: its own listener, added before the app's, runs
 * first and can stop the event (see goStale).
 */
async function openStalePage(context: BrowserContext) {
  const page = await context.newPage();
  await page.addInitScript(() =>
    addEventListener('storage', (event) => {
      if ((window as any).__stale) event.stopImmediatePropagation();
    }),
  );
  await openApp(page);
  return page;
}

async function goStale(page: Page) {
  await page.evaluate(() => ((window as any).__stale = true));
}

test('a stale tab does not bring back a client deleted forever, nor undo a settings change', async ({ context }) => {
  const a = await context.newPage();
  await openApp(a);
  await loadSample(a);
  const stale = await openStalePage(context);
  // A client's page: the whole workspace is in memory, not the list's part.
  await stale.getByRole('link', { name: 'Lotus Coffee' }).click();
  await expect(stale.getByRole('heading', { level: 1, name: 'Lotus Coffee' })).toBeVisible();
  await goStale(stale);

  // A deletes a client forever and changes the reporting currency.
  await a.getByRole('link', { name: 'Mekong Travel' }).click();
  await a.getByRole('button', { name: 'Delete', exact: true }).click();
  await a.getByRole('link', { name: 'Data', exact: true }).click();
  const trash = a.getByRole('region', { name: 'Trash' });
  a.once('dialog', (dialog) => dialog.accept());
  await trash.getByRole('row', { name: /Mekong Travel/ }).getByRole('button', { name: 'Delete forever' }).click();
  await a.getByRole('combobox', { name: 'Reporting currency' }).selectOption('USD');
  await expectSaved(a);

  // The stale tab, which never heard, edits another client.
  await openClientForm(stale, 'Lotus Coffee');
  await detailsField(stale, 'Industry').fill('Edited in the stale tab');
  await saveForm(stale, 'Lotus Coffee');
  await expectSaved(stale);

  // Read in tab A, which Chromium hands the stale tab's writes a moment
  // later (and which merges again when it hears a save made over a lagging
  // view): what storage settles on.
  await expect
    .poll(async () => {
      const ws = (await storedEnvelope(a)).workspace;
      return {
        mekong: ws.clients.some((c: any) => c.name === 'Mekong Travel'),
        budgets: ws.budgets.length > 0,
        currency: ws.settings.reporting_currency,
        lotus: ws.clients.find((c: any) => c.name === 'Lotus Coffee').industry,
      };
    })
    .toEqual({ mekong: false, budgets: true, currency: 'USD', lotus: 'Edited in the stale tab' });
  // The stale tab now shows what is stored.
  await stale.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(stale.getByRole('link', { name: 'Mekong Travel' })).toHaveCount(0);
});

/** From the `n`-th write of Account Desk's on, storage refuses, as a full disk. */
async function failWritesFrom(page: Page, n: number) {
  await page.evaluate((n) => {
    const original = Storage.prototype.setItem;
    let count = 0;
    (window as any).__restoreSetItem = () => (Storage.prototype.setItem = original);
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('account-desk:') && ++count >= n) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  }, n);
}

test('a save failing from any one of its writes on leaves the previous save whole, and the retry saves', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  // An edit of one client writes its part, then the manifest.
  for (const failFrom of [1, 2]) {
    const before = await storedEnvelope(page);
    const keys = await storedPartKeys(page);
    await failWritesFrom(page, failFrom);
    await openClientForm(page, 'Lotus Coffee');
    await detailsField(page, 'Industry').fill(`Attempt ${failFrom}`);
    await saveForm(page, 'Lotus Coffee');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Your latest changes are not saved in this browser');
    // What was saved before is whole, and nothing half-written is left.
    expect(await storedEnvelope(page)).toEqual(before);
    const now = await storedPartKeys(page);
    expect(now.filter((key) => !keys.includes(key))).toEqual([]);
    await page.evaluate(() => (window as any).__restoreSetItem());
    await alert.getByRole('button', { name: 'Try saving again' }).click();
    await expectSaved(page);
    const stored = await storedEnvelope(page);
    expect(stored.workspace.clients.find((c: any) => c.name === 'Lotus Coffee').industry).toBe(`Attempt ${failFrom}`);
  }
});

test('the sample agency’s first save, failing at each of its writes in turn, leaves nothing behind', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const expected = await storedEnvelope(page);
  // Every part, then the manifest.
  const writes = (await storedPartKeys(page)).length + 1;
  expect(writes).toBeGreaterThan(8);
  for (let failFrom = 1; failFrom <= writes; failFrom++) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await failWritesFrom(page, failFrom);
    await page.getByRole('button', { name: 'Load sample data' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Your latest changes are not saved in this browser');
    expect(await storedPartKeys(page), `failing from write ${failFrom}`).toEqual([]);
    expect(await storedEnvelope(page)).toBeNull();
    await page.evaluate(() => (window as any).__restoreSetItem());
    await alert.getByRole('button', { name: 'Try saving again' }).click();
    await expectSaved(page);
    const stored = await storedEnvelope(page);
    for (const [kind, records] of Object.entries(expected.workspace)) {
      if (Array.isArray(records)) expect(stored.workspace[kind], kind).toHaveLength(records.length);
    }
  }
});

test('without Web Locks, saves still work and the Data page says to keep to one tab', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await expect(page.getByText(/take turns saving/)).toHaveCount(0);

  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined }));
  await page.reload();
  await expect(page.getByText(/cannot make several tabs of Account Desk take turns saving/)).toBeVisible();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'New client' }).first().click();
  await detailsField(page, 'Name').fill('Trà sữa Gong Cha');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expectSaved(page);
  const names = (await storedEnvelope(page)).workspace.clients.map((c: any) => c.name);
  expect(names).toEqual(['Trà sữa Gong Cha']);
});

test('delete forever in one tab is one step in the other, 20 times over', async ({ context }) => {
  test.setTimeout(180_000);
  const a = await context.newPage();
  await openApp(a);
  await loadSample(a);
  const b = await context.newPage();
  await openApp(b);
  for (let round = 1; round <= 20; round++) {
    const name = `Khách hàng thử ${round}`;
    await a.getByRole('link', { name: 'Clients', exact: true }).click();
    await a.getByRole('link', { name: 'New client' }).first().click();
    await detailsField(a, 'Name').fill(name);
    await a.getByRole('button', { name: 'Save' }).first().click();
    await a.getByRole('button', { name: 'Delete', exact: true }).click();
    await a.getByRole('link', { name: 'Data', exact: true }).click();
    a.once('dialog', (dialog) => dialog.accept());
    const trash = a.getByRole('region', { name: 'Trash' });
    await trash.getByRole('row', { name: new RegExp(name) }).getByRole('button', { name: 'Delete forever' }).click();
    await expectSaved(a);
    // The other tab, on its trash, never shows the client half there.
    await b.getByRole('link', { name: 'Data', exact: true }).click();
    await expect(b.getByRole('region', { name: 'Trash' }).getByText(name)).toHaveCount(0);
    await b.getByRole('link', { name: 'Clients', exact: true }).click();
    await expect(b.getByRole('link', { name })).toHaveCount(0);
    const stored = await storedEnvelope(b);
    expect(stored.workspace.clients.map((c: any) => c.name), `round ${round}`).not.toContain(name);
  }
  // The sample's own records were never touched.
  const stored = await storedEnvelope(b);
  expect(stored.workspace.clients).toHaveLength(8);
  expect(stored.workspace.budgets.length).toBeGreaterThan(0);
});
