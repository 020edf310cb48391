import { randomUUID } from 'node:crypto';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { WORKSPACE_KEY } from './app';
import { screenshot } from './helpers';

// Monday 23 November 2026: "this month" is November, "last month" October.
const TODAY = '2026-11-23T10:00:00';

// The activity is written straight into storage, as a stored envelope: the
// client page's logging forms are built separately, and the dashboard's
// figures should not depend on them to be tested.
function meta(at = '2026-01-05T02:00:00Z') {
  return { id: randomUUID(), created_at: at, updated_at: at, rev: 1 };
}

function workspace() {
  const ha = { meta: meta(), name: 'Trần Thu Hà', role: 'account_manager', email: 'ha@example.com' };
  const bao = { meta: meta(), name: 'Lê Quốc Bảo', role: 'account_executive', email: 'bao@example.com' };
  const client = (name: string, owner: { meta: { id: string } }, since: string, extra: object = {}) => ({
    meta: meta(),
    name,
    status: 'active',
    tier: 'A',
    account_owner: owner.meta.id,
    account_team: [owner.meta.id],
    client_since: since,
    currency: 'VND',
    ...extra,
  });
  const lotus = client('Lotus Coffee', ha, '2025-01-15');
  const mekong = client('Mekong Bank', bao, '2025-06-01');
  // Won in November: new (N) in the retention of November.
  const books = client('Saigon Books', ha, '2026-11-05');
  // Lost in October: active on 1 October, not on 31 October.
  const tea = client('Old Tea House', bao, '2024-01-01', { status: 'churned', churned_on: '2026-10-15' });

  const request = (c: { meta: { id: string } }, received: string, responded?: string) => ({
    meta: meta(received),
    client: c.meta.id,
    channel: 'email',
    received_at: received,
    ...(responded ? { responded_at: responded } : {}),
    summary: 'Xin báo giá',
  });
  const response = (c: { meta: { id: string } }, date: string, score: number, knowledge: number, care: number) => ({
    meta: meta(),
    client: c.meta.id,
    date,
    respondent: 'Chị Trang',
    score,
    consulting_knowledge: knowledge,
    care_attitude: care,
  });
  const deal = (c: { meta: { id: string } }, title: string, kind: string, value: number, stage: string, closed?: string, currency = 'VND') => ({
    meta: meta(),
    client: c.meta.id,
    title,
    kind,
    value,
    currency,
    stage,
    ...(closed ? { closed_on: closed } : {}),
  });

  return {
    team: [ha, bao],
    clients: [lotus, mekong, books, tea],
    interactions: [
      // November: one answered in 2 hours, one still open.
      request(lotus, '2026-11-10T02:00:00Z', '2026-11-10T04:00:00Z'),
      request(mekong, '2026-11-12T03:00:00Z'),
      // October: answered in 3 h 30 min.
      request(lotus, '2026-10-08T02:00:00Z', '2026-10-08T05:30:00Z'),
    ],
    nps: [
      response(lotus, '2026-11-03', 10, 5, 5),
      response(lotus, '2026-11-04', 9, 4, 4),
      response(mekong, '2026-11-05', 7, 4, 5),
      response(mekong, '2026-11-06', 3, 4, 4),
      response(lotus, '2026-10-03', 8, 4, 4),
      response(mekong, '2026-10-04', 9, 5, 5),
    ],
    deals: [
      deal(lotus, 'Thêm kênh TikTok', 'upsell', 50_000_000, 'won', '2026-11-14'),
      deal(mekong, 'Ra mắt thẻ tín dụng', 'new_business', 150_000_000, 'won', '2026-11-18'),
      deal(mekong, 'Gia hạn retainer', 'renewal', 80_000_000, 'won', '2026-10-20'),
      // Neither counts: lost, and still open.
      deal(lotus, 'Sự kiện khai trương', 'cross_sell', 90_000_000, 'lost', '2026-11-16'),
      deal(mekong, 'Social Q1', 'upsell', 70_000_000, 'proposal'),
    ],
    budgets: [
      {
        meta: meta('2026-10-01T02:00:00Z'),
        client: lotus.meta.id,
        campaign: 'Khai trương Đà Nẵng',
        start: '2026-11-01',
        end: '2026-11-30',
        currency: 'VND',
        fee: 200_000_000,
        alert_threshold: 80,
        lines: [
          {
            id: randomUUID(),
            category: 'media',
            description: 'TikTok Ads',
            vendor: 'TikTok',
            planned: 100_000_000,
            committed: 100_000_000,
            entries: [{ id: randomUUID(), date: '2026-11-05', amount: 95_000_000, note: '', reference: 'HĐ-0118' }],
          },
        ],
      },
    ],
    wip: [
      { meta: meta('2026-11-20T02:00:00Z'), client: lotus.meta.id, job: 'Key visual Tết', department: 'creative', status: 'in_progress', due: '2026-11-20' },
      { meta: meta('2026-11-20T02:00:00Z'), client: mekong.meta.id, job: 'Media plan Q1', department: 'media', status: 'client_review', due: '2026-11-27' },
      { meta: meta('2026-11-20T02:00:00Z'), client: lotus.meta.id, job: 'Menu shoot', department: 'production', status: 'on_hold' },
    ],
    settings: { reporting_currency: 'VND', rates: [] },
  };
}

/** Stores `ws` before the app first loads (only then: a reload keeps what the app saved). */
async function seed(page: Page, ws: object) {
  const envelope = JSON.stringify({ format: 'account-desk', version: 1, saved_at: '2026-11-23T02:00:00Z', workspace: ws });
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        // Exported this morning: no backup reminder over the figures.
        localStorage.setItem('account-desk:last-export', '2026-11-23');
        sessionStorage.setItem('seeded', 'yes');
      }
    },
    [WORKSPACE_KEY, envelope],
  );
}

function card(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

/** The data cells of the row whose header is `header`. */
function cells(within: Locator, header: string) {
  return within
    .getByRole('row')
    .filter({ has: within.page().getByRole('rowheader', { name: header, exact: true }) })
    .getByRole('cell');
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(TODAY));
});

test('the start page is the dashboard, with every KPI for this month beside last month', async ({ page }) => {
  await seed(page, workspace());
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveValue('this-month');
  await expect(page.getByText('1 Nov – 30 Nov 2026, compared with 1 Oct – 31 Oct 2026')).toBeVisible();

  // Requested and replied 2 hours later; one request still waits.
  const response = card(page, 'Average response time');
  await expect(response.getByText('2 h', { exact: true })).toBeVisible();
  await expect(response).toContainText('1 replied · 1 unanswered');
  await expect(response).toContainText('Previous period: 3 h 30 min');
  // Lower is better: down, and said in words.
  await expect(response).toContainText('▼ −1 h 30 min · better');

  // 10, 9, 7, 3: two promoters, one detractor of four → 25.
  const nps = card(page, 'NPS');
  await expect(nps.getByText('25', { exact: true })).toBeVisible();
  await expect(nps).toContainText('4 responses · knowledge 4.25 · care 4.50');
  await expect(nps).toContainText('Previous period: 50');
  await expect(nps).toContainText('▼ −25 · worse');

  // S = 2 on 1 November, E = 3 on the 30th, N = 1 new: (3 − 1) ÷ 2.
  const retention = card(page, 'Retention rate');
  await expect(retention.getByText('100.0 %', { exact: true })).toBeVisible();
  await expect(retention).toContainText('S 2 · E 3 · N 1');
  await expect(retention).toContainText('Previous period: 66.7 %');

  const perPerson = card(page, 'Clients per account person');
  await expect(perPerson.getByText('1.50', { exact: true })).toBeVisible();
  await expect(perPerson).toContainText('Active clients 3 · account people 2');
  await expect(perPerson).toContainText('▲ +0.50 · higher');

  // The won upsell and the won new business; the lost and open deals do not count.
  const sales = card(page, 'Sales');
  await expect(sales.getByText('₫200,000,000', { exact: true })).toBeVisible();
  await expect(sales).toContainText('2 won deals');
  await expect(sales).toContainText('Previous period: ₫80,000,000');
  await expect(sales).toContainText('▲ +₫120,000,000 · better');

  const upsell = card(page, 'Upsell/cross-sell rate');
  await expect(upsell.getByText('50.0 %', { exact: true })).toBeVisible();
  await expect(upsell).toContainText('1 of 2 won deals · 25.0 % of sales');
  await expect(upsell).toContainText('Previous period: 0.0 %');

  // Budget and WIP health.
  const attention = page.getByRole('region', { name: 'Needs attention' });
  await expect(attention.getByRole('link', { name: 'Khai trương Đà Nẵng' })).toBeVisible();
  await expect(attention).toContainText('Over 80 % of plan');
  await expect(attention.getByRole('definition')).toHaveText(['1', '1', '1']);
  await expect(attention.getByRole('link', { name: 'Open the WIP' })).toHaveAttribute('href', '#/wip');

  // Charts with their text alternatives.
  await expect(page.getByRole('img', { name: /^Bar chart of NPS responses by score.*Promoters \(9–10\): 2/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Bar chart of won sales per month from Dec 2025 to Nov 2026: ₫280,000,000 in all/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Line chart of the average response time.*Oct 2026 3 h 30 min; Nov 2026 2 h/ })).toBeVisible();
  const npsChart = page.getByRole('figure', { name: 'NPS distribution' });
  await npsChart.getByText('Chart data').click();
  await expect(cells(npsChart, '10')).toHaveText(['Promoters (9–10)', '1']);
  await expect(cells(npsChart, '8')).toHaveText(['Passives (7–8)', '0']);
  await expect(cells(npsChart, '3')).toHaveText(['Detractors (0–6)', '1']);

  // The Account Director's table: one row per account person, and everyone.
  const people = page.getByRole('region', { name: 'By account person' });
  await expect(cells(people, 'Trần Thu Hà')).toHaveText(['2', '2 h', '100 2 responses', '₫50,000,000']);
  await expect(cells(people, 'Lê Quốc Bảo')).toHaveText(['1', '—', '-50 2 responses', '₫150,000,000']);
  await expect(cells(people, 'All account people')).toHaveText(['3', '2 h', '25 4 responses', '₫200,000,000']);

  await screenshot(page, 'dashboard-1280');
  await page.setViewportSize({ width: 768, height: 1024 });
  await expect(card(page, 'NPS')).toBeVisible();
  // Nothing runs off the side on a tablet.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'dashboard-768');
});

test('switching the period and the owner changes the figures', async ({ page }) => {
  await seed(page, workspace());
  await page.goto('./#/dashboard');
  const period = page.getByRole('combobox', { name: 'Period' });

  await period.selectOption({ label: 'Last month' });
  await expect(page.getByText('1 Oct – 31 Oct 2026, compared with 1 Sep – 30 Sep 2026')).toBeVisible();
  await expect(card(page, 'Average response time').getByText('3 h 30 min', { exact: true })).toBeVisible();
  await expect(card(page, 'NPS').getByText('50', { exact: true })).toBeVisible();
  await expect(card(page, 'NPS')).toContainText('2 responses');
  await expect(card(page, 'Sales').getByText('₫80,000,000', { exact: true })).toBeVisible();
  await expect(card(page, 'Upsell/cross-sell rate').getByText('0.0 %', { exact: true })).toBeVisible();
  // September had nothing: no previous value, and no change to speak of.
  await expect(card(page, 'NPS')).toContainText('Previous period: —');
  await expect(card(page, 'NPS').getByText(/better|worse/)).toHaveCount(0);

  // A custom period starts from what is on screen and follows the dates typed.
  await period.selectOption({ label: 'Custom' });
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2026-10-01');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2026-10-31');
  await page.getByLabel('From', { exact: true }).fill('2026-10-01');
  await page.getByLabel('To', { exact: true }).fill('2026-11-30');
  await expect(card(page, 'NPS')).toContainText('6 responses');
  await expect(card(page, 'Sales').getByText('₫280,000,000', { exact: true })).toBeVisible();

  await period.selectOption({ label: 'This month' });
  await expect(page.getByLabel('From', { exact: true })).toHaveCount(0);
  await expect(card(page, 'NPS').getByText('25', { exact: true })).toBeVisible();

  // Only Hà's clients: Lotus Coffee and Saigon Books.
  const owner = page.getByRole('combobox', { name: 'Account owner' });
  await expect(owner.locator('option')).toHaveText(['Everyone', 'Lê Quốc Bảo', 'Trần Thu Hà']);
  await owner.selectOption({ label: 'Trần Thu Hà' });
  await expect(card(page, 'NPS').getByText('100', { exact: true })).toBeVisible();
  await expect(card(page, 'NPS')).toContainText('2 responses · knowledge 4.50 · care 4.50');
  await expect(card(page, 'Average response time')).toContainText('1 replied · 0 unanswered');
  await expect(card(page, 'Sales').getByText('₫50,000,000', { exact: true })).toBeVisible();
  await expect(card(page, 'Upsell/cross-sell rate').getByText('100.0 %', { exact: true })).toBeVisible();
  const people = page.getByRole('region', { name: 'By account person' });
  await expect(people.getByRole('row')).toHaveCount(2);
  // Mekong Bank's WIP item, due this week, is not hers.
  await expect(page.getByRole('region', { name: 'Needs attention' }).getByRole('definition')).toHaveText(['1', '0', '1']);

  await owner.selectOption({ label: 'Lê Quốc Bảo' });
  await expect(card(page, 'NPS').getByText('-50', { exact: true })).toBeVisible();
  await expect(card(page, 'Average response time').getByText('—', { exact: true })).toBeVisible();
  await expect(card(page, 'Average response time')).toContainText('0 replied · 1 unanswered');
});

test('a deal in a currency without an exchange rate is named, with the way to fix it', async ({ page }) => {
  const ws = workspace();
  const lotus = ws.clients[0];
  ws.deals.push({
    meta: meta(),
    client: lotus.meta.id,
    title: 'Regional launch',
    kind: 'cross_sell',
    value: 500_000,
    currency: 'EUR',
    stage: 'won',
    closed_on: '2026-11-19',
  });
  await seed(page, ws);
  await page.goto('./#/dashboard');
  const sales = card(page, 'Sales');
  await expect(sales.getByText('—', { exact: true })).toBeVisible();
  await expect(sales).toContainText('No exchange rate from EUR to VND, so sales cannot be added up.');
  await expect(sales).toContainText('Originals: ₫200,000,000 + €5,000.00');
  const salesChart = page.getByRole('figure', { name: /Monthly sales/ });
  await expect(salesChart).toContainText('No exchange rate from EUR to VND');
  await sales.getByRole('link', { name: 'Add it in Data → Currencies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Currencies' })).toBeVisible();
});

test('without clients the dashboard says what it is for, and the sample fills it', async ({ page }) => {
  await page.goto('./#/dashboard');
  await expect(page.getByRole('heading', { level: 2, name: 'The numbers account people are judged by' })).toBeVisible();
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(card(page, 'NPS')).toBeVisible();
  await expect(page.getByRole('img', { name: /^Bar chart of won sales per month/ })).toBeVisible();
  await screenshot(page, 'dashboard-sample-1280');

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(card(page, 'Thời gian phản hồi trung bình')).toBeVisible();
  await expect(card(page, 'Tỷ lệ giữ chân khách hàng')).toBeVisible();
  await expect(card(page, 'Doanh số')).toContainText('Kỳ trước:');
  await screenshot(page, 'dashboard-sample-vi-1280');
  await page.setViewportSize({ width: 768, height: 1024 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'dashboard-sample-vi-768');
});
