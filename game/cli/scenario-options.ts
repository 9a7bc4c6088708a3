// The command-line choices that depend on the scenario: humans and policy overrides must name
// its providers, --quarters must fit in it. A policy override returns a changed copy: loaded
// scenarios are deep-frozen and shared.

import type { Scenario } from '../engine/index.ts';
import { deepFreeze } from '../scenario/freeze.ts';
import type { PolicyOverride } from './args.ts';
import { UsageError } from './usage.ts';

export interface GamePlan {
  scenario: Scenario;
  humans: string[];
  quarters: number;
}

function checkProvider(scenario: Scenario, flag: string, id: string): void {
  if (!scenario.providers.some((p) => p.id === id))
    throw new UsageError(
      `unknown provider "${id}" in ${flag} for ${scenario.id}; valid providers: ${scenario.providers.map((p) => p.id).join(', ')}`,
    );
}

export function withPolicies(scenario: Scenario, overrides: readonly PolicyOverride[]): Scenario {
  if (overrides.length === 0) return scenario;
  const copy = structuredClone(scenario) as Scenario;
  for (const { provider, kind } of overrides) {
    const spec = copy.providers.find((p) => p.id === provider)!;
    spec.policy.kind = kind;
  }
  return deepFreeze(copy);
}

export function planGame(
  scenario: Scenario,
  options: {
    humans: readonly string[];
    policies: readonly PolicyOverride[];
    quarters: number | undefined;
  },
): GamePlan {
  for (const id of options.humans) checkProvider(scenario, '--human', id);
  const seen = new Set<string>();
  for (const { provider } of options.policies) {
    checkProvider(scenario, '--policy', provider);
    if (seen.has(provider)) throw new UsageError(`--policy names ${provider} twice`);
    seen.add(provider);
  }
  const quarters = options.quarters ?? scenario.quarters;
  if (quarters > scenario.quarters)
    throw new UsageError(
      `--quarters must be from 1 to ${scenario.quarters} for ${scenario.id}, got ${quarters}`,
    );
  return {
    scenario: withPolicies(scenario, options.policies),
    humans: options.humans.slice(),
    quarters,
  };
}
