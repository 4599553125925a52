import { expect, test } from '@playwright/test';
import { bearer, expectNoCriticalA11yViolations, loginByApi, shot } from './support';

test('street HR browses the tree and sees a community\'s staffing advice with the norm chart', async ({ page }) => {
  await loginByApi(page, 'hr.qcl');
  await page.goto('/organization');
  const tree = page.getByTestId('org-tree');
  await expect(tree).toContainText('泉城路街道');
  await expect(tree).not.toContainText('解放路街道');
  await tree.getByText(/^芙蓉街社区/).click();
  const panel = page.getByTestId('community-panel');
  await expect(panel).toContainText('配置建议');
  await expect(page.getByTestId('advice-households')).not.toBeEmpty();
  await expect(page.getByTestId('advice-chart').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('community-grid-table').locator('tbody tr')).toHaveCount(8); // 7 comprehensive grids + the street's dedicated grid
  await expectNoCriticalA11yViolations(page, 'organisation');
  await shot(page, 'organisation-staffing-advice');
});

test('a grid in the tree shows its micro-grids', async ({ page }) => {
  await loginByApi(page, 'director.frj');
  await page.goto('/organization');
  const tree = page.getByTestId('org-tree');
  await expect(tree).not.toContainText('县西巷社区');
  await tree.locator('nz-tree-node-switcher').nth(1).click(); // expand 芙蓉街社区
  await tree.getByText(/^芙蓉街第1网格/).click();
  await expect(page.getByTestId('micro-grid-table').locator('tbody tr').first()).toContainText('FRJ-01-01');
});

test('the task list shows the street\'s admitted tasks to a worker', async ({ page }) => {
  await loginByApi(page, 'worker.frj');
  await page.goto('/tasks');
  const table = page.getByTestId('task-table');
  await expect(table).toContainText('实有人口信息采集与更新');
  await expect(table).toContainText('冬季燃气安全专项排查');
  await expect(table.locator('tbody tr')).toHaveCount(7);
  await expectNoCriticalA11yViolations(page, 'tasks');
  await shot(page, 'tasks-worker');
});

test('a worker cannot open the grids page (403 page, not a blank one)', async ({ page }) => {
  await loginByApi(page, 'worker.frj');
  await page.goto('/grids');
  await expect(page.getByTestId('exception')).toContainText('无权访问');
});

test('the director cannot open another community\'s grid by URL', async ({ page, request }) => {
  const hr = await bearer(request, 'hr.qcl');
  const communities = await (await request.get('/api/app/community?Filter=县西巷', { headers: hr })).json();
  const grids = await (await request.get(`/api/app/grid?CommunityId=${communities.items[0].id}`, { headers: hr })).json();
  const otherGrid = grids.items[0];

  await loginByApi(page, 'director.frj');
  await page.goto(`/grids/${otherGrid.id}`);
  await expect(page.getByTestId('grid-error')).toContainText('找不到该网格，或不在您的数据范围内');
  await expect(page.locator('.ant-notification-notice')).toContainText('请求的内容不存在或不在您的数据范围内');
  await expect(page.getByText(otherGrid.name)).toHaveCount(0);
  await shot(page, 'director-other-community-grid');

  await page.goto(`/grids/${otherGrid.id}/edit`);
  await expect(page.getByTestId('grid-error')).toBeVisible();
});
