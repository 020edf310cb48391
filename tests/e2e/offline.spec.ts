// Works anywhere, offline: the served app starts again with the network off
// (its service worker, dist/sw.js), the one-file build runs from file://, and
// neither breaks its Content-Security-Policy on any screen.
import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient, expectSaved, loadSample, openApp, storedEnvelope, WORKSPACE_KEY } from './app';
import { screenshot } from './helpers';

/** dist/account-desk.html as a file:// URL: double-clicked, not served. */
const ONE_FILE = pathToFileURL(path.resolve(__dirname, '../../dist/account-desk.html')).href;

async function openOneFile(page: Page, hash = '#/clients') {
  await page.goto(ONE_FILE + hash);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
}

/**
 * Records every Content-Security-Policy violation: the page's
 * `securitypolicyviolation` events (kept in window.__cspViolations until the
 * next load) and Chromium's console reports, which survive reloads.
 * Returns a function that lists them so far.
 */
async function watchCsp(page: Page) {
  const reported: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) reported.push(message.text());
  });
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = found;
    document.addEventListener('securitypolicyviolation', (event) => {
      found.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return async () => [
    ...reported,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ];
}

/**
 * Walks the main screens with the sample agency loaded, by the navigation
 * and the links a person would click, with `shoot` naming screenshots.
 */
async function visitMainScreens(page: Page, shoot?: string) {
  const heading = page.getByRole('heading', { level: 1 });
  for (const [link, name] of [
    ['Dashboard', 'dashboard'],
    ['Clients', 'clients'],
    ['Briefs', 'briefs'],
    ['Budgets', 'budgets'],
    ['Competitor reviews', 'reviews'],
    ['Contact reports', 'contact-reports'],
    ['WIP', 'wip'],
    ['Team', 'team'],
    ['Data', 'data'],
  ]) {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: link, exact: true }).click();
    await expect(heading).toBeVisible();
    if (shoot) await screenshot(page, `${shoot}-${name}`);
  }
  for (const [section, link, name] of [
    ['Clients', 'Ngân hàng TMCP Phương Nam Số', 'client-page'],
    ['Budgets', 'Tết 2027 — Sum vầy cùng Đồng Xanh', 'budget-page'],
    ['Competitor reviews', /Thị trường xe máy điện/, 'review-page'],
  ] as const) {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: section, exact: true }).click();
    await page.getByRole('main').getByRole('link', { name: link }).first().click();
    await expect(heading).toBeVisible();
    if (shoot) await screenshot(page, `${shoot}-${name}`);
  }
}

/** Data → Export: the backup download works under the policy (a blob: link). */
async function exportBackup(page: Page) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Data', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(/^account-desk-all-.*\.json$/);
}

test.describe('served over http', () => {
  test('the app starts again with the network off, with what was typed before', async ({ page, context }) => {
    const violations = await watchCsp(page);
    await openApp(page);
    await createClient(page, 'Cà phê Trung Nguyên');
    await expectSaved(page);

    // The app registers dist/sw.js itself; it precaches this build.
    const ready = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000)),
      ]),
    );
    expect(ready, 'the app registers its service worker').toBe(true);
    // A reload makes sure the page is controlled, whether or not the first
    // install claimed it.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    for (const address of ['./#/clients', './index.html#/clients', './?from=bookmark#/clients']) {
      await page.goto(address);
      await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Cà phê Trung Nguyên' })).toBeVisible();
    }
    await page.reload();
    await page.getByRole('link', { name: 'Cà phê Trung Nguyên' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cà phê Trung Nguyên' })).toBeVisible();
    await screenshot(page, 'offline-served-client');
    expect(await violations()).toEqual([]);
  });

  test('no screen breaks the Content-Security-Policy', async ({ page }) => {
    const violations = await watchCsp(page);
    await openApp(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(policy).not.toContain('unsafe-inline');
    await loadSample(page);
    await visitMainScreens(page);
    await exportBackup(page);
    expect(await violations()).toEqual([]);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});

test.describe('the screens in the second wasm file', () => {
  // A service worker would fetch the file itself, out of page.route's reach.
  test.use({ serviceWorkers: 'block' });

  test('the client list starts without them; a failed fetch says so and opens on Try again', async ({ page }) => {
    let blocked = true;
    const screensFile = /\/split_[\w-]+\.wasm$/;
    const screensFetched: string[] = [];
    await page.route(screensFile, (route) => {
      screensFetched.push(route.request().url());
      return blocked ? route.abort('internetdisconnected') : route.continue();
    });
    await openApp(page);
    // The sample agency is built by the second file's code: without it the
    // list says so, and nothing changes.
    await page.getByRole('button', { name: 'Load sample data' }).click();
    const notFetched = page.getByRole('status').filter({ hasText: 'Account Desk could not fetch the part of the app that does this' });
    await expect(notFetched).toContainText('Your data is safe in this browser');
    await screenshot(page, 'later-work-failed');
    await expect(page.getByRole('heading', { name: 'Start with your first client' })).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY)).toBeNull();
    blocked = false;
    await loadSample(page);
    blocked = true;
    await page.reload();
    // The first screen works in full without the file: the list, and search.
    await page.getByRole('searchbox', { name: /Search/ }).fill('Lotus');
    await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
    const failed = page.getByRole('alert').filter({ hasText: 'This screen could not be opened' });
    await expect(failed).toBeVisible();
    await expect(failed).toContainText('Your data is safe in this browser');
    await screenshot(page, 'screen-load-failed');
    expect(screensFetched.length).toBeGreaterThan(0);

    blocked = false;
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(failed).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Clients', exact: true }).click();
    await page.getByRole('link', { name: 'Lotus Coffee' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lotus Coffee' })).toBeVisible();
  });

  test('"Load sample data" clicked twice while the file is on its way loads one sample', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/split_[\w-]+\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await openApp(page);
    const load = page.getByRole('button', { name: 'Load sample data' });
    await load.click();
    await load.click();
    release();
    await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
    await expectSaved(page);
    await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toHaveCount(1);
    expect((await storedEnvelope(page)).workspace.clients).toHaveLength(8);
  });

  test('data the list cannot read alone waits for the whole restore, never shows as an empty list', async ({ page }) => {
    let blocked = false;
    await page.route(/\/split_[\w-]+\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await openApp(page);
    await loadSample(page);
    // Stored as one envelope under one key, as before storage was split in
    // parts: the list's part cannot be read alone.
    const envelope = await storedEnvelope(page);
    await page.evaluate(([key, value]) => {
      localStorage.clear();
      localStorage.setItem(key, value);
    }, [WORKSPACE_KEY, JSON.stringify(envelope)]);
    blocked = true;
    await page.reload();
    const failed = page.getByRole('alert').filter({ hasText: 'This screen could not be opened' });
    await expect(failed).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Start with your first client' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Load sample data' })).toHaveCount(0);
    blocked = false;
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
    // Read whole, it is saved again in parts at the next change.
    await createClient(page, 'Phúc Long Coffee');
    await expectSaved(page);
    expect((await storedEnvelope(page)).workspace.clients).toHaveLength(9);
    expect(await page.evaluate((key) => localStorage.getItem(key)!.includes('account-desk-store'), WORKSPACE_KEY)).toBe(true);
  });

  test('the other screens’ styles do not hold up the list, and those screens wait for them', async ({ page }) => {
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route(/\/later-[0-9a-f]+\.css$/, async (route) => {
      await held;
      await route.continue();
    });
    // Not until `load`, which waits for every stylesheet: the list does not.
    await page.goto('./#/clients', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { name: 'Start with your first client' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Data' }).click();
    await page.waitForTimeout(500);
    await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toHaveCount(0);
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
    // Drawn styled: the backup and storage cards side by side at 1280 px.
    const backup = await page.getByRole('region', { name: 'Backup' }).boundingBox();
    const storage = await page.getByRole('region', { name: 'Storage in this browser' }).boundingBox();
    expect(storage!.x).toBeGreaterThan(backup!.x + backup!.width);
    expect(storage!.y).toBe(backup!.y);
  });

  test('the code that saves is in the file: without it the banner says so, and Try saving again fetches it', async ({ page }) => {
    let blocked = true;
    await page.route(/\/split_[\w-]+\.wasm$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    // Storage refused (private mode): the app starts empty and says so.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await openApp(page);
    const banner = page.getByRole('alert').filter({ hasText: 'Your latest changes are not saved in this browser' });
    await expect(banner).toContainText('does not let Account Desk store data');
    await banner.getByRole('button', { name: 'Try saving again' }).click();
    await expect(banner).toContainText('Account Desk could not fetch the part of the app that saves');
    await screenshot(page, 'save-code-not-fetched');
    blocked = false;
    await banner.getByRole('button', { name: 'Try saving again' }).click();
    // Fetched and run: what stops the save now is the browser itself.
    await expect(banner).toContainText('does not let Account Desk store data');
  });

  test('are fetched in the background at start, with no error where workers are blocked', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const screensFile = /\/split_[\w-]+\.wasm$/;
    const fetched = page.waitForRequest(screensFile);
    await openApp(page);
    await fetched;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('the one-file build, opened from disk', () => {
  test('runs from file://, keeps a new client across a reload and every screen works', async ({ page }) => {
    const violations = await watchCsp(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openOneFile(page);
    // Nothing to register under file://, and nothing tried to.
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();

    await loadSample(page);
    await createClient(page, 'Phở Thìn Lò Đúc', [{ name: 'Chị Lê Thu Trang', email: 'trang@phothin.vn' }]);
    await expectSaved(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Phở Thìn Lò Đúc' })).toBeVisible();
    await expect(page.getByText('Chị Lê Thu Trang')).toBeVisible();
    await screenshot(page, 'one-file-client');

    await visitMainScreens(page, 'one-file');
    await exportBackup(page);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the Data page says plainly that other files opened from disk share its storage', async ({ page }) => {
    await openOneFile(page);
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    const note = page.getByRole('note').filter({ hasText: 'Opened from a file: other files can reach this data' });
    await expect(note).toContainText('any other .html file you open from disk here');
    await expect(note).toContainText('keep an export with a passphrase');
    await screenshot(page, 'one-file-data-note');
    // Served from a web address, the page does not say it.
    await page.goto('./#/data');
    await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
    await expect(page.getByText('Opened from a file')).toHaveCount(0);
  });

  test('an encrypted export made from the file opens in it again', async ({ page }) => {
    await openOneFile(page);
    // Chromium treats file:// as a secure context: Web Crypto is there.
    expect(await page.evaluate(() => typeof crypto.subtle?.encrypt)).toBe('function');
    await createClient(page, 'Mekong Travel');
    await expectSaved(page);
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    await page.getByLabel('Passphrase (optional)').fill('bí mật 2027');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    const fs = await import('node:fs/promises');
    const text = await fs.readFile(await file.path(), 'utf8');
    expect(JSON.parse(text).encrypted).toMatchObject({ cipher: 'AES-256-GCM', iterations: 600000 });
    expect(text).not.toContain('Mekong');

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    await page.getByLabel('Import', { exact: true }).setInputFiles({
      name: file.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
    await page.getByLabel('Passphrase', { exact: true }).fill('bí mật 2027');
    await page.getByRole('button', { name: 'Unlock' }).click();
    const preview = page.getByRole('region', { name: 'Import preview' });
    await expect(preview).toContainText('1 new');
    await preview.getByRole('button', { name: 'Apply import' }).click();
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Mekong Travel' })).toBeVisible();
  });

  test('is one file: nothing is fetched beside it', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openOneFile(page);
    // The screens after the first are in a second wasm file, inlined (as a data: URL).
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    const fetched = requests.filter((url) => !url.startsWith('data:')).map((url) => url.split('#')[0]);
    expect(fetched).toEqual([ONE_FILE]);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/^default-src 'none'; script-src 'wasm-unsafe-eval' 'sha256-[^']+'; connect-src data:; style-src 'sha256-/);
  });
});
