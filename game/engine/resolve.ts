// resolveQuarter: the fixed turn pipeline of MODEL.md §2.5, one step per module. Every
// provider's decision for quarter t is collected first (rivals decide from the state of t-1
// only), then the world moves in one pass over providers, segments and lines in their
// declared order.

import { collectDecisions } from './decisions.ts';
import { settleQuarter } from './outcome.ts';
import { drawRandomEvents } from './random-events.ts';
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
  const t = state.t + 1;
  // 1. Random cards for this quarter, then the world they and the scheduled events make.
  const random = drawRandomEvents(scenario, state, t);
  const world = worldAt(scenario, random.draws, t);
  // 2. Everyone's decision, sealed before anything moves.
  const collected = collectDecisions(scenario, state, world, submitted);
  const { decisions } = collected;
  const outcome = settleQuarter(scenario, state, world, decisions, random);
  const { nextState, markets, reports, books, trustShock } = outcome;
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
