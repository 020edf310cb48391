import { test, expect, type Page } from '@playwright/test';
import { createClient, expectSaved, openApp } from './app';
import { screenshot } from './helpers';

// Day 15 of a 30-day November campaign, so pacing figures are known.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-15T10:00:00'));
  await openApp(page);
});

function figure(page: Page, name: string) {
  return page.getByRole('group', { name, exact: true });
}

async function addCost(page: Page, line: number, date: string, amount: string) {
  const log = page.getByRole('group', { name: `Cost entries of line ${line}` });
  await log.getByLabel('Date').fill(date);
  await log.getByLabel('Amount').fill(amount);
  await log.getByRole('button', { name: 'Add cost' }).click();
}

async function createNovemberBudget(page: Page) {
  await createClient(page, 'Lotus Coffee');
  await page.getByRole('link', { name: 'Budgets', exact: true }).click();
  await page.getByRole('link', { name: 'New budget' }).first().click();
  await page.getByRole('textbox', { name: 'Campaign' }).fill('Tết 2027 — Cà phê sum vầy');
  await page.getByLabel('Start date').fill('2026-11-01');
  await page.getByLabel('End date').fill('2026-11-30');
  await page.getByRole('textbox', { name: 'Client fee' }).fill('200,000,000');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tết 2027 — Cà phê sum vầy' })).toBeVisible();

  // Line 1 from the button; Enter in a cell adds the next line.
  await page.getByRole('button', { name: 'Add line' }).click();
  await expect(page.getByRole('textbox', { name: 'Description, line 1' })).toBeFocused();
  await page.keyboard.type('Facebook Ads');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Meta');
  await page.keyboard.press('Tab');
  await page.keyboard.type('100,000,000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('80,000,000');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('textbox', { name: 'Description, line 2' })).toBeFocused();
  await page.keyboard.type('TVC shoot');
  await page.getByRole('combobox', { name: 'Category, line 2' }).selectOption({ label: 'Production' });
  await page.getByRole('textbox', { name: 'Planned, line 2' }).fill('40,000,000');
  await page.getByRole('textbox', { name: 'Committed, line 2' }).fill('40,000,000');
  await page.getByRole('textbox', { name: 'Committed, line 2' }).press('Enter');

  await expect(page.getByRole('textbox', { name: 'Description, line 3' })).toBeFocused();
  await page.keyboard.type('Zalo Ads');
  await page.getByRole('combobox', { name: 'Category, line 3' }).selectOption({ label: 'Media' });
  await page.getByRole('textbox', { name: 'Planned, line 3' }).fill('10,000,000');
  await page.getByRole('textbox', { name: 'Planned, line 3' }).press('Tab');

  await page.getByRole('button', { name: 'Costs (0)' }).first().click();
  await addCost(page, 1, '2026-11-05', '30,000,000');
  await addCost(page, 1, '2026-11-12', '20,000,000');
  await page.getByRole('button', { name: 'Costs (0)' }).first().click();
  await addCost(page, 2, '2026-11-10', '25,000,000');
}

test('a budget with three lines and costs shows hand-computed figures, and keeps them', async ({ page }) => {
  await createNovemberBudget(page);

  const expected: [string, string][] = [
    ['Planned', '₫150,000,000'],
    ['Committed', '₫120,000,000'],
    ['Actual', '₫75,000,000'],
    ['Remaining', '₫75,000,000'],
    ['Planned to date', '₫75,000,000'], // 150 M × 15 / 30
    ['Pacing vs plan', '₫0'],
    ['Forecast at completion', '₫150,000,000'], // 75 M × 30 / 15
    ['Fee', '₫200,000,000'],
    ['Margin', '₫125,000,000'],
    ['Projected margin', '₫50,000,000'],
  ];
  for (const [name, value] of expected) {
    await expect(figure(page, name).getByRole('definition')).toHaveText(value);
  }
  await expect(figure(page, 'Actual')).toContainText('Burn 50.0 %');
  await expect(figure(page, 'Margin')).toContainText('62.5 %');
  await expect(figure(page, 'Planned to date')).toContainText('Day 15 of 30');
  await expect(page.getByText('On track')).toBeVisible();
  const totals = page.getByRole('region', { name: 'Budget lines' }).getByRole('row', { name: /^Total/ });
  await expect(totals.getByRole('cell')).toHaveText(['150,000,000', '120,000,000', '75,000,000', '75,000,000', '']);
  await screenshot(page, 'budget-page');
  await page.getByRole('region', { name: 'Budget lines' }).screenshot({ path: 'test-results/screenshots/budget-lines.png' });

  await expectSaved(page);
  await page.reload();
  for (const [name, value] of expected) {
    await expect(figure(page, name).getByRole('definition')).toHaveText(value);
  }
  await expect(page.getByRole('textbox', { name: 'Description, line 2' })).toHaveValue('TVC shoot');
  await expect(page.getByRole('combobox', { name: 'Category, line 2' })).toHaveValue('Production');
  // Each column is named for screen readers, the costs one too (not "Costs ({n})").
  await expect(page.getByRole('columnheader', { name: 'Costs', exact: true })).toHaveCount(1);
});

test('crossing the alert threshold flags the budget everywhere', async ({ page }) => {
  await createNovemberBudget(page);
  await addCost(page, 2, '2026-11-14', '50,000,000');

  // 125 M of 150 M = 83.3 % ≥ 80 %; and 125 M is far ahead of 75 M planned to date.
  await expect(figure(page, 'Actual')).toContainText('Burn 83.3 %');
  await expect(page.getByText('Over 80 % of plan').first()).toBeVisible();
  await expect(page.getByText('Spending ahead of plan').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'This budget needs attention' })).toBeVisible();
  await screenshot(page, 'budget-alert');

  await page.getByRole('link', { name: 'Budgets', exact: true }).click();
  const row = page.getByRole('row', { name: /Tết 2027/ });
  await expect(row).toContainText('Over 80 % of plan');
  await expect(row).toContainText('83.3 %');
  await screenshot(page, 'budgets-list');

  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'On track' });
  await expect(page.getByText('No budget matches these filters.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Needs attention' });
  await expect(row).toBeVisible();

  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Lotus Coffee' }).click();
  const budgets = page.getByRole('region', { name: 'Budgets' });
  await expect(budgets.getByRole('link', { name: 'Tết 2027 — Cà phê sum vầy' })).toBeVisible();
  await expect(budgets).toContainText('Over 80 % of plan');
});

test('Export CSV downloads the lines and totals, readable by spreadsheets', async ({ page }) => {
  await createNovemberBudget(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Lotus-Coffee-Tết-2027-Cà-phê-sum-vầy-2026-11-01.csv');
  const fs = await import('node:fs/promises');
  const bytes = await fs.readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8').slice(1).split('\r\n')).toEqual([
    'Category,Description,Vendor/channel,Planned,Committed,Actual,Remaining',
    'Media,Facebook Ads,Meta,100000000,80000000,50000000,50000000',
    'Production,TVC shoot,,40000000,40000000,25000000,15000000',
    'Media,Zalo Ads,,10000000,0,0,10000000',
    'Total,,,150000000,120000000,75000000,75000000',
    '',
  ]);
});

test('print gives a clean document without navigation', async ({ page }) => {
  await createNovemberBudget(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
  await expect(page.getByText('Printed 15 Nov 2026')).toBeVisible();
  await screenshot(page, 'budget-print');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('duplicate starts the next period with the same plan; delete has Undo', async ({ page }) => {
  await createNovemberBudget(page);
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByText('Copied as “Tết 2027 — Cà phê sum vầy” for the next period.')).toBeVisible();
  await expect(page.getByText('1 Dec – 30 Dec 2026 · VND')).toBeVisible();
  await expect(figure(page, 'Planned').getByRole('definition')).toHaveText('₫150,000,000');
  await expect(figure(page, 'Actual').getByRole('definition')).toHaveText('₫0');

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('Budget “Tết 2027 — Cà phê sum vầy” moved to the trash.')).toBeVisible();
  await expect(page.getByText('1 of 1 budgets')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('1 Dec – 30 Dec 2026 · VND')).toBeVisible();
  await page.getByRole('link', { name: 'All budgets' }).click();
  await expect(page.getByText('2 of 2 budgets')).toBeVisible();
});

test('the lines table fits a 1280 px laptop without sideways scrolling', async ({ page }) => {
  await createNovemberBudget(page);
  const overflow = await page
    .getByRole('region', { name: 'Budget lines' })
    .getByRole('table')
    .first()
    .evaluate((table) => table.scrollWidth - table.parentElement!.clientWidth);

  expect(overflow).toBeLessThanOrEqual(0);
});

test('budgets in two currencies add up at the exchange rate the user keeps', async ({ page }) => {
  await createClient(page, 'Mekong Travel');
  for (const [campaign, currency, planned] of [
    ['Summer 2027', 'USD', '10,000.00'],
    ['Tết 2027', 'VND', '50,000,000'],
  ]) {
    await page.getByRole('link', { name: 'Budgets', exact: true }).click();
    await page.getByRole('link', { name: 'New budget' }).first().click();
    await page.getByRole('textbox', { name: 'Campaign' }).fill(campaign);
    await page.getByRole('combobox', { name: 'Currency' }).selectOption(currency);
    await page.getByRole('button', { name: 'Save' }).first().click();
    await page.getByRole('button', { name: 'Add line' }).click();
    await expect(page.getByRole('textbox', { name: 'Description, line 1' })).toBeFocused();
    await page.getByRole('textbox', { name: 'Planned, line 1' }).fill(planned);
    await page.getByRole('textbox', { name: 'Planned, line 1' }).press('Tab');
    await expect(page.getByRole('group', { name: 'Planned', exact: true })).toContainText(currency === 'USD' ? '$10,000.00' : '₫50,000,000');
  }
  await page.getByRole('link', { name: 'Budgets', exact: true }).click();
  await expect(page.getByText('No exchange rate from USD: add one on the Data page to see totals.')).toBeVisible();

  await page.getByRole('link', { name: 'Data', exact: true }).click();
  const currencies = page.getByRole('region', { name: 'Currencies' });
  await currencies.getByRole('combobox', { name: 'From' }).selectOption('USD');
  await currencies.getByRole('combobox', { name: 'To' }).selectOption('VND');
  await currencies.getByRole('textbox', { name: 'Rate' }).fill('25,400');
  await currencies.getByLabel('Date').fill('2026-11-01');
  await currencies.getByRole('button', { name: 'Add rate' }).click();
  await expect(currencies.getByRole('cell', { name: '25,400', exact: true })).toBeVisible();
  await screenshot(page, 'data-currencies');

  await page.getByRole('link', { name: 'Budgets', exact: true }).click();
  // $10,000.00 × 25 400 + 50 000 000 ₫ = 304 000 000 ₫; originals stay in their rows.
  const total = page.getByRole('row', { name: /Total in VND/ });
  await expect(total).toContainText('₫304,000,000');
  await expect(page.getByRole('row', { name: /Summer 2027/ })).toContainText('$10,000.00');
});
