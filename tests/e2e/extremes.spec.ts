// Odd values from a colleague's file or a form: the largest and smallest
// values each kind accepts open every screen; values beyond them are
// refused with the field named, and never reach a screen.
import { test, expect, type Page } from '@playwright/test';
import { expectSaved, loadSample, openApp, storedEnvelope, writeStoredEnvelope } from './app';

const MAX_AMOUNT = 10 ** 15;
const MAX_REV = 2 ** 50;

/** Every date and time of `workspace` moved to `day` (the same day keeps every "end after start" true). */
function everyDateAt(value: unknown, day: string): unknown {
  if (Array.isArray(value)) return value.map((v) => everyDateAt(v, day));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, everyDateAt(v, day)]));
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return day;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return `${day}T12:00:00Z`;
  return value;
}

/** The sample at the edges of what each kind accepts. */
async function extremeFile(page: Page, day: string) {
  const ws = everyDateAt((await storedEnvelope(page)).workspace, day) as any;
  for (const kind of Object.values(ws)) {
    if (!Array.isArray(kind)) continue;
    for (const record of kind as any[]) if (record.meta) record.meta.rev = MAX_REV;
  }
  ws.clients[0].name = 'Ư'.repeat(200);
  ws.clients[0].notes = 'ghi chú '.repeat(2500);
  const budget = ws.budgets[0];
  budget.fee = MAX_AMOUNT;
  budget.lines[0].planned = MAX_AMOUNT;
  budget.lines[0].entries[0].amount = MAX_AMOUNT;
  budget.lines[0].entries[1].amount = -MAX_AMOUNT;
  ws.deals[0].value = MAX_AMOUNT;
  return JSON.stringify({ format: 'account-desk', version: 1, workspace: ws });
}

async function importText(page: Page, name: string, text: string) {
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByLabel('Import', { exact: true }).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

for (const day of ['1900-01-01', '2200-12-31']) {
  test(`every record at its extremes (${day}) opens every screen`, async ({ page }) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openApp(page);
    await loadSample(page);
    const file = await extremeFile(page, day);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await importText(page, 'extremes.json', file);
    const preview = page.getByRole('region', { name: 'Import preview' });
    await preview.getByRole('button', { name: 'Apply import' }).click();
    await expectSaved(page);
    const ws = (await storedEnvelope(page)).workspace;
    const ids = (kind: string) => (ws[kind] as { meta: { id: string } }[]).map((r) => r.meta.id);
    const screens = [
      '#/dashboard', '#/clients', '#/budgets', '#/reviews', '#/briefs', '#/reports', '#/wip', '#/wip/board',
      '#/wip/weekly', '#/team', '#/data',
      ...ids('clients').slice(0, 3).map((id) => `#/clients/${id}`),
      ...ids('budgets').slice(0, 2).map((id) => `#/budgets/${id}`),
      ...ids('reviews').slice(0, 1).flatMap((id) => [`#/reviews/${id}`, `#/reviews/${id}/present`]),
      ...ids('briefs').slice(0, 1).flatMap((id) => [`#/briefs/${id}`, `#/briefs/${id}/summary`]),
      ...ids('contact_reports').slice(0, 2).map((id) => `#/reports/${id}`),
      ...ids('wip').slice(0, 2).map((id) => `#/wip/${id}`),
    ];
    for (const screen of screens) {
      await page.evaluate((h) => (location.hash = h), screen);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      expect(errors, screen).toEqual([]);
    }
    // And once more from storage, the way the next start reads it.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(page.getByText('All changes saved')).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('a date far outside the business range is refused with its field named, in each language', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const ws = (await storedEnvelope(page)).workspace;
  ws.contact_reports[0].meeting_date = '+262142-12-31';
  const file = JSON.stringify({ format: 'account-desk', version: 1, workspace: ws });
  await importText(page, 'far.json', file);
  await expect(page.getByRole('alert')).toContainText('contact_reports[0].meeting_date: Use a date from 1900 to 2200');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByLabel('Nhập file', { exact: true }).setInputFiles({ name: 'far.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByRole('alert')).toContainText('Hãy dùng ngày trong khoảng 1900–2200');
});

test('a year beyond 2200 typed in a form is refused beside the field, and the form keeps what was typed', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  await page.getByRole('link', { name: 'Lotus Coffee' }).click();
  await page.getByRole('link', { name: 'Edit' }).first().click();
  const since = page.getByLabel('Client since');
  await since.fill('2300-01-01');
  // Said as it is typed, beside the field…
  await expect(page.getByText('Use a date from 1900 to 2200')).toBeVisible();
  await expect(since).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('textbox', { name: 'Notes' }).fill('Gặp lại sau Tết');
  // …and the save refuses it.
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('alert')).toContainText('Please fix the highlighted fields.');
  await expect(since).toHaveValue('2300-01-01');
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Gặp lại sau Tết');
  const stored = (await storedEnvelope(page)).workspace.clients.find((c: { name: string }) => c.name === 'Lotus Coffee');
  expect(stored.client_since).not.toBe('2300-01-01');
});

test('a far date already in storage leaves out its part with a word, and every screen still opens', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  await loadSample(page);
  const envelope = await storedEnvelope(page);
  const report = envelope.workspace.contact_reports[0];
  report.meeting_date = '+262142-12-31';
  await writeStoredEnvelope(page, envelope);
  await page.reload();
  // The part holding it is set aside and named; the rest opens.
  await expect(page.getByText(/Left out: \d+ contact reports?\./)).toBeVisible();
  for (const screen of ['#/reports', `#/clients/${report.client}`, '#/dashboard', '#/clients']) {
    await page.evaluate((h) => (location.hash = h), screen);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('an edit dated in the future does not win by its date, and the preview says to check the clocks', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const ws = (await storedEnvelope(page)).workspace;
  const lotus = ws.clients.find((c: { name: string }) => c.name === 'Lotus Coffee');
  // A colleague's machine whose clock runs decades ahead edited it once…
  lotus.notes = 'Sửa trên máy chạy nhanh giờ';
  lotus.meta.updated_at = '2100-01-01T00:00:00Z';
  const file = JSON.stringify({ format: 'account-desk', version: 1, workspace: ws });
  // …and it was edited here since, once more than there.
  await page.getByRole('link', { name: 'Lotus Coffee' }).click();
  await page.getByRole('link', { name: 'Edit' }).first().click();
  await page.getByRole('textbox', { name: 'Notes' }).fill('Sửa ở đây');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expectSaved(page);

  await importText(page, 'fast-clock.json', file);
  const preview = page.getByRole('region', { name: 'Import preview' });
  const row = preview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Lotus Coffee' }) });
  // One record is dated ahead: one note, in the row below it.
  await expect(preview.getByRole('row', { name: /^Dated in the future: check the clock of this computer and of the sender/ })).toHaveCount(1);
  await expect(row.getByRole('radio', { name: 'Keep mine' })).toBeChecked();
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expectSaved(page);
  const after = (await storedEnvelope(page)).workspace.clients.find((c: { name: string }) => c.name === 'Lotus Coffee');
  expect(after.notes).toBe('Sửa ở đây');
});

test('a year beyond 2200 in a cost, an exchange rate or a report date is refused beside that date, and nothing is stored', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const before = (await storedEnvelope(page)).workspace;

  await page.getByRole('link', { name: 'Budgets', exact: true }).click();
  await page.getByRole('link', { name: before.budgets[0].campaign }).first().click();
  await page.getByRole('button', { name: /^Costs \(\d+\)$/ }).first().click();
  const log = page.getByRole('group', { name: 'Cost entries of line 1' });
  await log.getByLabel('Date').fill('2300-01-01');
  await log.getByLabel('Amount').fill('1,000,000');
  await log.getByRole('button', { name: 'Add cost' }).click();
  await expect(log.getByLabel('Date')).toHaveAttribute('aria-invalid', 'true');
  await expect(log.getByLabel('Date')).toHaveAccessibleDescription('Use a date from 1900 to 2200');
  await expect(log.getByLabel('Amount')).toHaveValue('1,000,000');

  await page.getByRole('link', { name: 'Data', exact: true }).click();
  const currencies = page.getByRole('region', { name: 'Currencies' });
  await currencies.getByRole('combobox', { name: 'From' }).selectOption('USD');
  await currencies.getByRole('combobox', { name: 'To' }).selectOption('VND');
  await currencies.getByRole('textbox', { name: 'Rate' }).fill('25,400');
  await currencies.getByLabel('Date').fill('2300-01-01');
  await currencies.getByRole('button', { name: 'Add rate' }).click();
  await expect(currencies.getByLabel('Date')).toHaveAccessibleDescription('Use a date from 1900 to 2200');
  await expect(currencies.getByRole('textbox', { name: 'Rate' })).toHaveValue('25,400');

  // The report page saves each change as it is made: the refused one says so.
  await page.evaluate((id) => (location.hash = `#/reports/${id}`), before.contact_reports[0].meta.id);
  await page.getByLabel('Meeting date').fill('2300-01-01');
  await expect(page.getByText('Use a date from 1900 to 2200', { exact: true })).toBeVisible();

  await expectSaved(page);
  const after = (await storedEnvelope(page)).workspace;
  expect(after.settings.rates).toEqual(before.settings.rates);
  expect(after.budgets[0]).toEqual(before.budgets[0]);
  expect(after.contact_reports[0].meeting_date).toBe(before.contact_reports[0].meeting_date);
});

test('the pages that save each change as it is made say when one is refused, and why', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const before = (await storedEnvelope(page)).workspace;
  const report = before.contact_reports.find((r: { next_meeting: string | null }) => !r.next_meeting) ?? before.contact_reports[0];

  // A contact report: the next meeting before this one.
  await page.evaluate((id) => (location.hash = `#/reports/${id}`), report.meta.id);
  await page.getByLabel('Next meeting').fill('1999-01-01');
  await expect(page.getByText('This change was not saved: Before the start date')).toBeVisible();

  // A competitor review: a first month past the range.
  await page.evaluate((id) => (location.hash = `#/reviews/${id}`), before.reviews[0].meta.id);
  await page.getByLabel('First month').fill('2300-01');
  await expect(page.getByText('This change was not saved: Use a date from 1900 to 2200')).toBeVisible();

  await expectSaved(page);
  const after = (await storedEnvelope(page)).workspace;
  expect(after.contact_reports.find((r: { meta: { id: string } }) => r.meta.id === report.meta.id)).toEqual(report);
  expect(after.reviews[0].period_start).toBe(before.reviews[0].period_start);
});
