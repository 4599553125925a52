import { APIRequestContext, Page, expect, test } from '@playwright/test';
import { bearer, expectNoCriticalA11yViolations, loginByApi, shot } from './support';

/** Street HR's assessment workspace: templates through the editor, a cycle from creation to open, the appeals queue. */

const stamp = () => `${Date.now()}`.slice(-8);

/** A valid template for the cycle test, written through the API so that test does not depend on the editor test. */
async function createTemplateByApi(request: APIRequestContext, code: string): Promise<string> {
  const headers = await bearer(request, 'hr.qcl');
  const streets = await (await request.get('/api/app/street', { headers })).json();
  const streetId = streets.items.find((s: { name: string }) => s.name === '泉城路街道').id;
  const response = await request.post('/api/app/assessment-template', {
    headers,
    data: {
      streetId, code, name: `E2E 周期用模板 ${code}`,
      definition: {
        dimensions: [{ name: '德能勤绩廉', indicators: [
          { code: 'DE', name: '思想品德', kind: 'Rated', weight: 40, maxScore: 10 },
          { code: 'JI', name: '工作实绩', kind: 'Rated', weight: 60, maxScore: 10 },
        ] }],
        raterGroups: [
          { kind: 'Director', weight: 70, indicatorCodes: ['DE', 'JI'] },
          { kind: 'Peers', weight: 30, indicatorCodes: ['DE'], peersPerWorker: 2 },
        ],
        gradeBands: [
          { grade: 'Excellent', label: '优秀', minScore: 90, maxScore: 100, performanceCoefficient: 1.2 },
          { grade: 'Qualified', label: '合格', minScore: 75, maxScore: 90, performanceCoefficient: 1 },
          { grade: 'BasicallyQualified', label: '基本合格', minScore: 60, maxScore: 75, performanceCoefficient: 0.6 },
          { grade: 'Unqualified', label: '不合格', minScore: 0, maxScore: 60, performanceCoefficient: 0 },
        ],
        quota: { capPercent: 20, targetPercent: 15, scope: 'Street', rounding: 'Down', poolingThreshold: 5 },
      },
    },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).id;
}

async function pickOption(page: Page, select: ReturnType<Page['locator']>, text: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
  // A multiple select stays open after a pick: close it, or the next click on the select would only close it.
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

test('street HR writes a template in the editor: the live sums turn valid, then a second version', async ({ page }) => {
  const code = `E2E${stamp()}`;
  await loginByApi(page, 'hr.qcl');
  await page.goto('/assessment-templates');
  await expect(page.getByTestId('template-table')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoCriticalA11yViolations(page, 'templates list');
  await shot(page, 'assessment-templates-list');

  await page.getByTestId('tpl-new').click();
  await expect(page).toHaveURL(/\/assessment-templates\/new$/);
  await page.getByTestId('tpl-code').fill(code);
  await page.getByTestId('tpl-name').fill(`E2E 季度考核模板 ${code}`);

  const ratedSum = page.getByTestId('rated-sum');
  await expect(ratedSum).toHaveAttribute('data-ok', 'false');
  const first = page.locator('[data-indicator="0-0"]');
  await first.locator('[data-field=code]').fill('GZ');
  await first.locator('[data-field=name]').fill('工作实绩');
  await first.locator('[data-field=weight]').fill('60');
  await expect(ratedSum).toContainText('60');
  await expect(ratedSum).toHaveAttribute('data-ok', 'false');

  await page.getByTestId('add-indicator-0').click();
  const second = page.locator('[data-indicator="0-1"]');
  await second.locator('[data-field=code]').fill('MY');
  await second.locator('[data-field=name]').fill('群众满意度');
  await second.locator('[data-field=weight]').fill('40');
  await expect(ratedSum).toHaveAttribute('data-ok', 'true');
  await expect(ratedSum).toContainText('100');

  // The director group starts at 100 but scores nothing yet: the save is refused with the issue listed.
  await page.getByTestId('tpl-save').click();
  await expect(page.getByTestId('issues-raterGroups')).toBeVisible();
  await expect(page).toHaveURL(/\/new$/);
  const group = page.locator('[data-group="0"]');
  await pickOption(page, group.locator('nz-select[data-field=indicatorCodes]'), 'GZ');
  await pickOption(page, group.locator('nz-select[data-field=indicatorCodes]'), 'MY');
  await expect(page.getByTestId('group-sum')).toHaveAttribute('data-ok', 'true');

  // A gap between bands shows live, and goes when closed again.
  const qualified = page.locator('[data-band="1"] [data-field=minScore]');
  await qualified.fill('80');
  await expect(page.getByTestId('band-coverage')).toHaveAttribute('data-ok', 'false');
  await expect(page.getByTestId('issues-gradeBands')).toContainText('75');
  await qualified.fill('75');
  await expect(page.getByTestId('band-coverage')).toHaveAttribute('data-ok', 'true');
  await expect(page.getByTestId('issue-count')).toHaveText(/校验通过/);
  await expectNoCriticalA11yViolations(page, 'template editor');
  await shot(page, 'assessment-template-editor');

  await page.getByTestId('tpl-save').click();
  await expect(page).toHaveURL(/\/assessment-templates\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('template-detail')).toContainText('群众满意度');
  await expect(page.locator('nz-page-header')).toContainText(`${code} · v1`);

  // A revision keeps the code and becomes version 2.
  await page.getByTestId('tpl-new-version').click();
  await expect(page.getByTestId('tpl-code')).toBeDisabled();
  await expect(page.getByTestId('tpl-code')).toHaveValue(code);
  await page.locator('[data-indicator="0-0"] [data-field=weight]').fill('70');
  await expect(ratedSum).toHaveAttribute('data-ok', 'false');
  await page.locator('[data-indicator="0-1"] [data-field=weight]').fill('30');
  await expect(ratedSum).toHaveAttribute('data-ok', 'true');
  await page.getByTestId('tpl-save').click();
  await expect(page.locator('nz-page-header')).toContainText(`${code} · v2`);

  await page.goto('/assessment-templates');
  const row = page.locator(`[data-template="${code}"]`);
  await expect(row).toContainText('v2');
  await page.locator(`[data-toggle-versions="${code}"]`).click();
  await expect(page.locator(`[data-versions="${code}"] li`)).toHaveCount(2);
});

test('street HR creates a cycle, opens it and follows the scoring progress', async ({ page, request }) => {
  const code = `E2EC${stamp()}`;
  await createTemplateByApi(request, code);
  const name = `E2E 季度考核 ${code}`;
  await loginByApi(page, 'hr.qcl');

  await page.goto('/cycles');
  await expect(page.getByTestId('cycle-table')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoCriticalA11yViolations(page, 'cycles list');
  await shot(page, 'cycles-list');

  await page.getByTestId('cycle-new').click();
  await page.getByTestId('cycle-name').fill(name);
  await pickOption(page, page.getByTestId('cycle-template'), code);
  // A deadline before the opening is caught as you type.
  const deadline = page.getByTestId('cycle-scoringDeadline');
  const proposed = await deadline.inputValue();
  await deadline.fill('2000-01-01T10:00');
  await expect(page.getByTestId('cycle-form')).toContainText('评分截止时间须晚于开始评分时间');
  await deadline.fill(proposed);
  await expect(page.getByTestId('cycle-form')).not.toContainText('评分截止时间须晚于开始评分时间');
  await page.getByTestId('cycle-save').click();

  await expect(page).toHaveURL(/\/cycles\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('cycle-status')).toHaveText('草稿');
  await expect(page.getByTestId('cycle-schedule')).toContainText(code);
  await page.getByTestId('cycle-action-open').click();
  const dialog = page.locator('.ant-modal');
  await expect(dialog).toContainText('生成评分表');
  await dialog.getByRole('button', { name: '开始评分' }).click();
  await expect(page.getByTestId('cycle-status')).toHaveText('评分中');
  await expect(page.getByTestId('cycle-action-close')).toBeVisible();

  const progress = page.getByTestId('scoring-progress');
  await expect(progress.locator('[data-community="芙蓉街社区"]')).toBeVisible();
  await expect(progress.locator('[data-community="芙蓉街社区"]')).toContainText('社区书记');
  await expect(progress).toContainText(/已提交 0 \/ \d+ 份/);
  await page.waitForLoadState('networkidle');
  await expectNoCriticalA11yViolations(page, 'cycle detail');
  await shot(page, 'cycle-detail');

  await page.goto('/cycles');
  await page.getByTestId('cycle-status-filter').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '评分中' }).click();
  await expect(page.locator(`[data-cycle="${name}"]`)).toBeVisible();
});

test('street HR compiles a closed cycle, follows the progress bar and sees the results with the quota', async ({ page, request }) => {
  const code = `E2ER${stamp()}`;
  const templateId = await createTemplateByApi(request, code);
  const headers = await bearer(request, 'hr.qcl');
  const streets = await (await request.get('/api/app/street', { headers })).json();
  const streetId = streets.items.find((s: { name: string }) => s.name === '泉城路街道').id;
  const now = Date.now();
  const created = await request.post('/api/app/evaluation-cycle', {
    headers,
    data: {
      streetId, name: `E2E 汇总 ${code}`, periodKind: 'Monthly', periodStart: '2026-01-01', periodEnd: '2026-01-31', templateId,
      opensAt: new Date(now - 3_600_000).toISOString(), scoringDeadline: new Date(now + 86_400_000).toISOString(),
      publishOn: new Date(now + 2 * 86_400_000).toISOString(),
    },
  });
  expect(created.status()).toBe(200);
  const id = (await created.json()).id;
  for (const move of ['open', 'close']) expect((await request.post(`/api/app/evaluation-cycle/${id}/${move}`, { headers })).status()).toBe(200);

  await loginByApi(page, 'hr.qcl');
  await page.goto(`/cycles/${id}`);
  await expect(page.getByTestId('cycle-status')).toHaveText('已截止');
  await page.getByTestId('cycle-action-compile').click();
  await page.locator('.ant-modal').getByRole('button', { name: '汇总成绩' }).click();
  await expect(page.getByTestId('compile-progress')).toBeVisible();
  await expect(page.getByTestId('cycle-status')).toHaveText('已汇总', { timeout: 45_000 });
  await expect(page.getByTestId('compile-progress')).toContainText(/(\d+) \/ \1/);

  await page.getByRole('tab', { name: '考核结果' }).click();
  await expect(page.getByTestId('results-table').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('quota-counter')).toContainText('优秀');
  await expect(page.getByTestId('grade-chart')).toBeVisible();
  await page.getByTestId('results-table').getByRole('button', { name: '得分明细' }).first().click();
  await expect(page.getByTestId('breakdown')).toContainText('按评分主体');
  await page.keyboard.press('Escape');
  await page.waitForLoadState('networkidle');
  await expectNoCriticalA11yViolations(page, 'cycle results');
  await shot(page, 'cycle-results');
});

test('street HR opens the appeals queue', async ({ page }) => {
  await loginByApi(page, 'hr.qcl');
  await page.goto('/appeals');
  await expect(page.getByTestId('appeal-table')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoCriticalA11yViolations(page, 'appeals queue');
  await shot(page, 'appeals-queue');
});

test('a director reads templates but may not write them', async ({ page }) => {
  await loginByApi(page, 'director.frj');
  await page.goto('/assessment-templates');
  await expect(page.getByTestId('template-table')).toBeVisible();
  await expect(page.getByTestId('tpl-new')).toHaveCount(0);
  await page.goto('/assessment-templates/new');
  await expect(page).toHaveURL(/\/exception\/403$/);
  await page.goto('/appeals');
  await expect(page).toHaveURL(/\/exception\/403$/);
});
