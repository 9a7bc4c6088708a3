// The calibration figures of DESIGN.md §3 and MODEL.md §2.15.8, measured on a history run.

import { attributeTrajectory } from '../engine/index.ts';
import type { Driver, Scenario } from '../engine/index.ts';
import { halfYearShare, historyReports, yoy } from './history-run.ts';

export interface CalibrationFigures {
  aliH1_2021: number;
  aliH1_2023: number;
  aliH2_2023: number;
  marketGrowth: number; // mean yearly growth of IaaS spend 2021Q2-2024Q4
  /** Summed H1 2023 share of IDC's top five (ALI, HUA, CTC, TEN, AWS); IDC: 72.4 %. */
  top5H1_2023: number;
  aliRevenueYoy: Record<string, number>;
  attribution: {
    before: number;
    after: number;
    parts: Record<Driver, number>;
    /** Frozen-input movement (catch-up and demand growth): counted, but not as a named driver. */
    carried: number;
    /** Named drivers (all but drift and carried) over the whole change, carried included. */
    namedShare: number;
  };
}

const SLOW_QUARTERS = ['2022Q3', '2022Q4', '2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1'];

export function calibrationFigures(scenario: Scenario): CalibrationFigures {
  const reports = historyReports(scenario, 18);
  const at = (q: string) => reports.find((r) => r.quarter === q);
  const end = at('2024Q4');
  const quarters = reports.indexOf(end!) + 1;
  const marketGrowth = end
    ? Math.pow(end.iaasSpend / scenario.market.size0, 4 / quarters) - 1
    : Number.NaN;
  const aliRevenueYoy = Object.fromEntries(
    [...SLOW_QUARTERS, '2024Q2'].map((q) => [q, yoy(reports, 'ALI', q, scenario.origin)]),
  );
  // 2021Q2 (the origin, end of H1 2021) to 2023Q2 (end of H1 2023).
  const span = reports.slice(0, reports.findIndex((r) => r.quarter === '2023Q2') + 1);
  const trajectory = attributeTrajectory(span, 'ALI');
  const change = trajectory.after - trajectory.before;
  // Honest count: the denominator is the whole recorded change (every driver, drift and the
  // carried catch-up included); only the named drivers are in the numerator.
  const named = Object.entries(trajectory.parts)
    .filter(([driver]) => driver !== 'drift')
    .reduce((sum, [, v]) => sum + v, 0);
  return {
    aliH1_2021: reports[0]!.providers.find((p) => p.id === 'ALI')!.previousIaasShare,
    aliH1_2023: halfYearShare(reports, 'ALI', 2023, 1),
    aliH2_2023: halfYearShare(reports, 'ALI', 2023, 2),
    top5H1_2023: ['ALI', 'HUA', 'CTC', 'TEN', 'AWS'].reduce(
      (sum, id) => sum + halfYearShare(reports, id, 2023, 1),
      0,
    ),
    marketGrowth,
    aliRevenueYoy,
    attribution: {
      before: trajectory.before,
      after: trajectory.after,
      parts: trajectory.parts,
      carried: trajectory.carried,
      namedShare: change !== 0 ? named / change : 0,
    },
  };
}

export { SLOW_QUARTERS };
