import { APIRequestContext, expect, test } from '@playwright/test';
import { bearer, expectNoCriticalA11yViolations, loginByApi, shot } from './support';

/**
 * A whole cycle driven by the clock, as it runs in production: nobody presses "close" or "compile".
 * HR opens a cycle on the demo street's annual template; the director and HR submit their sheets; the
 * test clock (/api/testing, on only in the Testing environment) jumps past the scoring deadline and the
 * scheduler job closes the cycle and enqueues the compile, which the Hangfire server runs. HR calibrates
 * one worker with a reason and publishes; the worker reads the result; when the clock passes the appeal
 * window the scheduler finalizes and the server refuses a late appeal.
 *
 * Runs in its own Playwright project after every other spec, because the clock only moves forward.
 */

const tokens = new Map<string, Record<string, string>>();
const headersOf = async (request: APIRequestContext, user: string) => {
  if (!tokens.has(user)) tokens.set(user, await bearer(request, user));
  return tokens.get(user)!;
};

async function api<T>(request: APIRequestContext, user: string, method: 'get' | 'post' | 'put', url: string, data?: unknown): Promise<T> {
  const response = await request[method](url, { headers: await headersOf(request, user), data });
  expect(response.ok(), `${method} ${url}: ${response.status()} ${await response.text()}`).toBe(true);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

const advance = (request: APIRequestContext, hours: number) => api(request, 'admin', 'post', '/api/testing/clock/advance', { hours });
const runScheduler = (request: APIRequestContext) => api(request, 'admin', 'post', '/api/testing/scheduler/run');

interface Sheet { id: string; workerId: string; concurrencyStamp: string; indicators: { code: string; maxScore: number }[] }

/** Fills every sheet of a rater with scores that vary by worker, and submits them. */
async function scoreAll(request: APIRequestContext, user: string, cycleId: string, workerFirst: string): Promise<number> {
  const sheets = (await api<{ items: Sheet[] }>(request, user, 'get', `/api/app/score-sheet?CycleId=${cycleId}&MaxResultCount=1000`)).items;
  for (const [row, sheet] of sheets.entries()) {
    // The demo worker gets full marks from everyone, so their result is predictable.
    const score = (max: number) => (sheet.workerId === workerFirst ? max : Math.max(0, max - 1 - (row % 4)));
    const saved = await api<Sheet>(request, user, 'put', `/api/app/score-sheet/${sheet.id}`, {
      concurrencyStamp: sheet.concurrencyStamp,
      scores: sheet.indicators.map(i => ({ indicatorCode: i.code, score: score(i.maxScore) })),
    });
    await api(request, user, 'post', `/api/app/score-sheet/${sheet.id}/submit`, { concurrencyStamp: saved.concurrencyStamp });
  }
  return sheets.length;
}

test('the clock runs a cycle: scheduler closes and compiles, HR calibrates and publishes, the window closes and the cycle is final', async ({ page, request }) => {
  test.setTimeout(240_000);
  const profile = await api<{ scope: { streetId: string } }>(request, 'hr.qcl', 'get', '/api/app/my/profile');
  const template = (await api<{ items: { id: string }[] }>(request, 'hr.qcl', 'get', '/api/app/assessment-template?LatestOnly=true&Code=ANNUAL')).items[0];
  const me = await api<{ id: string; name: string }>(request, 'worker.frj', 'get', '/api/app/my/worker');
  const clock = await api<{ utcNow: string }>(request, 'admin', 'get', '/api/testing/clock');
  const now = Date.parse(clock.utcNow);
  const name = `2026年度社区工作者考核（全流程 ${new Date().toISOString().slice(11, 19)}）`;
  const cycle = await api<{ id: string }>(request, 'hr.qcl', 'post', '/api/app/evaluation-cycle', {
    streetId: profile.scope.streetId, name, periodKind: 'Annual', periodStart: '2026-01-01', periodEnd: '2026-12-31', templateId: template.id,
    opensAt: new Date(now - 60_000).toISOString(), scoringDeadline: new Date(now + 2 * 86_400_000).toISOString(),
    publishOn: new Date(now + 3 * 86_400_000).toISOString(), appealWindowDays: 10, appealAnswerDays: 10,
  });

  // HR opens it from the cycle page.
  await loginByApi(page, 'hr.qcl');
  await page.goto(`/cycles/${cycle.id}`);
  await page.getByTestId('cycle-action-open').click();
  await page.locator('.ant-modal:visible .ant-btn-primary').click();
  await expect(page.getByTestId('cycle-status')).toHaveText('评分中');

  // The director's and HR's sheets (keyboard scoring of the grid is timed in scoring.spec.ts); peers leave theirs open.
  expect(await scoreAll(request, 'director.frj', cycle.id, me.id)).toBeGreaterThan(10);
  expect(await scoreAll(request, 'hr.qcl', cycle.id, me.id)).toBeGreaterThan(10);

  // Before the deadline the scheduler leaves it open; past it, it closes and the compile job runs by itself.
  await runScheduler(request);
  expect((await api<{ status: string }>(request, 'hr.qcl', 'get', `/api/app/evaluation-cycle/${cycle.id}`)).status).toBe('Open');
  await advance(request, 49);
  await runScheduler(request);
  await expect.poll(async () => (await api<{ status: string }>(request, 'hr.qcl', 'get', `/api/app/evaluation-cycle/${cycle.id}`)).status,
    { timeout: 60_000, intervals: [500, 1000] }).toBe('Compiled');
  await page.reload();
  await expect(page.getByTestId('cycle-status')).toHaveText('已汇总');
  await expect(page.getByTestId('cycle-action-close')).toHaveCount(0);

  // HR calibrates one result with a written reason, completes calibration and publishes.
  await page.getByRole('tab', { name: '考核结果' }).click();
  const row = page.locator(`[data-result="${me.name}"]`);
  await expect(row).toBeVisible();
  await page.locator(`[data-calibrate="${me.name}"]`).click();
  const dialog = page.getByTestId('calibrate-dialog');
  // The dialog is still animating in: a click can land before the select listens, so retry until it opens.
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '基本合格' });
  await expect(async () => {
    if (!(await option.isVisible())) await dialog.getByTestId('calibrate-grade').click();
    await expect(option).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await option.click();
  await dialog.getByTestId('calibrate-reason').fill('年内两次有效投诉，经街道核实');
  await page.locator('.ant-modal:visible .ant-btn-primary').click();
  // One dialog at a time: wait for each to close (its fade-out) before the next action opens another.
  const noDialog = () => expect(page.locator('.ant-modal:visible')).toHaveCount(0);
  await noDialog();
  await expect(row).toContainText('已校准');
  await expect(row).toContainText('基本合格');
  await shot(page, 'full-cycle-calibrated');
  for (const [action, status] of [['completeCalibration', '已校准'], ['publish', '已公布']]) {
    await page.getByTestId(`cycle-action-${action}`).click();
    await page.locator('.ant-modal:visible .ant-btn-primary').click();
    await noDialog();
    await expect(page.getByTestId('cycle-status')).toHaveText(status);
  }

  // The worker reads the grade of record (the calibrated one), and no rank.
  await loginByApi(page, 'worker.frj');
  await page.goto(`/my-assessment/${cycle.id}`);
  await expect(page.getByTestId('appeal-days-left')).toBeVisible();
  await expect(page.locator('body')).toContainText('基本合格');
  await expect(page.locator('body')).not.toContainText('排名');
  await page.waitForLoadState('networkidle');
  await expectNoCriticalA11yViolations(page, 'my result after calibration');
  await shot(page, 'full-cycle-my-result');

  // Past the appeal window the scheduler finalizes, the form closes, and the server refuses a late appeal.
  await advance(request, 11 * 24);
  await runScheduler(request);
  expect((await api<{ status: string }>(request, 'hr.qcl', 'get', `/api/app/evaluation-cycle/${cycle.id}`)).status).toBe('Finalized');
  // The page counts the window's days on the browser's clock: give it the Host's.
  await page.clock.install({ time: Date.parse((await api<{ utcNow: string }>(request, 'admin', 'get', '/api/testing/clock')).utcNow) });
  await page.reload();
  await expect(page.getByTestId('appeal-closed')).toBeVisible();
  await expect(page.getByTestId('appeal-submit')).toBeDisabled();
  const late = await request.post('/api/app/appeal', {
    headers: await headersOf(request, 'worker.frj'), data: { cycleId: cycle.id, reason: '太晚了', indicatorCodes: [] },
  });
  expect([409, 422]).toContain(late.status());
  expect((await late.json()).code).toBe('GridStaff:Appeal:WindowClosed');
});
