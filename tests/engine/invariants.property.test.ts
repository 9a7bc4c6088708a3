// Property tests of MODEL.md §2.15.1-6 over random valid decision sequences for one or two
// human providers (everyone else plays their policy): shares, finiteness, volume
// conservation, capacity, stocks, books and attribute bounds after every quarter.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../game/engine/index.ts';
import { attributionTotal, explain } from '../../game/engine/index.ts';
import type { Genes } from '../helpers/drafts.ts';
import { genesArb } from '../helpers/drafts.ts';
import { quarterProblems } from '../helpers/invariants.ts';
import { makeScenario } from '../helpers/make-scenario.ts';
import { play } from '../helpers/play.ts';
import { loadChina } from '../helpers/scenarios.ts';

/** One or two distinct humans and a plan of genes for every quarter of the game. */
function gameArb(scenario: Scenario, quarters = scenario.quarters) {
  const ids = scenario.providers.map((p) => p.id);
  return fc.record({
    humans: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 2 }),
    plan: fc.array(fc.array(genesArb(scenario.segments.length), { minLength: 2, maxLength: 2 }), {
      minLength: quarters,
      maxLength: quarters,
    }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  });
}

function checkGame(
  scenario: Scenario,
  game: { humans: string[]; plan: Genes[][]; seed: number },
  withExplain: boolean,
) {
  const problems: string[] = [];
  play(scenario, {
    seed: game.seed,
    humans: game.humans,
    plan: game.plan,
    onQuarter: (prev, next, report) => {
      problems.push(...quarterProblems(scenario, prev, next, report));
      if (withExplain)
        for (const p of scenario.providers)
          for (const s of scenario.segments) {
            const a = explain(report, p.id, s.id);
            const gap = attributionTotal(a) - (a.after - a.before);
            if (!(Math.abs(gap) <= 1e-9))
              problems.push(`${report.quarter} explain ${p.id}/${s.id} off by ${gap}`);
          }
    },
  });
  expect(problems.slice(0, 20)).toEqual([]);
}

describe('invariants over random valid play: tiny markets', () => {
  const variants: [string, Scenario][] = [
    ['two symmetric clouds, one segment', makeScenario({ quarters: 10 })],
    [
      'two clouds and a lab, two segments',
      makeScenario({ providers: 3, segments: 2, asymmetric: true, quarters: 10 }),
    ],
    [
      'scarce capacity (rationing and spill)',
      makeScenario({ providers: 3, segments: 2, capacity: 0.3, quarters: 10 }),
    ],
    [
      'random event deck',
      makeScenario({ providers: 3, segments: 2, randomDeck: true, quarters: 10 }),
    ],
  ];
  for (const [name, scenario] of variants)
    it(name, () => {
      fc.assert(
        fc.property(gameArb(scenario), (game) => checkGame(scenario, game, true)),
        { seed: 42, numRuns: 40 },
      );
    });
});

describe('invariants over random valid play: the China scenario', () => {
  let china: Scenario;
  beforeAll(async () => {
    china = await loadChina();
  });

  it('holds every quarter of 18-quarter games with one or two human providers', () => {
    fc.assert(
      fc.property(gameArb(china), (game) => checkGame(china, game, false)),
      { seed: 42, numRuns: 30 },
    );
  });
});
