// Objectives and score: full credit at or beyond the target, proportional credit below it,
// weighted, out of 100.
import { describe, expect, it } from 'vitest';
import { newGame, score } from '../../game/engine/index.ts';
import type { Scenario } from '../../game/engine/index.ts';
import { makeScenario } from '../helpers/make-scenario.ts';

function withObjectives(objectives: Scenario['objectives']): Scenario {
  return { ...makeScenario({ segments: 2 }), objectives };
}

const text = { en: 'x', zh: 'x' };

describe('score', () => {
  it('gives full credit for a met target and proportional credit below it', () => {
    const scenario = withObjectives([
      {
        id: 'share',
        title: text,
        metric: 'iaas-share',
        target: 0.25,
        direction: 'at-least',
        weight: 1,
      },
      { id: 'cash', title: text, metric: 'cash', target: 1e6, direction: 'at-least', weight: 3 },
    ]);
    const state = newGame(scenario, { seed: 1, humans: [] });
    const result = score(scenario, state, scenario.providers[0]!.id);
    const share = state.providers[0]!.last.iaasShare;
    expect(share).toBeGreaterThan(0.25);
    expect(result.objectives[0]!.met).toBe(true);
    const cashProgress = state.providers[0]!.cash / 1e6;
    expect(result.objectives[1]!.progress).toBeCloseTo(cashProgress, 12);
    expect(result.score).toBeCloseTo((100 * (1 + 3 * cashProgress)) / 4, 9);
  });

  it('rewards staying under an at-most target', () => {
    const scenario = withObjectives([
      {
        id: 'low',
        title: text,
        metric: 'iaas-share',
        target: 0.9,
        direction: 'at-most',
        weight: 1,
      },
      {
        id: 'lower',
        title: text,
        metric: 'iaas-share',
        target: 0.1,
        direction: 'at-most',
        weight: 1,
      },
    ]);
    const state = newGame(scenario, { seed: 1, humans: [] });
    const result = score(scenario, state, scenario.providers[0]!.id);
    const share = state.providers[0]!.last.iaasShare;
    expect(result.objectives[0]!.progress).toBe(1);
    expect(result.objectives[1]!.progress).toBeCloseTo(0.1 / share, 12);
  });

  it('measures a segment share and refuses an unknown provider', () => {
    const scenario = withObjectives([
      {
        id: 'seg',
        title: text,
        metric: 'segment-share',
        segment: 'ENT',
        target: 0.5,
        direction: 'at-least',
        weight: 1,
      },
    ]);
    const state = newGame(scenario, { seed: 1, humans: [] });
    const value = score(scenario, state, scenario.providers[0]!.id).objectives[0]!.value;
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
    expect(() => score(scenario, state, 'NOPE')).toThrow(/NOPE/);
  });
});
