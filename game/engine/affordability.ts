// Keeps a computer-run provider's decision within its means and the scenario's limits, the same
// limits validateDecision applies to humans. (Human drafts are never adjusted: they are
// rejected with reasons instead.)

import type { Decision, GameState, Scenario } from './types.ts';
import { gpuCapexLimit, spendingRoom } from './means.ts';

export function fitToMeans(
  scenario: Scenario,
  state: GameState,
  provider: number,
  decision: Decision,
): Decision {
  const ps = state.providers[provider]!;
  const fitted: Decision = {
    ...decision,
    price: { ...decision.price },
    creditDeal: { ...decision.creditDeal },
    priority: decision.priority.slice(),
  };
  fitted.gpuCapex = Math.min(
    Math.max(0, fitted.gpuCapex),
    gpuCapexLimit(scenario, state, provider),
  );
  fitted.dcCapex = Math.max(0, fitted.dcCapex);
  fitted.creditDeal.amount = Math.min(
    Math.max(0, fitted.creditDeal.amount),
    Math.max(0, 0.1 * ps.cash),
  );
  const room = spendingRoom(scenario, state, provider);
  const cashDeal = fitted.creditDeal.amount * (1 - fitted.creditDeal.creditFraction);
  const committed =
    fitted.gpuCapex + fitted.dcCapex + fitted.rnd + fitted.ecosystem + fitted.security + cashDeal;
  if (committed > room && committed > 0) {
    const scale = room / committed;
    fitted.gpuCapex *= scale;
    fitted.dcCapex *= scale;
    fitted.rnd *= scale;
    fitted.ecosystem *= scale;
    fitted.security *= scale;
    fitted.creditDeal.amount *= scale;
  }
  const k = scenario.market.stocks;
  const exitCeiling = 1 - k.integrationMin / ps.integration;
  const exitFloor = 1 - k.integrationMax / ps.integration;
  fitted.projectExit = Math.min(Math.max(fitted.projectExit, exitFloor, -0.05), exitCeiling, 0.5);
  return fitted;
}
