// What changed in a quarter, for the animation: share flows from the providers who lost share
// in a segment toward those who gained, and the providers whose compute price cut beat the
// market's own price path. Pure.

import type { QuarterReport } from '../../engine/index.ts';
import type { MapModel } from './map-model.ts';

export interface ShareFlow {
  segment: number;
  from: number; // provider index that lost share
  to: number; // provider index that gained share
  /** Share points moved, as a fraction of the segment (0.01 = 1 point). */
  amount: number;
}

export interface PriceCut {
  provider: number;
  /** This quarter's compute price change (-0.15 = cut 15 %). */
  change: number;
}

/**
 * Splits each segment's losses over its gainers in proportion to their gains. Flows under
 * `minAmount` are dropped (they would not be visible).
 */
export function shareFlows(previous: MapModel, next: MapModel, minAmount = 0.001): ShareFlow[] {
  const flows: ShareFlow[] = [];
  const segments = Math.min(previous.segments.length, next.segments.length);
  for (let s = 0; s < segments; s++) {
    const before = previous.segments[s]!.shares;
    const after = next.segments[s]!.shares;
    const n = Math.min(before.length, after.length);
    let gained = 0;
    for (let p = 0; p < n; p++) gained += Math.max(0, after[p]! - before[p]!);
    if (gained <= 0) continue;
    for (let from = 0; from < n; from++) {
      const lost = before[from]! - after[from]!;
      if (lost <= 0) continue;
      for (let to = 0; to < n; to++) {
        const gain = after[to]! - before[to]!;
        if (gain <= 0) continue;
        const amount = (lost * gain) / gained;
        if (amount >= minAmount) flows.push({ segment: s, from, to, amount });
      }
    }
  }
  return flows;
}

/** The market's compute price path this quarter, as a change (-0.05 = the path fell 5 %). */
export function marketPriceChange(report: QuarterReport): number {
  const compute = report.markets.find((m) => m.line === 0);
  return compute && Number.isFinite(compute.referenceChange) ? compute.referenceChange - 1 : 0;
}

/** Providers who cut their compute price by more than the market path fell this quarter. */
export function priceCuts(report: QuarterReport): PriceCut[] {
  const path = marketPriceChange(report);
  const cuts: PriceCut[] = [];
  report.providers.forEach((p, provider) => {
    const change = p.decision.price.C;
    if (Number.isFinite(change) && change < 0 && change < path - 1e-9)
      cuts.push({ provider, change });
  });
  return cuts;
}
