// Rivals that answer the player: a deep compute cut by the human draws named, visible answers;
// the punisher waits its lag, punishes, then forgives; harder levels make rivals earn more.

import { beforeAll, describe, expect, it } from 'vitest';
import type { GameState, QuarterReport, Scenario } from '../../game/engine/index.ts';
import { suggestDecision } from '../../game/engine/index.ts';
import { smarterRivals } from '../../game/engine/index.ts';
import { worldAt } from '../../game/engine/world.ts';
import { play } from '../helpers/play.ts';
import { editable, loadScenario, SCENARIO_DIR } from '../helpers/scenarios.ts';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadScenario(`${SCENARIO_DIR}china-2023-price-war.yaml`);
});

/** Alibaba (human) plays its suggested move, with a 40 % compute cut in 2023Q2. */
function cutGame(s: Scenario, quarters = 5) {
  return play(s, {
    seed: 7,
    humans: ['ALI'],
    quarters,
    decide: (state: GameState, human: string, q: number) => {
      const d = structuredClone(suggestDecision(s, state, human).decision);
      if (q === 1) d.price.C = -0.4;
      return d;
    },
  });
}

function referenceChange(s: Scenario, state: GameState): number {
  const w = worldAt(s, state.draws, state.t + 1);
  return w.referencePrice[0]! / w.previousReferencePrice[0]! - 1;
}

describe('rival reactions in china-2023-price-war', () => {
  it('answer a 40 % compute cut in 2023Q2 by 2023Q4, at least two rivals naming Alibaba', () => {
    const game = cutGame(scenario);
    expect(game.reports[1]!.quarter).toBe('2023Q2');
    const answered = new Set<string>();
    game.reports.forEach((report, i) => {
      if (!['2023Q3', '2023Q4'].includes(report.quarter)) return;
      const ref = referenceChange(scenario, game.states[i]!);
      for (const p of report.providers)
        if (
          p.controller === 'policy' &&
          p.reason?.params['rival'] === 'ALI' &&
          p.decision.price.C <= ref - 0.1
        )
          answered.add(p.id);
    });
    expect([...answered].length).toBeGreaterThanOrEqual(2);
    // The punisher (Tencent) is among them and its answer is deeper than the follower's match.
    expect(answered.has('TEN')).toBe(true);
  });

  it('punishes after its lag, for its quarters, then forgives', () => {
    const lagged = editable(scenario);
    const ten = lagged.providers.find((p) => p.id === 'TEN')!;
    ten.policy = { ...ten.policy, reactionLag: 2, punishQuarters: 1 };
    const tenOf = (r: QuarterReport) => r.providers.find((p) => p.id === 'TEN')!;
    const base = cutGame(scenario, 7).reports.map(tenOf);
    const slowGame = cutGame(lagged, 7);
    const slow = slowGame.reports.map(tenOf);
    // Lag 1: Alibaba's 2023Q2 cut is answered in 2023Q3; lag 2: in 2023Q4.
    expect(base[2]!.reason?.code).toBe('punish');
    expect(base[2]!.reason?.params['rival']).toBe('ALI');
    expect(slow[2]!.reason?.code).not.toBe('punish');
    expect(slow[3]!.reason?.code).toBe('punish');
    expect(slow[3]!.reason?.params['rival']).toBe('ALI');
    expect(slow[3]!.reason?.params['quarter']).toBe('2023Q2');
    // Forgiveness comes once the last punished cut leaves the window, and raises compute
    // against the market path.
    const q = slow.findIndex((p) => p.reason?.code === 'forgive');
    expect(q).toBeGreaterThan(3);
    expect(slow[q]!.decision.price.C).toBeGreaterThan(referenceChange(lagged, slowGame.states[q]!));
  });
});

describe('difficulty', () => {
  it('hard rivals (best-responding) earn more against the same scripted player', () => {
    const scripted = (s: Scenario) =>
      play(s, {
        seed: 3,
        humans: ['ALI'],
        quarters: 8,
        decide: (state, human, q) => {
          const d = structuredClone(suggestDecision(scenario, state, human).decision);
          d.price.C = q % 4 === 1 ? -0.2 : -0.03;
          return d;
        },
      });
    const hard = smarterRivals(scenario, ['ALI']);
    const switched = hard.providers
      .filter((p, i) => p.policy.reaction !== scenario.providers[i]!.policy.reaction)
      .map((p) => p.id);
    expect(switched.length).toBeGreaterThan(2);
    const earned = (reports: QuarterReport[]) =>
      reports.reduce(
        (sum, r) =>
          sum +
          r.providers
            .filter((p) => switched.includes(p.id))
            .reduce((s, p) => s + p.finance.ebita, 0),
        0,
      );
    const normal = earned(scripted(scenario).reports);
    const smart = earned(scripted(hard).reports);
    expect(smart).toBeGreaterThan(normal);
  });
});
