import { APIRequestContext, Page, expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, expectNoCriticalA11yViolations, loginByApi, shot } from './support';

/**
 * Scoring end to end: street HR sets up a cycle through the API (12 rated indicators for the
 * director, 3 for peers), the community director scores every worker with the keyboard alone and
 * submits; the time of the keyboard part is measured and written to artifacts/keyboard-scoring.txt.
 * Workers see an empty "my assessment" before publication, validation as they type, a conflict that
 * reloads one row only, and the server's "scoring closed" once HR closes the cycle.
 */

const INDICATORS = Array.from({ length: 12 }, (_, i) => ({
  code: `K${String(i + 1).padStart(2, '0')}`,
  name: ['政治素质', '政策法规', '走访入户', '矛盾调解', '信息采集', '安全巡查', '服务群众', '工作作风', '团结协作', '学习培训', '廉洁自律', '群众满意'][i],
  kind: 'Rated',
  weight: i < 4 ? 9 : 8,
  maxScore: i % 3 === 2 ? 5 : 10,
  scoringGuide: `评分说明：${i + 1}`,
}));
const PEER_CODES = ['K01', 'K02', 'K03'];

interface Setup { cycleId: string; cycleName: string }
let setup: Setup;

async function api<T>(request: APIRequestContext, user: string, method: 'get' | 'post' | 'put', url: string, data?: unknown): Promise<T> {
  const headers = await bearer(request, user);
  const response = await request[method](url, { headers, data });
  expect(response.ok(), `${method} ${url}: ${response.status()} ${await response.text()}`).toBe(true);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

interface Sheet { id: string; workerName: string; group: string; status: string; concurrencyStamp: string; scores: { indicatorCode: string; score: number; comment: string | null }[] }
const sheetsOf = async (request: APIRequestContext, user: string, cycleId: string) =>
  (await api<{ items: Sheet[] }>(request, user, 'get', `/api/app/score-sheet?CycleId=${cycleId}&MaxResultCount=1000`)).items;

/** The score a row gets in a column: varied, within 0..max, with some halves. */
const scoreFor = (row: number, col: number) => {
  const max = INDICATORS[col].maxScore;
  const whole = (row * 7 + col * 3) % (max + 1);
  return col === 1 && whole < max ? `${whole}.5` : String(whole);
};

async function gridRows(page: Page): Promise<string[]> {
  return page.locator('[data-testid=score-grid] tbody tr').evaluateAll(rows => rows.map(r => r.getAttribute('data-sheet')!));
}

/** The ISO 7064 MOD 11-2 check character (GB 11643) of 17 digits. */
const checkCharacter = (first17: string) =>
  '10X98765432'[[...first17].reduce((sum, d, i) => sum + Number(d) * [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i], 0) % 11];

/**
 * The issue times a 30 × 12 sheet; the demo 芙蓉街社区 has fewer than 30 workers in the cycle (everyone not
 * exited is enrolled), so HR hires community workers through the API until it has `rows`.
 */
async function fillCommunityTo(request: APIRequestContext, rows: number): Promise<void> {
  const director = await api<{ scope: { communityId: string } }>(request, 'director.frj', 'get', '/api/app/my/profile');
  const communityId = director.scope.communityId;
  const workers = await api<{ items: { status: string }[] }>(request, 'hr.qcl', 'get', `/api/app/worker?CommunityId=${communityId}&MaxResultCount=1000`);
  const missing = rows - workers.items.filter(w => w.status !== 'Exited').length;
  const posts = await api<{ id: string; code: string }[]>(request, 'hr.qcl', 'get', '/api/app/worker/posts');
  const staff = posts.find(p => p.code === 'STAFF')!;
  const stamp = Date.now() % 900;
  for (let i = 0; i < missing; i++) {
    const first17 = `37010219950312${String((stamp + i * 2) % 1000).padStart(3, '0')}`;
    await api(request, 'hr.qcl', 'post', '/api/app/worker', {
      name: `社区工作者${i + 1}号`, idNumber: first17 + checkCharacter(first17), kind: 'OtherCommunityWorker',
      communityId, gridIds: [], postId: staff.id, grade: 2, hireDate: '2025-03-01', onProbation: false,
    });
  }
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  const profile = await api<{ scope: { streetId: string } }>(request, 'hr.qcl', 'get', '/api/app/my/profile');
  const definition = {
    dimensions: [{ name: '德能勤', indicators: INDICATORS.slice(0, 6) }, { name: '绩廉', indicators: INDICATORS.slice(6) }],
    raterGroups: [
      { kind: 'Director', weight: 70, indicatorCodes: INDICATORS.map(i => i.code) },
      { kind: 'Peers', weight: 30, indicatorCodes: PEER_CODES, peersPerWorker: 2 },
    ],
  };
  const template = await api<{ id: string }>(request, 'hr.qcl', 'post', '/api/app/assessment-template',
    { streetId: profile.scope.streetId, code: `E2E-SCORE-${Date.now()}`, name: '社区网格员季度考核（e2e）', definition });
  await fillCommunityTo(request, 30);
  const now = Date.now();
  const cycleName = `2026年第四季度考核（e2e ${new Date(now).toISOString().slice(11, 19)}）`;
  const cycle = await api<{ id: string }>(request, 'hr.qcl', 'post', '/api/app/evaluation-cycle', {
    streetId: profile.scope.streetId, name: cycleName, periodKind: 'Quarterly', periodStart: '2026-10-01', periodEnd: '2026-12-31',
    templateId: template.id, opensAt: new Date(now - 60_000).toISOString(),
    scoringDeadline: new Date(now + 3 * 86_400_000).toISOString(), publishOn: new Date(now + 4 * 86_400_000).toISOString(),
  });
  await api(request, 'hr.qcl', 'post', `/api/app/evaluation-cycle/${cycle.id}/open`);
  setup = { cycleId: cycle.id, cycleName };
});

test('before publication a worker\'s assessment page says there is nothing yet', async ({ page }) => {
  await loginByApi(page, 'worker.frj');
  await page.goto('/my-assessment');
  await expect(page.getByTestId('my-results-empty')).toContainText('暂无已公布的考核结果');
  await expect(page.locator('body')).not.toContainText(/排名|名次/);
  await expectNoCriticalA11yViolations(page, 'my-assessment');
  await shot(page, 'my-assessment-empty');
});

test('the director is notified, opens the grid from the notification and scores every row with the keyboard alone', async ({ page, request }) => {
  test.setTimeout(180_000);
  await loginByApi(page, 'director.frj');
  await page.goto('/notifications');
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAttribute('data-unread', /^[1-9]\d*$/);
  const notice = page.locator('tr[data-kind=SheetAssigned]', { hasText: setup.cycleName });
  await expect(notice).toBeVisible();
  await expectNoCriticalA11yViolations(page, 'notifications');
  await shot(page, 'notifications-director');
  await notice.getByTestId('notice-open').click();
  await expect(page).toHaveURL(new RegExp(`/score-sheets/${setup.cycleId}`));

  const grid = page.getByTestId('score-grid');
  await expect(grid).toBeVisible();
  await expect(page.getByTestId('deadline-countdown')).toContainText('距评分截止还有 2 天');
  await expect(grid.locator('thead th[data-indicator]')).toHaveCount(12);
  await expect(grid.locator('thead th[data-indicator=K03]')).toContainText('满分 5');
  const ids = await gridRows(page);
  const rows = ids.length;
  if (rows < 30) console.log(`note: the demo community 芙蓉街社区 has ${rows} active workers (fewer than 30)`);
  expect(rows).toBeGreaterThan(0);

  // Focus the first cell without the mouse; from here on only the keyboard.
  await grid.locator('input[data-row="0"][data-col="0"]').focus();
  const started = Date.now();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < 12; c++) {
      await page.keyboard.type(scoreFor(r, c));
      await page.keyboard.press('Tab');
    }
  }
  const typed = Date.now();
  // The keyboard part ends when every row's draft is saved on the server.
  await expect(page.locator('[data-testid=row-save][data-save=saved]')).toHaveCount(rows, { timeout: 30_000 });
  const saved = Date.now();
  const line = `keyboard scoring: ${rows} rows x 12 indicators in ${saved - started} ms`;
  console.log(line);
  console.log(`  (typing ${typed - started} ms, last autosave ${saved - typed} ms after the last key; ${rows * 12} cells)`);
  mkdirSync(join(process.cwd(), '../artifacts'), { recursive: true });
  writeFileSync(join(process.cwd(), '../artifacts/keyboard-scoring.txt'),
    `${line}\n(typing ${typed - started} ms; the last draft saved ${saved - typed} ms after the last key; cycle ${setup.cycleId})\n`);

  await expect(page.getByTestId('time-spent')).toContainText('本组已用时');
  await expectNoCriticalA11yViolations(page, 'scoring-grid');
  await shot(page, 'scoring-grid');

  await expect(page.getByTestId('submit-all')).toContainText(`（${rows}）`);
  await page.getByTestId('submit-all').click();
  await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
  await expect(page.locator('[data-testid=row-status][data-status=Submitted]')).toHaveCount(rows, { timeout: 60_000 });
  await expect(page.getByTestId('submit-all')).toBeDisabled();

  // Reload: the server has every score, and the rows are read-only.
  await page.reload();
  await expect(page.locator('[data-testid=row-status][data-status=Submitted]')).toHaveCount(rows);
  const shown = await grid.locator('tbody tr').evaluateAll(trs => trs.map(tr => ({
    id: tr.getAttribute('data-sheet')!,
    values: [...tr.querySelectorAll<HTMLInputElement>('input.gs-cell')].map(i => i.value),
    readOnly: [...tr.querySelectorAll<HTMLInputElement>('input.gs-cell')].every(i => i.readOnly),
  })));
  expect(shown.map(s => s.id)).toEqual(ids);
  shown.forEach((s, r) => {
    expect(s.values, `row ${r}`).toEqual(INDICATORS.map((_, c) => String(Number(scoreFor(r, c)))));
    expect(s.readOnly).toBe(true);
  });

  const sheets = (await sheetsOf(request, 'director.frj', setup.cycleId)).filter(s => s.group === 'Director');
  expect(sheets).toHaveLength(rows);
  for (const sheet of sheets) {
    const r = ids.indexOf(sheet.id);
    expect(sheet.status).toBe('Submitted');
    const byCode = Object.fromEntries(sheet.scores.map(s => [s.indicatorCode, s.score]));
    expect(INDICATORS.map(i => byCode[i.code])).toEqual(INDICATORS.map((_, c) => Number(scoreFor(r, c))));
  }
});

test('the score sheets page lists the director\'s set for the cycle as done', async ({ page }) => {
  await loginByApi(page, 'director.frj');
  await page.goto('/score-sheets');
  const set = page.locator(`tr[data-cycle="${setup.cycleId}"][data-group=Director]`);
  await expect(set).toContainText(setup.cycleName);
  await expect(set).toContainText('已提交');
  await expectNoCriticalA11yViolations(page, 'score-sheets');
  await shot(page, 'score-sheets-director');
});

test('a worker scoring peers sees validation as they type, and a conflict reloads only that row', async ({ page, request }) => {
  await loginByApi(page, 'worker.frj');
  await page.goto(`/score-sheets/${setup.cycleId}?group=Peers`);
  const grid = page.getByTestId('score-grid');
  await expect(grid.locator('thead th[data-indicator]')).toHaveCount(3);
  const ids = await gridRows(page);
  expect(ids.length).toBeGreaterThanOrEqual(2);
  const cell = (r: number, c: number) => grid.locator(`input[data-row="${r}"][data-col="${c}"]`);

  // Too high, then letters: shown inline, never saved.
  await cell(0, 0).focus();
  await page.keyboard.type('11');
  await expect(grid.locator('tbody tr').nth(0)).toContainText('应在 0–10 之间');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('ab');
  await expect(grid.locator('tbody tr').nth(0)).toContainText('只能输入数字');
  await expect(cell(0, 0)).toHaveAttribute('aria-invalid', 'true');
  await page.waitForTimeout(1200);
  let sheet = (await sheetsOf(request, 'worker.frj', setup.cycleId)).find(s => s.id === ids[0])!;
  expect(sheet.scores).toEqual([]);

  // Fixed; Enter goes down, arrows move back.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  await expect(cell(1, 0)).toBeFocused();
  await page.keyboard.type('6');
  await page.keyboard.press('ArrowRight');
  await expect(cell(1, 1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(cell(0, 1)).toBeFocused();
  await page.keyboard.press('F2');
  await expect(page.getByTestId('cell-comment')).toBeFocused();
  await page.keyboard.type('工作认真');
  await page.keyboard.press('Enter');
  await expect(cell(0, 1)).toBeFocused();
  await page.keyboard.type('7');
  await expect(page.locator(`tr[data-sheet="${ids[0]}"] [data-testid=row-save][data-save=saved]`)).toBeVisible();
  await expect(page.locator(`tr[data-sheet="${ids[1]}"] [data-testid=row-save][data-save=saved]`)).toBeVisible();
  sheet = (await sheetsOf(request, 'worker.frj', setup.cycleId)).find(s => s.id === ids[0])!;
  expect(sheet.scores.map(s => [s.indicatorCode, s.score, s.comment]).sort()).toEqual([['K01', 8, null], ['K02', 7, '工作认真']]);

  // Someone else saves the first sheet (another window); the next edit of that row conflicts.
  await api(request, 'worker.frj', 'put', `/api/app/score-sheet/${ids[0]}`,
    { concurrencyStamp: sheet.concurrencyStamp, scores: [{ indicatorCode: 'K01', score: 3 }] });
  await cell(1, 2).focus();
  await page.keyboard.type('4'); // row 2: stays the user's
  await cell(0, 2).focus();
  await page.keyboard.type('5'); // row 1: 409 on save
  await expect(page.locator('.gs-conflict-notification')).toContainText('其他行的录入都保留着');
  await expect(page.locator(`tr[data-sheet="${ids[0]}"] [data-testid=row-save]`)).toHaveText('已按服务器重新加载');
  await expect(cell(0, 0)).toHaveValue('3');
  await expect(cell(0, 2)).toHaveValue('');
  await expect(cell(1, 0)).toHaveValue('6');
  await expect(cell(1, 2)).toHaveValue('4');
  await expect(page.locator(`tr[data-sheet="${ids[0]}"] [data-testid=row-submit]`)).toBeDisabled();
  await shot(page, 'scoring-conflict');
});

test('once HR closes the cycle, the server refuses saves and the grid says so and turns read-only', async ({ page, request }) => {
  await loginByApi(page, 'worker.frj');
  await page.goto(`/score-sheets/${setup.cycleId}?group=Peers`);
  const grid = page.getByTestId('score-grid');
  await expect(grid).toBeVisible();
  await api(request, 'hr.qcl', 'post', `/api/app/evaluation-cycle/${setup.cycleId}/close`);
  await grid.locator('input[data-row="0"][data-col="2"]').focus();
  await page.keyboard.type('2');
  await expect(page.getByTestId('scoring-closed')).toContainText('服务器拒绝保存');
  await expect(grid.locator('input[data-row="1"][data-col="0"]')).toHaveJSProperty('readOnly', true);
  await expect(page.getByTestId('submit-all')).toBeDisabled();
});

test('after publication the worker is notified, reads the result without any rank, and files an appeal', async ({ page, request }) => {
  test.setTimeout(120_000);
  // HR compiles the closed cycle (the Hangfire job), completes calibration and publishes.
  await api(request, 'hr.qcl', 'post', `/api/app/evaluation-cycle/${setup.cycleId}/compile`);
  await expect.poll(async () => (await api<{ status: string }>(request, 'hr.qcl', 'get', `/api/app/evaluation-cycle/${setup.cycleId}/progress`)).status,
    { timeout: 60_000 }).toBe('Compiled');
  await api(request, 'hr.qcl', 'post', `/api/app/evaluation-cycle/${setup.cycleId}/complete-calibration`);
  await api(request, 'hr.qcl', 'post', `/api/app/evaluation-cycle/${setup.cycleId}/publish`);

  await loginByApi(page, 'worker.frj');
  await page.goto('/notifications');
  const notice = page.locator('tr[data-kind=ResultPublished]', { hasText: setup.cycleName });
  await expect(notice).toBeVisible();
  await shot(page, 'notifications-worker');
  await notice.getByTestId('notice-open').click();
  await expect(page).toHaveURL(new RegExp(`/my-assessment/${setup.cycleId}`));

  const result = page.getByTestId('my-result');
  await expect(result).toBeVisible();
  await expect(page.getByTestId('my-grade')).not.toBeEmpty();
  await expect(page.getByTestId('my-groups').locator('[data-group=Director]')).toContainText('70%');
  // By name: the worker cannot read the template, the result carries the names.
  await expect(page.getByTestId('my-indicators')).toContainText(INDICATORS[11].name);
  await expect(page.getByTestId('my-indicators')).not.toContainText('K12');
  await expect(page.getByTestId('my-trend')).toBeVisible();
  await expect(page.getByTestId('appeal-days-left')).toContainText('申诉期还剩 10 天');
  await expect(page.locator('body')).not.toContainText(/排名|名次/);
  await expectNoCriticalA11yViolations(page, 'my-result');
  await shot(page, 'my-result');

  await page.getByTestId('appeal-submit').click();
  await expect(page.getByTestId('appeal-form')).toContainText('请填写申诉理由');
  await page.getByTestId('appeal-reason').fill('入户走访次数统计漏记了十一月的记录');
  await page.getByTestId('appeal-submit').click();
  await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
  await expect(page.getByTestId('appeal-form')).toContainText('您已对此结果提出申诉');
  await expect(page.getByTestId('appeal-submit')).toBeDisabled();
  await expect(page.getByTestId('my-appeals').getByTestId('appeal-status')).toContainText('待答复');

  await page.goto('/my-assessment');
  await expect(page.locator(`[data-testid=my-results] tr[data-cycle="${setup.cycleId}"]`)).toBeVisible();
  await expect(page.getByTestId('my-appeals')).toContainText('入户走访次数统计');
  await expectNoCriticalA11yViolations(page, 'my-results');
  await shot(page, 'my-results');
});
