// `npm test`: every check in one command. Runs format check, type check, lint, the dead-code
// check (knip) and the unit suite, then builds the web page and runs the end-to-end tests in
// Chromium (Playwright), the desktop suite (tests/desktop: the real main process over a fake Electron, the page in
// Chromium), the Electron security scan (scripts/electronegativity.mjs), then
// prints one closing line per runner ("unit: N passed, N failed", "e2e: N passed, N failed,
// N skipped") read from the runners' JSON reports, and exits non-zero if anything failed.
// E2E_DIST (default dist-web) and E2E_PORT (default 4173) move the e2e build and server.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const steps = [
  ['format', 'npx', ['prettier', '--check', '.']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npx', ['eslint', '.']],
  // Dead code: unused files, exports, types and dependencies (knip.json).
  ['knip', 'npx', ['knip']],
];

const summary = [];
let failed = false;

for (const [name, cmd, args] of steps) {
  const run = spawnSync(cmd, args, { stdio: 'inherit' });
  const ok = run.status === 0;
  summary.push(`${name}: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
  if (!ok) failed = true;
}

const unitReport = '.vitest-report.json';
rmSync(unitReport, { force: true });
const unit = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`],
  { stdio: 'inherit' },
);
if (existsSync(unitReport)) {
  const report = JSON.parse(readFileSync(unitReport, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  // A file whose setup hook fails reports its tests as skipped, not failed: count such files
  // as failures so the closing line says what the exit code says.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  summary.push(
    `unit: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed` +
      (skipped ? `, ${skipped} skipped` : '') +
      (brokenFiles ? ` (${brokenFiles} file(s) failed to run)` : ''),
  );
  if (report.numFailedTests + brokenFiles > 0 || report.numTotalTests === 0) failed = true;
} else {
  summary.push('unit: 0 passed, 1 failed');
  failed = true;
}
if (unit.status !== 0) failed = true;

/** Runs Playwright with `args` and adds one closing line named `name` from its JSON report. */
function playwright(name, args, reportPath) {
  rmSync(reportPath, { force: true });
  const run = spawnSync('npx', ['playwright', 'test', ...args], { stdio: 'inherit' });
  if (!existsSync(reportPath)) {
    summary.push(`${name}: 0 passed, 1 failed (Playwright wrote no report)`);
    failed = true;
    return;
  }
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  const reasons = new Set();
  const visit = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        for (const a of [
          ...(test.annotations ?? []),
          ...(test.results ?? []).flatMap((r) => r.annotations ?? []),
        ])
          if (a.type === 'skip' && a.description) reasons.add(a.description);
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  const errors = (report.errors ?? []).length;
  summary.push(
    `${name}: ${expected + flaky} passed, ${unexpected + errors} failed, ${skipped} skipped` +
      (reasons.size ? ` (skipped: ${[...reasons].join('; ')})` : ''),
  );
  // A runner that ran nothing at all is a failure; skips with a printed reason are not.
  if (unexpected + errors > 0 || expected + flaky + unexpected + skipped === 0) failed = true;
  if (run.status !== 0) failed = true;
}

/** Runs a script that prints its own closing line ("name: N passed, ..."), and keeps that line. */
function lastLine(name, cmd, args, env = {}) {
  const run = spawnSync(cmd, args, {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  process.stdout.write(run.stdout ?? '');
  const line = (run.stdout ?? '')
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(`${name}: `));
  summary.push(line ?? `${name}: 0 passed, 1 failed (no closing line)`);
  if (run.status !== 0 || !line) failed = true;
}

// End-to-end in the browser: build the page, then Playwright (playwright.config.ts serves it).
const buildArgs = ['vite', 'build', '--logLevel', 'warn'];
if (process.env.E2E_DIST) buildArgs.push('--outDir', resolve(process.env.E2E_DIST));
const build = spawnSync('npx', buildArgs, { stdio: 'inherit' });
if (build.status !== 0) {
  summary.push('e2e: 0 passed, 1 failed (vite build failed)');
  failed = true;
} else {
  playwright('e2e', [], 'playwright-report/e2e.json');
  // The desktop app: build main and preload, then Playwright's _electron test, which skips
  // with its reason printed where no Electron binary can be had (TOOLCHAIN.md).
  const shell = spawnSync('node', ['electron/build.mjs'], { stdio: 'inherit' });
  if (shell.status !== 0) {
    summary.push('electron-e2e: 0 passed, 1 failed (electron build failed)');
    failed = true;
  } else {
    playwright(
      'electron-e2e',
      ['-c', 'tests/electron/playwright.config.ts'],
      'playwright-report/electron-e2e.json',
    );
    // The desktop app without its binary, over the page just built (when it went to dist-web).
    const reuse = !process.env.E2E_DIST || resolve(process.env.E2E_DIST) === resolve('dist-web');
    lastLine('desktop', 'node', ['scripts/test-desktop.mjs'], {
      DESKTOP_SKIP_BUILD: reuse ? '1' : '0',
    });
    lastLine('electronegativity', 'node', ['scripts/electronegativity.mjs']);
  }
}

console.log('');
for (const line of summary) console.log(line);
process.exit(failed ? 1 : 0);
