// The invariant checker the property tests rely on must itself catch broken quarters: each
// corruption below has to be reported, and a clean quarter must give no problem at all.

import { describe, expect, it } from 'vitest';
import type { GameState, QuarterReport } from '../../game/engine/index.ts';
import { playQuarter, startGame } from '../../game/engine/index.ts';
import { nonFinitePaths, quarterProblems } from '../helpers/invariants.ts';
import { makeScenario } from '../helpers/make-scenario.ts';

const scenario = makeScenario({ providers: 3, segments: 2, capacity: 0.5 });
const prev = startGame(scenario, { seed: 1, humans: [] }).state;
const step = playQuarter(scenario, prev, {});

function corrupted(edit: (next: GameState, report: QuarterReport) => void): string[] {
  const next = structuredClone(step.state);
  const report = structuredClone(step.report);
  edit(next, report);
  return quarterProblems(scenario, prev, next, report);
}

describe('quarterProblems', () => {
  it('finds nothing wrong with a real quarter', () => {
    expect(quarterProblems(scenario, prev, step.state, step.report)).toEqual([]);
  });

  const cases: [string, RegExp, (next: GameState, report: QuarterReport) => void][] = [
    ['a share off by 1e-9', /sums to/, (n) => void (n.markets[0]!.share[0]! += 1e-9)],
    ['a NaN deep in the state', /NaN/, (n) => void (n.providers[1]!.credits[3] = Number.NaN)],
    ['an infinite utility', /Infinity/, (_, r) => void (r.markets[2]!.utility[1]![0] = Infinity)],
    ['lost volume', /served .* lost .* demand/, (_, r) => void (r.markets[1]!.lost += 1e-3)],
    ['over-full GPUs', /GPU utilisation/, (_, r) => void (r.providers[0]!.gpuUtilisation = 1.01)],
    ['capacity from nowhere', /GPU stock/, (n) => void (n.providers[0]!.gpu += 1e-6)],
    [
      'cash from nowhere',
      /ΔCash/,
      (n, r) => void ((n.providers[0]!.cash += 1e-6), (r.providers[0]!.finance.cash += 1e-6)),
    ],
    ['equity from nowhere', /Δequity/, (n) => void (n.providers[2]!.stake += 0.01)],
    ['a negative credit', /credit ledger/, (n) => void (n.providers[0]!.credits[0] = -1e-9)],
    ['trust above 100', /trust/, (n) => void (n.providers[1]!.trust = 100.5)],
    [
      'integration below its floor',
      /integration/,
      (n) => void (n.providers[1]!.integration = 0.001),
    ],
    [
      'a token-only lab in IaaS',
      /token-only LAB/,
      (n) => void (n.providers[2]!.last.iaasShare = 0.01),
    ],
  ];
  for (const [name, pattern, edit] of cases)
    it(`reports ${name}`, () => {
      const problems = corrupted(edit);
      expect(
        problems.some((p) => pattern.test(p)),
        problems.join('\n'),
      ).toBe(true);
    });

  it('names the path of every non-finite number', () => {
    expect(nonFinitePaths({ a: [1, Number.NaN], b: { c: -Infinity, d: 2 } })).toEqual([
      '$.a[1] = NaN',
      '$.b.c = -Infinity',
    ]);
    expect(nonFinitePaths(step.state)).toEqual([]);
  });
});
