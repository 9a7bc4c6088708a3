// Demand and choice in every market: the segment's spend grows, a big customer may leave,
// realised volume answers the average price, and the logit share rule with switching costs
// allocates this quarter's volume among the sellers (before capacity rationing).
// Each market is set up (everything this quarter's list prices do not move) and then cleared
// at the prices; the best-responder's forecast sets a market up once and clears it per
// candidate price (policies/forecast.ts).

import { exp, pow } from './portable-math.ts';
import { updateShares, updateSharesInto } from './choice.ts';
import type { ShareUpdate } from './choice.ts';
import { indexOf, marketOf } from './indices.ts';
import type { AnchorLoss } from './one-off-events.ts';
import type { MarketReport } from './report.ts';
import type { GameState, MarketState, ProviderState, Scenario } from './types.ts';
import { LINES } from './types.ts';
import { totalUtility, utilityComponents, withTerms } from './utility.ts';
import type { UtilityInputs } from './utility.ts';
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

/** One market's quarter before prices clear it. */
export interface MarketSetup {
  segment: number;
  line: number;
  /** Sellers this quarter; nobody sells tokens before the token market opens. */
  active: boolean[];
  /** Shares the quarter starts from, after any big customer left. */
  startShare: number[];
  spendRef: number;
  /** Weights of the average price: the starting shares, or equal weights in a new market. */
  weights: number[];
  weightTotal: number;
  /** Whether anyone sells and there is spend: otherwise demand is 0. */
  priced: boolean;
  /** Volume at the reference price (CNY B / reference, tokens scaled to their unit). */
  underlying: number;
  reference: number;
  elasticity: number;
  /** β of the line in this segment (utility per unit of log price). */
  beta: number;
  contestable: number;
  churn: number;
  switchingCost: number;
  /** exp(−switchingCost), taken once for every clearing of the market. */
  stay: number;
  /** Utility components [component][provider] at this quarter's list prices. */
  utility: number[][];
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
  const prices = providers.map((p) => p.price);
  const inputs = utilityInputs(scenario, state, provisional, prices);
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
    for (let k = 0; k < LINES.length; k++) {
      const m = marketOf(s, k);
      const prevMarket = state.markets[m]!;
      const setup = setUpMarket(scenario, state, provisional, world, inputs, anchorLoss, s, k);
      const { demand, update } = clearMarket(setup, prices, totalUtility(setup.utility));
      targets.push(update.target);
      const volume = new Array<number>(update.share.length);
      for (let p = 0; p < volume.length; p++) volume[p] = update.share[p]! * demand;
      allocated.push(volume);
      reports.push({
        segment: seg.id,
        line: k,
        demand,
        previousDemand: prevMarket.demand,
        previousServedTotal: prevMarket.servedTotal,
        contestable: setup.contestable,
        churn: setup.churn,
        beta: setup.beta,
        referenceChange: world.referencePrice[k]! / world.previousReferencePrice[k]!,
        switchingCost: setup.switchingCost,
        active: setup.active,
        previous: prevMarket.share.slice(),
        start: setup.startShare,
        target: update.target,
        allocatedShare: update.share,
        served: [],
        share: [],
        shortfall: [],
        spilledIn: [],
        lost: 0,
        prices: linePrices[k]!.slice(),
        previousPrices: previousLinePrices[k]!.slice(),
        utility: setup.utility,
        trustShockUtility: trustShock.map((shock) => seg.theta.trust * shock),
        previousUtility: prevMarket.utility,
        spend: 0,
      });
      markets.push({
        share: [],
        demand,
        underlying: setup.underlying,
        servedTotal: 0,
        spendRef: setup.spendRef,
        shortfall: [],
        utility: setup.utility,
      });
    }
  }

  return { markets, reports, allocated, targets };
}

/**
 * What utility reads besides the state: this quarter's prices, last quarter's networks, and the
 * logarithms of `provisional`'s providers that every market shares (taken once).
 */
export function utilityInputs(
  scenario: Scenario,
  state: GameState,
  provisional: GameState,
  prices: number[][],
): UtilityInputs {
  return withTerms(scenario, provisional, {
    prices,
    network: state.providers.map((p) => p.last.network),
    openModelFloor: provisional.openModelFloor,
  });
}

/** Everything about market (s, k) this quarter that its list prices do not move. */
export function setUpMarket(
  scenario: Scenario,
  state: GameState,
  provisional: GameState,
  world: World,
  inputs: UtilityInputs,
  anchorLoss: readonly AnchorLoss[],
  s: number,
  k: number,
): MarketSetup {
  const index = indexOf(scenario);
  const seg = scenario.segments[s]!;
  const yearRate = growthRate(seg.growth, world.year) * world.growthMultiplier[s]!;
  const prevMarket = state.markets[marketOf(s, k)]!;
  const line = scenario.lines[LINES[k]!];
  const active =
    k < 2 || world.tokenOpen ? index.sells[k]!.slice() : index.sells[k]!.map(() => false);
  let startShare = prevMarket.share.slice();
  let spendRef =
    k === 2 ? world.tokenSpend * seg.tokenWeight : prevMarket.spendRef * pow(1 + yearRate, 0.25);
  for (let i = 0; i < anchorLoss.length; i++) {
    const loss = anchorLoss[i]!;
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
  }
  const reference = world.referencePrice[k]!;
  const weights = sumOf(startShare) > 0 ? startShare : active.map((a) => (a ? 1 : 0));
  const spendLevel = spendRef * world.demandMultiplier[s]![k]!;
  const priced = active.some(Boolean) && spendLevel > 0;
  // Contestable new demand comes from the market's underlying growth (volume at reference
  // prices), not from volume that this quarter's prices call forth: otherwise a provider's
  // own price cut could reshuffle the locked-in base against it.
  const underlying = priced
    ? (spendLevel * (k === 2 ? TOKENS_PER_CNY_B_AT_UNIT_PRICE : 1)) / reference
    : 0;
  const switchingCost = seg.switchingCost * line.switchingMult;
  const growth =
    prevMarket.underlying > 0 ? Math.max(0, underlying / prevMarket.underlying - 1) : 1;
  return {
    segment: s,
    line: k,
    active,
    startShare,
    spendRef,
    weights,
    weightTotal: sumOf(weights),
    priced,
    underlying,
    reference,
    elasticity: seg.elasticity[LINES[k]!],
    beta: seg.beta * line.betaMult,
    contestable: prevMarket.underlying > 0 ? (seg.contestable * growth) / (1 + growth) : 1,
    churn: Math.min(0.8, seg.churn * line.chiMult),
    switchingCost,
    stay: exp(-switchingCost),
    utility: utilityComponents(scenario, provisional, world, inputs, s, k),
  };
}

/**
 * A set-up market cleared at list prices `prices` [provider][line] and total utilities `total`:
 * realised demand answers the share-weighted average price, the logit rule with switching
 * costs splits it. With `into`, the shares are written into its rows (the forecast's buffers).
 */
export function clearMarket(
  setup: MarketSetup,
  prices: readonly (readonly number[])[],
  total: readonly number[],
  into?: ShareUpdate,
): { demand: number; update: ShareUpdate } {
  const k = setup.line;
  const { active, weights, weightTotal } = setup;
  let averagePrice = 0;
  for (let p = 0; p < active.length; p++)
    if (active[p]) averagePrice += (weights[p]! / weightTotal) * prices[p]![k]!;
  const demand = setup.priced
    ? setup.underlying * pow(averagePrice / setup.reference, setup.elasticity)
    : 0;
  const { startShare, churn, switchingCost, contestable, stay } = setup;
  const update = into
    ? updateSharesInto(total, active, startShare, churn, switchingCost, contestable, into, stay)
    : updateShares(total, active, startShare, churn, switchingCost, contestable, stay);
  return { demand, update };
}

function sumOf(values: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

/** Growth rate for a calendar year: the latest listed year at or before it (else the first). */
export function growthRate(table: readonly { year: number; rate: number }[], year: number): number {
  let rate = table[0]?.rate ?? 0;
  for (let i = 0; i < table.length; i++) if (table[i]!.year <= year) rate = table[i]!.rate;
  return rate;
}
