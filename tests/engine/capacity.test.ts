// capacity.ts: rationing serves priority groups first, shares a short group pro rata, and
// never hands out more than is available (MODEL.md §2.8).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needFor, rationFractions } from '../../game/engine/capacity.ts';

const caseArb = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    need: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })), {
      minLength: n,
      maxLength: n,
    }),
    available: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 600, noNaN: true })),
    groups: fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }), {
      maxLength: 4,
    }),
  }),
);

/** The order markets are served in: each listed market in its first group, then the rest. */
function orderOf(n: number, groups: readonly (readonly number[])[]): number[][] {
  const seen = new Set<number>();
  const out = groups.map((g) => g.filter((m) => !seen.has(m) && (seen.add(m), true)));
  out.push([...Array(n).keys()].filter((m) => !seen.has(m)));
  return out.filter((g) => g.length > 0);
}

function served(need: readonly number[], fraction: readonly number[]): number {
  return need.reduce((a, q, m) => a + q * fraction[m]!, 0);
}

describe('rationFractions', () => {
  it('never serves more than is available, and every fraction is in [0, 1]', () => {
    fc.assert(
      fc.property(caseArb, ({ need, available, groups }) => {
        const f = rationFractions(need, available, groups);
        expect(f).toHaveLength(need.length);
        for (const v of f) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
        expect(served(need, f)).toBeLessThanOrEqual(available * (1 + 1e-12) + 1e-12);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('serves everything when there is enough, and uses all of it when there is not', () => {
    fc.assert(
      fc.property(caseArb, ({ need, available, groups }) => {
        const f = rationFractions(need, available, groups);
        const total = need.reduce((a, b) => a + b, 0);
        if (total <= available) need.forEach((q, m) => q > 0 && expect(f[m]).toBe(1));
        else
          expect(Math.abs(served(need, f) - available)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, available),
          );
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('serves priority groups first and each group pro rata', () => {
    fc.assert(
      fc.property(caseArb, ({ need, available, groups }) => {
        const f = rationFractions(need, available, groups);
        let short = false;
        let servedAfterShort = 0;
        for (const group of orderOf(need.length, groups)) {
          const withNeed = group.filter((m) => need[m]! > 0);
          // Pro rata: one fraction for the whole group.
          for (const m of withNeed) expect(f[m]).toBe(f[withNeed[0]!]);
          if (withNeed.length === 0) continue;
          const g = f[withNeed[0]!]!;
          if (short) servedAfterShort += withNeed.reduce((a, m) => a + need[m]! * g, 0);
          if (g < 1) short = true;
        }
        // Once a group went short, nothing is left for later groups (but rounding crumbs).
        expect(servedAfterShort).toBeLessThanOrEqual(1e-12 * Math.max(1, available));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('handles a worked example', () => {
    // Need 10 + 10 in the priority group, 20 in the rest, 15 available.
    expect(rationFractions([10, 20, 10], 15, [[0, 2]])).toEqual([0.75, 0, 0.75]);
    // Same need, 30 available: the priority group in full, the rest gets 10 of 20.
    expect(rationFractions([10, 20, 10], 30, [[2], [0]])).toEqual([1, 0.5, 1]);
    // A market listed twice counts in its first group only.
    expect(rationFractions([10, 10], 10, [[1], [1, 0]])).toEqual([0, 1]);
    // Negative availability serves nothing.
    expect(rationFractions([5, 5], -3, [])).toEqual([0, 0]);
  });
});

describe('needFor', () => {
  it('splits compute between GPUs and CPUs by GPU intensity; storage is CPU; tokens are GPU', () => {
    expect(needFor(0, 10, 0.2, 0.5, 4)).toEqual({ gpu: (0.2 * 10) / 0.5, cpu: 0.8 * 10 });
    expect(needFor(1, 10, 0.2, 0.5, 4)).toEqual({ gpu: 0, cpu: 10 });
    expect(needFor(2, 10, 0.2, 0.5, 4)).toEqual({ gpu: 2.5, cpu: 0 });
  });
});
