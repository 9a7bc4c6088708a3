// explain: why a provider's IaaS share of one segment moved this quarter. The quarter's share
// rule is a function G of named inputs (utility components, prices, demand volumes, starting
// shares). We walk from last quarter's inputs to this quarter's one named group at a time;
// each step's change in G is that group's contribution. The walk is done in the declared
// order and in reverse and the two are averaged, which removes most of the order bias; both
// walks telescope, so the parts sum to the actual change up to rounding (about 1e-15).

import { allSwitches, DRIVERS, GROUPS, pricesUnder, utilityUnder } from './attribution.ts';
import type { Driver, Group, Switches } from './attribution.ts';
import { updateShares } from './choice.ts';
import type { MarketReport, QuarterReport } from './report.ts';
import { revenueShares } from './segment-share.ts';

export { DRIVERS };
export type { Driver };

export interface Attribution {
  provider: string;
  segment: string;
  before: number; // revenue share last quarter (fraction)
  after: number; // revenue share this quarter (fraction)
  parts: Record<Driver, number>; // fractions (0.01 = one percentage point)
}

function shareUnder(markets: readonly MarketReport[], provider: number, on: Switches): number {
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
  return revenueShares(lineShares, volumes, prices)[provider]!;
}

function walk(
  markets: readonly MarketReport[],
  provider: number,
  order: readonly Group[],
): Record<Group, number> {
  const on = allSwitches(false);
  const parts = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>;
  let current = shareUnder(markets, provider, on);
  for (const group of order) {
    on[group] = true;
    const next = shareUnder(markets, provider, on);
    parts[group] = next - current;
    current = next;
  }
  return parts;
}

/** Attribution of provider's IaaS share change in one segment (lines C and S). */
export function explain(report: QuarterReport, providerId: string, segmentId: string): Attribution {
  const provider = report.providers.findIndex((p) => p.id === providerId);
  if (provider < 0) throw new Error(`explain: no provider ${providerId} in this report`);
  const markets = report.markets.filter((m) => m.segment === segmentId && m.line < 2);
  if (markets.length === 0) throw new Error(`explain: no segment ${segmentId} in this report`);
  const before = revenueShares(
    markets.map((m) => m.previous),
    markets.map((m) => m.previousServedTotal),
    markets.map((m) => m.previousPrices),
  )[provider]!;
  const after = revenueShares(
    markets.map((m) => m.share),
    markets.map((m) => m.served.reduce((a, b) => a + b, 0)),
    markets.map((m) => m.prices),
  )[provider]!;
  const none = allSwitches(false);
  const all = allSwitches(true);
  const start = shareUnder(markets, provider, none);
  const end = shareUnder(markets, provider, all);
  const forward = walk(markets, provider, GROUPS);
  const backward = walk(markets, provider, [...GROUPS].reverse());
  const parts = { inertia: start - before } as Record<Driver, number>;
  for (const g of GROUPS) parts[g] = (forward[g] + backward[g]) / 2;
  // Rationing and spill-over act after allocation: what the served share differs from the
  // allocated one is capacity's doing too.
  parts.capacity += after - end;
  return { provider: providerId, segment: segmentId, before, after, parts };
}

export function attributionTotal(a: Attribution): number {
  let total = 0;
  for (const d of DRIVERS) total += a.parts[d];
  return total;
}
