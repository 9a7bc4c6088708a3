// How much of the history run's share movement the attribution leaves to unexplained drift:
// sum over providers and quarters of |drift part| against sum of |share change|, per segment
// and for the whole IaaS market, for either share measure (issue 7, item 2).

import { DRIVERS, explainAll } from '../engine/index.ts';
import type { Driver, QuarterReport, ShareMeasure } from '../engine/index.ts';

export interface DriftAudit {
  segment: string | undefined; // undefined: the whole IaaS market
  measure: ShareMeasure;
  /** Σ over providers and quarters of |share change|. */
  change: number;
  /** Σ over providers and quarters of |part|, per driver. */
  parts: Record<Driver, number>;
  /** parts.drift / change. */
  driftShare: number;
}

export function driftAudit(
  reports: readonly QuarterReport[],
  measure: ShareMeasure,
  segment: string | undefined,
): DriftAudit {
  const parts = Object.fromEntries(DRIVERS.map((d) => [d, 0])) as Record<Driver, number>;
  let change = 0;
  for (const p of reports[0]!.providers) {
    for (const q of explainAll(reports, p.id, { measure, segment })) {
      change += Math.abs(q.after - q.before);
      for (const d of DRIVERS) parts[d] += Math.abs(q.parts[d]);
    }
  }
  return { segment, measure, change, parts, driftShare: change > 0 ? parts.drift / change : 0 };
}
