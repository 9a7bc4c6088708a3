// Rewrites the golden hash files of every shipped scenario: `npx tsx tests/golden/update.ts`.
// Run it after an intended change to the engine or to a scenario's numbers, and commit the
// new files with that change (the diff shows which scenarios and quarters moved).

import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { goldenHashes, goldenPath } from '../helpers/golden.ts';
import { loadScenario, shippedScenarioFiles } from '../helpers/scenarios.ts';

let failed = false;
for (const file of shippedScenarioFiles()) {
  try {
    const scenario = await loadScenario(file);
    const golden = goldenHashes(scenario);
    writeFileSync(goldenPath(scenario.id), `${JSON.stringify(golden, null, 2)}\n`);
    console.log(
      `${basename(file)}: ${Object.keys(golden.hashes).length} quarters -> ${goldenPath(scenario.id)}`,
    );
  } catch (error) {
    failed = true;
    console.error(`${basename(file)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
