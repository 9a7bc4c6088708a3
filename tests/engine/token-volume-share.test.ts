// token-volume-share counts tokens served, not their revenue: the measure that tells a provider
// keeping its token price far above the market that it sells almost nothing.
import { describe, expect, it } from 'vitest';
import { objectiveValue } from '../../game/engine/index.ts';
import type { ObjectiveSpec } from '../../game/engine/index.ts';
import { play } from '../helpers/play.ts';
import { SCENARIO_DIR, loadScenario } from '../helpers/scenarios.ts';

const metric = (m: ObjectiveSpec['metric']) =>
  ({
    id: m,
    title: { en: m, zh: m },
    metric: m,
    target: 1,
    direction: 'at-least',
    weight: 1,
  }) as ObjectiveSpec;

describe('token-volume-share', () => {
  it('is each provider’s share of tokens served, summing to 1, unlike the revenue share', async () => {
    const scenario = await loadScenario(`${SCENARIO_DIR}token-war-2024.yaml`);
    const played = play(scenario, { seed: 1, humans: [] });
    const state = played.states[played.states.length - 1]!;
    const volume = scenario.providers.map((_, p) =>
      objectiveValue(scenario, state, p, metric('token-volume-share')),
    );
    const served = state.providers.map((p) => p.last.served[2]!);
    const all = served.reduce((a, b) => a + b, 0);
    expect(all).toBeGreaterThan(0);
    volume.forEach((v, p) => expect(v).toBeCloseTo(served[p]! / all, 12));
    expect(volume.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const revenue = scenario.providers.map((_, p) =>
      objectiveValue(scenario, state, p, metric('token-share')),
    );
    // Prices differ across providers, so the two measures must disagree somewhere.
    expect(Math.max(...volume.map((v, p) => Math.abs(v - revenue[p]!)))).toBeGreaterThan(0.01);
  });
});
