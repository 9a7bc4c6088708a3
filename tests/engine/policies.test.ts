// The rival policies: every decision a policy makes must be one a human could have submitted
// (validateDecision accepts it), and every move comes with a stated reason in both languages.
import { describe, expect, it } from 'vitest';
import {
  isFinished,
  playQuarter,
  reasonText,
  startGame,
  suggestDecision,
  validateDecision,
} from '../../game/engine/index.ts';
import { loadScenario, shippedScenarioFiles } from '../helpers/scenarios.ts';

describe('rival policies', () => {
  it.each(shippedScenarioFiles())('make only valid, explained decisions in %s', async (file) => {
    const scenario = await loadScenario(file);
    let state = startGame(scenario, { seed: 3, humans: [] }).state;
    const kinds = new Set<string>();
    while (!isFinished(scenario, state)) {
      for (const provider of scenario.providers) {
        const { decision, reason } = suggestDecision(scenario, state, provider.id);
        const checked = validateDecision(scenario, state, provider.id, decision);
        expect(checked.ok ? [] : checked.errors, `${provider.id} at t=${state.t + 1}`).toEqual([]);
        expect(reason.en.length).toBeGreaterThan(10);
        expect(reason.zh.length).toBeGreaterThan(4);
      }
      const step = playQuarter(scenario, state, {});
      for (const p of step.report.providers) {
        expect(p.controller).toBe('policy');
        expect(p.reason ? reasonText(p.reason).en : '').toBeTruthy();
        kinds.add(p.policy);
      }
      state = step.state;
    }
    expect(kinds.size).toBeGreaterThan(0);
  });

  it('covers the five named policies and the history script in the China scenario', async () => {
    const scenario = await loadScenario(
      shippedScenarioFiles().find((f) => f.includes('china-2021'))!,
    );
    const kinds = new Set(scenario.providers.map((p) => p.policy.kind));
    for (const kind of [
      'history',
      'price-follower',
      'penetration',
      'margin-defender',
      'hybrid-specialist',
      'open-weights',
    ])
      expect(kinds.has(kind as never), kind).toBe(true);
  });
});
