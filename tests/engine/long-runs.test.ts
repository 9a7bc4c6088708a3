// Long games and extreme play: 400 quarters, prices cut to the floor with everything spent,
// projects exited to the minimum and rebuilt, stay finite and keep every invariant.

import { beforeAll, describe, expect, it } from 'vitest';
import type { GameState, Scenario } from '../../game/engine/index.ts';
import { isFinished } from '../../game/engine/index.ts';
import { worldAt } from '../../game/engine/world.ts';
import type { Genes } from '../helpers/drafts.ts';
import { fixedGenes, validDraft } from '../helpers/drafts.ts';
import { nonFinitePaths, quarterProblems } from '../helpers/invariants.ts';
import { makeScenario } from '../helpers/make-scenario.ts';
import { play } from '../helpers/play.ts';
import { editable, loadChina } from '../helpers/scenarios.ts';

/** Ten quarters of all-out price war, then ten of rebuilding at the highest prices. */
function extreme(segments: number, q: number): Genes {
  const war = Math.floor(q / 10) % 2 === 0;
  return war
    ? fixedGenes(segments, {
        price: [0, 0, 0],
        gpu: 1,
        budget: 1,
        split: [1, 1, 1, 1],
        deal: 1,
        creditFraction: 1,
        exit: 1,
        trainShare: 1,
        openSource: true,
        priority: [0.1, 0.2, 0.3, 0.4, 0.45, 0.46, 0.47].slice(0, segments),
      })
    : fixedGenes(segments, {
        price: [1, 1, 1],
        gpu: 1,
        budget: 0.5,
        exit: 0,
        trainShare: 0,
        deal: 0,
      });
}

function longGame(scenario: Scenario, humans: string[], quarters?: number): GameState[] {
  const problems: string[] = [];
  const { states } = play(scenario, {
    seed: 1,
    humans,
    quarters,
    decide:
      humans.length > 0
        ? (state, h, q) => validDraft(scenario, state, h, extreme(scenario.segments.length, q))
        : undefined,
    onQuarter: (prev, next, report) => {
      if (problems.length < 10) problems.push(...quarterProblems(scenario, prev, next, report));
    },
  });
  expect(problems).toEqual([]);
  for (const s of states) expect(nonFinitePaths(s)).toEqual([]);
  return states;
}

describe('400-quarter games stay finite and keep every invariant', () => {
  let china: Scenario;
  beforeAll(async () => {
    china = editable(await loadChina());
    china.quarters = 400;
  });

  it('tiny market, rival policies only', () => {
    const scenario = makeScenario({ providers: 3, segments: 2, quarters: 400 });
    const states = longGame(scenario, []);
    expect(states).toHaveLength(401);
    expect(isFinished(scenario, states.at(-1)!)).toBe(true);
  });

  it('China scenario extended to 400 quarters, rival policies only', () => {
    const states = longGame(china, []);
    expect(states).toHaveLength(401);
  });

  it('tiny market, two humans at the extremes every quarter for 400 quarters', () => {
    const scenario = makeScenario({ providers: 3, segments: 2, quarters: 400, randomDeck: true });
    const states = longGame(scenario, ['NCL', 'LAB']);
    // The war phases really went to the bounds.
    const k = scenario.market.stocks;
    expect(Math.min(...states.map((s) => s.providers[0]!.integration))).toBeLessThan(
      k.integrationMin * 2.01,
    );
    expect(Math.max(...states.map((s) => s.providers[0]!.integration))).toBeGreaterThan(0.05);
  });

  it('China scenario, two humans at the extremes for 100 quarters', () => {
    const states = longGame(china, [china.providers[0]!.id, china.providers.at(-2)!.id], 100);
    expect(states).toHaveLength(101);
    // The war phases drive the first provider's compute price down to the floor, and never below it.
    const ratio = states.map(
      (s) =>
        s.providers[0]!.price[0]! /
        (china.lines.C.floor * worldAt(china, [], s.t).referencePrice[0]!),
    );
    expect(Math.min(...ratio)).toBeGreaterThanOrEqual(1 - 1e-9);
    expect(ratio.some((r) => r < 1 + 1e-9)).toBe(true);
  });
});
