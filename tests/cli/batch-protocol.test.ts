// A chunk's outcomes travel as one Float64Array: packing and unpacking must give back every
// number exactly, seed by seed and provider by provider.

import { expect, it } from 'vitest';
import { packOutcomes, unpackOutcome } from '../../game/cli/batch-protocol.ts';

it('packs outcomes into one array and unpacks them exactly', () => {
  const outcomes = [
    { iaasShare: [0.1, 0.2, 0.7], cumEbita: [1.5, -0.25, 1e-300] },
    { iaasShare: [1 / 3, 1 / 3, 1 / 3], cumEbita: [-0, 12345.678, Number.MAX_VALUE] },
  ];
  const packed = packOutcomes(outcomes, 3);
  expect(packed).toHaveLength(12);
  expect(Array.from(packed.subarray(0, 6))).toEqual([0.1, 0.2, 0.7, 1.5, -0.25, 1e-300]);
  expect(outcomes.map((_, i) => unpackOutcome(packed, i, 3))).toEqual(outcomes);
  expect(Object.is(unpackOutcome(packed, 1, 3).cumEbita[0], -0)).toBe(true);
});
