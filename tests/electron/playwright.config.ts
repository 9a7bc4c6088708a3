// The desktop end-to-end test (Playwright `_electron`). Run after `vite build` and
// `node electron/build.mjs`:  npx playwright test -c tests/electron/playwright.config.ts
// Without an Electron binary (these machines, TOOLCHAIN.md) the test is reported as skipped
// with the reason.

import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: '../../playwright-report/electron-e2e.json' }]],
});
