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

  it('gives linear credit from the baseline and charges money lost below it', () => {
    const scenario = withObjectives([
      {
        id: 'share',
        title: text,
        metric: 'revenue-share',
        target: 0.3,
        baseline: 0.2,
        direction: 'at-least',
        weight: 3,
      },
      {
        id: 'value',
        title: text,
        metric: 'value-created',
        target: 16,
        direction: 'at-least',
        weight: 2,
      },
    ]);
    const state = newGame(scenario, { seed: 1, humans: [] });
    const p0 = state.providers[0]!;
    const at = (share: number, ebita: number, injection: number) => ({
      ...state,
      providers: [
        { ...p0, last: { ...p0.last, iaasShare: share }, cumEbita: ebita, cumInjection: injection },
        ...state.providers.slice(1),
      ],
    });
    const id = scenario.providers[0]!.id;
    const half = score(scenario, at(0.25, 8, 0), id);
    expect(half.objectives[0]!.progress).toBeCloseTo(0.5, 12);
    expect(half.objectives[1]!.progress).toBeCloseTo(0.5, 12);
    expect(half.score).toBeCloseTo(50, 9);
    // Share held but CNY 26 B of EBITA lost and 14 B injected by the parent: the value
    // objective takes its whole weight back, so the run cannot score 75 (the case).
    const burnt = score(scenario, at(0.3, -26, 14), id);
    expect(burnt.objectives[1]!.value).toBe(-40);
    expect(burnt.objectives[1]!.progress).toBe(-1);
    expect(burnt.score).toBeCloseTo((100 * (3 - 2)) / 5, 9);
    // Below the share baseline earns nothing, not a negative amount; the score never goes below 0.
    const worst = score(scenario, at(0.1, -100, 0), id);
    expect(worst.objectives[0]!.progress).toBe(0);
    expect(worst.score).toBe(0);
  });

  it('reads volume share at constant prices, which a price cut does not shrink', () => {
    const scenario = withObjectives([
      {
        id: 'v',
        title: text,
        metric: 'volume-share',
        target: 0.9,
        direction: 'at-least',
        weight: 1,
      },
      { id: 'r', title: text, metric: 'iaas-share', target: 0.9, direction: 'at-least', weight: 1 },
    ]);
    const state = newGame(scenario, { seed: 1, humans: [] });
    const cheaper = {
      ...state,
      providers: state.providers.map((p, i) =>
        i === 0 ? { ...p, price: p.price.map((x) => x * 0.5) } : p,
      ),
    };
    const id = scenario.providers[0]!.id;
    const before = score(scenario, state, id).objectives[0]!.value;
    expect(before).toBeGreaterThan(0);
    expect(score(scenario, cheaper, id).objectives[0]!.value).toBeCloseTo(before, 12);
  });
});
