// explainQuarter: why a share moved in one quarter, crediting switching dynamics to their
// causes (a distributed-lag attribution). Customers switch over several quarters, so a share
// this quarter still moves on gaps that earlier price cuts, quality gains or outages opened.
// A one-quarter walk (explain.ts) books that catch-up to "inertia"; here a quarter's part of a
// driver is how much the driver's cumulative effect since the game's origin grew this quarter:
//   part_d(t) = A_d(origin..t) - A_d(origin..t-1),
// where A is attributeTrajectory over the span. The lagged share is itself a sum of earlier
// drivers' contributions, so a cut's gains in later quarters are credited to the cut.
// Telescoping keeps the exact sum: Σ_d part_d(t) = share(t) - share(t-1).
// Every A(origin..t) comes from one forward pass (attributePrefixes), so explaining all T
// quarters costs O(T), not the O(T²) of re-running the span from the origin for each quarter.

import { GROUPS as DRIVERS } from './attribution.ts';
import type { Driver, ShareMeasure } from './attribution.ts';
import type { Attribution } from './explain.ts';
import type { QuarterReport } from './report.ts';
import { attributePrefixes } from './trajectory.ts';
import type { TrajectoryAttribution } from './trajectory.ts';

export interface QuarterOptions {
  measure?: ShareMeasure;
  /** One segment's share; the provider's share of the whole IaaS market when left out. */
  segment?: string | undefined;
}

/**
 * The cumulative attributions from the origin to each quarter of `reports`, with the
 * frozen-input path's own movement (new demand arriving at a changing rate moves the resting
 * point) counted as demand growth.
 */
function cumulative(
  reports: readonly QuarterReport[],
  providerId: string,
  options: QuarterOptions,
): TrajectoryAttribution[] {
  return attributePrefixes(reports, providerId, options).map((a) => ({
    ...a,
    parts: { ...a.parts, demandMix: a.parts.demandMix + a.carried },
    carried: 0,
  }));
}

/**
 * Attribution of quarter `index` of `reports`, which must run from the game's origin (the
 * engine's history reports, then the played ones) so that no gap predates them.
 */
export function explainQuarter(
  reports: readonly QuarterReport[],
  index: number,
  providerId: string,
  options: QuarterOptions = {},
): Attribution {
  const report = reports[index];
  if (!report) throw new Error(`explainQuarter: no quarter ${index} (have ${reports.length})`);
  const measure = options.measure ?? 'revenue';
  const { before, after, parts } = explainSpan(reports, index, index, providerId, options);
  return {
    provider: providerId,
    segment: options.segment,
    measure,
    before,
    after,
    parts,
    carried: 0,
  };
}

/** Sum over quarters `from..to` (inclusive) of the lagged attributions, per driver. */
export function explainSpan(
  reports: readonly QuarterReport[],
  from: number,
  to: number,
  providerId: string,
  options: QuarterOptions = {},
): { before: number; after: number; parts: Record<Driver, number> } {
  const all = cumulative(reports.slice(0, to + 1), providerId, options);
  const end = all[to]!;
  const parts = { ...end.parts };
  let before = end.before;
  if (from > 0) {
    const start = all[from - 1]!;
    for (const d of DRIVERS) parts[d] -= start.parts[d];
    before = start.after;
  }
  return { before, after: end.after, parts };
}

/**
 * explainQuarter for every quarter of `reports` at once, from one pass over the span: entry i
 * is quarter i's lagged attribution.
 */
export function explainAll(
  reports: readonly QuarterReport[],
  providerId: string,
  options: QuarterOptions = {},
): { before: number; after: number; parts: Record<Driver, number> }[] {
  const all = cumulative(reports, providerId, options);
  return all.map((now, i) => {
    const then = i > 0 ? all[i - 1] : undefined;
    const parts = { ...now.parts };
    if (then) for (const d of DRIVERS) parts[d] -= then.parts[d];
    return { before: then ? then.after : now.before, after: now.after, parts };
  });
}
