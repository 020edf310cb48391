import type { Page } from '@playwright/test';

/** A full-page screenshot in test-results/screenshots/, to look at. */
export async function screenshot(page: Page, name: string) {
  // From the top, so the sticky header is drawn once, where it belongs.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
