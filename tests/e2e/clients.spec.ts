import { test, expect, type Page } from '@playwright/test';
import { createClient, detailsSection, expectSaved, loadSample, openApp } from './app';
import { screenshot } from './helpers';

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('a new client with two contacts is still there after a reload', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Start with your first client' })).toBeVisible();
  await screenshot(page, 'clients-empty');

  await createClient(page, 'Sao Mai Foods', [
    { name: 'Chị Nguyễn Thị Lan', title: 'Brand Manager', email: 'lan@saomai.vn' },
    { name: 'Anh Trần Văn Khoa', email: 'khoa@saomai.vn' },
  ]);
  await expectSaved(page);
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: 'Sao Mai Foods' })).toBeVisible();
  const contacts = page.getByRole('region', { name: 'Contacts' });
  await expect(contacts.getByText('Chị Nguyễn Thị Lan')).toBeVisible();
  await expect(contacts.getByText('Anh Trần Văn Khoa')).toBeVisible();
  await expect(contacts.getByRole('link', { name: 'lan@saomai.vn' })).toHaveAttribute('href', 'mailto:lan@saomai.vn');
  // The first contact added became the primary one.
  await expect(contacts.getByText('Primary', { exact: true })).toHaveCount(1);
  await screenshot(page, 'client-page');

  await page.getByRole('link', { name: 'All clients' }).click();
  await expect(page.getByRole('link', { name: 'Sao Mai Foods' })).toBeVisible();
  await expect(page.getByText('1 of 1 clients')).toBeVisible();
});

test('editing a client changes it and keeps it after a reload', async ({ page }) => {
  await createClient(page, 'Lotus Coffee');
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit client' })).toBeVisible();
  await detailsSection(page).getByRole('textbox', { name: 'Industry' }).fill('F&B — Chuỗi cà phê');
  await detailsSection(page).getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Paused' });
  await screenshot(page, 'client-edit');
  await page.getByRole('button', { name: 'Save' }).first().click();

  await expect(page.getByText('F&B — Chuỗi cà phê')).toBeVisible();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByText('F&B — Chuỗi cà phê')).toBeVisible();
});

test('the form says what is wrong beside each field and saves nothing', async ({ page }) => {
  await page.getByRole('link', { name: 'New client' }).first().click();
  await detailsSection(page).getByRole('textbox', { name: 'Website' }).fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Add contact' }).click();
  const contact = page.getByRole('group', { name: 'Contact 1' });
  await contact.getByRole('textbox', { name: 'Name' }).fill('Chị Lan');
  await contact.getByRole('textbox', { name: 'Email' }).fill('lan at saomai');
  await page.getByRole('button', { name: 'Save' }).first().click();

  await expect(page.getByRole('alert')).toHaveText('Please fix the highlighted fields.');
  await expect(detailsSection(page).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Required');
  await expect(detailsSection(page).getByRole('textbox', { name: 'Website' })).toHaveAccessibleDescription(
    'Not a web address — start with https://',
  );
  await expect(contact.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('Not an email address');
  await expect(detailsSection(page).getByRole('textbox', { name: 'Name' })).toBeFocused();
  await screenshot(page, 'client-form-errors');

  await page.getByRole('link', { name: 'Cancel' }).first().click();
  await expect(page.getByRole('heading', { name: 'Start with your first client' })).toBeVisible();
});

test('a deleted client comes back with Undo, and from the trash', async ({ page }) => {
  await createClient(page, 'Mekong Travel');
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('“Mekong Travel” moved to the trash.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mekong Travel' })).toHaveCount(0);
  await screenshot(page, 'client-deleted-toast');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mekong Travel' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('link', { name: 'Data' }).click();
  const trash = page.getByRole('region', { name: 'Trash' });
  await expect(trash.getByRole('rowheader', { name: 'Mekong Travel' })).toBeVisible();
  await screenshot(page, 'data');
  await trash.getByRole('button', { name: 'Restore' }).click();
  await expect(trash.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('link', { name: 'Mekong Travel' })).toBeVisible();
});

test('deleting forever asks first and cannot be undone', async ({ page }) => {
  await createClient(page, 'Hạt Ngọc Trời Rice');
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('link', { name: 'Data' }).click();
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('Hạt Ngọc Trời Rice');
    dialog.accept();
  });
  await page.getByRole('region', { name: 'Trash' }).getByRole('button', { name: 'Delete forever' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('heading', { name: 'Start with your first client' })).toBeVisible();
});

test('search finds clients without accents and by contact; columns sort', async ({ page }) => {
  await loadSample(page);
  await screenshot(page, 'clients-list');
  const search = page.getByRole('searchbox', { name: 'Search clients' });
  await search.fill('sua dong xanh');
  await expect(page.getByRole('link', { name: 'Công ty CP Sữa Đồng Xanh' })).toBeVisible();
  await expect(page.getByText('1 of 8 clients')).toBeVisible();

  await search.fill('trang.phan@');
  await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
  await expect(page.getByText('1 of 8 clients')).toBeVisible();

  await search.fill('zzz');
  await expect(page.getByText('No client matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText('8 of 8 clients')).toBeVisible();
  await expect(search).toHaveValue('');

  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Paused' });
  await expect(page.getByText('1 of 8 clients')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mekong Travel' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All statuses' });
  await page.getByRole('combobox', { name: 'Account owner' }).selectOption({ label: 'Nguyễn Minh Anh' });
  await expect(page.getByText('2 of 8 clients')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Saigon Motors' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Account owner' }).selectOption({ label: 'Everyone' });

  const firstClient = page.getByRole('row').nth(1).getByRole('rowheader');
  await expect(firstClient).toHaveText('Công ty CP Sữa Đồng Xanh');
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(firstClient).toHaveText('Saigon Motors');
});

test('a hostile name is shown as text, never run as markup', async ({ page }) => {
  const hostile = '<img src=x onerror="document.title=\'pwned\'">';
  await createClient(page, hostile);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
  await expect(page.locator('img')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
});

test('an unknown address or client shows a friendly not-found page', async ({ page }) => {
  await openApp(page, '#/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await screenshot(page, 'not-found');
  await openApp(page, '#/clients/6f1c1d9e-0d7b-4c56-9a55-3f0c8a1b2c3d');
  await expect(page.getByText('This client does not exist, or was deleted for good.')).toBeVisible();
  await page.getByRole('link', { name: 'Go to clients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
});

test('a deep link to a client survives a reload', async ({ page }) => {
  await loadSample(page);
  await page.getByRole('link', { name: 'Mekong Travel' }).click();
  const url = page.url();
  expect(url).toMatch(/#\/clients\/[0-9a-f-]{36}$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Mekong Travel' })).toBeVisible();
});

test('contacts are added, made primary and removed from the client page', async ({ page }) => {
  await createClient(page, 'An Khang Plus', [{ name: 'Chị Hồ Ngọc Diễm' }]);
  const contacts = page.getByRole('region', { name: 'Contacts' });

  await contacts.getByRole('link', { name: 'Add contact' }).click();
  const added = page.getByRole('group', { name: 'Contact 2' });
  await expect(added.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('Anh Tô Quang Vinh');
  await added.getByRole('combobox', { name: 'Decision role' }).selectOption({ label: 'Finance' });
  await page.getByRole('button', { name: 'Save' }).first().click();

  await expect(contacts.getByText('Anh Tô Quang Vinh')).toBeVisible();
  await expect(contacts.getByText('Finance')).toBeVisible();
  await contacts.getByRole('button', { name: 'Make primary' }).click();
  // The primary contact is listed first.
  await expect(contacts.getByRole('listitem').first()).toContainText('Anh Tô Quang Vinh');
  await expect(contacts.getByRole('listitem').first()).toContainText('Primary');

  await contacts.getByRole('button', { name: 'Remove contact Chị Hồ Ngọc Diễm' }).click();
  await expect(contacts.getByText('Chị Hồ Ngọc Diễm')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(contacts.getByRole('listitem').nth(1)).toContainText('Chị Hồ Ngọc Diễm');
  await contacts.getByRole('button', { name: 'Remove contact Chị Hồ Ngọc Diễm' }).click();
  await expect(page.getByText('Contact “Chị Hồ Ngọc Diễm” removed.')).toBeVisible();
  await expect(contacts.getByText('Chị Hồ Ngọc Diễm')).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(contacts.getByRole('listitem')).toHaveCount(1);
  await expect(contacts.getByText('Anh Tô Quang Vinh')).toBeVisible();
});

test('a new toast stays its full time even after an older one was dismissed', async ({ page }) => {
  await page.clock.install();
  await page.reload();
  await createClient(page, 'Mekong Travel'); // toast "saved", 8 s timer
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Undo' }).click(); // no toast on screen now
  await page.clock.runFor(5_000);
  await page.getByRole('button', { name: 'Delete' }).click();
  const toast = page.getByText('“Mekong Travel” moved to the trash.');
  await expect(toast).toBeVisible();
  // The first toast's timer fires now; it must not take the new toast with it.
  await page.clock.runFor(3_500);
  await expect(toast).toBeVisible();
  await page.clock.runFor(5_000);
  await expect(toast).toBeHidden();
});

/** An export file with `count` clients, "Client 0001" to "Client 0400": the
 *  cheap way to an agency-sized list. */
function manyClients(count: number) {
  const clients = Array.from({ length: count }, (_, i) => ({
    meta: {
      id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      created_at: '2026-01-05T02:00:00Z',
      updated_at: '2026-03-01T08:30:00Z',
      rev: 1,
    },
    name: `Client ${String(i + 1).padStart(4, '0')}`,
  }));
  return JSON.stringify({ format: 'account-desk', version: 1, workspace: { clients } });
}

/** Imports `count` clients through Data → Import and opens the client list. */
async function importManyClients(page: Page, count: number) {
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByLabel('Import', { exact: true }).setInputFiles({
    name: 'agency.json',
    mimeType: 'application/json',
    buffer: Buffer.from(manyClients(count), 'utf8'),
  });
  await page.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Apply import' }).click();
  await expectSaved(page);
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
}

test('focus reaching the last drawn row of a long list draws the rows after it before the next key', async ({ page }) => {
  await importManyClients(page, 400);
  await expect(page.getByText('400 of 400 clients')).toBeVisible();

  // Keys can come faster than frames (a held key, a busy laptop): the rows
  // after the focused one must be there without waiting for a frame's
  // scroll event. Focus and the microtasks after it run in one go here.
  const [before, after] = await page.evaluate(async () => {
    const lastDrawn = () => Math.max(...[...document.querySelectorAll('[aria-rowindex]')].map((row) => Number(row.getAttribute('aria-rowindex'))));
    const before = lastDrawn();
    document.querySelector(`[aria-rowindex="${before}"] a`).focus();
    for (let i = 0; i < 50; i++) await Promise.resolve();
    return [before, lastDrawn()];
  });
  expect(after).toBeGreaterThan(before + 5);
});

test('a long client list draws only the rows in view, and still finds, sorts and exports them all', async ({ page }) => {
  await importManyClients(page, 400);

  await expect(page.getByText('400 of 400 clients')).toBeVisible();
  const table = page.getByRole('table');
  // Assistive technology is told the size of the whole table (and its header row).
  await expect(table).toHaveAttribute('aria-rowcount', '401');
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toHaveAttribute('aria-rowindex', '2');
  expect(await rows.count()).toBeLessThan(120);
  await page.screenshot({ path: 'test-results/screenshots/clients-long-top.png' });

  // The page is as long as the whole list: the bottom shows the last client.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const last = page.getByRole('row', { name: /Client 0400/ });
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('aria-rowindex', '401');
  expect(await rows.count()).toBeLessThan(120);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(page.getByRole('link', { name: 'Client 0001' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Client 0210' })).toBeInViewport();
  await page.screenshot({ path: 'test-results/screenshots/clients-long-scrolled.png' });

  // Tab walks on through rows drawn as it goes.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('link', { name: 'Client 0001' }).focus();
  for (let i = 0; i < 79; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Client 0080' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Client 0080' })).toBeInViewport();

  const search = page.getByRole('searchbox', { name: 'Search clients' });
  await search.fill('client 0377');
  await expect(page.getByRole('link', { name: 'Client 0377' })).toBeVisible();
  await expect(page.getByText('1 of 400 clients')).toBeVisible();
  await search.fill('');
  await expect(page.getByText('400 of 400 clients')).toBeVisible();
  expect(await rows.count()).toBeLessThan(120);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Client 0400');

  // The export holds every client of the list, not only the rows drawn.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const fs = await import('node:fs/promises');
  const csv = await fs.readFile(await (await download).path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines).toHaveLength(401);
  expect(lines[1]).toContain('Client 0400');
  expect(lines[400]).toContain('Client 0001');

  // A printed list is the whole list.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(rows).toHaveCount(401);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(() => rows.count()).toBeLessThan(120);

  await page.setViewportSize({ width: 768, height: 1024 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/screenshots/clients-long-768.png' });
});

test('an e-mail address carrying mail headers is shown as text, never as a mail link', async ({ page }) => {
  const hostile = 'mai@client.vn?bcc=spy%40evil.example&subject=Hi';
  await createClient(page, 'Sao Mai Foods', [
    { name: 'Chị Mai', email: hostile },
    { name: 'Anh Nam', email: 'nam@saomai.vn' },
  ]);
  await expect(page.getByText(hostile)).toBeVisible();
  await expect(page.getByRole('link', { name: hostile })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'nam@saomai.vn' })).toHaveAttribute('href', 'mailto:nam@saomai.vn');
});
