import { randomUUID } from 'node:crypto';
import { test, expect, type Page } from '@playwright/test';
import { WORKSPACE_KEY, createClient, expectSaved, exportWithPassphrase, loadSample, openApp, storedEnvelope } from './app';
import { screenshot } from './helpers';

async function exportEverything(page: Page) {
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  const fs = await import('node:fs/promises');
  return { name: file.suggestedFilename(), text: await fs.readFile(await file.path(), 'utf8') };
}

async function importText(page: Page, name: string, text: string | Buffer) {
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const input = page.getByLabel('Import', { exact: true });
  if (buffer.length > 40 * 1024 * 1024) {
    // Playwright passes big files by path only.
    const path = test.info().outputPath(name);
    const fs = await import('node:fs/promises');
    await fs.writeFile(path, buffer);
    await input.setInputFiles(path);
  } else {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer });
  }
}

test('export, clear the browser, import: identical data', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const before = (await storedEnvelope(page)).workspace;
  const file = await exportEverything(page);
  expect(file.name).toMatch(/^account-desk-all-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(file.text);
  expect(parsed.format).toBe('account-desk');
  expect(parsed.scope).toBe('all');
  await expect(page.getByText(/^Last export: /)).toBeVisible();

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await importText(page, file.name, file.text);
  const preview = page.getByRole('region', { name: 'Import preview' });
  // Every record of the file is new here: people, clients, budgets, reviews,
  // briefs, contact reports, WIP, requests, NPS responses and deals.
  const records = Object.values(parsed.workspace as Record<string, unknown>)
    .filter(Array.isArray)
    .reduce((sum: number, list) => sum + (list as unknown[]).length, 0);
  expect(records).toBeGreaterThan(19);
  await expect(preview).toContainText(`${records} new`);
  await screenshot(page, 'import-preview');
  // Long groups start folded, short ones open; a click unfolds.
  const requests = preview.getByRole('group').filter({ hasText: /^▸?\s*Requests/ });
  await expect(preview.getByRole('rowheader', { name: 'Lotus Coffee' })).toBeVisible();
  await expect(requests.getByRole('row').first()).toBeHidden();
  await requests.getByText('Requests', { exact: true }).click();
  await expect(requests.getByRole('row').first()).toBeVisible();
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await expectSaved(page);
  const after = (await storedEnvelope(page)).workspace;
  expect(after).toEqual(before);

  // Importing the same file again changes nothing.
  await importText(page, file.name, file.text);
  await expect(page.getByText('Nothing would change: you already have everything in this file.')).toBeVisible();
});

test('two colleagues exchange files: every edit arrives, the conflict is resolved', async ({ browser }) => {
  test.setTimeout(90_000);
  // Contexts made here do not inherit the config's `use` block.
  const newContext = () => browser.newContext({ baseURL: test.info().project.use.baseURL });
  const shared = await newContext();
  const seed = await shared.newPage();
  await openApp(seed);
  for (const name of ['Lotus Coffee', 'Mekong Travel', 'Saigon Motors']) {
    await seed.getByRole('link', { name: 'Clients', exact: true }).click();
    await createClient(seed, name);
  }
  await expectSaved(seed);
  const start = await exportEverything(seed);

  const colleague = async (edits: [string, string][]) => {
    const context = await newContext();
    const page = await context.newPage();
    await openApp(page);
    await importText(page, start.name, start.text);
    await page.getByRole('button', { name: 'Apply import' }).click();
    for (const [client, industry] of edits) {
      await page.getByRole('link', { name: 'Clients', exact: true }).click();
      await page.getByRole('link', { name: client }).click();
      await page.getByRole('link', { name: 'Edit' }).click();
      await page.getByRole('region', { name: 'Details' }).getByRole('textbox', { name: 'Industry' }).fill(industry);
      await page.getByRole('button', { name: 'Save' }).first().click();
      await expect(page.getByText(industry)).toBeVisible();
    }
    await expectSaved(page);
    return page;
  };
  const an = await colleague([['Lotus Coffee', 'F&B (An)'], ['Saigon Motors', 'EV (An)']]);
  const binh = await colleague([['Mekong Travel', 'Travel (Bình)'], ['Saigon Motors', 'EV (Bình)']]);
  const fromBinh = await exportEverything(binh);

  await importText(an, fromBinh.name, fromBinh.text);
  const preview = an.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('1 updated (theirs is newer)');
  await expect(preview).toContainText('1 conflicts (both changed)');
  await expect(preview).toContainText('1 kept (yours is newer)');
  await preview.getByRole('radiogroup', { name: 'Resolve the conflict on Saigon Motors' }).getByLabel('Keep mine').check();
  await screenshot(an, 'import-conflict');
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await an.getByRole('link', { name: 'Clients', exact: true }).click();
  for (const [client, industry] of [['Lotus Coffee', 'F&B (An)'], ['Mekong Travel', 'Travel (Bình)'], ['Saigon Motors', 'EV (An)']]) {
    await expect(an.getByRole('row', { name: new RegExp(client) })).toContainText(industry);
  }

  // Undo puts An's data back exactly.
  await an.getByRole('link', { name: 'Data', exact: true }).click();
  await an.getByRole('button', { name: 'Undo import' }).click();
  await an.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(an.getByRole('row', { name: /Mekong Travel/ })).not.toContainText('Travel (Bình)');
});

test('bad files are refused with a specific message and change nothing', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Phở Hồng Hà');
  await expectSaved(page);
  const stored = await page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY);
  const valid = (await exportEverything(page)).text;
  const cases: [string, string | Buffer, RegExp][] = [
    ['not-json.json', 'hello, world', /not valid JSON \(line 1, column \d+\): a value is missing or misspelled/],
    ['empty.json', '', /the data is empty/],
    ['truncated.json', valid.slice(0, valid.length / 2), /not valid JSON \(line \d+, column \d+\): the text ends too early/],
    ['other-app.json', '{"type":"excalidraw","elements":[]}', /this is not Account Desk data/],
    ['newer.json', valid.replace('"version": 1', '"version": 9'), /made by a newer Account Desk \(format version 9/],
    ['wrong-type.json', valid.replace(/"name": "Phở Hồng Hà"/, '"name": 42'), /clients\[0\]\.name: expected text, found the number 42/],
    ['missing.json', valid.replace(/"name": "Phở Hồng Hà",/, ''), /clients\[0\]: the field “name” is missing/],
    ['status-number.json', valid.replace(/"status": "active"/, '"status": 5'), /clients\[0\]\.status: not one of the allowed values/],
    ['invalid-utf8.json', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), /not UTF-8 text \(byte 2\)/],
    ['huge.json', Buffer.alloc(70 * 1024 * 1024, 0x20), /the file is 70\.0 MB, and files up to 64 MB can be imported/],
  ];
  for (const [name, content, message] of cases) {
    await importText(page, name, content);
    await expect(page.getByRole('alert').filter({ hasText: 'This file cannot be imported' })).toContainText(message);
    expect(await page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY)).toBe(stored);
  }
  // The client's "saved" toast would cover the message in the pictures.
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
  await screenshot(page, 'import-error');

  // In Vietnamese the parser's problem is told in Vietnamese too.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByLabel('Nhập file', { exact: true }).setInputFiles({
    name: 'truncated.json',
    mimeType: 'application/json',
    buffer: Buffer.from(valid.slice(0, valid.length / 2)),
  });
  const refused = page.getByRole('alert').filter({ hasText: 'Không thể nhập file này' });
  await expect(refused).toContainText(/không phải JSON hợp lệ \(dòng \d+, cột \d+\): văn bản kết thúc giữa chừng/);
  await expect(refused).not.toContainText('EOF');
  await page.getByLabel('Nhập file', { exact: true }).setInputFiles({
    name: 'wrong-type.json',
    mimeType: 'application/json',
    buffer: Buffer.from(valid.replace(/"name": "Phở Hồng Hà"/, '"name": 42')),
  });
  await expect(refused).toContainText('clients[0].name: cần văn bản, nhưng là số 42');
  await screenshot(page, 'import-error-vi');
});

test('hostile text in an imported file stays inert', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Lotus Coffee');
  await expectSaved(page);
  const file = (await exportEverything(page)).text
    .replace('"Lotus Coffee"', '"<img src=x onerror=\\"document.title=\'pwned\'\\"><script>alert(1)</script>"')
    .replace('"website": ""', '"website": "javascript:alert(1)"');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await importText(page, 'hostile.json', file);
  // The website is not a web link: the chokepoint refuses the file, naming the place.
  await expect(page.getByRole('alert')).toContainText('clients[0].website: Not a web address');
  const inert = file.replace('"website": "javascript:alert(1)"', '"website": ""');
  await importText(page, 'hostile.json', inert);
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('link', { name: /<img src=x/ })).toBeVisible();
  await expect(page.locator('img')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
});

test('clients export as CSV with their contacts, readable by spreadsheets', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^account-desk-clients-\d{4}-\d{2}-\d{2}\.csv$/);
  const fs = await import('node:fs/promises');
  const bytes = await fs.readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = bytes.toString('utf8').slice(1).split('\r\n');
  expect(rows[0]).toBe('Client,Industry,Status,Account owner,Contact,Title,Email,Phone,Primary');
  expect(rows).toContain(
    'Công ty CP Sữa Đồng Xanh,FMCG — Sữa và đồ uống,Active,Trần Thu Hà,Chị Nguyễn Thị Lan,Brand Manager,lan.nguyen@dongxanh.example.vn,0903 123 456,yes',
  );
  // 13 contacts across the eight clients, plus the header and the final line end.
  expect(rows.length).toBe(13 + 2);
});

test('an encrypted export opens only with its passphrase', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Mekong Travel');
  await expectSaved(page);
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByLabel('Passphrase (optional)').fill('bí mật 2027');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  const fs = await import('node:fs/promises');
  const text = await fs.readFile(await file.path(), 'utf8');
  const sealed = JSON.parse(text);
  expect(sealed.format).toBe('account-desk');
  expect(sealed.encrypted).toMatchObject({ cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA256', iterations: 600000 });
  expect(text).not.toContain('Mekong');

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await importText(page, file.suggestedFilename(), text);
  await expect(page.getByText(/is encrypted\. Enter the passphrase/)).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('wrong');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('Wrong passphrase');
  await page.getByLabel('Passphrase', { exact: true }).fill('bí mật 2027');
  await page.getByRole('button', { name: 'Unlock' }).click();
  const preview = page.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('1 new');
  await preview.getByRole('button', { name: 'Apply import' }).click();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Mekong Travel' })).toBeVisible();
});

test('chosen clients are found by name, however many there are, and exported alone', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const file = await exportEverything(page);
  const parsed = JSON.parse(file.text);
  const template = parsed.workspace.clients[0];
  for (let i = 1; i <= 150; i++) {
    parsed.workspace.clients.push({
      ...template,
      meta: { ...template.meta, id: randomUUID() },
      name: `Khách thử ${String(i).padStart(3, '0')}`,
      contacts: [],
    });
  }
  await importText(page, 'many.json', JSON.stringify(parsed));
  await page.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Apply import' }).click();
  await expectSaved(page);

  await page.getByText('Export chosen clients').first().click();
  const choose = page.getByRole('group', { name: 'Clients to export' });
  // Not every one of the 158 is drawn: the first hundred, and a way to the rest.
  await expect(choose.getByRole('checkbox')).toHaveCount(100);
  await expect(page.getByText('100 of 158 clients listed: type part of a name to find the others.')).toBeVisible();
  await page.getByLabel('Find a client').fill('lotus');
  await expect(choose.getByRole('checkbox')).toHaveCount(1);
  await choose.getByRole('checkbox', { name: 'Lotus Coffee' }).check();
  // Found without its accents; the ticked client stays listed to be unticked.
  await page.getByLabel('Find a client').fill('khach thu 149');
  await choose.getByRole('checkbox', { name: 'Khách thử 149' }).check();
  await expect(choose.getByRole('checkbox', { name: 'Lotus Coffee' })).toBeChecked();
  await expect(page.getByText(/clients listed: type part/)).toBeHidden();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export chosen clients' }).click();
  const fs = await import('node:fs/promises');
  const chosen = JSON.parse(await fs.readFile(await (await download).path(), 'utf8'));
  expect(chosen.workspace.clients.map((c: { name: string }) => c.name).sort()).toEqual(['Khách thử 149', 'Lotus Coffee']);
});

test('a big import is applied behind a progress note, then saved whole', async ({ page }) => {
  await openApp(page, '#/data');
  const now = '2026-11-01T09:00:00Z';
  const clients = Array.from({ length: 6000 }, (_, i) => ({
    meta: { id: randomUUID(), created_at: now, updated_at: now, rev: 1 },
    name: `Công ty Thử ${i + 1}`,
  }));
  await importText(page, 'big.json', JSON.stringify({ format: 'account-desk', version: 1, workspace: { clients } }));
  // The note is up for a moment only: caught as it appears.
  await page.evaluate(() => {
    const seen: string[] = ((window as any).__progress = []);
    new MutationObserver(() => {
      const note = document.querySelector('[role="status"]:has(progress)');
      if (note && !seen.includes(note.textContent!)) seen.push(note.textContent!);
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByText('Import applied: 6000 change(s).')).toBeVisible();
  expect(await page.evaluate(() => (window as any).__progress)).toEqual(['Applying 6,000 changes…']);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expectSaved(page);
  expect((await storedEnvelope(page)).workspace.clients).toHaveLength(6000);
});

/** A colleague's file: the sample with one client added, and Lotus Coffee's industry changed. */
async function colleagueFile(page: Page) {
  const ws = (await storedEnvelope(page)).workspace;
  const now = '2026-11-20T09:00:00Z';
  ws.clients.push({ meta: { id: randomUUID(), created_at: now, updated_at: now, rev: 1 }, name: 'Sông Hồng Logistics' });
  const lotus = ws.clients.find((c: { name: string }) => c.name === 'Lotus Coffee');
  lotus.industry = 'Ngành theo file';
  lotus.meta.rev += 1;
  lotus.meta.updated_at = '2026-11-21T09:00:00Z';
  return JSON.stringify({ format: 'account-desk', version: 1, workspace: ws });
}

async function editClient(page: Page, name: string, field: string, value: string) {
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('link', { name: 'Edit' }).first().click();
  await page.getByRole('textbox', { name: field }).fill(value);
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

function storedClient(ws: any, name: string) {
  return ws.clients.find((c: { name: string }) => c.name === name);
}

test('Undo import takes back only the import: what was done since stays', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  const industry = storedClient((await storedEnvelope(page)).workspace, 'Lotus Coffee').industry;
  await importText(page, 'colleague.json', await colleagueFile(page));
  await page.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Apply import' }).click();
  await expectSaved(page);
  // Since the import: a note on the client it changed, and a new client.
  await editClient(page, 'Lotus Coffee', 'Notes', 'Gặp lại sau Tết');
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await createClient(page, 'Phở Thìn Lò Đúc');
  await expectSaved(page);

  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByText('Import undone. What was changed since the import is kept.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
  await expectSaved(page);
  const ws = (await storedEnvelope(page)).workspace;
  expect(storedClient(ws, 'Sông Hồng Logistics')).toBeUndefined();
  expect(storedClient(ws, 'Lotus Coffee').industry).toBe(industry);
  expect(storedClient(ws, 'Lotus Coffee').notes).toBe('Gặp lại sau Tết');
  expect(storedClient(ws, 'Phở Thìn Lò Đúc')).toBeDefined();
});

test('Undo import asks before removing a client it added that was edited since, naming it', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  await importText(page, 'colleague.json', await colleagueFile(page));
  await page.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Apply import' }).click();
  await editClient(page, 'Sông Hồng Logistics', 'Notes', 'Khách mới, đã gặp');
  await expectSaved(page);
  await page.getByRole('link', { name: 'Data', exact: true }).click();

  const messages: string[] = [];
  page.once('dialog', (dialog) => {
    messages.push(dialog.message());
    dialog.dismiss();
  });
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect.poll(() => messages.length).toBe(1);
  expect(messages[0]).toContain('these were edited since: Sông Hồng Logistics');
  // Refused: nothing changed, and the undo is still on offer.
  await expect(page.getByRole('button', { name: 'Undo import' })).toBeVisible();
  expect(storedClient((await storedEnvelope(page)).workspace, 'Sông Hồng Logistics').notes).toBe('Khách mới, đã gặp');

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expectSaved(page);
  expect(storedClient((await storedEnvelope(page)).workspace, 'Sông Hồng Logistics')).toBeUndefined();
});

test('Undo import after another tab saved keeps that tab’s work and takes back the import everywhere', async ({ browser }) => {
  const context = await browser.newContext();
  const a = await context.newPage();
  await openApp(a);
  await loadSample(a);
  await importText(a, 'colleague.json', await colleagueFile(a));
  await a.getByRole('region', { name: 'Import preview' }).getByRole('button', { name: 'Apply import' }).click();
  await expectSaved(a);

  const b = await context.newPage();
  await openApp(b);
  await editClient(b, 'Lotus Coffee', 'Notes', 'Sửa ở tab B');
  await expectSaved(b);
  await expect.poll(async () => storedClient((await storedEnvelope(a)).workspace, 'Lotus Coffee').notes).toBe('Sửa ở tab B');

  await a.getByRole('link', { name: 'Data', exact: true }).click();
  await a.getByRole('button', { name: 'Undo import' }).click();
  await expectSaved(a);
  const ws = (await storedEnvelope(a)).workspace;
  expect(storedClient(ws, 'Sông Hồng Logistics')).toBeUndefined();
  expect(storedClient(ws, 'Lotus Coffee').industry).not.toBe('Ngành theo file');
  expect(storedClient(ws, 'Lotus Coffee').notes).toBe('Sửa ở tab B');
  // Tab B follows.
  await b.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(b.getByRole('link', { name: 'Sông Hồng Logistics' })).toHaveCount(0);
  await context.close();
});

test('an encrypted file is checked before its passphrase is asked for, and unlocking can be cancelled', async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page);
  await createClient(page, 'Mekong Travel');
  await expectSaved(page);
  const file = JSON.parse(await exportWithPassphrase(page, 'bí mật 2027'));
  const variant = (change: (sealed: any) => void) => {
    const copy = structuredClone(file);
    change(copy.encrypted);
    return JSON.stringify(copy);
  };
  const alert = page.getByRole('alert');
  const passphrase = page.getByLabel('Passphrase', { exact: true });

  // Rounds no Account Desk seals with: refused at once, no passphrase asked.
  for (const [iterations, shown] of [[1_000_000_000, '1,000,000,000'], [0, '0'], [1, '1']] as const) {
    await importText(page, 'rounds.json', variant((s) => (s.iterations = iterations)));
    await expect(alert).toContainText(`asks for ${shown} rounds of key derivation, and Account Desk opens files sealed with 100,000 to 10,000,000`);
    await expect(passphrase).toHaveCount(0);
  }
  // Parts of a length no sealing writes: damaged, not a wrong passphrase.
  await importText(page, 'no-iv.json', variant((s) => (s.iv = '')));
  await expect(alert).toContainText('the encrypted file is damaged');
  await expect(passphrase).toHaveCount(0);
  // Changed bytes cannot be told from a wrong passphrase: the message says both.
  await importText(page, 'changed.json', variant((s) => (s.data = 'A' + s.data.slice(1))));
  await passphrase.fill('bí mật 2027');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(alert).toContainText('Wrong passphrase: this file was encrypted with another one (or changed after it was encrypted)');

  // The slowest file accepted can be let go while its key is derived.
  await importText(page, 'slow.json', variant((s) => (s.iterations = 10_000_000)));
  await passphrase.fill('bí mật 2027');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Unlocking… deriving the key takes a few seconds.' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await expect(passphrase).toHaveValue('bí mật 2027');
  // The cancelled try's answer, when it comes, changes nothing.
  await page.waitForTimeout(8_000);
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Import preview' })).toHaveCount(0);
});

test('where the page has no encryption, an export with a passphrase says so in the reader’s language and writes nothing', async ({ page }) => {
  // As on a page served over plain http from another machine.
  await page.addInitScript(() => Object.defineProperty(window.crypto, 'subtle', { value: undefined }));
  await openApp(page);
  await createClient(page, 'Mekong Travel');
  await expectSaved(page);
  await page.getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByLabel('Mật khẩu (không bắt buộc)').fill('bí mật 2027');
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Xuất dữ liệu', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(/^Chưa xuất gì: trình duyệt không hỗ trợ mã hóa trên trang này/);
  expect(downloads).toBe(0);
});
