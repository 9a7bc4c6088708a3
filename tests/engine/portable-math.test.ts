// The engine's exp, log and pow: accurate to about one unit in the last place against this
// runtime's Math, exact where the answer is, and right at the edges (zero, infinity, NaN,
// subnormals). That they give the same bits in a browser is tests/e2e/determinism.spec.ts.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp, log, pow } from '../../game/engine/portable-math.ts';

/** |a − b| in units of b's last place (0 when equal, Infinity when one is NaN). */
function ulpsApart(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  if (Number.isNaN(a) || Number.isNaN(b)) return Infinity;
  const ulp = Math.max(Math.abs(b) * Number.EPSILON, Number.MIN_VALUE);
  return Math.abs(a - b) / ulp;
}

const RUNS = { numRuns: 20_000 };

describe('portable exp', () => {
  it('is within one unit in the last place of Math.exp over the finite range', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(ulpsApart(exp(x), Math.exp(x))).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('is exact at 0 and right at the edges of the range', () => {
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
    expect(exp(710)).toBe(Infinity);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(-746)).toBe(0);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(NaN)).toBeNaN();
    expect(ulpsApart(exp(709.78), Math.exp(709.78))).toBeLessThanOrEqual(1);
    // Deep in the subnormals only a few bits remain; the value still matches to the last one.
    expect(exp(-740)).toBe(Math.exp(-740));
  });
});

describe('portable log', () => {
  it('is within one unit in the last place of Math.log for positive doubles', () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }), (x) => {
        expect(ulpsApart(log(x), Math.log(x))).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('keeps its accuracy next to 1, where ln x is small', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.99, max: 1.01, noNaN: true }), (x) => {
        expect(ulpsApart(log(x), Math.log(x))).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('is exact at 1 and powers of two are whole multiples of ln 2', () => {
    expect(log(1)).toBe(0);
    expect(ulpsApart(log(1024), 10 * Math.LN2)).toBeLessThanOrEqual(1);
    expect(ulpsApart(log(Number.MIN_VALUE), Math.log(Number.MIN_VALUE))).toBeLessThanOrEqual(1);
  });

  it('gives -Infinity at 0, NaN below it and for NaN, Infinity at Infinity', () => {
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(NaN)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
  });
});

describe('portable pow', () => {
  it('is within two units in the last place where |exponent · ln base| ≤ 2, as the engine uses it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: -40, max: 40, noNaN: true }),
        (base, exponent) => {
          fc.pre(Math.abs(exponent * Math.log(base)) <= 2);
          expect(ulpsApart(pow(base, exponent), Math.pow(base, exponent))).toBeLessThanOrEqual(2);
        },
      ),
      RUNS,
    );
  });

  it('loses accuracy only in proportion to |exponent · ln base| over a wide range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -60, max: 60, noNaN: true }),
        (base, exponent) => {
          // exp amplifies the rounding of exponent · ln base by the size of that product.
          const ulps = 2 + Math.abs(exponent * Math.log(base));
          expect(ulpsApart(pow(base, exponent), Math.pow(base, exponent))).toBeLessThanOrEqual(
            ulps,
          );
        },
      ),
      RUNS,
    );
  });

  it('multiplies out small whole exponents exactly', () => {
    expect(pow(2, 3)).toBe(8);
    expect(pow(10, 2)).toBe(100);
    expect(pow(2, -2)).toBe(0.25);
    expect(pow(-2, 3)).toBe(-8);
    expect(pow(1.5, 1)).toBe(1.5);
  });

  it('follows Math.pow at zero, one, negative bases and NaN', () => {
    expect(pow(0, 0)).toBe(1);
    expect(pow(NaN, 0)).toBe(1);
    expect(pow(1, NaN)).toBe(1);
    expect(pow(0, 0.5)).toBe(0);
    expect(pow(0, -0.5)).toBe(Infinity);
    expect(pow(-8, 1 / 3)).toBeNaN();
    expect(pow(-2, 10)).toBe(1024);
    expect(pow(-2, 11)).toBe(-2048);
    expect(pow(NaN, 2)).toBeNaN();
  });
});

describe('portable series in straight-line code', () => {
  // The series as a loop over the coefficient table, as the engine summed it before the sums were
  // written out term by term: the same operations in the same order must give the same bits, or
  // every saved game's hashes would move.
  const factorials = [1];
  for (let n = 1; n < 14; n++) factorials.push(factorials[n - 1]! / n);
  const logTerms = Array.from({ length: 12 }, (_, i) => 2 / (2 * (i + 1) + 1));
  function loopExp(x: number): number {
    const k = Math.round(x * 1.4426950408889634);
    const r = x - k * 0.6931471803691238 - k * 1.9082149292705877e-10;
    let series = factorials[13]!;
    for (let n = 12; n >= 0; n--) series = series * r + factorials[n]!;
    return series * 2 ** k;
  }
  function loopLogSeries(z: number): number {
    let series = logTerms[11]!;
    for (let n = 10; n >= 0; n--) series = series * z + logTerms[n]!;
    return series;
  }

  it('gives exp the bits of the loop', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(Object.is(exp(x), loopExp(x))).toBe(true);
      }),
      RUNS,
    );
  });

  it('gives log the bits of the loop', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 2, noNaN: true }), (x) => {
        // x in [½, 2]: the exponent is 0 or ±1, so only the series and its arrangement remain.
        let m = x;
        let e = 0;
        if (m > Math.SQRT2) {
          m /= 2;
          e = 1;
        } else if (m <= Math.SQRT1_2) {
          m *= 2;
          e = -1;
        }
        const f = m - 1;
        const s = f / (2 + f);
        const z = s * s;
        const half = 0.5 * f * f;
        const logM = f - (half - s * (half + z * loopLogSeries(z)));
        const expected = e * 0.6931471803691238 + (logM + e * 1.9082149292705877e-10);
        expect(Object.is(log(x), expected)).toBe(true);
      }),
      RUNS,
    );
  });
});
