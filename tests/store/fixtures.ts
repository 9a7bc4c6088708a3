// Shared set-up for the store tests: the shipped two-provider classroom scenario (small and
// fast, and two providers make a hot-seat game), loaded once.

import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../game/engine/index.ts';
import { loadScenarioFile } from '../../game/scenario/load-file.ts';

export const CLASSROOM = fileURLToPath(
  new URL('../../scenarios/classroom-duopoly.yaml', import.meta.url),
);

export async function loadClassroom(): Promise<Scenario> {
  const loaded = await loadScenarioFile(CLASSROOM);
  if (!loaded.ok)
    throw new Error(`classroom scenario does not load: ${JSON.stringify(loaded.errors[0])}`);
  return loaded.scenario;
}

/** Freezes a value and everything inside it, so an in-place write anywhere throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
