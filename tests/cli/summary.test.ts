// Batch summaries: the order statistics and the mean, independent of input order.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distribution } from '../../game/cli/summary.ts';

describe('distribution', () => {
  it('gives interpolated percentiles', () => {
    const values = [11, 1, 10, 2, 9, 3, 8, 4, 7, 5, 6];
    expect(distribution(values)).toEqual({ min: 1, p10: 2, median: 6, mean: 6, p90: 10, max: 11 });
    expect(distribution([0, 10])).toMatchObject({ p10: 1, median: 5, p90: 9 });
  });

  it('gives the value itself when all values are equal', () => {
    const v = 0.1 + 0.2;
    expect(distribution(new Array<number>(1000).fill(v))).toEqual({
      min: v,
      p10: v,
      median: v,
      mean: v,
      p90: v,
      max: v,
    });
  });

  it('is ordered and bounded for any input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        (values) => {
          const d = distribution(values);
          expect(d.min).toBeLessThanOrEqual(d.p10);
          expect(d.p10).toBeLessThanOrEqual(d.median);
          expect(d.median).toBeLessThanOrEqual(d.p90);
          expect(d.p90).toBeLessThanOrEqual(d.max);
          expect(d.mean).toBeGreaterThanOrEqual(d.min - 1e-9);
          expect(d.mean).toBeLessThanOrEqual(d.max + 1e-9);
        },
      ),
    );
  });
});
