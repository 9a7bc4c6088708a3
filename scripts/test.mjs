// `npm test`: every check in one command. Runs format check, type check, lint and the unit
// suite, then prints one closing line per runner ("unit: N passed, N failed") read from the
// runner's JSON report, and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['format', 'npx', ['prettier', '--check', '.']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npx', ['eslint', '.']],
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
  summary.push(
    `unit: ${report.numPassedTests} passed, ${report.numFailedTests} failed` +
      (skipped ? `, ${skipped} skipped` : ''),
  );
  if (report.numFailedTests > 0 || report.numTotalTests === 0) failed = true;
} else {
  summary.push('unit: 0 passed, 1 failed');
  failed = true;
}
if (unit.status !== 0) failed = true;

console.log('');
for (const line of summary) console.log(line);
process.exit(failed ? 1 : 0);
