// Demand and choice in every market: the segment's spend grows, a big customer may leave,
// realised volume answers the average price, and the logit share rule with switching costs
// allocates this quarter's volume among the sellers (before capacity rationing).

import { updateShares } from './choice.ts';
import { indexOf, marketOf } from './indices.ts';
import type { AnchorLoss } from './one-off-events.ts';
import type { MarketReport } from './report.ts';
import type { GameState, MarketState, ProviderState, Scenario } from './types.ts';
import { LINES } from './types.ts';
import { totalUtility, utilityComponents } from './utility.ts';
import type { World } from './world.ts';

/** CNY 1B spent at CNY 1 per million tokens buys 1,000 trillion tokens (the T-line unit). */
const TOKENS_PER_CNY_B_AT_UNIT_PRICE = 1000;

export interface Allocation {
  markets: MarketState[];
  reports: MarketReport[];
  /** Allocated volume [market][provider], before rationing. */
  allocated: number[][];
  /** Logit target for contestable demand [market][provider]. */
  targets: number[][];
}

export function allocateMarkets(
  scenario: Scenario,
  state: GameState,
  provisional: GameState,
  world: World,
  providers: readonly ProviderState[],
  trustShock: readonly number[],
  anchorLoss: readonly AnchorLoss[],
): Allocation {
  const index = indexOf(scenario);
  const P = index.providerCount;
  const prices = providers.map((p) => p.price);
  const inputs = {
    prices,
    network: state.providers.map((p) => p.last.network),
    openModelFloor: provisional.openModelFloor,
  };
  const markets: MarketState[] = [];
  const reports: MarketReport[] = [];
  const allocated: number[][] = []; // [market][provider] volume
  const targets: number[][] = [];
  // Per line, this quarter's and last quarter's price of every provider: the same for every
  // segment, so gathered once here and copied into each market's report.
  const linePrices = LINES.map((_, k) => prices.map((row) => row[k]!));
  const previousLinePrices = LINES.map((_, k) => state.providers.map((p) => p.price[k]!));
  for (let s = 0; s < index.segmentCount; s++) {
    const seg = scenario.segments[s]!;
    const yearRate = growthRate(seg.growth, world.year) * world.growthMultiplier[s]!;
    for (let k = 0; k < LINES.length; k++) {
      const m = marketOf(s, k);
      const prevMarket = state.markets[m]!;
      const line = scenario.lines[LINES[k]!];
      // Sellers of the line; nobody sells tokens before the token market opens.
      const active =
        k < 2 || world.tokenOpen ? index.sells[k]!.slice() : index.sells[k]!.map(() => false);
      let startShare = prevMarket.share.slice();
      let spendRef =
        k === 2
          ? world.tokenSpend * seg.tokenWeight
          : prevMarket.spendRef * Math.pow(1 + yearRate, 0.25);
      for (const loss of anchorLoss)
        if (loss.s === s && k < 2) {
          const moved = loss.fraction * startShare[loss.p]!;
          if (loss.to !== undefined && active[loss.to]) {
            // The customer's workloads move to the recipient: shares shift, the market stays.
            startShare = startShare.map((v, p) =>
              p === loss.p ? v - moved : p === loss.to ? v + moved : v,
            );
          } else {
            // In-sourced: the workloads leave the public-cloud market altogether.
            spendRef *= 1 - moved;
            startShare = startShare.map((v, p) => (p === loss.p ? v - moved : v) / (1 - moved));
          }
        }
      const reference = world.referencePrice[k]!;
      const weights = sumOf(startShare) > 0 ? startShare : active.map((a) => (a ? 1 : 0));
      const weightTotal = sumOf(weights);
      let averagePrice = 0;
      for (let p = 0; p < P; p++)
        if (active[p]) averagePrice += (weights[p]! / weightTotal) * prices[p]![k]!;
      const spendLevel = spendRef * world.demandMultiplier[s]![k]!;
      const anyActive = active.some(Boolean);
      const demand =
        anyActive && spendLevel > 0
          ? ((spendLevel * (k === 2 ? TOKENS_PER_CNY_B_AT_UNIT_PRICE : 1)) / reference) *
            Math.pow(averagePrice / reference, seg.elasticity[LINES[k]!])
          : 0;
      // Contestable new demand comes from the market's underlying growth (volume at reference
      // prices), not from volume that this quarter's prices call forth: otherwise a provider's
      // own price cut could reshuffle the locked-in base against it.
      const underlying =
        anyActive && spendLevel > 0
          ? (spendLevel * (k === 2 ? TOKENS_PER_CNY_B_AT_UNIT_PRICE : 1)) / reference
          : 0;
      const growth =
        prevMarket.underlying > 0 ? Math.max(0, underlying / prevMarket.underlying - 1) : 1;
      const contestable = prevMarket.underlying > 0 ? (seg.contestable * growth) / (1 + growth) : 1;
      const churn = Math.min(0.8, seg.churn * line.chiMult);
      const switchingCost = seg.switchingCost * line.switchingMult;
      const utility = utilityComponents(scenario, provisional, world, inputs, s, k);
      const update = updateShares(
        totalUtility(utility),
        active,
        startShare,
        churn,
        switchingCost,
        contestable,
      );
      targets.push(update.target);
      allocated.push(update.share.map((share) => share * demand));
      reports.push({
        segment: seg.id,
        line: k,
        demand,
        previousDemand: prevMarket.demand,
        previousServedTotal: prevMarket.servedTotal,
        contestable,
        churn,
        beta: seg.beta * line.betaMult,
        referenceChange: world.referencePrice[k]! / world.previousReferencePrice[k]!,
        switchingCost,
        active,
        previous: prevMarket.share.slice(),
        start: startShare,
        target: update.target,
        allocatedShare: update.share,
        served: [],
        share: [],
        shortfall: [],
        spilledIn: [],
        lost: 0,
        prices: linePrices[k]!.slice(),
        previousPrices: previousLinePrices[k]!.slice(),
        utility,
        trustShockUtility: trustShock.map((shock) => seg.theta.trust * shock),
        previousUtility: prevMarket.utility,
        spend: 0,
      });
      markets.push({
        share: [],
        demand,
        underlying,
        servedTotal: 0,
        spendRef,
        shortfall: [],
        utility,
      });
    }
  }

  return { markets, reports, allocated, targets };
}

function sumOf(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Growth rate for a calendar year: the latest listed year at or before it (else the first). */
export function growthRate(table: readonly { year: number; rate: number }[], year: number): number {
  let rate = table[0]?.rate ?? 0;
  for (const row of table) if (row.year <= year) rate = row.rate;
  return rate;
}
