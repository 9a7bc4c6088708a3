// Runs a scenario in history mode (every provider on its scenario policy) from its origin and
// reads the calibration figures off the reports.

import { labelAt, tOf } from '../engine/index.ts';
import { playHistory } from '../session/history-run.ts';
import type { QuarterReport, Scenario } from '../engine/index.ts';

/** Reports for quarters t = 1..upTo of a history-mode run (seed 1, no humans). */
export function historyReports(scenario: Scenario, upTo: number): QuarterReport[] {
  const { history, played } = playHistory(scenario, 1, upTo);
  return [...history, ...played];
}

/** Revenue-weighted IaaS share over the quarters of a half year (e.g. H1 2023 = Q1 and Q2). */
export function halfYearShare(
  reports: readonly QuarterReport[],
  provider: string,
  year: number,
  half: 1 | 2,
): number {
  const quarters = half === 1 ? [`${year}Q1`, `${year}Q2`] : [`${year}Q3`, `${year}Q4`];
  let own = 0;
  let total = 0;
  for (const r of reports) {
    if (!quarters.includes(r.quarter)) continue;
    const p = r.providers.find((x) => x.id === provider)!;
    own += p.finance.iaasRevenue;
    total += r.iaasSpend;
  }
  return total > 0 ? own / total : 0;
}

export function revenueOf(
  reports: readonly QuarterReport[],
  provider: string,
  quarter: string,
): number {
  const r = reports.find((x) => x.quarter === quarter);
  return r?.providers.find((p) => p.id === provider)?.finance.revenue ?? Number.NaN;
}

export function yoy(
  reports: readonly QuarterReport[],
  provider: string,
  quarter: string,
  origin: string,
): number {
  const t = tOf(origin, quarter);
  return (
    revenueOf(reports, provider, quarter) / revenueOf(reports, provider, labelAt(origin, t - 4)) - 1
  );
}
