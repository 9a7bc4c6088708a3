// calendar.ts: quarter labels and integer quarters convert both ways.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelAt, labelOf, quarterIndex, tOf } from '../../game/engine/index.ts';
import { yearAt } from '../../game/engine/calendar.ts';

const labelArb = fc
  .record({ year: fc.integer({ min: 1990, max: 2099 }), q: fc.integer({ min: 1, max: 4 }) })
  .map(({ year, q }) => `${year}Q${q}`);

describe('calendar', () => {
  it('round-trips labels and indices', () => {
    fc.assert(
      fc.property(labelArb, (label) => {
        expect(labelOf(quarterIndex(label))).toBe(label);
      }),
      { seed: 42, numRuns: 300 },
    );
    expect(quarterIndex('2024Q1') - quarterIndex('2023Q4')).toBe(1);
  });

  it('counts quarters from the origin: labelAt and tOf are inverse', () => {
    fc.assert(
      fc.property(labelArb, fc.integer({ min: -200, max: 400 }), (origin, t) => {
        expect(tOf(origin, labelAt(origin, t))).toBe(t);
      }),
      { seed: 42, numRuns: 300 },
    );
    expect(labelAt('2021Q2', 0)).toBe('2021Q2');
    expect(labelAt('2021Q2', 1)).toBe('2021Q3');
    expect(labelAt('2021Q2', 7)).toBe('2023Q1');
    expect(labelAt('2021Q2', 18)).toBe('2025Q4');
    expect(labelAt('2021Q2', -2)).toBe('2020Q4');
    expect(tOf('2021Q2', '2023Q4')).toBe(10);
    expect(tOf('2021Q2', '2021Q1')).toBe(-1);
  });

  it('gives the calendar year of quarter t', () => {
    expect(yearAt('2021Q2', 0)).toBe(2021);
    expect(yearAt('2021Q2', 2)).toBe(2021);
    expect(yearAt('2021Q2', 3)).toBe(2022);
    expect(yearAt('2023Q4', 1)).toBe(2024);
  });

  it('refuses malformed labels', () => {
    for (const bad of ['2023Q5', '2023Q0', '23Q1', '2023q1', '2023-Q1', '', '2023Q1 '])
      expect(() => quarterIndex(bad)).toThrow(/quarter label/);
  });
});
