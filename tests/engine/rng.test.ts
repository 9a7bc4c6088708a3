// rng.ts: the game's only randomness. A fixed seed gives a fixed stream on every platform.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextRandom, seedRng } from '../../game/engine/rng.ts';

function stream(seed: number, count: number): number[] {
  let state = seedRng(seed);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const step = nextRandom(state);
    out.push(step.value);
    state = step.state;
  }
  return out;
}

describe('seeded generator', () => {
  it('pins the first values for seed 1 (a change here changes every saved game)', () => {
    expect(seedRng(1)).toEqual(GOLDEN_STATE_SEED_1);
    expect(stream(1, 5)).toEqual(GOLDEN_VALUES_SEED_1);
  });

  it('gives the same stream for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        expect(stream(seed, 20)).toEqual(stream(seed, 20));
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it('gives different streams for different 32-bit seeds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (a, b) => {
          fc.pre(a !== b);
          expect(stream(a, 4)).not.toEqual(stream(b, 4));
        },
      ),
      { seed: 42, numRuns: 200 },
    );
    const firsts = new Set(Array.from({ length: 1000 }, (_, seed) => stream(seed, 1)[0]));
    expect(firsts.size).toBe(1000);
  });

  it('draws values in [0, 1) and never changes the state it is given', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }), (seed) => {
        let state = seedRng(seed);
        for (let i = 0; i < 200; i++) {
          const copy = state.slice();
          const step = nextRandom(state);
          expect(state).toEqual(copy);
          expect(step.value).toBeGreaterThanOrEqual(0);
          expect(step.value).toBeLessThan(1);
          for (const w of step.state) expect(w >>> 0).toBe(w);
          state = step.state;
        }
      }),
      { seed: 42, numRuns: 50 },
    );
  });

  it('is roughly uniform (mean and deciles of 20,000 draws)', () => {
    const values = stream(12345, 20000);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    const bins = new Array<number>(10).fill(0);
    for (const v of values) bins[Math.floor(v * 10)]!++;
    for (const b of bins) expect(Math.abs(b - 2000)).toBeLessThan(200);
  });
});

const GOLDEN_STATE_SEED_1 = [2459862799, 1621824973, 3310820794, 2041432051];
const GOLDEN_VALUES_SEED_1 = [
  0.4256499295588583, 0.79042171058245, 0.6910148127935827, 0.5241122804582119, 0.9659408878069371,
];
