// The advisor's suggestion for a human: what the provider's scenario policy would do this
// quarter (dilemma answers included), kept within the provider's means. Players apply it with
// one click; nothing is adjusted after they do.

import { fitToMeans } from './affordability.ts';
import { openDilemmas, policyOption } from './dilemmas.ts';
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
  const world = worldAt(scenario, state.draws, state.t + 1, state.choices, state.injected);
  const spec = scenario.providers[p]!;
  const choice = decide(policyView(scenario, state, world, p));
  const decision = fitToMeans(scenario, state, p, choice.decision);
  // The advisor answers this quarter's dilemmas as the provider's own policy would.
  const open = openDilemmas(scenario, state, providerId);
  if (open.length > 0)
    decision.dilemma = Object.fromEntries(
      open.map((d) => [d.id, policyOption(d, spec.policy.kind)]),
    );
  return { decision, reason: reasonText(choice.reason) };
}
