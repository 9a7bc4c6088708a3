// Fits the calibrated residual (an offset and a drift per provider, MODEL.md §2.13 step 3) so
// the history run hits the half-year share targets. Each iteration fits a straight line through
// each provider's log share errors over time and moves the offset and drift by a damped step of
// it, a BLP-style contraction on two parameters per provider. The fringe (OTH) is the
// normalisation and has no residual.

import { quarterIndex, tOf } from '../engine/index.ts';
import type { Scenario } from '../engine/index.ts';
import { halfYearShare, historyReports } from './history-run.ts';

export type Residuals = Record<string, { offset: number; drift: number }>;

export interface HalfYearTarget {
  year: number;
  half: 1 | 2;
  shares: Readonly<Record<string, number>>;
  /** Summed share of IDC's top five (ALI, HUA, CTC, TEN, AWS), where sourced. */
  top5?: number;
}

export function withResiduals(scenario: Scenario, residuals: Residuals): Scenario {
  return {
    ...scenario,
    providers: scenario.providers.map((p) =>
      residuals[p.id] ? { ...p, residual: residuals[p.id]! } : p,
    ),
  };
}

export interface FitProgress {
  iteration: number;
  worst: number; // largest log error over providers and targets
}

const STEP = 0.35;

export function fitResiduals(
  scenario: Scenario,
  targets: readonly HalfYearTarget[],
  iterations = 300,
  onProgress?: (p: FitProgress) => void,
): Residuals {
  const residuals: Residuals = Object.fromEntries(
    scenario.providers.map((p) => [p.id, { ...p.residual }]),
  );
  const ids = [...new Set(targets.flatMap((t) => Object.keys(t.shares)))].filter(
    (id) => id !== 'OTH',
  );
  const freeze = tOf(scenario.origin, scenario.market.residualFreeze);
  // Mid-point of each half year in quarters from the origin (drift stops at the freeze).
  const timeOf = (t: HalfYearTarget): number =>
    Math.min(
      freeze,
      quarterIndex(`${t.year}Q${t.half === 1 ? 1 : 3}`) - quarterIndex(scenario.origin) + 0.5,
    );
  const horizon = Math.max(...targets.map((t) => tOf(scenario.origin, `${t.year}Q${t.half * 2}`)));
  for (let i = 0; i < iterations; i++) {
    const reports = historyReports(withResiduals(scenario, residuals), horizon);
    let worst = 0;
    for (const id of ids) {
      const points = targets
        .filter((t) => t.shares[id] !== undefined)
        .map((t) => ({
          time: timeOf(t),
          error: Math.log(t.shares[id]!) - Math.log(halfYearShare(reports, id, t.year, t.half)),
        }));
      for (const p of points) worst = Math.max(worst, Math.abs(p.error));
      const meanTime = points.reduce((s, p) => s + p.time, 0) / points.length;
      const meanError = points.reduce((s, p) => s + p.error, 0) / points.length;
      let covariance = 0;
      let variance = 0;
      for (const p of points) {
        covariance += (p.time - meanTime) * (p.error - meanError);
        variance += (p.time - meanTime) ** 2;
      }
      const slope = variance > 0 ? covariance / variance : 0;
      const r = residuals[id]!;
      residuals[id] = {
        offset: r.offset + STEP * (meanError - slope * meanTime),
        drift: r.drift + STEP * slope,
      };
    }
    onProgress?.({ iteration: i + 1, worst });
    if (worst < 2e-4) break;
  }
  return residuals;
}
