import { expect, test } from '@playwright/test';
import { expectNoCriticalA11yViolations, loginByForm, menuItems, shot } from './support';

/** Each demo role signs in through the form, lands on its own workspace and sees the menu its permissions allow. */
const roles = [
  { user: 'hr.qcl', kind: 'hr', screenshot: 'workspace-street-hr', menu: ['工作台', '组织架构', '网格管理', '网格员花名册', '兼职网格力量', '网格事项准入清单', '考核模板', '考核周期', '复核申请', '评分表', '消息通知'], scope: '泉城路街道' },
  { user: 'director.frj', kind: 'director', screenshot: 'workspace-community-director', menu: ['工作台', '组织架构', '网格管理', '网格员花名册', '兼职网格力量', '网格事项准入清单', '考核模板', '考核周期', '评分表', '消息通知'], scope: '芙蓉街社区' },
  { user: 'worker.frj', kind: 'worker', screenshot: 'workspace-worker', menu: ['工作台', '网格事项准入清单', '我的档案', '评分表', '我的考核', '消息通知'], scope: '芙蓉街社区' },
  { user: 'admin', kind: 'admin', screenshot: 'workspace-admin', menu: ['工作台', '组织架构', '网格管理', '网格员花名册', '兼职网格力量', '网格事项准入清单', '考核模板', '考核周期', '复核申请', '评分表', '我的考核', '消息通知', '后台任务'], scope: '全区' },
];

for (const role of roles) {
  test(`${role.user} signs in to the ${role.kind} workspace with the right menu`, async ({ page }) => {
    await loginByForm(page, role.user);
    await expect(page).toHaveURL(/\/workspace$/);
    const workspace = page.getByTestId('workspace');
    await expect(workspace).toHaveAttribute('data-kind', role.kind);
    await expect(workspace).toContainText(role.scope);
    expect(await menuItems(page)).toEqual(role.menu);
    await page.waitForLoadState('networkidle');
    await shot(page, role.screenshot);
  });
}

test('a wrong password is refused with a readable message', async ({ page }) => {
  await loginByForm(page, 'hr.qcl', 'wrong-password');
  await expect(page.getByTestId('login-error')).toContainText('Wrong user name or password.');
  await expect(page).toHaveURL(/\/login/);
});

test('the login form asks for what is missing, in Chinese', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-submit').click();
  await expect(page.getByText('请输入用户名')).toBeVisible();
  await expect(page.getByText('请输入密码')).toBeVisible();
  await expectNoCriticalA11yViolations(page, 'login');
  await shot(page, 'login');
});

test('an anonymous visitor goes to the login page and comes back after signing in', async ({ page }) => {
  await page.goto('/grids');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fgrids/);
  await page.locator('#userName').fill('hr.qcl');
  await page.locator('#password').fill('Demo@12345');
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/grids$/);
  await expect(page.getByTestId('grid-table')).toBeVisible();
});

test('signing out ends the session', async ({ page }) => {
  await loginByForm(page, 'worker.frj');
  await expect(page.getByTestId('workspace')).toBeVisible();
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/workspace');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fworkspace/);
});
