// Theory benchmarks for the debrief: in each market, the static Bertrand equilibrium of a logit
// demand with log-price utility, given every provider's current unit cost and non-price
// attractiveness. Each seller's own-price elasticity is e = β(1-s) + εs, so its best price is
// p = c·|e|/(|e|-1) and its Lerner index (p-c)/p = 1/|e| (MODEL.md §2.7). Found by damped
// fixed-point iteration on prices.

import { log } from './portable-math.ts';
import { logitTarget } from './choice.ts';
import { indexOf, marketOf } from './indices.ts';
import type { GameState, Scenario } from './types.ts';
import { LINES } from './types.ts';
import { C_PRICE } from './utility.ts';

export interface BenchmarkSeller {
  id: string;
  cost: number;
  price: number; // equilibrium
  share: number; // equilibrium volume share
  lerner: number; // equilibrium
  currentPrice: number;
  currentLerner: number; // (p - c)/p at today's price
}

export interface MarketBenchmark {
  segment: string;
  line: string;
  sellers: BenchmarkSeller[];
  converged: boolean;
  /** True when some seller faces inelastic demand (|e| ≤ 1): no finite best price; capped. */
  capped: boolean;
}

const MAX_MARKUP = 20;

export function benchmarks(scenario: Scenario, state: GameState): MarketBenchmark[] {
  const index = indexOf(scenario);
  const result: MarketBenchmark[] = [];
  for (let s = 0; s < index.segmentCount; s++) {
    const seg = scenario.segments[s]!;
    for (let k = 0; k < LINES.length; k++) {
      const line = LINES[k]!;
      const market = state.markets[marketOf(s, k)]!;
      const active = index.sells[k]!.map((sells) => sells && market.demand > 0);
      if (!active.some(Boolean) || market.utility.length === 0) continue;
      const beta = seg.beta * scenario.lines[line].betaMult;
      const epsilon = seg.elasticity[line];
      const base = state.providers.map((_, p) => {
        let v = 0;
        market.utility.forEach((row, c) => {
          if (c !== C_PRICE) v += row[p]!;
        });
        return v;
      });
      const cost = state.providers.map((ps) => Math.max(ps.last.unitCost[k]!, 1e-9));
      let price = state.providers.map((ps) => ps.price[k]!);
      let converged = false;
      let capped = false;
      let shares: number[] = [];
      for (let iteration = 0; iteration < 500; iteration++) {
        shares = logitTarget(
          base.map((v, p) => v + beta * log(price[p]!)),
          active,
        );
        capped = false;
        const next = price.map((p0, p) => {
          if (!active[p]) return p0;
          const e = Math.abs(beta * (1 - shares[p]!) + epsilon * shares[p]!);
          const best = e > 1 ? (cost[p]! * e) / (e - 1) : cost[p]! * MAX_MARKUP;
          if (e <= 1 || best > cost[p]! * MAX_MARKUP) capped = true;
          return 0.5 * p0 + 0.5 * Math.min(best, cost[p]! * MAX_MARKUP);
        });
        let change = 0;
        next.forEach((v, p) => (change = Math.max(change, Math.abs(log(v / price[p]!)))));
        price = next;
        if (change < 1e-10) {
          converged = true;
          break;
        }
      }
      const sellers: BenchmarkSeller[] = [];
      scenario.providers.forEach((spec, p) => {
        if (!active[p]) return;
        const current = state.providers[p]!.price[k]!;
        sellers.push({
          id: spec.id,
          cost: cost[p]!,
          price: price[p]!,
          share: shares[p]!,
          lerner: (price[p]! - cost[p]!) / price[p]!,
          currentPrice: current,
          currentLerner: (current - cost[p]!) / current,
        });
      });
      result.push({ segment: seg.id, line, sellers, converged, capped });
    }
  }
  return result;
}
