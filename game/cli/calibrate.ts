// `npm run calibrate [-- --fit] [FILE]`: prints the calibration figures of the history run
// against their targets, and the attribution of Alibaba's 2021-2023 share loss into named
// drivers and unexplained drift. With --fit, refits the residuals and writes them into FILE.

import { formatProblem } from '../scenario/format-problem.ts';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { ACCEPTANCE, SHARE_TARGETS } from '../calibration/targets.ts';
import { calibrationFigures, SLOW_QUARTERS } from '../calibration/report.ts';
import { fitResiduals, withResiduals } from '../calibration/fit.ts';
import { writeResiduals } from '../calibration/write-residuals.ts';
import { loadScenarioFile } from '../scenario/load-file.ts';

const pct = (v: number, digits = 1): string => `${(v * 100).toFixed(digits)} %`;
const pp = (v: number): string => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(2)} pp`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const fit = args.includes('--fit');
  const file = args.find((a) => !a.startsWith('--')) ?? 'scenarios/china-2021-long-slide.yaml';
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--fit');
  if (unknown.length > 0) {
    console.error(`calibrate: unknown option ${unknown[0]}; valid: --fit`);
    process.exit(2);
  }
  const loaded = await loadScenarioFile(file);
  if (!loaded.ok) {
    for (const e of loaded.errors) console.error(formatProblem(e));
    process.exit(1);
  }
  let scenario = loaded.scenario;
  if (fit) {
    const targets = [
      { year: 2022, half: 2 as const, shares: SHARE_TARGETS.H2_2022 },
      { year: 2023, half: 1 as const, shares: SHARE_TARGETS.H1_2023 },
      { year: 2023, half: 2 as const, shares: SHARE_TARGETS.H2_2023 },
    ];
    const residuals = fitResiduals(scenario, targets, 300, (p) => {
      if (p.iteration % 25 === 0)
        process.stderr.write(
          `fit: iteration ${p.iteration}, largest log error ${p.worst.toFixed(5)}\n`,
        );
    });
    const temp = `${file}.tmp`;
    writeFileSync(temp, writeResiduals(readFileSync(file, 'utf8'), residuals));
    renameSync(temp, file);
    scenario = withResiduals(scenario, residuals);
    console.log(`wrote fitted residuals to ${file}`);
  }
  const f = calibrationFigures(scenario);
  const rows: [string, string, string, boolean][] = [];
  const check = (
    name: string,
    value: number,
    target: { value: number; tolerance: number; source: string },
    fmt = pct,
  ) =>
    rows.push([
      name,
      fmt(value),
      `${fmt(target.value)} ± ${(target.tolerance * 100).toFixed(1)} (${target.source})`,
      Math.abs(value - target.value) <= target.tolerance + 1e-12,
    ]);
  check('Alibaba IaaS share H1 2021', f.aliH1_2021, ACCEPTANCE.aliH1_2021);
  check('Alibaba IaaS share H1 2023', f.aliH1_2023, ACCEPTANCE.aliH1_2023);
  rows.push([
    'Alibaba IaaS share H2 2023',
    pct(f.aliH2_2023),
    '27.1 % (derived)',
    Math.abs(f.aliH2_2023 - 0.271) <= 0.01,
  ]);
  check(
    'Mean IaaS market growth 2021Q2-2024Q4 (per year)',
    f.marketGrowth,
    ACCEPTANCE.marketGrowth,
  );
  for (const q of SLOW_QUARTERS)
    rows.push([
      `Alibaba revenue YoY ${q}`,
      pct(f.aliRevenueYoy[q]!),
      `≤ 5 % (${ACCEPTANCE.aliRevenueSlow.source})`,
      f.aliRevenueYoy[q]! <= 0.05,
    ]);
  check('Alibaba revenue YoY 2024Q2', f.aliRevenueYoy['2024Q2']!, ACCEPTANCE.aliRevenue2024Q2);
  rows.push([
    'Named drivers’ part of the 2021-2023 loss',
    pct(f.attribution.namedShare, 0),
    `≥ 50 % (${ACCEPTANCE.namedShare.source})`,
    f.attribution.namedShare >= 0.5,
  ]);
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(
    `Calibration of ${scenario.id} (history mode, every provider on its scenario policy)\n`,
  );
  for (const [name, value, target, ok] of rows)
    console.log(
      `${ok ? 'ok  ' : 'MISS'}  ${name.padEnd(width)}  ${value.padStart(8)}   target ${target}`,
    );
  const a = f.attribution;
  console.log(
    `\nAlibaba's IaaS share ${pct(a.before)} (2021Q2) -> ${pct(a.after)} (2023Q2): ${pp(a.after - a.before)}, by driver:`,
  );
  for (const [driver, value] of Object.entries(a.parts))
    console.log(
      `  ${(driver === 'drift' ? 'unexplained drift (calibrated residual)' : driver).padEnd(42)} ${pp(value).padStart(10)}`,
    );
  console.log(
    `  ${'carried (frozen-input path: catch-up, growth)'.padEnd(42)} ${pp(a.carried).padStart(10)}`,
  );
  console.log(
    `  named drivers = every part but drift and carried, over the whole change: ${pct(a.namedShare, 1)}`,
  );
  if (rows.some((r) => !r[3])) process.exitCode = 1;
}

void main();
