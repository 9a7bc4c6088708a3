// Golden per-quarter state hashes of the shipped scenarios (seed 1, no humans): any change to
// the engine or to a scenario's numbers changes them. Written by tests/golden/update.ts and
// checked by tests/engine/golden.test.ts.

import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../game/engine/index.ts';
import { isFinished, playQuarter, startGame } from '../../game/engine/index.ts';

export const GOLDEN_SEED = 1;
export const GOLDEN_DIR = fileURLToPath(new URL('../golden/', import.meta.url));
export const UPDATE_COMMAND = 'npx tsx tests/golden/update.ts';

export interface GoldenFile {
  scenario: string;
  seed: number;
  /** stateHash after each quarter the players play, by quarter label. */
  hashes: Record<string, string>;
}

export function goldenPath(scenarioId: string): string {
  return `${GOLDEN_DIR}${scenarioId}.json`;
}

export function goldenHashes(scenario: Scenario, seed = GOLDEN_SEED): GoldenFile {
  let state = startGame(scenario, { seed, humans: [] }).state;
  const hashes: Record<string, string> = {};
  while (!isFinished(scenario, state)) {
    const step = playQuarter(scenario, state, {});
    hashes[step.entry.quarter] = step.entry.hash;
    state = step.state;
  }
  return { scenario: scenario.id, seed, hashes };
}
