import { test, expect, type Page } from '@playwright/test';
import { WORKSPACE_KEY, createClient, expectSaved, loadSample, openApp, storedEnvelope } from './app';
import { screenshot } from './helpers';

// 23 Nov 2026: a brief received today with its deadline on 20 Dec has 27 days left.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'));
  await openApp(page);
});

const TITLE = 'Tết 2027 — Cà phê sum vầy';
const DELIVERABLES = ['Key visual Tết', '3 video TikTok 15s', 'Media plan Q1'];

function region(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

async function goToBriefs(page: Page) {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Briefs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Briefs' })).toBeVisible();
}

/** Fills a new brief for `client`, leaving the title to the caller. */
async function fillBrief(page: Page, client: string) {
  await page.getByRole('combobox', { name: 'Client' }).selectOption({ label: client });
  await page.getByRole('textbox', { name: 'Background' }).fill('Tết is the season of family gatherings; Lotus wants to own the moment.');
  await page.getByRole('textbox', { name: 'Objectives', exact: true }).fill('Make Lotus the coffee of Tết family gatherings.\nGrow Tết-week sales by 20 %.');
  await page.getByRole('textbox', { name: 'Target audience' }).fill('Urban families, 25–40, in Hà Nội and TP.HCM');
  await page.getByRole('textbox', { name: 'Key message' }).fill('Sum vầy trọn vị');
  await page.getByRole('textbox', { name: 'Success KPIs' }).fill('2 million video views\n+15 % store visits in Tết week');
  await page.getByRole('textbox', { name: 'Deliverables', exact: true }).fill(DELIVERABLES.join('\n'));
  await page.getByRole('textbox', { name: 'Mandatories' }).fill('Logo lock-up as in the 2026 guideline');
  await page.getByRole('textbox', { name: 'Budget range' }).fill('1.5–2 billion VND');
  await page.getByRole('textbox', { name: 'Timeline' }).fill('KV by 5 Dec, videos by 15 Dec');
  await page.getByLabel('Deadline').fill('2026-12-20');
}

/** Changes the stored workspace as another screen would, then reloads. */
async function changeStored(page: Page, change: (ws: any) => void) {
  await expectSaved(page);
  const stored = await storedEnvelope(page);
  change(stored.workspace);
  // Written back as one envelope, as versions before the split stored it.
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSPACE_KEY, JSON.stringify(stored)]);
  await page.reload();
}

test('a brief is logged, starts its work once, and ends in a project summary for the client', async ({ page }) => {
  await loadSample(page);
  await goToBriefs(page);
  await page.getByRole('link', { name: 'New brief' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'New brief' })).toBeVisible();
  await fillBrief(page, 'Lotus Coffee');

  // No title: nothing is saved, the error sits beside the field and the cursor goes there.
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('alert')).toHaveText('Please fix the highlighted fields.');
  const title = page.getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveAccessibleDescription('Required');
  await expect(title).toBeFocused();

  await title.fill(TITLE);
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectSaved(page);
  // Only where the workflow can go from "Received" is offered.
  const status = page.getByRole('combobox', { name: 'Status' });
  await expect(status.locator('option')).toHaveText(['Received', 'Clarifying', 'Accepted']);
  await expect(region(page, 'Work from this brief')).toContainText('No WIP items yet');
  await screenshot(page, 'brief-form');

  await goToBriefs(page);
  const row = page.getByRole('row', { name: new RegExp(TITLE) });
  await expect(row.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(row).toContainText('Lotus Coffee');
  await expect(row).toContainText('23 Nov 2026');
  await expect(row).toContainText('20 Dec 2026');
  await expect(row).toContainText('27 days left');
  await expect(row).toContainText('Received');
  await expect(row.getByRole('cell', { name: '3', exact: true })).toBeVisible();
  await screenshot(page, 'briefs-list');

  // Start work: one WIP item per deliverable, and the brief is in work.
  await row.getByRole('link', { name: TITLE }).click();
  await page.getByRole('button', { name: 'Start work' }).click();
  await expect(page.getByText('3 WIP items created')).toBeVisible();
  const work = region(page, 'Work from this brief');
  await expect(work.getByRole('rowheader')).toHaveText(DELIVERABLES);
  await expect(work.getByRole('row', { name: /Key visual Tết/ })).toContainText('Design');
  await expect(work.getByRole('row', { name: /Key visual Tết/ })).toContainText('20 Dec 2026');
  await expect(work.getByText('Briefed')).toHaveCount(3);
  await expect(status.locator('option:checked')).toHaveText('In work');
  await expect(status.locator('option')).toHaveText(['In work', 'Done']);
  await expect(page.locator('.record-meta')).toContainText('In work');

  // Pressing again makes nothing new.
  await page.getByRole('button', { name: 'Start work' }).click();
  await expect(page.getByText('Every deliverable already has a WIP item.')).toBeVisible();
  await expect(work.getByRole('rowheader')).toHaveCount(3);
  await expectSaved(page);
  await screenshot(page, 'brief-in-work');

  // The summary: what was asked, the budget that overlaps, the open work.
  await page.getByRole('link', { name: 'Project summary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('Project summary', { exact: true })).toBeVisible();
  await expect(page.getByText('Lotus Coffee', { exact: true })).toBeVisible();
  await expect(page.getByText('23 Nov – 20 Dec 2026')).toBeVisible();
  const objectives = region(page, 'Objectives and success KPIs');
  await expect(objectives).toContainText('Make Lotus the coffee of Tết family gatherings.');
  await expect(objectives).toContainText('2 million video views');
  const budget = region(page, 'Budget vs actual');
  // The sample's Lotus campaign runs 14 Oct – 27 Nov: it overlaps the brief's first days.
  await expect(budget.getByRole('rowheader', { name: /Khai trương Đà Nẵng/ })).toBeVisible();
  await expect(budget.getByRole('row', { name: /Khai trương Đà Nẵng/ })).toContainText('₫300,000,000');
  await expect(budget).not.toContainText('Sum vầy cùng Đồng Xanh');
  const deliverables = region(page, 'Deliverables');
  await expect(deliverables.getByRole('heading', { name: 'Still open (3)' })).toBeVisible();
  await expect(deliverables.getByRole('heading', { name: 'Done (0)' })).toBeVisible();
  await expect(deliverables).toContainText('3 video TikTok 15s');
  await expect(region(page, 'KPIs for the period')).toContainText('KPIs appear here once they are recorded');
  await screenshot(page, 'summary');

  // Printed: the document alone, without the app around it, as wide as
  // A4's printable width (210 mm less 2 × 14 mm margins = 688 px).
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 688, height: 1000 });
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await screenshot(page, 'summary-print');
  // The real thing, with its page numbers, to open and look at.
  await page.pdf({ path: 'test-results/screenshots/summary.pdf', format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Back on the brief, Delete moves it to the trash with Undo.
  await page.getByRole('link', { name: 'Back to the brief' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Briefs' })).toBeVisible();
  await expect(page.getByText(`Brief “${TITLE}” moved to the trash.`)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expectSaved(page);
});

test('the summary covers the brief period to the day: meetings, done work, and no budget', async ({ page }) => {
  await createClient(page, 'Hoa Sen Tea');
  await goToBriefs(page);
  await page.getByRole('link', { name: 'New brief' }).first().click();
  await fillBrief(page, 'Hoa Sen Tea');
  await page.getByRole('textbox', { name: 'Title' }).fill('Trà sen mùa hè');
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trà sen mùa hè' })).toBeVisible();
  await page.getByRole('button', { name: 'Start work' }).click();
  await expect(page.getByText('3 WIP items created')).toBeVisible();

  // The contact report and WIP screens are someone else's: their records
  // are written the way those screens store them.
  await changeStored(page, (ws) => {
    const client = ws.clients[0].meta.id;
    const meta = (id: string) => ({ id, created_at: '2026-11-23T03:00:00Z', updated_at: '2026-11-23T03:00:00Z', rev: 1 });
    const report = (id: string, meeting_date: string, purpose: string, agreements: string[], status: string) => ({
      meta: meta(id), client, meeting_date, purpose, agreements, status,
    });
    ws.contact_reports = [
      report('5b0c9a8e-1f1e-4c39-9c55-000000000001', '2026-11-22', 'Pitch (before the brief)', ['Send proposal'], 'acknowledged'),
      report('5b0c9a8e-1f1e-4c39-9c55-000000000002', '2026-11-23', 'Brief clarification', ['Budget 1.5 billion', 'KV first', ''], 'acknowledged'),
      report('5b0c9a8e-1f1e-4c39-9c55-000000000003', '2026-12-20', 'Final review', ['Launch on 1 Jan'], 'sent'),
      report('5b0c9a8e-1f1e-4c39-9c55-000000000004', '2026-12-21', 'After the deadline', [], 'draft'),
    ];
    const kv = ws.wip.find((w: any) => w.job === 'Key visual Tết');
    kv.status = 'done';
    kv.meta.rev += 1;
  });

  await expect(page.getByRole('heading', { level: 1, name: 'Trà sen mùa hè' })).toBeVisible();
  await page.getByRole('link', { name: 'Project summary' }).click();
  const meetings = region(page, 'Meetings and contact reports');
  await expect(meetings.getByRole('row')).toHaveCount(3); // the header and the two meetings in the period
  await expect(meetings.getByRole('row', { name: /Brief clarification/ })).toContainText('23 Nov 2026');
  await expect(meetings.getByRole('row', { name: /Brief clarification/ }).getByRole('cell', { name: '2', exact: true })).toBeVisible();
  await expect(meetings.getByRole('row', { name: /Final review/ })).toContainText('Sent');
  await expect(meetings).not.toContainText('Pitch (before the brief)');
  await expect(meetings).not.toContainText('After the deadline');

  const deliverables = region(page, 'Deliverables');
  await expect(deliverables.getByRole('heading', { name: 'Done (1)' })).toBeVisible();
  await expect(deliverables.getByRole('heading', { name: 'Still open (2)' })).toBeVisible();
  await expect(page.getByText('1 of 3 done')).toBeVisible();
  await expect(region(page, 'Budget vs actual')).toContainText('No budget recorded for this period.');
  await screenshot(page, 'summary-meetings');

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByText('Báo cáo tổng kết dự án', { exact: true })).toBeVisible();
  await expect(page.getByText('Chưa có ngân sách nào cho giai đoạn này.')).toBeVisible();
  await screenshot(page, 'summary-vi');
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 688, height: 1000 });
  await screenshot(page, 'summary-print-vi');
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('link', { name: 'Quay lại brief' }).click();
  await expect(page.getByRole('button', { name: 'Bắt đầu triển khai' })).toBeVisible();
  await screenshot(page, 'brief-form-vi');
});

test('the briefs list asks for a client first, filters, and exports what it shows', async ({ page }) => {
  await goToBriefs(page);
  await expect(page.getByText('Add a client first: every brief belongs to one.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'New brief' })).toHaveCount(0);
  await screenshot(page, 'briefs-empty');

  await createClient(page, 'Lotus Coffee'); // from the empty list's own "New client"
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Clients' }).click();
  await createClient(page, 'Công ty CP Sữa Đồng Xanh');
  await goToBriefs(page);
  await expect(page.getByRole('heading', { name: "Log the client's first brief" })).toBeVisible();
  for (const [client, title, received, deadline] of [
    ['Lotus Coffee', 'Tết 2027', '2026-11-02', '2026-11-20'],
    ['Lotus Coffee', 'Cold brew summer', '', ''],
    ['Công ty CP Sữa Đồng Xanh', 'Khai trương Đà Nẵng', '', '2026-11-25'],
  ]) {
    await goToBriefs(page);
    await page.getByRole('link', { name: 'New brief' }).first().click();
    await page.getByRole('combobox', { name: 'Client' }).selectOption({ label: client });
    await page.getByRole('textbox', { name: 'Title' }).fill(title);
    if (received) await page.getByLabel('Received on').fill(received);
    if (deadline) await page.getByLabel('Deadline').fill(deadline);
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
  await goToBriefs(page);
  await expect(page.getByText('3 of 3 briefs')).toBeVisible();
  await expect(page.getByRole('row', { name: /Tết 2027/ })).toContainText('Overdue by 3 days');
  await expect(page.getByRole('row', { name: /Khai trương/ })).toContainText('2 days left');
  await expect(page.getByRole('row', { name: /Cold brew/ })).toContainText('No deadline');

  // Sorted by deadline, soonest first; briefs without one last.
  await page.getByRole('button', { name: 'Deadline' }).click();
  await expect(page.getByRole('rowheader')).toHaveText(['Tết 2027', 'Khai trương Đà Nẵng', 'Cold brew summer']);

  await page.getByRole('combobox', { name: 'Client' }).selectOption({ label: 'Lotus Coffee' });
  await expect(page.getByText('2 of 3 briefs')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Accepted' });
  await expect(page.getByText('No brief matches these filters.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Received' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('account-desk-briefs-2026-11-23.csv');
  const fs = await import('node:fs/promises');
  const csv = await fs.readFile(await file.path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Title,Client,Received on,Deadline,Status,Deliverables');
  expect(lines.slice(1)).toEqual([
    'Tết 2027,Lotus Coffee,2026-11-02,2026-11-20,Received,0',
    'Cold brew summer,Lotus Coffee,2026-11-23,,Received,0',
  ]);
});
