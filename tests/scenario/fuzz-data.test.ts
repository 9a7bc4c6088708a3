// Fuzzing, part 2: damage to the data of every shipped scenario, written back as JSON (half
// of the runs; the other half is in fuzz-text.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOTAL_RUNS, applyData, dataOp, fuzzTargets, loadsSanely } from './fuzz.ts';

describe('scenario files with damaged data', () => {
  for (const target of fuzzTargets(TOTAL_RUNS / 2)) {
    it(`${target.name}: ${target.runs} damaged copies give a scenario or located problems`, () => {
      let loaded = 0;
      fc.assert(
        fc.property(fc.array(dataOp, { minLength: 1, maxLength: 3 }), (ops) => {
          const data = structuredClone(target.data);
          for (const op of ops) applyData(data, op);
          if (loadsSanely(JSON.stringify(data, null, 1) ?? '', target.name)) loaded++;
        }),
        { seed: 20240521, numRuns: target.runs },
      );
      expect(loaded).toBeGreaterThan(0);
    });
  }
});
