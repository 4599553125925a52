import { expect, test } from '@playwright/test';
import { expectNoCriticalA11yViolations, loginByApi, shot } from './support';

test('street HR edits a grid: negative households are refused on the field, a valid figure is saved', async ({ page }) => {
  await loginByApi(page, 'hr.qcl');
  await page.goto('/grids');
  await page.getByTestId('grid-filter').fill('FRJ-02');
  await page.getByTestId('grid-filter').press('Enter');
  await expect(page.getByTestId('grid-table').locator('tbody tr')).toHaveCount(1);
  await expectNoCriticalA11yViolations(page, 'grid list');
  await page.locator('[data-edit="FRJ-02"]').click();

  const form = page.getByTestId('grid-form');
  await expect(page.locator('#name')).not.toHaveValue('');
  await page.locator('#households').fill('-10');
  await page.getByTestId('grid-save').click();
  await expect(page.getByTestId('households-control')).toContainText('Households');
  await expect(page.locator('.ant-notification-notice')).toBeVisible();
  await expect(page).toHaveURL(/\/edit$/);
  await expectNoCriticalA11yViolations(page, 'grid edit');
  await shot(page, 'grid-edit-validation-error');

  await page.locator('#households').fill('456');
  await page.getByTestId('grid-save').click();
  await expect(page).toHaveURL(/\/grids\/[0-9a-f-]+$/);
  await expect(page.getByTestId('grid-households')).toHaveText('456');
  await expect(form).toHaveCount(0);
});

test('the director may edit a grid of their own community', async ({ page }) => {
  await loginByApi(page, 'director.frj');
  await page.goto('/grids');
  const rows = page.getByTestId('grid-table').locator('tbody tr');
  await expect(rows.first()).toContainText('FRJ-');
  for (const code of await rows.locator('td:first-child').allInnerTexts()) {
    expect(code).toMatch(/^(FRJ-|QCL-ZS)/);
  }
  await page.locator('[data-edit="FRJ-03"]').click();
  await page.locator('#population').fill('1234');
  await page.getByTestId('grid-save').click();
  await expect(page.getByTestId('grid-detail')).toContainText('1,234');
});

test('switching to English translates the app and ng-zorro, and is remembered', async ({ page }) => {
  await loginByApi(page, 'hr.qcl');
  await page.goto('/grids');
  await page.getByTestId('lang-switch').click();
  await page.locator('[data-lang="en-US"]').click();
  await expect(page.getByTestId('main-menu')).toContainText('Grids');
  await expect(page.getByTestId('main-menu')).toContainText('Organisation');
  await expect(page.locator('.ant-pagination-total-text')).toContainText('in all');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await page.reload();
  await expect(page.getByTestId('main-menu')).toContainText('Workspace');
  await shot(page, 'grids-english');
});
