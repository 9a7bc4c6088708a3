// The provider's own compute and storage price move of a quarter, read from its report: against
// the market's reference path (what moves shares) and in list price (what each unit earns).
// Pure, for the projection, the report and any server that explains a quarter.

import type { QuarterReport } from '../engine/index.ts';

/** An own price move, revenue-weighted over lines C and S (fractions: -0.4 = 40 % down). */
export interface PriceMove {
  /** Against the market's reference path: -0.4 = 40 % below the path it was on. */
  path: number;
  /** List price against last quarter: what each unit now earns. */
  list: number;
}

export function ownPriceMove(report: QuarterReport, provider: string): PriceMove {
  const p = report.providers.findIndex((x) => x.id === provider);
  let path = 0;
  let list = 0;
  let weight = 0;
  for (const m of report.markets) {
    if (m.line >= 2 || !m.active[p]) continue;
    const before = m.previousPrices[p]!;
    if (!(before > 0)) continue;
    const change = m.prices[p]! / before;
    const revenue = m.prices[p]! * m.served[p]!;
    path += (change / m.referenceChange - 1) * revenue;
    list += (change - 1) * revenue;
    weight += revenue;
  }
  return weight > 0 ? { path: path / weight, list: list / weight } : { path: 0, list: 0 };
}
