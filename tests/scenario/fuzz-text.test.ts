// Fuzzing, part 1: damage to the text of every shipped scenario (half of the runs; the other
// half is in fuzz-data.test.ts, so the two run on separate cores).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOTAL_RUNS, applyText, fuzzTargets, loadsSanely, textOp } from './fuzz.ts';

describe('scenario files with damaged text', () => {
  for (const target of fuzzTargets(TOTAL_RUNS / 2)) {
    it(`${target.name}: ${target.runs} damaged copies give a scenario or located problems`, () => {
      let loaded = 0;
      fc.assert(
        fc.property(fc.array(textOp, { minLength: 1, maxLength: 3 }), (ops) => {
          if (loadsSanely(ops.reduce(applyText, target.text), target.name)) loaded++;
        }),
        { seed: 20240521, numRuns: target.runs },
      );
      // Some damage is harmless (a flipped comment); without any loads the check is void.
      expect(loaded).toBeGreaterThan(0);
    });
  }
});
