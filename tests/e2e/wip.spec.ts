import { readFile } from 'node:fs/promises';
import { test, expect, type Page } from '@playwright/test';
import { createClient, expectSaved, openApp } from './app';
import { screenshot } from './helpers';

// Wednesday 25 November 2026: the week runs Monday 23 to Sunday 29, and the
// weekly report covers the seven days 19–25 November.
const TODAY = '2026-11-25T10:00:00';

type Item = {
  client: string;
  job: string;
  department?: string;
  owner?: string;
  status?: string;
  nextStep?: string;
  due?: string;
};

async function addMember(page: Page, name: string) {
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('button', { name: 'New team member' }).first().click();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('rowheader', { name })).toBeVisible();
}

async function addClient(page: Page, name: string) {
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await createClient(page, name);
}

async function addItem(page: Page, item: Item) {
  await page.getByRole('link', { name: 'WIP', exact: true }).click();
  await page.getByRole('link', { name: 'New WIP item' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'New WIP item' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Job' })).toBeFocused();
  await page.getByRole('combobox', { name: 'Client' }).selectOption({ label: item.client });
  await page.getByRole('textbox', { name: 'Job' }).fill(item.job);
  if (item.department) await page.getByRole('combobox', { name: 'Department' }).selectOption({ label: item.department });
  if (item.owner) await page.getByRole('combobox', { name: 'Owner' }).selectOption({ label: item.owner });
  if (item.status) await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: item.status });
  if (item.nextStep) await page.getByRole('textbox', { name: 'Next step' }).fill(item.nextStep);
  if (item.due) await page.getByLabel('Due date').fill(item.due);
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'WIP' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: item.job })).toBeVisible();
}

const KV: Item = {
  client: 'Lotus Coffee',
  job: 'Key visual Tết',
  department: 'Creative',
  owner: 'Trần Thu Hà',
  nextStep: 'Send KV v2',
  due: '2026-11-20', // 5 days overdue
};
const MEDIA: Item = {
  client: 'Lotus Coffee',
  job: 'Media plan Q1',
  department: 'Media',
  owner: 'Trần Thu Hà',
  nextStep: 'Share the flighting',
  due: '2026-11-27', // this week
};
const LANDING: Item = {
  client: 'An Phát Bank',
  job: 'Landing page',
  department: 'Design',
  due: '2026-12-10',
};

async function threeItems(page: Page) {
  await addMember(page, 'Trần Thu Hà');
  await addClient(page, 'Lotus Coffee');
  await addClient(page, 'An Phát Bank');
  for (const item of [KV, MEDIA, LANDING]) await addItem(page, item);
  await expectSaved(page);
}

function jobs(page: Page) {
  return page.getByRole('rowheader');
}

function column(page: Page, status: string) {
  return page.getByRole('region', { name: new RegExp(`^${status} \\d+$`) });
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(TODAY));
});

test('the empty WIP says what it is for and asks for a client first', async ({ page }) => {
  await openApp(page, '#/wip');
  await expect(page.getByRole('heading', { level: 1, name: 'WIP' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Every job, its next step and who does it' })).toBeVisible();
  await expect(page.getByText('Add a client first: every WIP item belongs to one.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'WIP views' }).getByRole('link', { name: 'Table' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await screenshot(page, 'wip-empty');
});

test('the WIP table filters, sorts, and changes a status in place that survives a reload', async ({ page }) => {
  await openApp(page);
  await threeItems(page);

  // Open items by due date: the overdue one first, in the danger colour.
  await expect(jobs(page)).toHaveText(['Key visual Tết', 'Media plan Q1', 'Landing page']);
  const kvRow = page.getByRole('row', { name: /Key visual Tết/ });
  await expect(kvRow.getByText('5 days overdue')).toBeVisible();
  await expect(kvRow.getByText('5 days overdue')).toHaveCSS('color', 'rgb(192, 38, 45)');
  await expect(page.getByRole('row', { name: /Media plan Q1/ }).getByText('2 days left')).toBeVisible();
  await expect(page.getByText('3 of 3 items')).toBeVisible();
  await screenshot(page, 'wip-table');

  // Filters.
  const due = page.getByRole('combobox', { name: 'Due', exact: true });
  await due.selectOption({ label: 'Overdue' });
  await expect(jobs(page)).toHaveText(['Key visual Tết']);
  await due.selectOption({ label: 'Due this week' });
  await expect(jobs(page)).toHaveText(['Media plan Q1']);
  await due.selectOption({ label: 'Any time' });
  await page.getByRole('combobox', { name: 'Department' }).selectOption({ label: 'Design' });
  await expect(jobs(page)).toHaveText(['Landing page']);
  await page.getByRole('combobox', { name: 'Department' }).selectOption({ label: 'Media' });
  await page.getByRole('combobox', { name: 'Client' }).selectOption({ label: 'An Phát Bank' });
  await expect(page.getByText('No WIP item matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(jobs(page)).toHaveCount(3);
  await page.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Unassigned' });
  await expect(jobs(page)).toHaveText(['Landing page']);
  await page.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Everyone' });

  // Sorting by due date, both ways, told to assistive technology.
  const dueHeader = page.getByRole('columnheader', { name: 'Due date' });
  await expect(dueHeader).toHaveAttribute('aria-sort', 'ascending');
  await dueHeader.getByRole('button').click();
  await expect(dueHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(jobs(page)).toHaveText(['Landing page', 'Media plan Q1', 'Key visual Tết']);
  await page.getByRole('columnheader', { name: 'Job' }).getByRole('button').click();
  await expect(jobs(page)).toHaveText(['Key visual Tết', 'Landing page', 'Media plan Q1']);

  // The status changes in the row; the keyboard stays on the select.
  const mediaStatus = page.getByRole('combobox', { name: 'Status of Media plan Q1' });
  await mediaStatus.selectOption({ label: 'Client review' });
  await expect(mediaStatus).toBeFocused();
  await expect(mediaStatus).toHaveValue('ClientReview');
  await expectSaved(page);

  // Done leaves the list, and the page says where it went.
  await page.getByRole('combobox', { name: 'Status of Landing page' }).selectOption({ label: 'Done' });
  await expect(jobs(page)).toHaveCount(2);
  await expect(page.getByText(/Done items are hidden \(1\)/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Done' });
  await expect(jobs(page)).toHaveText(['Landing page']);
  await expectSaved(page);

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Status of Media plan Q1' })).toHaveValue('ClientReview');
  await expect(jobs(page)).toHaveText(['Key visual Tết', 'Media plan Q1']);

  // The CSV holds the rows as filtered.
  await page.getByRole('combobox', { name: 'Department' }).selectOption({ label: 'Creative' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('account-desk-wip-2026-11-25.csv');
  const csv = await readFile(await file.path(), 'utf8');
  expect(csv.replace(/^\uFEFF/, '').trim().split('\r\n')).toEqual([
    'Client,Job,Department,Owner,Status,Next step,Due date,Days left',
    'Lotus Coffee,Key visual Tết,Creative,Trần Thu Hà,Briefed,Send KV v2,2026-11-20,-5',
  ]);

  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByRole('combobox', { name: 'Bộ phận' }).selectOption({ label: 'Mọi bộ phận' });
  await expect(page.getByText('Quá hạn 5 ngày')).toBeVisible();
  await screenshot(page, 'wip-table-vi');
});

test('the board moves cards by keyboard, keeping focus, and by drag and drop', async ({ page }) => {
  await openApp(page);
  await threeItems(page);
  await page.getByRole('navigation', { name: 'WIP views' }).getByRole('link', { name: 'Board' }).click();

  await expect(column(page, 'Briefed')).toHaveAccessibleName('Briefed 3');
  await expect(column(page, 'Briefed').getByRole('link', { name: 'Key visual Tết' })).toBeVisible();
  await expect(column(page, 'Briefed').getByText('5 days overdue')).toBeVisible();
  await screenshot(page, 'wip-board');

  // By keyboard: the same button of the moved card keeps the focus.
  await page.getByRole('button', { name: 'Move Key visual Tết to In progress' }).click();
  await expect(column(page, 'In progress').getByRole('link', { name: 'Key visual Tết' })).toBeVisible();
  const next = page.getByRole('button', { name: 'Move Key visual Tết to Internal review' });
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(column(page, 'Internal review').getByRole('link', { name: 'Key visual Tết' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Move Key visual Tết to Client review' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'moved to' })).toHaveText(
    'Key visual Tết moved to Internal review',
  );
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Move Key visual Tết to In progress' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(column(page, 'In progress').getByRole('link', { name: 'Key visual Tết' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Move Key visual Tết to Briefed' })).toBeFocused();
  await expect(column(page, 'In progress')).toHaveAccessibleName('In progress 1');

  // By drag and drop.
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Media plan Q1' }) });
  await card.dragTo(column(page, 'Approved'));
  await expect(column(page, 'Approved').getByRole('link', { name: 'Media plan Q1' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'moved to' })).toHaveText('Media plan Q1 moved to Approved');
  await expectSaved(page);
  await screenshot(page, 'wip-board-moved');

  await page.reload();
  await expect(column(page, 'Approved').getByRole('link', { name: 'Media plan Q1' })).toBeVisible();
  await expect(column(page, 'In progress').getByRole('link', { name: 'Key visual Tết' })).toBeVisible();

  // The table agrees.
  await page.getByRole('navigation', { name: 'WIP views' }).getByRole('link', { name: 'Table' }).click();
  await expect(page.getByRole('combobox', { name: 'Status of Media plan Q1' })).toHaveValue('Approved');

  // Vietnamese labels are longer: nothing clipped, nothing overflows.
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByRole('link', { name: 'Bảng Kanban' }).click();
  await expect(page.getByRole('button', { name: 'Chuyển Media plan Q1 sang Tạm hoãn' })).toBeVisible();
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(fits).toBe(true);
  await screenshot(page, 'wip-board-vi');

  // A tablet: the board scrolls sideways by itself, the page's content does
  // not (the navigation bar above it is the shell's business).
  await page.setViewportSize({ width: 768, height: 1000 });
  const mainFits = await page.getByRole('main').evaluate((main) => main.scrollWidth <= main.clientWidth);
  expect(mainFits).toBe(true);
  await expect(column(page, 'Hoàn thành')).not.toBeInViewport();
  await column(page, 'Hoàn thành').scrollIntoViewIfNeeded();
  await expect(column(page, 'Hoàn thành')).toBeInViewport();
  await screenshot(page, 'wip-board-768');
});

test('the weekly report groups by client, copies as e-mail text and prints as a document', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A week earlier: the team, the clients and a job that stays quiet this week.
  await page.clock.setFixedTime(new Date('2026-11-18T10:00:00'));
  await openApp(page);
  await addMember(page, 'Trần Thu Hà');
  await addClient(page, 'Lotus Coffee');
  await addClient(page, 'An Phát Bank');
  await addItem(page, { ...MEDIA, status: 'In progress', due: '2026-12-04' });
  await expectSaved(page);

  await page.clock.setFixedTime(new Date(TODAY));
  await page.reload();
  const later = page.getByRole('button', { name: 'Later' });
  if (await later.isVisible()) await later.click();
  await addItem(page, KV);
  await addItem(page, { ...LANDING, due: '2026-11-27' });
  const kvStatus = page.getByRole('combobox', { name: 'Status of Key visual Tết' });
  await kvStatus.selectOption({ label: 'In progress' });
  await expect(kvStatus).toHaveValue('InProgress');
  await kvStatus.selectOption({ label: 'Client review' });
  await expect(kvStatus).toHaveValue('ClientReview');
  await expectSaved(page);

  await page.getByRole('navigation', { name: 'WIP views' }).getByRole('link', { name: 'Weekly report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Weekly WIP report' })).toBeVisible();
  await expect(page.getByText('19–25 Nov 2026')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['An Phát Bank', 'Lotus Coffee']);
  const lotus = page.getByRole('region', { name: 'Lotus Coffee' });
  await expect(lotus.getByText('Briefed → In progress → Client review')).toBeVisible();
  await expect(lotus.getByRole('heading', { name: 'Still open' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'An Phát Bank' }).getByText('New · Briefed')).toBeVisible();
  await screenshot(page, 'wip-weekly');

  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByText('Copied. Paste it into your e-mail.')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toBe(
    [
      'Weekly WIP report — 19–25 Nov 2026',
      '',
      'An Phát Bank',
      'Changed this week:',
      '- Landing page: New (Briefed)',
      '  Due date: 27 Nov 2026 (2 days left)',
      '',
      'Lotus Coffee',
      'Changed this week:',
      '- Key visual Tết: Briefed → In progress → Client review',
      '  Next step: Send KV v2 · Owner: Trần Thu Hà · Due date: 20 Nov 2026 (5 days overdue)',
      'Still open:',
      '- Media plan Q1 (In progress)',
      '  Next step: Share the flighting · Owner: Trần Thu Hà · Due date: 4 Dec 2026 (9 days left)',
      '',
    ].join('\n'),
  );

  // A refused clipboard is said plainly, not swallowed.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'The browser did not let Account Desk copy. Select the report and copy it by hand.',
  );

  // Print at about the width of A4 inside its margins (182 mm).
  await page.setViewportSize({ width: 690, height: 980 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'WIP views' })).toBeHidden();
  await expect(page.getByText('Printed 25 Nov 2026')).toBeVisible();
  await screenshot(page, 'wip-weekly-print');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo WIP hằng tuần' })).toBeVisible();
  await expect(page.getByText('19–25/11/2026')).toBeVisible();
  await screenshot(page, 'wip-weekly-vi');
});

test('the item form checks fields, keeps the status history, and deletes with Undo', async ({ page }) => {
  await openApp(page);
  await addClient(page, 'Lotus Coffee');
  await page.getByRole('link', { name: 'WIP', exact: true }).click();
  await page.getByRole('link', { name: 'New WIP item' }).first().click();
  await page.getByRole('textbox', { name: 'Estimated days' }).fill('0');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Please fix the highlighted fields.')).toBeVisible();
  const job = page.getByRole('textbox', { name: 'Job' });
  await expect(job).toHaveAccessibleDescription('Required');
  await expect(job).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Estimated days' })).toHaveAccessibleDescription(
    /Must be between 1 and 365/,
  );
  await screenshot(page, 'wip-item-errors');
  await job.fill('Key visual Tết');
  await page.getByRole('textbox', { name: 'Estimated days' }).fill('5');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('WIP item “Key visual Tết” saved.')).toBeVisible();

  // Status changed in the form is remembered like a move on the board.
  await page.getByRole('link', { name: 'Key visual Tết' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit WIP item' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Estimated days' })).toHaveValue('5');
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' });
  await page.getByRole('button', { name: 'Save' }).first().click();
  await page.getByRole('link', { name: 'Key visual Tết' }).click();
  await expect(page.getByRole('region', { name: 'Status history' }).getByText('Briefed → In progress')).toBeVisible();
  await screenshot(page, 'wip-item-form');

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'WIP' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Key visual Tết' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit WIP item' })).toBeVisible();
  await page.getByRole('link', { name: 'WIP', exact: true }).click();
  await expect(page.getByRole('rowheader', { name: 'Key visual Tết' })).toBeVisible();
  await expectSaved(page);
});

test('a long WIP table draws only the rows in view, and a row scrolled to changes its status in place', async ({ page }) => {
  await openApp(page);
  const meta = (n: number) => ({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    created_at: '2026-11-01T02:00:00Z',
    updated_at: '2026-11-01T02:00:00Z',
    rev: 1,
  });
  const client = { meta: meta(1000), name: 'Lotus Coffee' };
  // "Job 001" due tomorrow, … "Job 300" due in 300 days: sorted by due date.
  const wip = Array.from({ length: 300 }, (_, i) => ({
    meta: meta(i + 1),
    client: client.meta.id,
    job: `Job ${String(i + 1).padStart(3, '0')}`,
    next_step: 'Send the next version to the client for approval',
    due: new Date(Date.UTC(2026, 10, 26 + i)).toISOString().slice(0, 10),
  }));
  const file = JSON.stringify({ format: 'account-desk', version: 1, workspace: { clients: [client], wip } });
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByLabel('Import', { exact: true }).setInputFiles({
    name: 'wip.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file, 'utf8'),
  });
  await page.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Apply import' }).click();
  await expectSaved(page);
  await page.getByRole('link', { name: 'WIP', exact: true }).click();

  await expect(page.getByText('300 of 300 items')).toBeVisible();
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', '301');
  await expect(jobs(page).first()).toHaveText('Job 001');
  expect(await table.getByRole('row').count()).toBeLessThan(120);
  await page.screenshot({ path: 'test-results/screenshots/wip-long-top.png' });

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole('rowheader', { name: 'Job 300' })).toBeInViewport();
  await expect(page.getByRole('row', { name: /Job 300/ })).toHaveAttribute('aria-rowindex', '301');
  expect(await table.getByRole('row').count()).toBeLessThan(120);
  await page.screenshot({ path: 'test-results/screenshots/wip-long-scrolled.png' });

  const status = page.getByRole('combobox', { name: 'Status of Job 290' });
  await status.selectOption({ label: 'Client review' });
  await expect(status).toBeFocused();
  await expect(status).toHaveValue('ClientReview');
  await expectSaved(page);

  // The export holds every item of the list, not only the rows drawn.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  expect(csv.replace(/^\uFEFF/, '').trim().split('\r\n')).toHaveLength(301);
});
