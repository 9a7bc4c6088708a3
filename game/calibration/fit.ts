// Fits the calibrated residual (an offset and a drift per provider, MODEL.md §2.13 step 3) so
// the history run hits the H1 and H2 2023 share vectors: a damped fixed-point iteration in the
// spirit of the BLP contraction. The last provider (the fringe, OTH) is the normalisation.

import type { Scenario } from '../engine/index.ts';
import { halfYearShare, historyReports } from './history-run.ts';
import type { ShareTarget } from './targets.ts';

export type Residuals = Record<string, { offset: number; drift: number }>;

export function withResiduals(scenario: Scenario, residuals: Residuals): Scenario {
  return {
    ...scenario,
    providers: scenario.providers.map((p) => (residuals[p.id] ? { ...p, residual: residuals[p.id]! } : p)),
  };
}

export interface FitProgress {
  iteration: number;
  worst: number; // largest log error over providers and halves
}

export function fitResiduals(
  scenario: Scenario,
  targets: { first: ShareTarget; second: ShareTarget; year: number },
  iterations = 300,
  onProgress?: (p: FitProgress) => void,
): Residuals {
  const residuals: Residuals = Object.fromEntries(scenario.providers.map((p) => [p.id, { ...p.residual }]));
  const fitted = Object.keys(targets.first).filter((id) => id !== 'OTH');
  const horizon = scenario.providers.length > 0 ? 12 : 0;
  for (let i = 0; i < iterations; i++) {
    const reports = historyReports(withResiduals(scenario, residuals), horizon);
    let worst = 0;
    for (const id of fitted) {
      const e1 = Math.log(targets.first[id]!) - Math.log(halfYearShare(reports, id, targets.year, 1));
      const e2 = Math.log(targets.second[id]!) - Math.log(halfYearShare(reports, id, targets.year, 2));
      worst = Math.max(worst, Math.abs(e1), Math.abs(e2));
      const r = residuals[id]!;
      residuals[id] = { offset: r.offset + 0.1 * (e1 - 0.5 * (e2 - e1)), drift: r.drift + 0.06 * (e2 - e1) };
    }
    onProgress?.({ iteration: i + 1, worst });
    if (worst < 1e-4) break;
  }
  return residuals;
}
