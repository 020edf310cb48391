import { test, expect } from '@playwright/test';
import { loadSample, openApp } from './app';
import { screenshot } from './helpers';

test.describe('on a 768 px tablet', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test('every screen fits without sideways scrolling', async ({ page }) => {
    await openApp(page);
    await loadSample(page);
    for (const [name, hash] of [
      ['clients', '#/clients'],
      ['team', '#/team'],
      ['data', '#/data'],
      ['new-client', '#/clients/new'],
      ['budgets', '#/budgets'],
      ['reviews', '#/reviews'],
      ['dashboard', '#/dashboard'],
      ['briefs', '#/briefs'],
      ['contact-reports', '#/reports'],
      ['wip', '#/wip'],
      ['wip-weekly', '#/wip/weekly'],
    ]) {
      await page.goto('./' + hash);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
      await screenshot(page, `tablet-${name}`);
    }
    await page.goto('./#/clients');
    await page.getByRole('link', { name: 'Ngân hàng TMCP Phương Nam Số' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await screenshot(page, 'tablet-client-page');
    for (const [name, link] of [
      ['budget', 'Tết 2027 — Sum vầy cùng Đồng Xanh'],
      ['review', /Thị trường xe máy điện/],
    ] as const) {
      await page.goto('./#/' + (name === 'budget' ? 'budgets' : 'reviews'));
      await page.getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} page scrolls sideways`).toBeLessThanOrEqual(0);
      await screenshot(page, `tablet-${name}-page`);
    }
  });
});

test('everything can be reached with the keyboard alone', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  // Tab from the top: skip link, brand, language, then the navigation.
  const focusedNames: string[] = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    focusedNames.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim()));
  }
  expect(focusedNames).toContain('Skip to content');
  expect(focusedNames).toContain('Team');
  expect(focusedNames).toContain('New client');
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header stays one line in Vietnamese: the save status whole, the brand still named', async ({ page }) => {
    await openApp(page);
    await loadSample(page);
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
    const status = page.getByText('Đã lưu mọi thay đổi');
    await expect(status).toBeVisible();
    const lineHeight = await status.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const box = await status.boundingBox();
    expect(box!.height, 'the save status wraps').toBeLessThan(lineHeight * 1.5);
    const banner = await page.getByRole('banner').boundingBox();
    expect(box!.y + box!.height, 'the save status spills out of the header').toBeLessThanOrEqual(banner!.y + banner!.height);
    // The product's name is kept for screen readers where it is not shown.
    await expect(page.getByRole('link', { name: 'Account Desk' })).toBeVisible();
    await screenshot(page, 'phone-header-vi');
  });
});

test.describe('on a 390 px phone, in Vietnamese', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the Data page, with exchange rates listed, fits without sideways scrolling', async ({ page }) => {
    await openApp(page);
    await loadSample(page);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.goto('./#/data');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('table').filter({ hasText: 'USD' }).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the Data page scrolls sideways').toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-data-vi');
  });
});
