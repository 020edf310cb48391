import { test, expect, type Page } from '@playwright/test';
import { createClient, expectSaved, openApp } from './app';
import { screenshot } from './helpers';

async function addCompetitor(
  page: Page,
  n: number,
  c: { name: string; positioning: string; channels: string; spend: string; sov: string; campaign: [string, string, string] },
) {
  await page.getByRole('button', { name: 'Add competitor' }).click();
  await expect(page.getByRole('group', { name: `Competitor ${n}` }).getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type(c.name);
  const card = page.getByRole('group', { name: c.name, exact: true });
  await card.getByRole('textbox', { name: 'Positioning' }).fill(c.positioning);
  await card.getByRole('textbox', { name: 'Channels' }).first().fill(c.channels);
  await card.getByRole('textbox', { name: 'Channels' }).first().press('Tab');
  await card.getByRole('textbox', { name: 'Estimated spend' }).fill(c.spend);
  await card.getByRole('textbox', { name: 'Estimated spend' }).press('Tab');
  await card.getByRole('textbox', { name: 'Share of voice (%)' }).fill(c.sov);
  await card.getByRole('textbox', { name: 'Share of voice (%)' }).press('Tab');
  await card.getByRole('button', { name: 'Add campaign' }).click();
  await expect(card.getByRole('group', { name: 'Campaign' }).getByRole('textbox', { name: 'Campaign' })).toBeFocused();
  const [name, start, end] = c.campaign;
  await page.keyboard.type(name);
  const campaign = card.getByRole('group', { name: `Campaign ${name}` });
  await campaign.getByLabel('Start date').fill(start);
  await campaign.getByLabel('End date').fill(end);
  return card;
}

test('a review with two competitors: matrix, timeline, Present through every slide, reload', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Saigon Motors');
  await page.getByRole('link', { name: 'Competitor reviews', exact: true }).click();
  await page.getByRole('link', { name: 'New review' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Untitled' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Title' }).fill('Xe máy điện 2026');
  await page.getByLabel('First month').fill('2026-01');
  await page.getByLabel('First month').press('Tab');
  await page.getByRole('textbox', { name: 'Market overview' }).fill('Thị trường xe máy điện tăng 30 % mỗi năm.');

  await page.getByRole('button', { name: 'Add source' }).click();
  await expect(page.getByRole('group', { name: 'Source' }).getByRole('textbox', { name: 'Source' })).toBeFocused();
  await page.keyboard.type('Báo cáo thị trường Q3');
  const source = page.getByRole('group', { name: 'Source Báo cáo thị trường Q3' });
  await source.getByRole('textbox', { name: 'Link' }).fill('https://example.com/q3');
  await source.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Fact' });

  const volta = await addCompetitor(page, 1, {
    name: 'Volta',
    positioning: 'Xe điện cho người trẻ thành thị',
    channels: 'TikTok, YouTube',
    spend: '12,000,000,000',
    sov: '45',
    campaign: ['Tết xanh', '2026-01-10', '2026-02-15'],
  });
  await volta.getByRole('checkbox', { name: /Báo cáo thị trường Q3/ }).check();
  await volta.getByRole('button', { name: 'Add to Strengths' }).click();
  await expect(volta.getByRole('textbox', { name: 'Strengths item 1' })).toBeFocused();
  await page.keyboard.type('Mạng lưới trạm sạc rộng');
  await addCompetitor(page, 2, {
    name: 'Zip Motors',
    positioning: 'Giá rẻ nhất phân khúc',
    channels: 'Facebook',
    spend: '5,000,000,000',
    sov: '30',
    campaign: ['Back to school', '2026-08-01', '2026-09-30'],
  });

  const matrix = page.getByRole('figure', { name: 'Comparison matrix' });
  await expect(matrix.getByRole('columnheader', { name: /Volta/ })).toContainText('Fact');
  await expect(matrix.getByRole('columnheader', { name: /Zip Motors/ })).toBeVisible();
  await expect(matrix.getByRole('row', { name: /Share of voice/ })).toContainText('45.0 %');
  await expect(matrix.getByRole('row', { name: /Channels/ })).toContainText('TikTok, YouTube');
  await expect(matrix.getByRole('row', { name: /Estimated spend/ })).toContainText('₫12,000,000,000 (Medium)');
  await matrix.screenshot({ path: 'test-results/screenshots/review-matrix.png' });

  const timeline = page.getByRole('figure', { name: 'Campaign timeline' });
  await expect(timeline.getByRole('img')).toHaveAttribute('aria-label', /Volta: Tết xanh \(10 Jan – 15 Feb 2026\)/);
  await expect(timeline.getByRole('img')).toHaveAttribute('aria-label', /Zip Motors: Back to school \(1 Aug – 30 Sep 2026\)/);
  await timeline.screenshot({ path: 'test-results/screenshots/review-timeline.png' });
  await expect(page.getByRole('figure', { name: 'Share of voice (%)' }).getByRole('img')).toHaveAttribute('aria-label', /Others 25.0 %/);
  await screenshot(page, 'review-page');

  await page.getByRole('link', { name: 'Present' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck).toBeVisible();
  const headings = ['Xe máy điện 2026', 'Market overview', 'Comparison matrix', 'Volta', 'Zip Motors', 'Share of voice and spend', 'Campaign timeline', 'SWOT — Volta'];
  for (const [i, heading] of headings.entries()) {
    await expect(deck.getByText(`${i + 1} / ${headings.length}`)).toBeVisible();
    await expect(deck.getByRole('heading', { name: heading, exact: false }).filter({ visible: true }).first()).toBeVisible();
    if (i === 0) await screenshot(page, 'present-title');
    if (heading === 'Campaign timeline') await screenshot(page, 'present-timeline');
    await page.keyboard.press(i % 2 ? 'Space' : 'ArrowRight');
  }
  await expect(deck.getByText(`${headings.length} / ${headings.length}`)).toBeVisible();
  await page.keyboard.press('Home');
  await expect(deck.getByText(`1 / ${headings.length}`)).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.press('PageUp');
  await expect(deck.getByText(`${headings.length - 1} / ${headings.length}`)).toBeVisible();
  // Printing the deck gives one landscape page per slide.
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(headings.length);
  const [, width, height] = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/)!;
  expect(Number(width)).toBeGreaterThan(Number(height));
  await page.emulateMedia({ media: 'screen' });

  await page.keyboard.press('Escape');
  await expect(deck).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Xe máy điện 2026' })).toBeVisible();

  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Xe máy điện 2026' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Zip Motors', exact: true }).getByRole('textbox', { name: 'Positioning' })).toHaveValue('Giá rẻ nhất phân khúc');
  await expect(matrix.getByRole('row', { name: /Share of voice/ })).toContainText('30.0 %');

  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await page.getByRole('link', { name: 'Saigon Motors' }).click();
  await expect(page.getByRole('region', { name: 'Competitor reviews' }).getByRole('link', { name: 'Xe máy điện 2026' })).toBeVisible();
});

test('shares of voice over 100 % and a javascript: link are flagged, and nothing is lost', async ({ page }) => {
  await openApp(page);
  await createClient(page, 'Lotus Coffee');
  await page.getByRole('link', { name: 'Competitor reviews', exact: true }).click();
  await page.getByRole('link', { name: 'New review' }).first().click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Cà phê 2027');
  await page.getByRole('button', { name: 'Add competitor' }).click();
  await expect(page.getByRole('group', { name: 'Competitor 1' }).getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('Highlands');
  await page.getByRole('textbox', { name: 'Share of voice (%)' }).fill('70');
  await page.getByRole('textbox', { name: 'Share of voice (%)' }).press('Tab');
  await page.getByRole('button', { name: 'Add competitor' }).click();
  await expect(page.getByRole('group', { name: 'Competitor 2' }).getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.type('Phúc Long');
  await page.getByRole('group', { name: 'Phúc Long', exact: true }).getByRole('textbox', { name: 'Share of voice (%)' }).fill('45,5'.replace(',', '.'));
  await page.getByRole('group', { name: 'Phúc Long', exact: true }).getByRole('textbox', { name: 'Share of voice (%)' }).press('Tab');
  await page.getByRole('button', { name: 'Add source' }).click();
  await expect(page.getByRole('group', { name: 'Source' }).getByRole('textbox', { name: 'Source' })).toBeFocused();
  await page.keyboard.type('Blog');
  await page.getByRole('group', { name: 'Source Blog' }).getByRole('textbox', { name: 'Link' }).fill('javascript:alert(1)');

  const look = page.getByRole('status').filter({ hasText: 'Worth a look before the pitch' });
  await expect(look).toContainText('Shares of voice add up to 115.5 %, more than 100 %');
  await expect(look).toContainText('Blog: Not a web address');
  await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Source Blog' }).getByRole('textbox', { name: 'Link' })).toHaveValue('javascript:alert(1)');
});
