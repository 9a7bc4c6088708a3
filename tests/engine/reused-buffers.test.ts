// The hot path's buffer-reusing variants (the forecast clears markets into reused rows; the
// logarithms utility takes per provider are taken once per quarter) must give exactly the
// numbers of the allocating versions, whatever the buffers held before.

import { describe, expect, it } from 'vitest';
import { utilityInputs } from '../../game/engine/allocate.ts';
import { updateShares, updateSharesInto } from '../../game/engine/choice.ts';
import { startGame } from '../../game/engine/index.ts';
import { utilityComponents, withTerms } from '../../game/engine/utility.ts';
import { worldAt } from '../../game/engine/world.ts';
import { makeScenario } from '../helpers/make-scenario.ts';

const dirty = (n: number) => ({
  target: new Array<number>(n).fill(Number.NaN),
  share: new Array<number>(n).fill(Number.NaN),
});

describe('updateSharesInto', () => {
  const utility = [0.4, -1.2, 0.9, 2];
  const active = [true, false, true, true];

  it('writes every entry (inactive sellers too) and matches updateShares bit for bit', () => {
    const previous = [0.5, 0, 0.3, 0.2];
    const into = dirty(4);
    const got = updateSharesInto(utility, active, previous, 0.2, 1.3, 0.15, into);
    expect(got).toBe(into);
    expect(got).toEqual(updateShares(utility, active, previous, 0.2, 1.3, 0.15));
    expect(got.share[1]).toBe(0);
    expect(got.target[1]).toBe(0);
  });

  it('copies the target into the shares of a market that opens this quarter', () => {
    const got = updateSharesInto(utility, active, [0, 0, 0, 0], 0.2, 1.3, 0.15, dirty(4));
    expect(got).toEqual(updateShares(utility, active, [0, 0, 0, 0], 0.2, 1.3, 0.15));
    expect(got.share).toEqual(got.target);
  });
});

describe('withTerms', () => {
  const scenario = makeScenario({ providers: 3, segments: 2, asymmetric: true, quarters: 4 });
  const { state } = startGame(scenario, { seed: 2, humans: [] });
  const world = worldAt(scenario, state.draws, state.t, state.choices);
  const prices = state.providers.map((p) => p.price.map((v, k) => v * (0.8 + 0.1 * k)));
  const plain = {
    prices,
    network: state.providers.map((p) => p.last.network),
    openModelFloor: state.openModelFloor,
  };
  const markets = scenario.segments.flatMap((_, s) => [0, 1, 2].map((k) => [s, k] as const));

  it('gives every market the same components as taking the logarithms per market', () => {
    const inputs = utilityInputs(scenario, state, state, prices);
    expect(inputs.terms?.state).toBe(state);
    for (const [s, k] of markets)
      expect(utilityComponents(scenario, state, world, inputs, s, k)).toEqual(
        utilityComponents(scenario, state, world, plain, s, k),
      );
  });

  it('is ignored for any state but the one its logarithms came from', () => {
    const other = {
      ...state,
      providers: state.providers.map((p) => ({ ...p, integration: p.integration * 3 })),
    };
    const stale = withTerms(scenario, other, plain);
    for (const [s, k] of markets)
      expect(utilityComponents(scenario, state, world, stale, s, k)).toEqual(
        utilityComponents(scenario, state, world, plain, s, k),
      );
  });
});
