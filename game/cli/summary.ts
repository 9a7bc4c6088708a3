// The distribution of batch outcomes: min, 10th percentile, median, mean, 90th percentile and
// max per provider. Values arrive in seed order and the mean is summed in that order, so the
// summary is the same whatever the number of workers.

import type { Scenario } from '../engine/index.ts';
import { csvLines } from './table.ts';

export interface Distribution {
  min: number;
  p10: number;
  median: number;
  mean: number;
  p90: number;
  max: number;
}

export const STATS = ['min', 'p10', 'median', 'mean', 'p90', 'max'] as const;

/** Linear interpolation between order statistics (the common "type 7" definition). */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) throw new Error('distribution of no values');
  const sorted = values.slice().sort((a, b) => a - b);
  // Summing offsets from the minimum keeps the mean exact when every seed gives the same value
  // (a scenario without random events) instead of drifting in the last digits.
  const min = sorted[0]!;
  let offsets = 0;
  for (const v of values) offsets += v - min;
  return {
    min,
    p10: quantile(sorted, 0.1),
    median: quantile(sorted, 0.5),
    mean: min + offsets / values.length,
    p90: quantile(sorted, 0.9),
    max: sorted[sorted.length - 1]!,
  };
}

export interface BatchSummary {
  scenario: string;
  seeds: { from: number; to: number; count: number };
  quarters: number;
  units: { finalIaasShare: string; cumulativeEbita: string };
  providers: Record<string, { finalIaasShare: Distribution; cumulativeEbita: Distribution }>;
}

/** `outcomes[i]` is seed i's final shares and cumulative EBITA, in scenario provider order. */
export function summarise(
  scenario: Scenario,
  seeds: { from: number; to: number },
  quarters: number,
  outcomes: readonly { iaasShare: readonly number[]; cumEbita: readonly number[] }[],
): BatchSummary {
  const providers: BatchSummary['providers'] = {};
  scenario.providers.forEach((spec, p) => {
    providers[spec.id] = {
      finalIaasShare: distribution(outcomes.map((o) => o.iaasShare[p]!)),
      cumulativeEbita: distribution(outcomes.map((o) => o.cumEbita[p]!)),
    };
  });
  return {
    scenario: scenario.id,
    seeds: { ...seeds, count: outcomes.length },
    quarters,
    units: {
      finalIaasShare: 'fraction of IaaS revenue in the last quarter',
      cumulativeEbita: 'CNY B over the quarters played',
    },
    providers,
  };
}

export const SUMMARY_CSV_HEADER = ['provider', 'metric', 'unit', ...STATS];

export function summaryCsv(summary: BatchSummary): string {
  const rows = Object.entries(summary.providers).flatMap(([id, d]) => [
    [id, 'final_iaas_share', 'fraction', ...STATS.map((s) => d.finalIaasShare[s])],
    [id, 'cumulative_ebita', 'CNY B', ...STATS.map((s) => d.cumulativeEbita[s])],
  ]);
  return csvLines(SUMMARY_CSV_HEADER, rows);
}
