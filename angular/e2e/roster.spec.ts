import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { loginByApi, shot } from './support';

const workbooks = join(process.cwd(), '../test/GridStaff.Application.Tests/Workers/TestData'); // tests run from angular/

test('street HR imports a roster with bad rows: nothing is written and every bad row is reported', async ({ page }) => {
  await loginByApi(page, 'hr.qcl');
  await page.goto('/workers');
  const importer = page.getByTestId('roster-import');
  await importer.getByTestId('roster-file').setInputFiles(join(workbooks, 'roster-invalid.xlsx'));
  await importer.getByTestId('roster-upload').click();
  await expect(importer.getByTestId('roster-summary')).toContainText('有错误，未写入任何数据');
  await expect(importer.getByTestId('roster-summary')).toContainText('共 7 行');
  const rows = importer.getByTestId('roster-errors').locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(6);
  await shot(page, 'workers-roster-import-report');
});

test('street HR downloads the masked roster; a director has neither import nor export', async ({ page }) => {
  await loginByApi(page, 'hr.qcl');
  await page.goto('/workers');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('roster-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^roster-\d{8}\.xlsx$/);

  await page.context().clearCookies();
  await loginByApi(page, 'director.frj');
  await page.goto('/workers');
  await expect(page.getByTestId('worker-table')).toBeVisible();
  await expect(page.getByTestId('roster-export')).toHaveCount(0);
  await expect(page.getByTestId('roster-import')).toHaveCount(0);
});
