// choice.ts: the O(n) share update must equal the switching-matrix formula of MODEL.md §2.7
// written out naively, keep shares summing to 1, and respect the logit's invariances.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logitTarget, logSumExp, updateShares } from '../../game/engine/choice.ts';

interface Market {
  utility: number[];
  active: boolean[];
  previous: number[];
  churn: number;
  switchingCost: number;
  contestable: number;
}

/** s'_i = (1-n)[(1-χ)s_i + χ Σ_j s_j P(j→i)] + n σ_i with P built entry by entry. */
function naive(m: Market): { target: number[]; share: number[]; rows: number[][] } {
  const n = m.utility.length;
  const idx = [...Array(n).keys()].filter((i) => m.active[i]);
  const top = Math.max(...idx.map((i) => m.utility[i]!));
  const e = m.utility.map((v) => Math.exp(v - top));
  let z = 0;
  for (const i of idx) z += e[i]!;
  const target = m.utility.map((_, i) => (m.active[i] ? e[i]! / z : 0));
  const rows: number[][] = [];
  for (let j = 0; j < n; j++) {
    const row = new Array<number>(n).fill(0);
    if (m.active[j]) {
      let d = 0;
      for (const l of idx) d += e[l]! * Math.exp(l === j ? 0 : -m.switchingCost);
      for (const i of idx) row[i] = (e[i]! * Math.exp(i === j ? 0 : -m.switchingCost)) / d;
    }
    rows.push(row);
  }
  const share = m.utility.map((_, i) => {
    if (!m.active[i]) return 0;
    let churned = 0;
    for (let j = 0; j < n; j++) churned += m.previous[j]! * rows[j]![i]!;
    return (
      (1 - m.contestable) * ((1 - m.churn) * m.previous[i]! + m.churn * churned) +
      m.contestable * target[i]!
    );
  });
  return { target, share, rows };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

const marketArb = (utilityRange = 20): fc.Arbitrary<Market> =>
  fc.integer({ min: 1, max: 12 }).chain((n) =>
    fc
      .record({
        utility: fc.array(fc.double({ min: -utilityRange, max: utilityRange, noNaN: true }), {
          minLength: n,
          maxLength: n,
        }),
        active: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        weights: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: n,
          maxLength: n,
        }),
        first: fc.integer({ min: 0, max: n - 1 }),
        churn: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
        switchingCost: fc.oneof(fc.constantFrom(0, 5), fc.double({ min: 0, max: 5, noNaN: true })),
        contestable: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
      })
      .map(({ utility, active, weights, first, churn, switchingCost, contestable }) => {
        const on = active.map((a, i) => a || i === first);
        const raw = weights.map((w, i) => (on[i] ? w + (i === first ? 1e-3 : 0) : 0));
        const total = sum(raw);
        return {
          utility,
          active: on,
          previous: raw.map((w) => w / total),
          churn,
          switchingCost,
          contestable,
        };
      }),
  );

const run = (m: Market) =>
  updateShares(m.utility, m.active, m.previous, m.churn, m.switchingCost, m.contestable);

describe('updateShares', () => {
  it('keeps shares summing to 1 within 1e-12, each in [0, 1], zero for inactive sellers', () => {
    fc.assert(
      fc.property(marketArb(), (m) => {
        const { share, target } = run(m);
        expect(Math.abs(sum(share) - 1)).toBeLessThanOrEqual(1e-12);
        expect(Math.abs(sum(target) - 1)).toBeLessThanOrEqual(1e-12);
        share.forEach((s, i) => {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
          if (!m.active[i]) expect(s).toBe(0);
        });
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('equals the explicit O(n²) switching-matrix formula to 1e-12', () => {
    fc.assert(
      fc.property(marketArb(), (m) => {
        const fast = run(m);
        const slow = naive(m);
        for (const row of slow.rows.filter((_, j) => m.active[j]))
          expect(Math.abs(sum(row) - 1)).toBeLessThanOrEqual(1e-12);
        fast.share.forEach((s, i) =>
          expect(Math.abs(s - slow.share[i]!)).toBeLessThanOrEqual(1e-12),
        );
        fast.target.forEach((s, i) =>
          expect(Math.abs(s - slow.target[i]!)).toBeLessThanOrEqual(1e-12),
        );
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('is unchanged by a uniform utility shift (target and shares)', () => {
    fc.assert(
      fc.property(marketArb(), fc.double({ min: -300, max: 300, noNaN: true }), (m, shift) => {
        const base = run(m);
        const moved = run({ ...m, utility: m.utility.map((v) => v + shift) });
        moved.target.forEach((s, i) =>
          expect(Math.abs(s - base.target[i]!)).toBeLessThanOrEqual(1e-12),
        );
        moved.share.forEach((s, i) =>
          expect(Math.abs(s - base.share[i]!)).toBeLessThanOrEqual(1e-12),
        );
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('gives the logit target when switching is free and everyone re-decides', () => {
    fc.assert(
      fc.property(marketArb(), (m) => {
        const { share, target } = run({ ...m, churn: 1, switchingCost: 0 });
        share.forEach((s, i) => expect(Math.abs(s - target[i]!)).toBeLessThanOrEqual(1e-12));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('leaves shares alone when nobody re-decides and nothing is contestable', () => {
    fc.assert(
      fc.property(marketArb(), (m) => {
        const { share } = run({ ...m, churn: 0, contestable: 0 });
        share.forEach((s, i) => expect(s).toBe(m.previous[i]));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('weakly raises a seller’s share when its own utility rises', () => {
    fc.assert(
      fc.property(
        marketArb(),
        fc.nat(),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (m, pick, gain) => {
          const actives = m.active.flatMap((a, i) => (a ? [i] : []));
          const i = actives[pick % actives.length]!;
          const before = run(m).share[i]!;
          const after = run({ ...m, utility: m.utility.map((v, j) => (j === i ? v + gain : v)) })
            .share[i]!;
          expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('stays finite and normalised for huge utilities (log-sum-exp, no overflow)', () => {
    fc.assert(
      fc.property(marketArb(5000), (m) => {
        const { share, target } = run(m);
        for (const v of [...share, ...target]) expect(Number.isFinite(v)).toBe(true);
        expect(Math.abs(sum(share) - 1)).toBeLessThanOrEqual(1e-12);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('opens a market (previous shares all zero) at the logit target', () => {
    const utility = [0.3, -1, 2];
    const active = [true, true, false];
    const { share, target } = updateShares(utility, active, [0, 0, 0], 0.3, 1, 0.2);
    expect(share).toEqual(target);
    expect(target[2]).toBe(0);
    expect(sum(target)).toBeCloseTo(1, 14);
  });
});

describe('logitTarget and logSumExp', () => {
  it('match the textbook logit on small utilities', () => {
    const u = [0, Math.log(2), Math.log(3)];
    const t = logitTarget(u, [true, true, true]);
    expect(t[0]).toBeCloseTo(1 / 6, 15);
    expect(t[1]).toBeCloseTo(2 / 6, 15);
    expect(t[2]).toBeCloseTo(3 / 6, 15);
    expect(logSumExp(u, [true, true, true])).toBeCloseTo(Math.log(6), 15);
  });

  it('return -Infinity / zeros when no seller is active', () => {
    expect(logSumExp([1, 2], [false, false])).toBe(-Infinity);
    expect(logitTarget([1, 2], [false, false])).toEqual([0, 0]);
  });
});
