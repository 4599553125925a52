import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the real Host (fresh SQLite database with demo data, started by
 * e2e/global-setup.ts on a free port) driving Debian's Chromium. No browser is ever downloaded.
 */
export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: '../artifacts/e2e-results',
  // The full-cycle spec moves the Host's clock forward for good: it runs last, after every other spec.
  projects: [
    { name: 'pages', testIgnore: /full-cycle\.spec\.ts/ },
    { name: 'full-cycle', testMatch: /full-cycle\.spec\.ts/, dependencies: ['pages'] },
  ],
  reporter: [['list'], ['json', { outputFile: '../artifacts/e2e-results.json' }]],
  use: {
    baseURL: process.env['E2E_BASE_URL'],
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
