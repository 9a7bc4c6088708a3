// Every provider's decision for the quarter, collected before anything moves: humans' drafts
// (checked again; an invalid one here is a programmer error) and each computer-run provider's
// policy, which sees only the state of the quarter before.

import { fitToMeans } from './affordability.ts';
import { answersAt, optionOf, withAnswer } from './dilemmas.ts';
import { EngineError } from './errors.ts';
import { forecaster } from './policies/forecast.ts';
import { decide, viewFor } from './policies/index.ts';
import type { PolicyReason } from './policies/reasons.ts';
import type { Decision, DilemmaChoice, GameState, Scenario } from './types.ts';
import { gpuCapexLimit } from './means.ts';
import { validateDecision } from './validate.ts';
import type { World } from './world.ts';

export interface Collected {
  decisions: Decision[];
  reasons: (PolicyReason | undefined)[];
  controllers: ('human' | 'policy')[];
  /** This quarter's dilemma answers; their amounts are already in `decisions`. */
  choices: DilemmaChoice[];
}

export function collectDecisions(
  scenario: Scenario,
  state: GameState,
  world: World,
  submitted: Readonly<Record<string, Decision>>,
): Collected {
  const decisions: Decision[] = [];
  const reasons: (PolicyReason | undefined)[] = [];
  const controllers: ('human' | 'policy')[] = [];
  scenario.providers.forEach((spec, p) => {
    const given = submitted[spec.id];
    if (given) {
      const checked = validateDecision(scenario, state, spec.id, given);
      if (!checked.ok)
        throw new EngineError(
          `invalid decision for ${spec.id}: ${checked.errors.map((e) => e.message).join('; ')}`,
          checked.errors,
        );
      decisions.push(checked.decision);
      reasons.push(undefined);
      controllers.push('human');
      return;
    }
    const choice = decide(policyView(scenario, state, world, p));
    decisions.push(fitToMeans(scenario, state, p, choice.decision));
    reasons.push(choice.reason);
    controllers.push('policy');
  });
  const choices = answersAt(scenario, state.t + 1, decisions, controllers);
  for (const choice of choices) {
    const p = scenario.providers.findIndex((s) => s.id === choice.provider);
    const option = optionOf(scenario, choice.dilemma, choice.option);
    if (!option) continue;
    const ps = state.providers[p]!;
    decisions[p] = withAnswer(decisions[p]!, option.decision, {
      gpuCapex: gpuCapexLimit(scenario, state, p),
      integration: ps.integration,
      integrationMin: scenario.market.stocks.integrationMin,
      cooldown: ps.openSourceCooldown,
    });
    // A reason that says whether weights were released must say what the answer made of it.
    const reason = reasons[p];
    if (reason && 'openSource' in reason.params && decisions[p]!.openSource)
      reasons[p] = { ...reason, params: { ...reason.params, openSource: 'yes' } };
  }
  return { decisions, reasons, controllers, choices };
}

/** The view a computer-run provider decides from, with a forecast only if it best-responds. */
export function policyView(scenario: Scenario, state: GameState, world: World, p: number) {
  const policy = scenario.providers[p]!.policy;
  const wantsForecast = policy.reaction === 'best-responder' && policy.lookahead > 0;
  return viewFor(
    scenario,
    state,
    world,
    p,
    wantsForecast ? forecaster(scenario, state, world, p) : undefined,
  );
}
