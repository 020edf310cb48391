import { test, expect } from '@playwright/test';
import { detailsSection, expectSaved, openApp } from './app';
import { screenshot } from './helpers';

test('team members can be added, assigned to a client, and deleted with Undo', async ({ page }) => {
  await openApp(page, '#/team');
  await expect(page.getByRole('heading', { name: 'Who is on your team?' })).toBeVisible();
  await screenshot(page, 'team-empty');

  await page.getByRole('button', { name: 'New team member' }).first().click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Trần Thu Hà');
  await page.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Account Manager' });
  await page.getByRole('textbox', { name: 'Email' }).fill('thuha@agency');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('Not an email address');
  await page.getByRole('textbox', { name: 'Email' }).fill('thuha@agency.vn');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('rowheader', { name: 'Trần Thu Hà' })).toBeVisible();
  await screenshot(page, 'team');

  await page.getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('link', { name: 'New client' }).first().click();
  await detailsSection(page).getByRole('textbox', { name: 'Name' }).fill('Lotus Coffee');
  const team = page.getByRole('region', { name: 'Account team' });
  await team.getByRole('combobox', { name: 'Account owner' }).selectOption({ label: 'Trần Thu Hà' });
  await team.getByRole('checkbox', { name: 'Trần Thu Hà' }).check();
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lotus Coffee' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Account team' }).getByText('Account Manager')).toBeVisible();

  await page.getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('row', { name: /Trần Thu Hà/ }).getByRole('cell', { name: '1', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Delete Trần Thu Hà' }).click();
  await expect(page.getByRole('rowheader', { name: 'Trần Thu Hà' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('rowheader', { name: 'Trần Thu Hà' })).toBeVisible();
  await expectSaved(page);
});
