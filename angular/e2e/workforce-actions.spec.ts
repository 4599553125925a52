import { APIRequestContext, Page, expect, test } from '@playwright/test';
import { bearer, expectNoCriticalA11yViolations, loginByApi, shot } from './support';

/** A valid 18-digit resident ID (GB 11643 check character) for a person born on the given date. */
function residentId(birth: string, sequence: number): string {
  const first17 = `370102${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** Hires a full-time grid worker without grid or contract into 芙蓉街社区, through the API. */
async function hireWorker(request: APIRequestContext, name: string, sequence: number) {
  const hr = await bearer(request, 'hr.qcl');
  const community = (await (await request.get(`/api/app/community?Filter=${encodeURIComponent('芙蓉街')}`, { headers: hr })).json()).items[0];
  const posts = await (await request.get('/api/app/worker/posts', { headers: hr })).json();
  const staff = posts.find((p: { code: string }) => p.code === 'STAFF') ?? posts.at(-1);
  const response = await request.post('/api/app/worker', {
    headers: hr,
    data: { name, idNumber: residentId('1988-06-20', sequence), phone: '13912345678', communityId: community.id, postId: staff.id,
      grade: staff.minGrade, hireDate: '2026-03-01', gridIds: [], kind: 'FullTimeGridWorker' },
  });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

/** Picks an option of an ng-zorro select by its label (options render in an overlay). */
async function pick(page: Page, testId: string, label: string) {
  await page.getByTestId(testId).click();
  await page.locator(`.ant-select-item-option[title="${label}"]`).click();
}

const modal = (page: Page) => page.locator('.ant-modal');

test('street HR transfers a worker to another grid, sees the history entry, and a full grid is refused with the reason', async ({ page, request }) => {
  const worker = await hireWorker(request, '赵文静', 47);
  await loginByApi(page, 'hr.qcl');
  await page.goto(`/workers/${worker.id}`);
  await expect(page.getByTestId('worker-grids')).toHaveText('未分配网格');

  await page.locator('[data-action=transfer]').click();
  await expect(modal(page)).toContainText('调动 · 赵文静');
  await pick(page, 'transfer-grids', '泉城商圈专属网格');
  await page.keyboard.press('Escape'); // close the multi-select's list, not the modal
  await modal(page).getByTestId('effective-on').fill('2026-11-01');
  await modal(page).getByTestId('form-submit').click();
  await expect(modal(page)).toHaveCount(0);

  const newest = page.getByTestId('worker-history').locator('[data-event]').first();
  await expect(newest).toHaveAttribute('data-event', 'Transfer');
  await expect(newest).toContainText('调动');
  await expect(newest).toContainText('泉城商圈专属网格');
  await expect(page.getByTestId('worker-grids')).toHaveText('泉城商圈专属网格');

  // 芙蓉街第1网格 already has its one full-time grid worker (the staffing norm's default).
  await page.locator('[data-action=transfer]').click();
  await pick(page, 'transfer-grids', '芙蓉街第1网格');
  await page.keyboard.press('Escape');
  await modal(page).getByTestId('form-submit').click();
  const failure = modal(page).getByTestId('form-failure');
  await expect(failure).toContainText('该网格的专职网格员已满员');
  await expect(failure).toContainText('芙蓉街第1网格 already has 1 full-time grid worker');
  await expect(modal(page).getByTestId('transfer-grids-control')).toContainText('该网格的专职网格员已满员');
  await expectNoCriticalA11yViolations(page, 'worker-transfer-modal');
  await shot(page, 'worker-detail-transfer-refused');

  await modal(page).getByTestId('form-cancel').click();
  await expect(page.getByTestId('worker-history').locator('[data-event=Transfer]')).toHaveCount(1);
});

test('street HR signs a first contract with the statutory probation limit shown as a hint', async ({ page, request }) => {
  const worker = await hireWorker(request, '孙丽华', 59);
  await loginByApi(page, 'hr.qcl');
  await page.goto(`/workers/${worker.id}`);
  await page.locator('[data-action=contract]').click();
  const form = modal(page);
  await expect(form.getByTestId('contract-start')).toHaveValue('2026-03-01');
  await expect(form.getByTestId('contract-end')).toHaveValue('2029-02-28');
  await expect(form.getByTestId('probation-hint')).toContainText('试用期最长 6 个月');

  // A one-year term allows two months at most: the hint and the check follow the dates as typed.
  await form.getByTestId('contract-end').fill('2027-02-28');
  await expect(form.getByTestId('probation-hint')).toContainText('试用期最长 2 个月');
  await form.getByTestId('contract-probation').fill('2026-06-30');
  await expect(form.getByTestId('contract-probation-control')).toContainText('超过法定上限：试用期最晚至 2026-04-30');
  await form.getByTestId('contract-probation').fill('2026-04-30');
  await expect(form.getByTestId('contract-probation-control')).not.toContainText('超过法定上限');
  await expectNoCriticalA11yViolations(page, 'worker-contract-modal');
  await shot(page, 'worker-detail-contract-modal');

  await form.getByTestId('form-submit').click();
  await expect(modal(page)).toHaveCount(0);
  const row = page.getByTestId('worker-contracts').locator('[data-contract="1"]');
  await expect(row).toContainText('固定期限');
  await expect(row).toContainText('2027');
  await expect(page.getByTestId('worker-history').locator('[data-event=ContractSigned]')).toHaveCount(1);

  // A renewal that overlaps the first contract is refused by the server, in words.
  await page.locator('[data-action=contract]').click();
  await expect(modal(page).getByTestId('contract-renewal-hint')).toBeVisible();
  await modal(page).getByTestId('contract-start').fill('2026-12-01');
  await modal(page).getByTestId('form-submit').click();
  await expect(modal(page).getByTestId('form-failure')).toContainText('与已有合同期限重叠');
});

test('street HR registers a new worker, with the ID number checked while typing', async ({ page }) => {
  await loginByApi(page, 'hr.qcl');
  await page.goto('/workers');
  await page.getByTestId('worker-new').click();
  await expect(page).toHaveURL(/\/workers\/new$/);
  const id = residentId('1991-09-08', 81);
  const typo = id.slice(0, 16) + ((Number(id[16]) + 2) % 10) + id[17];
  await page.getByTestId('new-id-number').fill(typo);
  await page.getByTestId('new-id-number').blur();
  await expect(page.getByTestId('new-id-number-control')).toContainText('校验码不符');
  await page.getByTestId('new-id-number').fill(id);
  await expect(page.getByTestId('new-birth-date')).toHaveValue('1991-09-08');
  await page.getByTestId('new-birth-date').fill('1991-09-09');
  await expect(page.getByTestId('new-birth-date-control')).toContainText('与身份证号码不一致');
  await page.getByTestId('new-birth-date').fill('1991-09-08');
  await page.getByTestId('new-name').fill('钱立新');
  await pick(page, 'new-community', '芙蓉街社区');
  await pick(page, 'new-post', '其他 (1–12)');
  await expectNoCriticalA11yViolations(page, 'worker-new');
  await page.getByTestId('new-save').click();
  await expect(page).toHaveURL(/\/workers\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('worker-detail')).toContainText('1991');
  await expect(page.getByTestId('worker-history')).toContainText('入职');
});

test('street HR adds a part-time force and ends their service', async ({ page }) => {
  await loginByApi(page, 'hr.qcl');
  await page.goto('/part-time-forces');
  await page.getByTestId('ptf-add').click();
  await modal(page).getByTestId('ptf-form-name').fill('周志愿');
  await pick(page, 'ptf-form-grid', '芙蓉街社区 · 芙蓉街第2网格');
  await modal(page).getByTestId('ptf-form-phone').fill('13700001111');
  await modal(page).locator('#ptf-form-from').fill('2025-01-01');
  await modal(page).getByTestId('form-submit').click();
  await expect(modal(page)).toHaveCount(0);

  await page.getByTestId('ptf-filter').fill('周志愿');
  await page.getByTestId('ptf-filter').press('Enter');
  const row = page.locator('[data-force="周志愿"]');
  await expect(row).toContainText('志愿者');
  await expect(row.getByTestId('ptf-phone')).toHaveText('137****1111');
  await shot(page, 'part-time-forces-street-hr');

  await row.getByTestId('ptf-end').click();
  await modal(page).getByTestId('ptf-end-date').fill('2024-12-31');
  await modal(page).getByTestId('form-submit').click();
  await expect(modal(page).getByTestId('ptf-end-control')).toContainText('不能早于任期开始');
  await modal(page).getByTestId('ptf-end-date').fill('2026-06-30');
  await modal(page).getByTestId('form-submit').click();
  await expect(modal(page)).toHaveCount(0);
  await expect(row).toHaveCount(0); // the list shows those serving today
  await page.getByTestId('ptf-active-only').click();
  await expect(row).toContainText('已结束');
});

test('a community director reads the part-time forces of their community, without changing them', async ({ page }) => {
  await loginByApi(page, 'director.frj');
  await page.goto('/part-time-forces');
  const rows = page.getByTestId('ptf-table').locator('tbody tr[data-force]');
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().getByTestId('ptf-phone')).toHaveText(/^1\d{2}\*{4}\d{4}$/);
  await pick(page, 'ptf-role-filter', '楼栋长');
  await expect(rows.first()).toContainText('楼栋长');
  await expect(page.getByTestId('ptf-add')).toHaveCount(0);
  await expect(page.getByTestId('ptf-edit')).toHaveCount(0);
  await expect(page.getByTestId('ptf-end')).toHaveCount(0);
  await expectNoCriticalA11yViolations(page, 'part-time-forces');
  await shot(page, 'part-time-forces-community-director');
});

test('a worker sees only their own record on "my profile", and another worker\'s register address is not found', async ({ page, request }) => {
  const hr = await bearer(request, 'hr.qcl');
  const others = (await (await request.get('/api/app/worker?MaxResultCount=5', { headers: hr })).json()).items;
  const me = await (await request.get('/api/app/my/worker', { headers: await bearer(request, 'worker.frj') })).json();
  const other = others.find((w: { id: string }) => w.id !== me.id);

  await loginByApi(page, 'worker.frj');
  await page.goto('/my-profile');
  await expect(page.getByTestId('my-profile')).toContainText(me.name);
  await expect(page.getByTestId('my-id-number')).toHaveText(/^\d{4}\*{10}[\dX]{4}$/);
  await expect(page.getByTestId('my-history')).toContainText('入职');
  await expect(page.getByTestId('worker-actions')).toHaveCount(0);
  await expect(page.getByText(other.name)).toHaveCount(0);
  await expectNoCriticalA11yViolations(page, 'my-profile');
  await shot(page, 'my-profile-worker');

  await page.goto(`/workers/${other.id}`);
  await expect(page.getByTestId('exception')).toContainText('抱歉，您访问的页面不存在');
  await expect(page.getByText(other.name)).toHaveCount(0);

  await page.goto(`/workers/${me.id}`);
  await expect(page).toHaveURL(/\/my-profile$/);
});
