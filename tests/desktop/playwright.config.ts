// The desktop end-to-end suite (npm run test:desktop): the real renderer bundle in Chromium,
// the real main process in Node (tests/desktop/harness.ts). No web server: the page is served
// through the main process's own app:// handler. Browser choice and flags: tests/e2e/browser.ts.

import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chooseChromium } from '../e2e/browser.ts';

const browser = chooseChromium();
if (browser.missing) {
  process.env.E2E_BROWSER_MISSING = browser.missing;
  console.warn(`desktop: skipping, ${browser.missing}`);
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/desktop',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: '../../playwright-report/desktop.json' }]],
  use: {
    screenshot: 'only-on-failure',
    trace: 'off',
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          ...(browser.executablePath ? { executablePath: browser.executablePath } : {}),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
});
