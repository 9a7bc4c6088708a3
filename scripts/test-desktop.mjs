// `npm run test:desktop`: the desktop end-to-end suite (tests/desktop) without the Electron
// binary. Builds the renderer into dist-web unless DESKTOP_SKIP_BUILD=1 (npm test has just built
// it), then runs Playwright and prints one closing line, "desktop: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = 'playwright-report/desktop.json';
if (process.env.DESKTOP_SKIP_BUILD !== '1' || !existsSync('dist-web/index.html')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.log('desktop: 0 passed, 1 failed (vite build failed)');
    process.exit(1);
  }
}
rmSync(report, { force: true });
const run = spawnSync('npx', ['playwright', 'test', '-c', 'tests/desktop/playwright.config.ts'], {
  stdio: 'inherit',
});
if (!existsSync(report)) {
  console.log('desktop: 0 passed, 1 failed (Playwright wrote no report)');
  process.exit(1);
}
const { stats = {}, errors = [] } = JSON.parse(readFileSync(report, 'utf8'));
const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = stats;
const failed = unexpected + errors.length;
const reason = process.env.E2E_BROWSER_MISSING
  ? ` (skipped: ${process.env.E2E_BROWSER_MISSING})`
  : '';
console.log(`desktop: ${expected + flaky} passed, ${failed} failed, ${skipped} skipped${reason}`);
process.exit(failed > 0 || run.status !== 0 || expected + flaky + skipped === 0 ? 1 : 0);
