// Contact reports written during the meeting: Enter adds the next line,
// action items become WIP items, and "done" travels both ways.
import { test, expect, type Page } from '@playwright/test';
import { createClient, expectSaved, openApp } from './app';
import { screenshot } from './helpers';

async function newTeamMember(page: Page, name: string) {
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('button', { name: 'New team member' }).first().click();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('rowheader', { name })).toBeVisible();
}

test('a meeting: two agreements, two action items, both to the WIP, done travels both ways', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await newTeamMember(page, 'Trần Thu Hà');
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await createClient(page, 'Lotus Coffee', [{ name: 'Chị Trang', email: 'trang@lotus.example.com' }]);

  await page.getByRole('link', { name: 'Write a contact report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contact report — Lotus Coffee' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Purpose' }).fill('Kick-off chiến dịch Tết');
  await page.getByRole('checkbox', { name: 'Chị Trang' }).check();
  await page.getByRole('checkbox', { name: 'Trần Thu Hà' }).check();

  // Typing at meeting speed: Enter moves to the next line.
  await page.getByRole('textbox', { name: 'Agreement 1' }).fill('Duyệt KV trước 10/12');
  await page.getByRole('textbox', { name: 'Agreement 1' }).press('Enter');
  await expect(page.getByRole('textbox', { name: 'Agreement 2' })).toBeFocused();
  await page.keyboard.type('Ngân sách media 1,2 tỷ');

  await page.getByRole('button', { name: 'Add action item' }).click();
  await expect(page.getByRole('textbox', { name: 'Action 1', exact: true })).toBeFocused();
  await page.keyboard.type('Gửi timeline sản xuất');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Action 2', exact: true })).toBeFocused();
  await page.keyboard.type('Xác nhận danh sách KOL');
  await page.getByRole('combobox', { name: 'Owner of action 1' }).selectOption({ label: 'Trần Thu Hà' });
  await page.getByRole('combobox', { name: 'Owner of action 2' }).selectOption({ label: 'Chị Trang' });
  await page.getByLabel('Due date of action 1').fill('2026-12-04');
  await expectSaved(page);

  // Both to the WIP.
  await page.getByRole('button', { name: 'Make WIP item of action 1' }).click();
  await page.getByRole('button', { name: 'Make WIP item of action 2' }).click();
  await expect(page.getByRole('link', { name: 'In WIP: Briefed' })).toHaveCount(2);

  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText('Issued within 48 hours')).toBeVisible();
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByText('Copied: paste it into an e-mail to the client.')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Contact report — Lotus Coffee');
  expect(text).toContain('1. Duyệt KV trước 10/12\n2. Ngân sách media 1,2 tỷ');
  expect(text).toContain('1. Gửi timeline sản xuất (Trần Thu Hà, due 4 Dec 2026)');
  expect(text).toContain('2. Xác nhận danh sách KOL (Chị Trang)');
  await screenshot(page, 'contact-report');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'contact-report-print');
  await page.emulateMedia({ media: 'screen' });
  const reportUrl = page.url();

  // In the WIP table, mark the first one done…
  await page.getByRole('link', { name: 'WIP', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Gửi timeline sản xuất' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Xác nhận danh sách KOL' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Status of Gửi timeline sản xuất' }).selectOption({ label: 'Done' });
  await expectSaved(page);

  // …and it is done in the report.
  await page.goto(reportUrl);
  await expect(page.getByRole('checkbox', { name: 'Action 1 done' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Action 2 done' })).not.toBeChecked();
  // Done in the report → done in the WIP.
  await page.getByRole('checkbox', { name: 'Action 2 done' }).check();
  await expect(page.getByRole('link', { name: 'In WIP: Done' })).toHaveCount(2);

  // The weekly WIP report shows both under the client.
  await page.getByRole('link', { name: 'WIP', exact: true }).click();
  await page.getByRole('link', { name: 'Weekly report' }).click();
  const weekly = page.getByRole('main');
  await expect(weekly).toContainText('Lotus Coffee');
  await expect(weekly).toContainText('Gửi timeline sản xuất');
  await expect(weekly).toContainText('Xác nhận danh sách KOL');

  // The client page lists the report.
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Lotus Coffee' }).click();
  await expect(page.getByRole('region', { name: 'Contact reports' })).toContainText('Sent');
});

test('contact reports list: status and 48-hour flag, and a report can be deleted and restored', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Mekong Travel');
  await page.getByRole('link', { name: 'Contact reports', exact: true }).click();
  await page.getByRole('link', { name: 'New contact report' }).first().click();
  await page.getByLabel('Meeting date').fill('2026-11-01');
  await page.getByRole('textbox', { name: 'Purpose' }).fill('Họp tháng 11');
  await expect(page.getByText('Not sent after 48 hours')).toBeVisible();
  await expectSaved(page);
  await page.getByRole('link', { name: 'Contact reports', exact: true }).click();
  const row = page.getByRole('row', { name: /Họp tháng 11/ });
  await expect(row).toContainText('Draft');
  await expect(row).toContainText('Not sent after 48 hours');
  await screenshot(page, 'contact-reports');
  await row.getByRole('link').first().click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('link', { name: 'Contact reports', exact: true }).click();
  await expect(page.getByRole('row', { name: /Họp tháng 11/ })).toBeVisible();
});

test('with no client yet, each empty list says why a client comes first', async ({ page }) => {
  for (const [hash, why] of [
    ['#/reports', 'Add a client first: every contact report records a meeting with one.'],
    ['#/reviews', 'Add a client first: every competitor review is for one.'],
    ['#/budgets', 'Add a client first: every budget belongs to one.'],
    ['#/briefs', 'Add a client first: every brief belongs to one.'],
  ]) {
    await openApp(page, hash);
    await expect(page.getByText(why)).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'New client' })).toBeVisible();
  }
});
