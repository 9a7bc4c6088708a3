// The best-responder's crystal ball: the engine's own quarter (outcome.ts) run on a candidate
// decision while every other provider holds last quarter's list prices and spends nothing new.
// It sees only what the rival's view already holds: this quarter's world and the state of the
// quarter before; random cards were dealt before anyone decided.

import { settleQuarter } from '../outcome.ts';
import type { Decision, GameState, Scenario } from '../types.ts';
import type { World } from '../world.ts';

function holdDecision(trainShare: number): Decision {
  return {
    price: { C: 0, S: 0, T: 0 },
    gpuCapex: 0,
    dcCapex: 0,
    rnd: 0,
    trainShare,
    ecosystem: 0,
    creditDeal: { amount: 0, creditFraction: 0 },
    security: 0,
    projectExit: 0,
    openSource: false,
    priority: [],
  };
}

/** EBITA (CNY B) the provider would book next quarter playing `decision` against held rivals. */
export function forecaster(
  scenario: Scenario,
  state: GameState,
  world: World,
  provider: number,
): (decision: Decision) => number {
  const held = state.providers.map((p) => holdDecision(p.trainShare));
  const random = { draws: state.draws, rng: state.rng };
  return (decision) => {
    const decisions = held.slice();
    decisions[provider] = decision;
    const outcome = settleQuarter(scenario, state, world, decisions, random);
    return outcome.books.finances[provider]!.ebita;
  };
}
