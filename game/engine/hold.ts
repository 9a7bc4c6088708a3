// The decision panel's starting point: hold last quarter's course. List prices stay where they
// are, spending and capacity orders repeat, one-off moves (a credit deal, a project exit, an
// open-weights release, dilemma answers) are not repeated. The advisor's suggestion is a
// separate, explicit choice (suggest.ts), so that following it is a decision, not a default.

import { fitToMeans } from './affordability.ts';
import { indexOf } from './indices.ts';
import { suggestDecision } from './suggest.ts';
import type { Decision, GameState, Scenario } from './types.ts';

/**
 * `previous` is the provider's decision of the quarter just resolved (from the log or the last
 * report). Without one (a game that starts at its origin) spending repeats what the state
 * records, and capacity orders are the provider's standing plan, the advisor's: ordering
 * nothing would not hold the course, it would let capacity decay.
 */
export function holdDecision(
  scenario: Scenario,
  state: GameState,
  providerId: string,
  previous?: Decision,
): Decision {
  const p = indexOf(scenario).providerIndex.get(providerId);
  if (p === undefined) throw new Error(`holdDecision: no provider ${providerId}`);
  const ps = state.providers[p]!;
  const plan = previous ?? suggestDecision(scenario, state, providerId).decision;
  const held: Decision = {
    price: { C: 0, S: 0, T: 0 },
    gpuCapex: plan.gpuCapex,
    dcCapex: plan.dcCapex,
    rnd: previous?.rnd ?? ps.spend.rnd,
    trainShare: previous?.trainShare ?? ps.trainShare,
    ecosystem: previous?.ecosystem ?? ps.spend.ecosystem,
    creditDeal: { amount: 0, creditFraction: previous?.creditDeal.creditFraction ?? 0 },
    security: previous?.security ?? ps.spend.security,
    projectExit: 0,
    openSource: false,
    priority: previous?.priority.filter((id) => indexOf(scenario).segmentIndex.has(id)) ?? [],
  };
  return fitToMeans(scenario, state, p, held);
}
