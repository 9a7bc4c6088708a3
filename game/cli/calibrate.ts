// `npm run calibrate [-- --fit [--residual=ID,ID]] [FILE]`: prints the calibration figures of
// the history run against their targets, and the attribution of Alibaba's 2021-2023 share loss
// into named drivers and unexplained drift. With --fit, refits the rates of the named trends
// (trend effects of events, each citing the fact that names its cause) and writes them into
// FILE; every residual is set to 0 except the residual drift of the providers --residual names
// (for what no fact explains).

import { formatProblem } from '../scenario/format-problem.ts';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { ACCEPTANCE, SHARE_TARGETS } from '../calibration/targets.ts';
import { calibrationFigures, SLOW_QUARTERS } from '../calibration/report.ts';
import { fitTrends, parameterName, trendParameters, withSizes } from '../calibration/fit-trends.ts';
import { writeResiduals } from '../calibration/write-residuals.ts';
import { writeTrendSizes } from '../calibration/write-trends.ts';
import { loadScenarioFile } from '../scenario/load-file.ts';
import { driftAudit } from '../calibration/drift-audit.ts';
import { historyReports } from '../calibration/history-run.ts';
import { SHARE_MEASURES } from '../engine/index.ts';

const DRIVER_LABEL: Record<string, string> = {
  stateBuyers: 'stateBuyers (trend, F9)',
  inSourcing: 'inSourcing (trend, F6)',
  drift: 'unexplained drift (calibrated residual)',
};

const pct = (v: number, digits = 1): string => `${(v * 100).toFixed(digits)} %`;
const pp = (v: number): string => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(2)} pp`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const fit = args.includes('--fit');
  // The first file is measured (and fitted); with --fit the fitted sizes are also written into
  // the other files given (the China scenarios share one world).
  const files = args.filter((a) => !a.startsWith('--'));
  const file = files[0] ?? 'scenarios/china-2021-long-slide.yaml';
  const residualArg = args.find((a) => a.startsWith('--residual='));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--fit' && a !== residualArg);
  if (unknown.length > 0) {
    console.error(`calibrate: unknown option ${unknown[0]}; valid: --fit, --residual=ID,ID`);
    process.exit(2);
  }
  const residualIds = residualArg ? residualArg.slice('--residual='.length).split(',') : [];
  const loaded = await loadScenarioFile(file);
  if (!loaded.ok) {
    for (const e of loaded.errors) console.error(formatProblem(e));
    process.exit(1);
  }
  let scenario = loaded.scenario;
  if (fit) {
    const targets = [
      { year: 2022, half: 2 as const, shares: SHARE_TARGETS.H2_2022 },
      {
        year: 2023,
        half: 1 as const,
        shares: SHARE_TARGETS.H1_2023,
        top5: SHARE_TARGETS.TOP5_H1_2023,
      },
      { year: 2023, half: 2 as const, shares: SHARE_TARGETS.H2_2023 },
    ];
    const unknownId = residualIds.find((id) => !scenario.providers.some((p) => p.id === id));
    if (unknownId) {
      console.error(`calibrate: --residual names ${unknownId}, which is not a provider`);
      process.exit(2);
    }
    const params = trendParameters(scenario, residualIds);
    const values = fitTrends(scenario, targets, params, 8, (p) =>
      process.stderr.write(`fit: iteration ${p.iteration}, rms log error ${p.rms.toFixed(5)}\n`),
    );
    params.forEach((p, i) =>
      console.log(`  ${parameterName(p).padEnd(24)} ${values[i]!.toFixed(5)}`),
    );
    const residuals = Object.fromEntries(
      scenario.providers.map((p) => [p.id, { offset: 0, drift: 0 }]),
    );
    params.forEach((p, i) => {
      if (p.kind === 'residual') residuals[p.provider] = { offset: 0, drift: values[i]! };
    });
    // Every text is rewritten before any file is replaced, so a file that cannot take the sizes
    // (no such trend line) leaves all of them as they were.
    const texts = (files.length > 0 ? files : [file]).map((f) => ({
      f,
      text: writeResiduals(writeTrendSizes(readFileSync(f, 'utf8'), params, values), residuals),
    }));
    for (const { f, text } of texts) {
      writeFileSync(`${f}.tmp`, text);
      renameSync(`${f}.tmp`, f);
      console.log(`wrote fitted trend rates and residuals to ${f}`);
    }
    scenario = withSizes(scenario, params, values);
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
  // Issue 7: what the lagged attribution leaves unexplained over the whole history run.
  const history = historyReports(scenario, Infinity);
  for (const measure of SHARE_MEASURES) {
    const audit = driftAudit(history, measure, undefined);
    console.log(
      `${audit.driftShare <= 0.05 ? 'ok  ' : 'MISS'}  Unexplained drift, whole history run (${measure} share): ${pct(audit.driftShare)} of sum |change|   target ≤ 5 % (issue 7)`,
    );
    if (audit.driftShare > 0.05) process.exitCode = 1;
  }
  // Shown, not checked: MODEL.md §2.15.8 lists it, the calibration has never enforced it.
  console.log(
    `\ninfo  IDC top-5 share H1 2023 (ALI, HUA, CTC, TEN, AWS): ${pct(f.top5H1_2023)} (IDC 72.4 %, fitted as a target, not checked)`,
  );
  const a = f.attribution;
  console.log(
    `\nAlibaba's IaaS share ${pct(a.before)} (2021Q2) -> ${pct(a.after)} (2023Q2): ${pp(a.after - a.before)}, by driver:`,
  );
  for (const [driver, value] of Object.entries(a.parts))
    console.log(`  ${(DRIVER_LABEL[driver] ?? driver).padEnd(42)} ${pp(value).padStart(10)}`);
  console.log(
    `  ${'carried (frozen-input path: catch-up, growth)'.padEnd(42)} ${pp(a.carried).padStart(10)}`,
  );
  console.log(
    `  named drivers = every part but drift and carried, over the whole change: ${pct(a.namedShare, 1)}`,
  );
  if (rows.some((r) => !r[3])) process.exitCode = 1;
}

void main();
