// A starting draft for a human: what the provider's scenario policy would do this quarter,
// kept within the provider's means. Players edit it; nothing is adjusted after they do.

import { fitToMeans } from './affordability.ts';
import { indexOf } from './indices.ts';
import { policyView } from './decisions.ts';
import { decide, reasonText } from './policies/index.ts';
import type { Decision, GameState, Scenario, Text } from './types.ts';
import { worldAt } from './world.ts';

export function suggestDecision(
  scenario: Scenario,
  state: GameState,
  providerId: string,
): { decision: Decision; reason: Text } {
  const p = indexOf(scenario).providerIndex.get(providerId);
  if (p === undefined) throw new Error(`suggestDecision: no provider ${providerId}`);
  const world = worldAt(scenario, state.draws, state.t + 1);
  const choice = decide(policyView(scenario, state, world, p));
  return {
    decision: fitToMeans(scenario, state, p, choice.decision),
    reason: reasonText(choice.reason),
  };
}
