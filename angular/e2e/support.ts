import AxeBuilder from '@axe-core/playwright';
import { APIRequestContext, Page, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const PASSWORD = 'Demo@12345';
export const screenshots = join(process.cwd(), '../artifacts/screenshots'); // tests run from angular/
mkdirSync(screenshots, { recursive: true });

export async function loginByForm(page: Page, userName: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.locator('#userName').fill(userName);
  await page.locator('#password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Cookie login through the API (faster when the login page is not what is tested). */
export async function loginByApi(page: Page, userName: string): Promise<void> {
  const response = await page.request.post('/api/account/login', { data: { userName, password: PASSWORD } });
  expect(response.status()).toBe(204);
}

export async function bearer(request: APIRequestContext, userName: string): Promise<Record<string, string>> {
  const response = await request.post('/api/account/token', { data: { userName, password: PASSWORD } });
  expect(response.ok()).toBe(true);
  return { Authorization: `Bearer ${(await response.json()).accessToken}` };
}

export async function menuItems(page: Page): Promise<string[]> {
  const menu = page.getByTestId('main-menu');
  await expect(menu).toBeVisible();
  return (await menu.locator('li[nz-menu-item]').allInnerTexts()).map(t => t.trim());
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/** axe-core on the page as it stands: no critical violations allowed; the rest is reported. */
export async function expectNoCriticalA11yViolations(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const critical = results.violations.filter(v => v.impact === 'critical');
  const others = results.violations.filter(v => v.impact !== 'critical').map(v => `${v.impact} ${v.id} (${v.nodes.length})`);
  if (others.length) console.log(`a11y ${name}: non-critical: ${others.join(', ')}`);
  expect(critical.map(v => `${v.id}: ${v.help} — ${v.nodes.map(n => n.html).join("; ")}`), `critical a11y violations on ${name}`).toEqual([]);
}
