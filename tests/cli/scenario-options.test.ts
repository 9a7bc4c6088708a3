// What the command line may ask of a loaded scenario: its providers, its length, and policy
// overrides applied to a copy (the loaded scenario is frozen and shared).

import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../game/engine/index.ts';
import { planGame } from '../../game/cli/scenario-options.ts';
import { loadScenarioRef, scenarioPath } from '../../game/cli/scenario-ref.ts';
import { UsageError } from '../../game/cli/usage.ts';

let scenario: Scenario;
beforeAll(async () => {
  scenario = (await loadScenarioRef('classroom-duopoly')).scenario;
});

const plan = (o: Partial<Parameters<typeof planGame>[1]>) =>
  planGame(scenario, { humans: [], policies: [], quarters: undefined, ...o });

describe('planGame', () => {
  it('defaults to the whole scenario', () => {
    expect(plan({}).quarters).toBe(scenario.quarters);
    expect(plan({}).scenario).toBe(scenario);
  });

  it('refuses unknown providers, naming the valid ones', () => {
    for (const o of [
      { humans: ['XYZ'] },
      { policies: [{ provider: 'XYZ', kind: 'penetration' as const }] },
    ]) {
      expect(() => plan(o)).toThrow(UsageError);
      expect(() => plan(o)).toThrow(/"XYZ".*NCL, SCL/);
    }
  });

  it('refuses more quarters than the scenario has', () => {
    expect(() => plan({ quarters: scenario.quarters + 1 })).toThrow(
      new RegExp(`1 to ${scenario.quarters}`),
    );
  });

  it('overrides a policy on a frozen copy and leaves the loaded scenario alone', () => {
    const before = scenario.providers[0]!.policy.kind;
    const changed = plan({ policies: [{ provider: 'NCL', kind: 'penetration' }] }).scenario;
    expect(changed).not.toBe(scenario);
    expect(changed.providers[0]!.policy.kind).toBe('penetration');
    expect(scenario.providers[0]!.policy.kind).toBe(before);
    expect(Object.isFrozen(changed.providers[0]!.policy)).toBe(true);
  });
});

describe('scenario references', () => {
  it('resolves a shipped id, and names the shipped ones for an unknown id or path', () => {
    expect(scenarioPath('classroom-duopoly')).toMatch(/scenarios[\\/]classroom-duopoly\.yaml$/);
    expect(() => scenarioPath('no-such-war')).toThrow(/"no-such-war".*classroom-duopoly/);
    expect(() => scenarioPath('nowhere/x.yaml')).toThrow(UsageError);
  });
});
