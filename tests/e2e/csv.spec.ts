// CSV in and out: clients from a spreadsheet or a CRM (with a column-mapping
// step, the merge preview and Undo import), and every list as CSV.
import { test, expect, type Page } from '@playwright/test';
import { WORKSPACE_KEY, expectSaved, loadSample, openApp, storedEnvelope } from './app';
import { screenshot } from './helpers';

async function importCsv(page: Page, name: string, text: string) {
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByLabel('Import', { exact: true }).setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
}

async function downloadFrom(page: Page, button: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await download;
  const fs = await import('node:fs/promises');
  return { name: file.suggestedFilename(), text: await fs.readFile(await file.path(), 'utf8') };
}

function stored(page: Page) {
  return page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY);
}

// A CRM export as Excel writes it in Vietnam: semicolons, Vietnamese headers.
const CRM_EXPORT = [
  'Tên công ty;Người liên hệ;Chức vụ;E-mail;SĐT;Phụ trách;Ghi chú CRM',
  'Lotus Coffee;Ms Mai Linh;Trade Marketing Lead;mai.linh@lotuscoffee.example.com;0901 234 567;Trần Thu Hà;Khách VIP',
  'Phở Hà Nội 1954;Anh Tuấn;CEO;tuan@pho1954.example.com;;Người lạ;',
  'Phở Hà Nội 1954;Chị Hạnh;Brand Manager;hanh@pho1954.example.com;;;',
  ';Không tên;;;;;',
].join('\r\n');

test('clients from a CRM file: match the columns, preview, apply, undo', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  await importCsv(page, 'crm-khach-hang.csv', CRM_EXPORT);

  const mapping = page.getByRole('region', { name: 'Match the columns of “crm-khach-hang.csv”' });
  await expect(mapping).toBeVisible();
  // Guessed from the headers…
  await expect(mapping.getByRole('combobox', { name: 'Import as — Tên công ty' })).toHaveValue('Name');
  await expect(mapping.getByRole('combobox', { name: 'Import as — SĐT' })).toHaveValue('ContactPhone');
  await expect(mapping.getByRole('combobox', { name: 'Import as — Ghi chú CRM' })).toHaveValue('');
  await expect(mapping).toContainText('4 rows read, 2 clients found.');
  // …and one column the user matches by hand.
  await mapping.getByRole('combobox', { name: 'Import as — Ghi chú CRM' }).selectOption({ label: 'Notes' });
  await screenshot(page, 'csv-mapping');

  // Without a name column there is nothing to import.
  await mapping.getByRole('combobox', { name: 'Import as — Tên công ty' }).selectOption({ label: "Don't import" });
  await expect(mapping).toContainText('Choose the column that holds the client name.');
  await mapping.getByRole('combobox', { name: 'Import as — Tên công ty' }).selectOption({ label: 'Client name' });

  const before = await stored(page);
  await mapping.getByRole('button', { name: 'Preview import' }).click();
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('1 new');
  await expect(preview).toContainText('1 updated');
  const notes = preview.getByRole('region', { name: 'Rows to check' });
  await expect(notes).toContainText('Row 3: “Người lạ” is not in your team; the account owner was left as it was');
  await expect(notes).toContainText('Row 5: no client name, so the row was skipped');
  // A matched client's notes are replaced only in plain view.
  await expect(notes).toContainText(/Notes of “Lotus Coffee” changes from “.+” to “Khách VIP”/);
  // A client list cannot replace the whole workspace.
  await expect(preview.getByRole('checkbox', { name: /Replace everything/ })).toHaveCount(0);
  await screenshot(page, 'csv-preview');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('region', { name: 'Xem trước khi nhập' })).toContainText('Dòng 5: thiếu tên khách hàng');
  await screenshot(page, 'csv-preview-vi');
  await page.getByRole('button', { name: 'English' }).click();
  expect(await stored(page)).toBe(before);

  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expectSaved(page);
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Phở Hà Nội 1954' }).click();
  await expect(page.getByText('tuan@pho1954.example.com')).toBeVisible();
  await expect(page.getByText('hanh@pho1954.example.com')).toBeVisible();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Lotus Coffee' }).click();
  await expect(page.getByText('mai.linh@lotuscoffee.example.com')).toBeVisible();
  await expect(page.getByText('Khách VIP')).toBeVisible();
  // What the file left blank is as it was.
  await expect(page.getByText('trang.phan@lotuscoffee.example.com')).toBeVisible();

  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expectSaved(page);
  expect(JSON.parse((await stored(page))!).workspace).toEqual(JSON.parse(before!).workspace);
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Phở Hà Nội 1954' })).toHaveCount(0);
});

test('clients CSV round trip: the list as shown goes out, an edit comes back', async ({ page }) => {
  await openApp(page);
  await loadSample(page);

  // The export follows the list as it is filtered.
  await page.getByRole('searchbox', { name: /Search/ }).fill('lotus');
  const filtered = await downloadFrom(page, 'Export CSV');
  expect(filtered.name).toMatch(/^account-desk-clients-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(filtered.text.startsWith('\ufeffClient,Industry,Status,Account owner,Contact,Title,Email,Phone,Primary\r\n')).toBe(true);
  const lines = filtered.text.trim().split('\r\n');
  expect(lines).toHaveLength(3); // header and Lotus Coffee's two contacts
  expect(lines.slice(1).every((l) => l.startsWith('Lotus Coffee,'))).toBe(true);

  await page.getByRole('searchbox', { name: /Search/ }).fill('');
  const all = await downloadFrom(page, 'Export CSV');
  const before = await stored(page);

  // The same file back changes nothing.
  await importCsv(page, all.name, all.text);
  await page.getByRole('button', { name: 'Preview import' }).click();
  await expect(page.getByText('Nothing would change: you already have everything in this file.')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // An edit made in the spreadsheet comes back as an update.
  const edited = all.text.replaceAll('F&B — Chuỗi cà phê', 'F&B — Cà phê đặc sản');
  expect(edited).not.toBe(all.text);
  await importCsv(page, all.name, edited);
  await page.getByRole('button', { name: 'Preview import' }).click();
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('1 updated');
  await expect(preview.getByRole('rowheader', { name: 'Lotus Coffee' })).toBeVisible();
  expect(await stored(page)).toBe(before);
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expectSaved(page);
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('row', { name: /Lotus Coffee/ })).toContainText('F&B — Cà phê đặc sản');
});

test('a broken CSV says what is wrong and changes nothing', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const before = await stored(page);
  await importCsv(page, 'broken.csv', 'Client,Notes\r\nLotus Coffee,"never closed\r\nMekong Travel,x\r\n');
  await expect(page.getByRole('alert')).toHaveText(
    'This file cannot be imported: a quoted cell that starts on line 2 is never closed. Nothing was changed.',
  );
  await importCsv(page, 'empty.csv', '\ufeff');
  await expect(page.getByRole('alert')).toHaveText('This file cannot be imported: the file is empty. Nothing was changed.');
  await importCsv(page, 'header-only.csv', 'Client,Email\r\n');
  await expect(page.getByRole('alert')).toContainText('the file has a header row but no data rows');
  expect(await stored(page)).toBe(before);
});

test('hostile text from a CSV stays inert text', async ({ page }) => {
  await openApp(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await importCsv(
    page,
    'hostile.csv',
    'Client,Notes,Website\r\n"<img src=x onerror=alert(1)>","<script>alert(2)</script>",javascript:alert(3)\r\nSafe <b>Co</b>,=HYPERLINK("http://evil"),\r\n',
  );
  await page.getByRole('button', { name: 'Preview import' }).click();
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview.getByRole('region', { name: 'Rows to check' })).toContainText(
    'Row 2: the client was not imported (Website: Not a web address',
  );
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Safe <b>Co</b>' }).click();
  await expect(page.getByText('=HYPERLINK("http://evil")')).toBeVisible();
  expect(await page.locator('b').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('budgets, reviews and the team export as CSV', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  await page.getByRole('link', { name: 'Budgets', exact: true }).click();
  const budgets = await downloadFrom(page, 'Export CSV');
  expect(budgets.name).toMatch(/^account-desk-budgets-\d{4}-\d{2}-\d{2}\.csv$/);
  const budgetLines = budgets.text.replace(/^\ufeff/, '').trim().split('\r\n');
  expect(budgetLines[0]).toBe('Client,Campaign,Start date,End date,Currency,Planned,Actual,Burn,Margin,Status');
  expect(budgetLines).toHaveLength(4);

  await page.getByRole('link', { name: 'Competitor reviews', exact: true }).click();
  const reviews = await downloadFrom(page, 'Export CSV');
  const reviewLines = reviews.text.replace(/^\ufeff/, '').trim().split('\r\n');
  expect(reviewLines[0]).toBe('Title,Client,Start date,End date,Competitors');
  expect(reviewLines[1]).toContain('Volta; Zip Motors');

  await page.getByRole('link', { name: 'Team', exact: true }).click();
  const team = await downloadFrom(page, 'Export CSV');
  const teamLines = team.text.replace(/^\ufeff/, '').trim().split('\r\n');
  expect(teamLines[0]).toBe('Name,Role,Email,Clients');
  expect(teamLines).toHaveLength(8);
  expect(team.text).toContain('Trần Thu Hà,Account Manager,thuha@saigonspark.vn,');
});

test('two exports pasted into one file: no byte order mark in a name, no second header as a client', async ({ page }) => {
  await openApp(page);
  const one = '\ufeffClient name,Industry\r\nSao Mai Foods,FMCG\r\n';
  const two = '\ufeffClient name,Industry\r\n"Bún chả Hương Liên",F&B\r\n';
  await importCsv(page, 'hai-file.csv', one + two);
  await page.getByRole('button', { name: 'Preview import' }).click();
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('2 new');
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expectSaved(page);
  const names = (await storedEnvelope(page)).workspace.clients.map((c: { name: string }) => c.name);
  expect(names).toEqual(['Sao Mai Foods', 'Bún chả Hương Liên']);
});
