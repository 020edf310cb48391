import type { Page } from '@playwright/test';

/** A full-page screenshot in test-results/screenshots/, to look at. */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
