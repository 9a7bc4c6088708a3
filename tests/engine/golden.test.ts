// Golden per-quarter state hashes of every shipped scenario (seed 1, rival policies only).
// A mismatch means the engine or the scenario's numbers changed: if that was intended,
// regenerate with `npx tsx tests/golden/update.ts` and commit the new files.

import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldenFile } from '../helpers/golden.ts';
import { GOLDEN_SEED, goldenHashes, goldenPath, UPDATE_COMMAND } from '../helpers/golden.ts';
import { loadScenario, shippedScenarioFiles } from '../helpers/scenarios.ts';

const files = shippedScenarioFiles();

describe('golden state hashes of the shipped scenarios', () => {
  it('has shipped scenarios to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files)
    it(basename(file), async () => {
      const scenario = await loadScenario(file);
      const path = goldenPath(scenario.id);
      if (!existsSync(path))
        expect.fail(
          `no golden file ${path} for scenario ${scenario.id}; generate it with \`${UPDATE_COMMAND}\``,
        );
      const golden = JSON.parse(readFileSync(path, 'utf8')) as GoldenFile;
      expect(golden.scenario).toBe(scenario.id);
      expect(golden.seed).toBe(GOLDEN_SEED);
      const actual = goldenHashes(scenario, golden.seed);
      const quarters = [
        ...new Set([...Object.keys(golden.hashes), ...Object.keys(actual.hashes)]),
      ].sort();
      const first = quarters.find((q) => golden.hashes[q] !== actual.hashes[q]);
      if (first !== undefined)
        expect.fail(
          `${scenario.id} diverges from its golden hashes at ${first} ` +
            `(golden ${golden.hashes[first] ?? 'none'}, now ${actual.hashes[first] ?? 'none'}). ` +
            `If the engine or the scenario changed on purpose, regenerate with \`${UPDATE_COMMAND}\`.`,
        );
      expect(actual.hashes).toEqual(golden.hashes);
    });
});
