// resolveQuarter: the fixed turn pipeline of MODEL.md §2.5, one step per module. Every
// provider's decision for quarter t is collected first (rivals decide from the state of t-1
// only), then the world moves in one pass over providers, segments and lines in their
// declared order.

import { advanceProviders } from './advance.ts';
import { allocateMarkets } from './allocate.ts';
import { settleBooks } from './books.ts';
import { collectDecisions } from './decisions.ts';
import { indexOf } from './indices.ts';
import { oneOffEffects } from './one-off-events.ts';
import { drawRandomEvents } from './random-events.ts';
import { rationAndSpill } from './rationing.ts';
import type { QuarterReport } from './report.ts';
import { buildReport } from './quarter-report.ts';
import type { Decision, GameState, Scenario } from './types.ts';
import { worldAt } from './world.ts';

export { EngineError } from './errors.ts';
export { growthRate } from './allocate.ts';

export interface Resolution {
  state: GameState;
  report: QuarterReport;
}

export function resolveQuarter(
  scenario: Scenario,
  state: GameState,
  submitted: Readonly<Record<string, Decision>> = {},
): Resolution {
  const index = indexOf(scenario);
  const P = index.providerCount;
  const t = state.t + 1;
  // 1. Random cards for this quarter, then the world they and the scheduled events make.
  const random = drawRandomEvents(scenario, state, t);
  const before = worldAt(scenario, random.draws, t, state.choices);
  // 2. Everyone's decision, sealed before anything moves; then the world with this quarter's
  // dilemma answers, whose effects start now.
  const collected = collectDecisions(scenario, state, before, submitted);
  const { decisions } = collected;
  const choices =
    collected.choices.length > 0 ? [...state.choices, ...collected.choices] : state.choices;
  const world = choices === state.choices ? before : worldAt(scenario, random.draws, t, choices);
  // 3. One-off events; capacity, stocks and prices at the start of the quarter.
  const { trustShock, impairment, anchorLoss } = oneOffEffects(index, world);
  const { providers, openModelFloor } = advanceProviders(
    scenario,
    state,
    world,
    decisions,
    trustShock,
  );
  const provisional: GameState = { ...state, t, providers, openModelFloor };
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
  const books = settleBooks(scenario, world, providers, markets, decisions, ration, impairment);
  const nextState: GameState = {
    ...state,
    t,
    rng: random.rng,
    providers: books.providers,
    markets,
    draws: random.draws,
    choices,
    openModelFloor,
  };
  const report = buildReport(scenario, state, world, {
    markets,
    reports,
    providers: books.providers,
    decisions,
    collected,
    finances: books.finances,
    trustShock,
    iaasTotal: books.iaasTotal,
    tokenTotal: books.tokenTotal,
  });
  return { state: nextState, report };
}

function sumOf(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
