// Page-level helpers shared by the journeys: found by role and label, the
// way a person finds things, never by CSS structure.
import { expect, type Page } from '@playwright/test';

export const WORKSPACE_KEY = 'account-desk:workspace';
export const UNREADABLE_PREFIX = 'account-desk:unreadable:';

export async function openApp(page: Page, hash = '#/clients') {
  await page.goto('./' + hash);
  await expect(page.getByRole('navigation', { name: /Main navigation|Điều hướng chính/ })).toBeVisible();
}

/** Waits until the latest change is in localStorage. */
export async function expectSaved(page: Page) {
  await expect(page.getByText('All changes saved')).toBeVisible();
}

export function detailsSection(page: Page) {
  return page.getByRole('region', { name: 'Details' });
}

export async function createClient(
  page: Page,
  name: string,
  contacts: { name: string; email?: string; title?: string }[] = [],
) {
  await page.getByRole('link', { name: 'New client' }).first().click();
  await detailsSection(page).getByRole('textbox', { name: 'Name' }).fill(name);
  for (const [i, contact] of contacts.entries()) {
    await page.getByRole('button', { name: 'Add contact' }).click();
    const group = page.getByRole('group', { name: `Contact ${i + 1}` });
    await group.getByRole('textbox', { name: 'Name' }).fill(contact.name);
    if (contact.title) await group.getByRole('textbox', { name: 'Title' }).fill(contact.title);
    if (contact.email) await group.getByRole('textbox', { name: 'Email' }).fill(contact.email);
  }
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export async function loadSample(page: Page) {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByRole('link', { name: 'Lotus Coffee' })).toBeVisible();
  await expectSaved(page);
}
