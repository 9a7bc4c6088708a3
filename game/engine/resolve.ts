// resolveQuarter: the fixed turn pipeline of MODEL.md §2.5, one step per module. Every
// provider's decision for quarter t is collected first (rivals decide from the state of t-1
// only), then the world moves in one pass over providers, segments and lines in their
// declared order.

import { copyPlain } from './copy-plain.ts';
import { collectDecisions } from './decisions.ts';
import { settleQuarter } from './outcome.ts';
import { drawRandomEvents } from './random-events.ts';
import type { QuarterReport } from './report.ts';
import { buildReport } from './quarter-report.ts';
import type { Decision, GameState, InjectedEvent, Scenario } from './types.ts';
import { worldAt } from './world.ts';

export { EngineError } from './errors.ts';

export interface Resolution {
  state: GameState;
  report: QuarterReport;
}

export function resolveQuarter(
  scenario: Scenario,
  state: GameState,
  submitted: Readonly<Record<string, Decision>> = {},
  injected: readonly InjectedEvent[] = [],
): Resolution {
  const t = state.t + 1;
  // 1. Random cards for this quarter, then the world they, the scheduled events and the
  // teacher's injected events make. The state keeps injected events only once there are some.
  const random = drawRandomEvents(scenario, state, t);
  const allInjected =
    injected.length > 0
      ? [...(state.injected ?? []), ...injected.map((e) => ({ ...copyPlain(e), t }))]
      : state.injected;
  const before = worldAt(scenario, random.draws, t, state.choices, allInjected);
  // 2. Everyone's decision, sealed before anything moves; then the world with this quarter's
  // dilemma answers, whose effects start now.
  const collected = collectDecisions(scenario, state, before, submitted);
  const { decisions } = collected;
  const choices =
    collected.choices.length > 0 ? [...state.choices, ...collected.choices] : state.choices;
  const world =
    choices === state.choices ? before : worldAt(scenario, random.draws, t, choices, allInjected);
  // 3-6. Events, capacity, demand, allocation, rationing and books, with this quarter's answers.
  const outcome = settleQuarter(scenario, state, world, decisions, random);
  const { markets, reports, books, trustShock } = outcome;
  const nextState: GameState = {
    ...outcome.nextState,
    choices,
    ...(allInjected ? { injected: allInjected } : {}),
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
