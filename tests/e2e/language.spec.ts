import { test, expect } from '@playwright/test';
import { loadSample, openApp } from './app';
import { screenshot } from './helpers';

test('switching to Vietnamese relabels everything and is remembered', async ({ page }) => {
  await openApp(page);
  await loadSample(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(nav.getByRole('link', { name: 'Khách hàng' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Đội ngũ' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Dữ liệu' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Thêm khách hàng' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Tìm khách hàng' })).toBeVisible();
  await expect(page.getByText('8 / 8 khách hàng')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Đang hợp tác' }).first()).toBeVisible();
  await screenshot(page, 'clients-list-vi');

  await page.getByRole('link', { name: 'Ngân hàng TMCP Phương Nam Số' }).click();
  // Dates are dd/mm/yyyy in Vietnamese.
  await expect(page.getByText('05/09/2022')).toBeVisible();
  await screenshot(page, 'client-page-vi');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('link', { name: 'Sửa' })).toBeVisible();
  await page.getByRole('link', { name: 'Sửa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sửa khách hàng' })).toBeVisible();
  await screenshot(page, 'client-edit-vi');

  await page.getByRole('link', { name: 'Ngân sách', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ngân sách' })).toBeVisible();
  await screenshot(page, 'budgets-list-vi');
  await page.getByRole('link', { name: 'Tết 2027 — Sum vầy cùng Đồng Xanh' }).click();
  await expect(page.getByRole('group', { name: 'Kế hoạch', exact: true })).toContainText('1.000.000.000 ₫');
  await screenshot(page, 'budget-page-vi');

  await page.getByRole('link', { name: 'Competitor review', exact: true }).click();
  await page.getByRole('link', { name: /Thị trường xe máy điện/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Phân tích' })).toBeVisible();
  await screenshot(page, 'review-page-vi');
  await page.getByRole('link', { name: 'Trình chiếu' }).click();
  await expect(page.getByText('1 / 9')).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByText('9 / 9')).toBeVisible();
  await screenshot(page, 'present-last-vi');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Đội ngũ' }).click();
  await screenshot(page, 'team-vi');
  await page.getByRole('link', { name: 'Dữ liệu' }).click();
  await screenshot(page, 'data-vi');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
});
