// explain: why a provider's IaaS share of one segment moved in one quarter, seen from that
// quarter alone. The quarter's share rule is a function G of named inputs (utility components,
// prices, demand volumes, starting shares). We walk from last quarter's inputs to this
// quarter's one named group at a time; each step's change in G is that group's contribution.
// The walk is done in the declared order and in reverse and the two are averaged, which removes
// most of the order bias; both walks telescope, so the parts plus `carried` sum to the actual
// change up to rounding (about 1e-15). `carried` is what last quarter's inputs would still have
// done (switching inertia); explainQuarter (lagged.ts) credits it to the drivers that caused it.

import { allSwitches, GROUPS, pricesUnder, utilityUnder } from './attribution.ts';
import type { Driver, Group, ShareMeasure, Switches } from './attribution.ts';
import { updateShares } from './choice.ts';
import type { MarketReport, QuarterReport } from './report.ts';
import { revenueShares } from './segment-share.ts';
import { volumeShares } from './volume-share.ts';

/**
 * The drivers a player sees: the groups. Switching inertia (what last quarter's inputs would
 * still have done) is not a driver of its own in the attributions that know the history: it is
 * credited to the drivers that opened the gap (see trajectory.ts).
 */
export const DRIVERS: typeof GROUPS = GROUPS;
export type { Driver, ShareMeasure };

export interface Attribution {
  provider: string;
  /** Segment id, or undefined for the provider's share of the whole IaaS market. */
  segment: string | undefined;
  measure: ShareMeasure;
  before: number; // share last quarter (fraction)
  after: number; // share this quarter (fraction)
  parts: Record<Driver, number>; // fractions (0.01 = one percentage point)
  /** Catch-up that no driver of this quarter caused (0 where the history is known). */
  carried: number;
}

/** A segment's share by measure: revenue (price x volume) or volume (RSU). */
export function shareBy(
  measure: ShareMeasure,
  lineShares: readonly (readonly number[])[],
  volumes: readonly number[],
  prices: readonly (readonly number[])[],
): number[] {
  return measure === 'revenue'
    ? revenueShares(lineShares, volumes, prices)
    : volumeShares(lineShares, volumes);
}

function shareUnder(
  markets: readonly MarketReport[],
  provider: number,
  on: Switches,
  measure: ShareMeasure,
): number {
  const lineShares: number[][] = [];
  const volumes: number[] = [];
  const prices: number[][] = [];
  for (const m of markets) {
    const price = pricesUnder(m, provider, on, m.previousPrices, m.referenceChange);
    const utility = utilityUnder(m, on, price, m.previousUtility, m.trustShockUtility);
    const start = on.events ? m.start : m.previous;
    const update = updateShares(utility, m.active, start, m.churn, m.switchingCost, m.contestable);
    lineShares.push(update.share);
    volumes.push(on.demandMix ? m.demand : m.previousDemand);
    prices.push(price);
  }
  return shareBy(measure, lineShares, volumes, prices)[provider]!;
}

function walk(
  markets: readonly MarketReport[],
  provider: number,
  order: readonly Group[],
  measure: ShareMeasure,
): Record<Group, number> {
  const on = allSwitches(false);
  const parts = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>;
  let current = shareUnder(markets, provider, on, measure);
  for (const group of order) {
    on[group] = true;
    const next = shareUnder(markets, provider, on, measure);
    parts[group] = next - current;
    current = next;
  }
  return parts;
}

/** One-quarter attribution of provider's IaaS share change in one segment (lines C and S). */
export function explain(
  report: QuarterReport,
  providerId: string,
  segmentId: string,
  measure: ShareMeasure = 'revenue',
): Attribution {
  const provider = report.providers.findIndex((p) => p.id === providerId);
  if (provider < 0) throw new Error(`explain: no provider ${providerId} in this report`);
  const markets = report.markets.filter((m) => m.segment === segmentId && m.line < 2);
  if (markets.length === 0) throw new Error(`explain: no segment ${segmentId} in this report`);
  const before = shareBy(
    measure,
    markets.map((m) => m.previous),
    markets.map((m) => m.previousServedTotal),
    markets.map((m) => m.previousPrices),
  )[provider]!;
  const after = shareBy(
    measure,
    markets.map((m) => m.share),
    markets.map((m) => m.served.reduce((a, b) => a + b, 0)),
    markets.map((m) => m.prices),
  )[provider]!;
  const start = shareUnder(markets, provider, allSwitches(false), measure);
  const end = shareUnder(markets, provider, allSwitches(true), measure);
  const forward = walk(markets, provider, GROUPS, measure);
  const backward = walk(markets, provider, [...GROUPS].reverse(), measure);
  const parts = {} as Record<Driver, number>;
  for (const g of GROUPS) parts[g] = (forward[g] + backward[g]) / 2;
  // Rationing and spill-over act after allocation: what the served share differs from the
  // allocated one is capacity's doing too.
  parts.capacity += after - end;
  return {
    provider: providerId,
    segment: segmentId,
    measure,
    before,
    after,
    parts,
    carried: start - before,
  };
}

/** Sum of the parts and the carried catch-up: equals after - before. */
export function attributionTotal(a: Attribution): number {
  let total = a.carried;
  for (const d of DRIVERS) total += a.parts[d];
  return total;
}
