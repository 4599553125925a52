import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { bearer, expectNoCriticalA11yViolations, loginByApi, shot } from './support';

/** A valid 18-digit resident ID (GB 11643 check character) for a person born on the given date. */
function residentId(birth: string, sequence: number): string {
  const first17 = `370102${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

async function hireWorker(request: APIRequestContext, name: string, communityName: string, sequence: number) {
  const hr = await bearer(request, 'hr.qcl');
  const community = (await (await request.get(`/api/app/community?Filter=${encodeURIComponent(communityName)}`, { headers: hr })).json()).items[0];
  const posts = await (await request.get('/api/app/worker/posts', { headers: hr })).json();
  const idNumber = residentId('1990-03-15', sequence);
  const response = await request.post('/api/app/worker', {
    headers: hr,
    data: { name, idNumber, phone: '13812345678', communityId: community.id, postId: posts[0].id, grade: posts[0].minGrade, hireDate: '2026-03-01', gridIds: [] },
  });
  expect(response.status(), await response.text()).toBe(200);
  return { ...(await response.json()), idNumber };
}

/** The register has 150 demo workers; find one by name as a user would. */
async function search(page: Page, name: string) {
  await page.getByTestId('worker-filter').fill(name);
  await page.getByTestId('worker-filter').press('Enter');
}

test('street HR sees the register masked, reveals one worker, and reads the history', async ({ page, request }) => {
  const worker = await hireWorker(request, '张晓梅', '芙蓉街', 11);
  await loginByApi(page, 'hr.qcl');
  await page.goto('/workers');
  await search(page, '张晓梅');
  const row = page.locator(`[data-worker="张晓梅"]`);
  await expect(row.getByTestId('worker-id-number')).toHaveText(`${worker.idNumber.slice(0, 4)}**********${worker.idNumber.slice(-4)}`);
  await expect(row).toContainText('138****5678');
  await expectNoCriticalA11yViolations(page, 'workers');
  await shot(page, 'workers-street-hr');

  await row.getByTestId('worker-reveal').click();
  await expect(row.getByTestId('worker-id-number')).toHaveText(worker.idNumber);
  await expect(row).toContainText('13812345678');

  await row.getByRole('link', { name: '张晓梅' }).click();
  await expect(page.getByTestId('worker-detail')).toContainText('1990');
  await expect(page.getByTestId('worker-id-number')).toContainText('*');
  await expect(page.getByTestId('worker-history')).toContainText('入职');
});

test('a director sees own workers masked without a reveal action, and cannot open another community\'s worker by URL', async ({ page, request }) => {
  const own = await hireWorker(request, '李建国', '芙蓉街', 23);
  const other = await hireWorker(request, '王海燕', '县西巷', 35);

  await loginByApi(page, 'director.frj');
  await page.goto('/workers');
  await search(page, '李建国');
  await expect(page.locator('[data-worker="李建国"]')).toBeVisible();
  await search(page, '王海燕');
  await expect(page.locator('[data-worker="李建国"]')).toHaveCount(0);
  await expect(page.locator('[data-worker="王海燕"]')).toHaveCount(0);
  await expect(page.getByTestId('worker-reveal')).toHaveCount(0);
  await shot(page, 'workers-community-director');

  await page.goto(`/workers/${own.id}`);
  await expect(page.getByTestId('worker-detail')).toContainText('1990');

  await page.goto(`/workers/${other.id}`);
  await expect(page.getByTestId('worker-error')).toContainText('找不到该网格员，或不在您的数据范围内');
  await expect(page.getByText('王海燕')).toHaveCount(0);
});
