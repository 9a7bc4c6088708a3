// explain: why a provider's IaaS share of one segment moved this quarter. The quarter's share
// rule is a function G of named inputs (utility components, prices, demand volumes, starting
// shares). We walk from last quarter's inputs to this quarter's one named group at a time;
// each step's change in G is that group's contribution. The walk is done in the declared
// order and in reverse and the two are averaged, which removes most of the order bias; both
// walks telescope, so the parts sum to the actual change up to rounding (about 1e-15).

import { updateShares } from './choice.ts';
import type { MarketReport, QuarterReport } from './report.ts';
import { revenueShares } from './segment-share.ts';
import {
  C_CAPACITY,
  C_CONSTANT,
  C_DRIFT,
  C_ECOSYSTEM,
  C_EVENTS,
  C_INTEGRATION,
  C_PRICE,
  C_QUALITY,
  C_TRUST,
} from './utility.ts';

export const DRIVERS = [
  'inertia',
  'price',
  'rivalPrices',
  'quality',
  'ecosystem',
  'trust',
  'integration',
  'capacity',
  'demandMix',
  'events',
  'drift',
] as const;
export type Driver = (typeof DRIVERS)[number];

/** Drivers stepped along the path (inertia and the capacity remainder are the two ends). */
const PATH_GROUPS = [
  'price',
  'rivalPrices',
  'quality',
  'ecosystem',
  'trust',
  'integration',
  'capacity',
  'demandMix',
  'events',
  'drift',
] as const;
type PathGroup = (typeof PATH_GROUPS)[number];

const COMPONENT_GROUP: Partial<Record<number, PathGroup>> = {
  [C_QUALITY]: 'quality',
  [C_ECOSYSTEM]: 'ecosystem',
  [C_TRUST]: 'trust',
  [C_INTEGRATION]: 'integration',
  [C_CAPACITY]: 'capacity',
  [C_EVENTS]: 'events',
  [C_DRIFT]: 'drift',
};

export interface Attribution {
  provider: string;
  segment: string;
  before: number; // revenue share last quarter (fraction)
  after: number; // revenue share this quarter (fraction)
  parts: Record<Driver, number>; // fractions (0.01 = one percentage point)
}

type Switches = Record<PathGroup, boolean>;

function shareUnder(markets: readonly MarketReport[], provider: number, on: Switches): number {
  const lineShares: number[][] = [];
  const volumes: number[] = [];
  const prices: number[][] = [];
  for (const m of markets) {
    const count = m.active.length;
    const utility = new Array<number>(count).fill(0);
    // A price that is 'not yet changed' still follows the market's reference path: the drift
    // shared by all cannot move logit shares, so price and rivals' prices book only each
    // seller's deviation from it.
    const drift = m.referenceChange;
    const price = m.prices.map((after, p) =>
      (p === provider ? on.price : on.rivalPrices) ? after : m.previousPrices[p]! * drift,
    );
    for (let c = 0; c < m.utility.length; c++) {
      const after = m.utility[c]!;
      const before = m.previousUtility[c] ?? after;
      for (let p = 0; p < count; p++) {
        if (!m.active[p]) continue;
        if (c === C_PRICE) utility[p]! += m.beta * Math.log(price[p]!);
        else if (c === C_CONSTANT) utility[p]! += after[p]!;
        else if (c === C_TRUST) {
          // An outage's hit to trust is the event's doing; the rest is trust building.
          const shock = m.trustShockUtility[p]!;
          utility[p]! += (on.trust ? after[p]! - shock : before[p]!) + (on.events ? shock : 0);
        } else utility[p]! += on[COMPONENT_GROUP[c]!] ? after[p]! : before[p]!;
      }
    }
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
  order: readonly PathGroup[],
): Record<PathGroup, number> {
  const on = Object.fromEntries(PATH_GROUPS.map((g) => [g, false])) as Switches;
  const parts = Object.fromEntries(PATH_GROUPS.map((g) => [g, 0])) as Record<PathGroup, number>;
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
  const none = Object.fromEntries(PATH_GROUPS.map((g) => [g, false])) as Switches;
  const all = Object.fromEntries(PATH_GROUPS.map((g) => [g, true])) as Switches;
  const start = shareUnder(markets, provider, none);
  const end = shareUnder(markets, provider, all);
  const forward = walk(markets, provider, PATH_GROUPS);
  const backward = walk(markets, provider, [...PATH_GROUPS].reverse());
  const parts = { inertia: start - before } as Record<Driver, number>;
  for (const g of PATH_GROUPS) parts[g] = (forward[g] + backward[g]) / 2;
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
