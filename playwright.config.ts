// End-to-end tests: Chromium drives the built web page (`vite build` first; scripts/test.mjs
// does it) served by `vite preview`. Browser choice and flags: tests/e2e/browser.ts.
// E2E_PORT and E2E_DIST let a second checkout or a concurrent run use its own port and build.

import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chooseChromium } from './tests/e2e/browser.ts';

const browser = chooseChromium();
if (browser.missing) {
  // Read by the specs (test.skip with this reason) and printed once per process.
  process.env.E2E_BROWSER_MISSING = browser.missing;
  console.warn(`e2e: skipping, ${browser.missing}`);
}

const port = Number(process.env.E2E_PORT ?? 4173);
const dist = resolve(process.env.E2E_DIST ?? 'dist-web');
const baseURL = `http://127.0.0.1:${port}/`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous: a 2-core CI machine under load takes up to ~30 s for the longest spec.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'playwright-report/e2e.json' }]],
  use: {
    baseURL,
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
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir "${dist}"`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
