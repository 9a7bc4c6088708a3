// What a provider can spend in the coming quarter: the limits the decision fields derive their
// bounds from (DECISION_FIELDS) and the computer-run providers fit their plans to.

import { debtCap } from './finance.ts';
import type { GameState, Scenario } from './types.ts';
import { gpuUnitPrice } from './unit-prices.ts';
import { worldAt } from './world.ts';

/** Money a provider can commit this quarter: cash plus unused borrowing room. */
export function spendingRoom(scenario: Scenario, state: GameState, provider: number): number {
  const ps = state.providers[provider]!;
  const cap = debtCap(scenario.market, scenario.providers[provider]!, ps.ebitdaHistory);
  return Math.max(0, ps.cash) + Math.max(0, cap - ps.debt);
}

/** Most GPU capex (CNY B) suppliers will fill this quarter. */
export function gpuCapexLimit(scenario: Scenario, state: GameState, provider: number): number {
  const spec = scenario.providers[provider]!;
  const world = worldAt(scenario, state.draws, state.t + 1, state.choices, state.injected);
  return (
    spec.gpuOrderCap *
    world.gpuCapMultiplier[spec.gpuSupply] *
    gpuUnitPrice(scenario, world, spec.gpuSupply)
  );
}
