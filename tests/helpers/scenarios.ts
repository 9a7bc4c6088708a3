// Loading the shipped scenario files once per test file, and copies of a scenario that a test
// may change (loaded scenarios are deeply frozen).

import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../game/engine/index.ts';
import { loadScenarioFile } from '../../game/scenario/load-file.ts';

export const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
export const CHINA_FILE = `${SCENARIO_DIR}china-2021-long-slide.yaml`;

const loaded = new Map<string, Promise<Scenario>>();

/** Loads a scenario file (cached); throws with the loader's first errors if it does not load. */
export function loadScenario(path: string): Promise<Scenario> {
  let promise = loaded.get(path);
  if (!promise) {
    promise = loadScenarioFile(path).then((result) => {
      if (!result.ok)
        throw new Error(
          `${path} does not load:\n${JSON.stringify(result.errors.slice(0, 5), null, 1)}`,
        );
      return result.scenario;
    });
    loaded.set(path, promise);
  }
  return promise;
}

export function loadChina(): Promise<Scenario> {
  return loadScenario(CHINA_FILE);
}

/** Every shipped scenario file, sorted by name. */
export function shippedScenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => `${SCENARIO_DIR}${name}`);
}

/** A deep, unfrozen copy that a test may edit; the engine caches per scenario object. */
export function editable(scenario: Scenario): Scenario {
  return structuredClone(scenario);
}
