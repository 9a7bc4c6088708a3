// Steps 3-6 of the turn pipeline (MODEL.md §2.5) once every decision is sealed: one-off events,
// capacity, stocks and prices, demand and allocation, rationing, books. resolveQuarter runs it
// once per quarter; a best-responding rival runs it on candidate prices as its forecast.

import { advanceProviders } from './advance.ts';
import { allocateMarkets } from './allocate.ts';
import { settleBooks } from './books.ts';
import type { Books } from './books.ts';
import { indexOf } from './indices.ts';
import { oneOffEffects } from './one-off-events.ts';
import { rationAndSpill } from './rationing.ts';
import type { MarketReport } from './report.ts';
import type { Decision, GameState, MarketState, RandomDraw, Scenario } from './types.ts';
import type { World } from './world.ts';

export interface Outcome {
  nextState: GameState;
  markets: MarketState[];
  reports: MarketReport[];
  books: Books;
  trustShock: number[];
}

/**
 * Step 3 of a quarter: its one-off events, then capacity arrivals, stocks and prices at the
 * start of the quarter (`provisional`: the state with those, before demand is cleared). The
 * best-responder's forecast starts its plan from the same step.
 */
export function quarterStart(
  scenario: Scenario,
  state: GameState,
  world: World,
  decisions: readonly Decision[],
) {
  const { trustShock, impairment, anchorLoss } = oneOffEffects(indexOf(scenario), world);
  const { providers, openModelFloor } = advanceProviders(
    scenario,
    state,
    world,
    decisions,
    trustShock,
  );
  const provisional: GameState = { ...state, t: world.t, providers, openModelFloor };
  return { trustShock, impairment, anchorLoss, providers, openModelFloor, provisional };
}

export function settleQuarter(
  scenario: Scenario,
  state: GameState,
  world: World,
  decisions: readonly Decision[],
  random: { draws: RandomDraw[]; rng: number[] },
): Outcome {
  const index = indexOf(scenario);
  const P = index.providerCount;
  const t = world.t;
  // 3. One-off events; capacity, stocks and prices at the start of the quarter.
  const { trustShock, impairment, anchorLoss, providers, openModelFloor, provisional } =
    quarterStart(scenario, state, world, decisions);
  // 4. Demand, choice and allocation; 5. capacity rationing and spill.
  const { markets, reports, allocated, targets } = allocateMarkets(
    scenario,
    state,
    provisional,
    world,
    providers,
    trustShock,
    anchorLoss,
  );
  const ration = rationAndSpill(scenario, world, providers, decisions, allocated, targets, reports);
  const { served, shortfall, spilledIn, lost } = ration;
  const prices = providers.map((p) => p.price);
  // Served shares become next quarter's starting point.
  for (let m = 0; m < markets.length; m++) {
    const market = markets[m]!;
    const total = sumOf(served[m]!);
    market.servedTotal = total;
    market.share =
      total > 0 ? served[m]!.map((v) => v / total) : reports[m]!.allocatedShare.slice();
    market.shortfall = shortfall[m]!;
    const r = reports[m]!;
    r.served = served[m]!;
    r.share = market.share;
    r.shortfall = shortfall[m]!;
    r.spilledIn = spilledIn[m]!;
    r.lost = lost[m]!;
    const k = m % 3;
    let spend = 0;
    for (let p = 0; p < P; p++) spend += (prices[p]![k]! * served[m]![p]!) / (k === 2 ? 1000 : 1);
    r.spend = spend;
  }
  // 6. Revenue, costs, finance and bookkeeping.
  const books = settleBooks(scenario, world, providers, decisions, ration, impairment);
  const nextState: GameState = {
    ...state,
    t,
    rng: random.rng,
    providers: books.providers,
    markets,
    draws: random.draws,
    openModelFloor,
  };
  return { nextState, markets, reports, books, trustShock };
}

function sumOf(values: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}
