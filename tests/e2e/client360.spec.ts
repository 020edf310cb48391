// Client 360 on the client page: requests logged and replied in one click,
// NPS responses, deals and the timeline of everything about the client.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { createClient, expectSaved, loadSample, openApp } from './app';
import { screenshot } from './helpers';

// A Monday morning, local time: every date below is this day.
const START = new Date('2026-11-23T09:00:00');
const TODAY_ISO = '2026-11-23';
const TODAY_TEXT = '23 Nov 2026';

function region(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

/** A row of a card's list, by the words in it. */
function row(card: Locator, text: string) {
  return card.getByRole('listitem').filter({ hasText: text });
}

/** The timeline's entries (the month items hold a heading, entries do not). */
function entries(page: Page) {
  return region(page, 'Timeline').getByRole('listitem').filter({ hasNot: page.getByRole('heading') });
}

async function addNps(page: Page, respondent: string, score: string, knowledge = '4', care = '5') {
  const nps = region(page, 'NPS responses');
  await nps.getByRole('button', { name: 'Add NPS response' }).click();
  await nps.getByRole('textbox', { name: 'Respondent' }).fill(respondent);
  await nps.getByRole('textbox', { name: 'Score' }).fill(score);
  await nps.getByRole('combobox', { name: 'Consulting knowledge' }).selectOption(knowledge);
  await nps.getByRole('combobox', { name: 'Care attitude' }).selectOption(care);
  await nps.getByRole('button', { name: 'Save' }).click();
}

test('log a request and its reply, NPS responses, a won upsell and the timeline', async ({ page }) => {
  await page.clock.install({ time: START });
  await openApp(page);
  await createClient(page, 'Lotus Coffee');

  // Effortless logging: a channel, one line, Log request.
  const requests = region(page, 'Client requests');
  await expect(requests).toContainText('No replies in 90 days');
  await requests.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Phone' });
  await requests.getByRole('textbox', { name: 'Request' }).fill('Quote for the TikTok package');
  await requests.getByRole('button', { name: 'Log request' }).click();
  const quote = row(requests, 'Quote for the TikTok package');
  await expect(quote).toContainText('Phone');
  await expect(quote).toContainText('waiting under a minute');
  await expect(requests.getByRole('textbox', { name: 'Request' })).toHaveValue('');
  await expect(requests.getByRole('heading', { name: 'Waiting for a reply (1)' })).toBeVisible();
  // With a single open request there is no per-row button, only Mark replied.
  await expect(requests.getByRole('button', { name: /^Mark “.*” replied$/ })).toHaveCount(0);

  // Two hours later the waiting time has moved on, without a reload.
  await page.clock.fastForward('02:00:00');
  await expect(quote).toContainText('waiting 2 h');
  await screenshot(page, 'client360-waiting');
  await requests.getByRole('button', { name: 'Mark replied' }).click();
  await expect(quote).toContainText('replied in 2 h');
  await expect(requests.getByRole('heading', { name: 'Answered recently' })).toBeVisible();
  await expect(requests.getByRole('heading', { name: 'Waiting for a reply (0)' })).toBeVisible();
  await expect(requests.getByText('2 h', { exact: true })).toBeVisible();
  await expect(requests.getByText('1 answered', { exact: true })).toBeVisible();
  await expect(page.getByText('“Quote for the TikTok package” replied after 2 h.')).toBeVisible();

  // Several open: Mark replied closes the oldest; each row has its own button.
  await requests.getByRole('textbox', { name: 'Request' }).fill('Brand guideline PDF');
  await requests.getByRole('button', { name: 'Log request' }).click();
  await page.clock.fastForward('00:10:00');
  await requests.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Chat' });
  await requests.getByRole('textbox', { name: 'Request' }).fill('Moodboard for Tết');
  await requests.getByRole('button', { name: 'Log request' }).click();
  await expect(requests.getByRole('heading', { name: 'Waiting for a reply (2)' })).toBeVisible();
  await expect(row(requests, 'Brand guideline PDF')).toContainText('waiting 10 min');
  await screenshot(page, 'client360-two-open');
  await requests.getByRole('button', { name: 'Mark “Moodboard for Tết” replied' }).click();
  await expect(row(requests, 'Moodboard for Tết')).toContainText('replied in under a minute');
  await expect(row(requests, 'Brand guideline PDF')).toContainText('waiting');
  await requests.getByRole('button', { name: 'Mark replied' }).click();
  await expect(row(requests, 'Brand guideline PDF')).toContainText('replied in 10 min');
  await expect(requests.getByText('Nothing is waiting: every request has its reply.')).toBeVisible();

  // NPS: a bad score is named beside the field, then 10, 9, 7, 3.
  const nps = region(page, 'NPS responses');
  await nps.getByRole('button', { name: 'Add NPS response' }).click();
  await nps.getByRole('textbox', { name: 'Respondent' }).fill('Chị Lan');
  await nps.getByRole('textbox', { name: 'Score' }).fill('11');
  await nps.getByRole('button', { name: 'Save' }).click();
  await expect(nps.getByRole('textbox', { name: 'Score' })).toHaveAccessibleDescription(/Must be between 0 and 10/);
  await expect(nps.getByRole('textbox', { name: 'Score' })).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'client360-nps-error');
  await nps.getByRole('button', { name: 'Cancel' }).click();
  await addNps(page, 'Chị Lan', '10');
  await addNps(page, 'Anh Minh', '9', '5', '4');
  await addNps(page, 'Chị Hoa', '7', '3', '4');
  await addNps(page, 'Anh Tuấn', '3', '2', '2');
  await expect(row(nps, 'Chị Lan')).toContainText('Promoter');
  await expect(row(nps, 'Anh Minh')).toContainText('Promoter');
  await expect(row(nps, 'Chị Hoa')).toContainText('Passive');
  await expect(row(nps, 'Anh Tuấn')).toContainText('Detractor');
  await expect(row(nps, 'Anh Tuấn')).toContainText('Consulting knowledge 2/5 · Care attitude 2/5');
  // (2 promoters − 1 detractor) ÷ 4 = 25.
  await expect(nps.getByText('NPS 25 · 4 responses in 12 months')).toBeVisible();

  // A won upsell closes today.
  const deals = region(page, 'Deals');
  await expect(deals).toContainText('No deals yet.');
  await deals.getByRole('button', { name: 'New deal' }).click();
  await deals.getByRole('textbox', { name: 'Title' }).fill('KOL package for Tết');
  await deals.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Upsell' });
  await deals.getByRole('textbox', { name: 'Value' }).fill('500,000,000');
  await expect(deals.getByLabel('Closed on')).toHaveValue('');
  await deals.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Won' });
  await expect(deals.getByLabel('Closed on')).toHaveValue(TODAY_ISO);
  await screenshot(page, 'client360-deal-form');
  await deals.getByRole('button', { name: 'Save' }).click();
  const deal = row(deals, 'KOL package for Tết');
  await expect(deal).toContainText('Upsell');
  await expect(deal).toContainText('Won');
  await expect(deal).toContainText(`Closed on ${TODAY_TEXT}`);
  await expect(deal).toContainText('₫500,000,000');

  // A deal without a title is refused, the reason beside the field.
  await deals.getByRole('button', { name: 'New deal' }).click();
  await deals.getByRole('button', { name: 'Save' }).click();
  await expect(deals.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription('Required');
  await deals.getByRole('button', { name: 'Cancel' }).click();

  // The timeline: everything in date order, newest first, under its month.
  const timeline = region(page, 'Timeline');
  await expect(timeline.getByRole('heading', { level: 3, name: 'November 2026' })).toBeVisible();
  const texts = await entries(page).allInnerTexts();
  const at = (words: string) => texts.findIndex((t) => t.includes(words));
  expect(texts).toHaveLength(8);
  expect(at('KOL package for Tết')).toBe(0);
  expect(at('Anh Tuấn')).toBe(1);
  expect(at('Chị Lan')).toBe(4);
  expect(at('Moodboard for Tết')).toBe(5);
  expect(at('Quote for the TikTok package')).toBe(7);
  await expect(entries(page).first()).toContainText('Deal');
  await expect(entries(page).first()).toContainText('Upsell · Won · ₫500,000,000');
  await expect(entries(page).nth(1)).toContainText('Score 3 · Detractor');
  await expect(entries(page).nth(7)).toContainText('Phone · replied in 2 h');

  await timeline.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'NPS' });
  await expect(entries(page)).toHaveCount(4);
  await timeline.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Budgets' });
  await expect(timeline.getByText('Nothing of this kind yet.')).toBeVisible();
  await timeline.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Everything' });
  await expect(entries(page)).toHaveCount(8);

  // Edit: a request's words; a response's score.
  await requests.getByRole('button', { name: 'Edit Brand guideline PDF' }).click();
  await expect(requests.getByLabel('Received at')).toHaveValue('2026-11-23T11:00');
  await screenshot(page, 'client360-request-edit');
  await requests.getByRole('textbox', { name: 'Request' }).first().fill('Brand guideline PDF and logo files');
  await requests.getByRole('button', { name: 'Save' }).click();
  await expect(row(requests, 'Brand guideline PDF and logo files')).toContainText('replied in 10 min');
  await nps.getByRole('button', { name: `Edit Chị Hoa ${TODAY_TEXT}` }).click();
  await expect(nps.getByRole('textbox', { name: 'Score' })).toHaveValue('7');
  await nps.getByRole('textbox', { name: 'Score' }).fill('9');
  await nps.getByRole('button', { name: 'Save' }).click();
  await expect(row(nps, 'Chị Hoa')).toContainText('Promoter');
  await expect(nps.getByText('NPS 50 · 4 responses in 12 months')).toBeVisible();

  await expectSaved(page);
  await page.clock.runFor(9_000); // the last toast goes
  await screenshot(page, 'client360-1280');

  // Delete with Undo: a deal, a response, a request.
  await deals.getByRole('button', { name: 'Delete KOL package for Tết' }).click();
  await expect(deal).toHaveCount(0);
  await expect(entries(page)).toHaveCount(7);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(deal).toBeVisible();
  await expect(entries(page)).toHaveCount(8);
  await nps.getByRole('button', { name: `Delete Anh Tuấn ${TODAY_TEXT}` }).click();
  await expect(row(nps, 'Anh Tuấn')).toHaveCount(0);
  await expect(nps.getByText('NPS 100 · 3 responses in 12 months')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row(nps, 'Anh Tuấn')).toBeVisible();
  await requests.getByRole('button', { name: 'Delete Quote for the TikTok package' }).click();
  await expect(row(requests, 'Quote for the TikTok package')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row(requests, 'Quote for the TikTok package')).toBeVisible();
  await expectSaved(page);

  // Everything survives a reload.
  await page.reload();
  await expect(row(region(page, 'Deals'), 'KOL package for Tết')).toContainText('Won');
  await expect(entries(page)).toHaveCount(8);

  await page.setViewportSize({ width: 768, height: 1024 });
  await screenshot(page, 'client360-768');
});

test('a sample client page with a year of activity, in both languages', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  await page.getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('link', { name: 'Lotus Coffee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lotus Coffee' })).toBeVisible();
  const timeline = region(page, 'Timeline');
  await expect(entries(page).first()).toBeVisible();
  // A year of activity comes 12 entries at a time.
  expect(await entries(page).count()).toBeLessThanOrEqual(12);
  const more = timeline.getByRole('button', { name: /^Show \d+ more$/ });
  if (await more.isVisible()) {
    await more.click();
    await expect(entries(page).nth(12)).toBeVisible();
  }
  await screenshot(page, 'client360-sample-1280');

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('region', { name: 'Yêu cầu của khách hàng' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dòng thời gian' }).getByRole('heading', { level: 3 }).first()).toHaveText(/^Tháng \d+\/\d{4}$/);
  await screenshot(page, 'client360-sample-vi-1280');
  await page.setViewportSize({ width: 768, height: 1024 });
  await screenshot(page, 'client360-sample-vi-768');
});

test.describe('in a time zone with daylight saving', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('a time the clocks skip is named beside the field, not read as an hour later', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-03-29T12:00:00+02:00') });
    await openApp(page);
    await createClient(page, 'Lotus Coffee');
    const requests = region(page, 'Client requests');
    await requests.getByRole('textbox', { name: 'Request' }).fill('Báo giá gói TikTok');
    await requests.getByRole('button', { name: 'Log request' }).click();
    await requests.getByRole('button', { name: 'Edit Báo giá gói TikTok' }).click();
    // Clocks went from 02:00 to 03:00 that night: 02:30 never happened in Berlin.
    await requests.getByLabel('Received at').fill('2026-03-29T02:30');
    await requests.getByLabel('Replied at').fill('2026-03-29T03:10');
    await requests.getByRole('button', { name: 'Save' }).click();
    await expect(requests.getByLabel('Received at')).toHaveAccessibleDescription(
      'This time does not exist here: the clocks go forward an hour at it (daylight saving). Choose a time after the change.',
    );
    await expect(requests.getByText('Before the start date')).toHaveCount(0);
    await expect(requests.getByLabel('Received at')).toHaveValue('2026-03-29T02:30');
    // A time after the change saves.
    await requests.getByLabel('Received at').fill('2026-03-29T03:00');
    await requests.getByRole('button', { name: 'Save' }).click();
    await expect(row(requests, 'Báo giá gói TikTok')).toContainText('replied in 10 min');
  });
});
