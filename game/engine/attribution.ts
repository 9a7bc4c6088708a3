// What explain (one quarter) and attributeTrajectory (a span) share: the named groups of
// inputs a share change is split into, and the utility of every seller with each group either
// at its new value or at its baseline.

import { log } from './portable-math.ts';
import type { MarketReport } from './report.ts';
import {
  C_CAPACITY,
  C_CONSTANT,
  C_DRIFT,
  C_ECOSYSTEM,
  C_EVENTS,
  C_IN_SOURCING,
  C_INTEGRATION,
  C_PRICE,
  C_QUALITY,
  C_STATE_BUYERS,
  C_TRUST,
} from './utility.ts';

/** Groups switched on one at a time along the path (inertia is the path's starting gap). */
export const GROUPS = [
  'ownPrices',
  'rivalPrices',
  'quality',
  'ecosystem',
  'trust',
  'projects',
  'capacity',
  'demandMix',
  'events',
  // Named trends (TREND_DRIVERS in types.ts): gradual causes that facts name.
  'stateBuyers',
  'inSourcing',
  'drift',
] as const;
export type Group = (typeof GROUPS)[number];

/** A driver a player sees: one of the groups (explain.ts lists them as DRIVERS). */
export type Driver = Group;
export type Switches = Record<Group, boolean>;

/** Which share an attribution explains: served volume (RSU) or IaaS revenue. */
export type ShareMeasure = 'volume' | 'revenue';
export const SHARE_MEASURES: readonly ShareMeasure[] = ['volume', 'revenue'];

const COMPONENT_GROUP: Partial<Record<number, Group>> = {
  [C_QUALITY]: 'quality',
  [C_ECOSYSTEM]: 'ecosystem',
  [C_TRUST]: 'trust',
  [C_INTEGRATION]: 'projects',
  [C_CAPACITY]: 'capacity',
  [C_EVENTS]: 'events',
  [C_STATE_BUYERS]: 'stateBuyers',
  [C_IN_SOURCING]: 'inSourcing',
  [C_DRIFT]: 'drift',
};

export function allSwitches(value: boolean): Switches {
  return Object.fromEntries(GROUPS.map((g) => [g, value])) as Switches;
}

/**
 * Each seller's price with the price groups on or off: a price 'not yet changed' still follows
 * the market's reference path (`drift`, the product of reference changes since the baseline),
 * because a drift shared by all cannot move logit shares.
 */
export function pricesUnder(
  m: MarketReport,
  provider: number,
  on: Switches,
  baseline: readonly number[],
  drift: number,
): number[] {
  return m.prices.map((after, p) =>
    (p === provider ? on.ownPrices : on.rivalPrices) ? after : baseline[p]! * drift,
  );
}

/**
 * Utility of every seller in market `m` with each group at its recorded value (on) or at
 * `baseline[component][provider]` (off). `trustShock[p]` is the part of the recorded trust
 * utility that events caused (outages): it belongs to events, the rest to trust.
 */
export function utilityUnder(
  m: MarketReport,
  on: Switches,
  price: readonly number[],
  baseline: readonly (readonly number[] | undefined)[],
  trustShock: readonly number[],
): number[] {
  const count = m.active.length;
  const utility = new Array<number>(count).fill(0);
  for (let c = 0; c < m.utility.length; c++) {
    const after = m.utility[c]!;
    const before = baseline[c] ?? after;
    for (let p = 0; p < count; p++) {
      if (!m.active[p]) continue;
      if (c === C_PRICE) utility[p]! += m.beta * log(price[p]!);
      else if (c === C_CONSTANT) utility[p]! += after[p]!;
      else if (c === C_TRUST) {
        const shock = trustShock[p]!;
        utility[p]! += (on.trust ? after[p]! - shock : before[p]!) + (on.events ? shock : 0);
      } else utility[p]! += on[COMPONENT_GROUP[c]!] ? after[p]! : before[p]!;
    }
  }
  return utility;
}
