// Finding and loading the scenario named on the command line: a shipped id resolves to
// scenarios/<id>.yaml in this project (wherever sim is run from); anything that looks like a
// path is read as given.

import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { Scenario } from '../engine/index.ts';
import { loadScenarioFile } from '../scenario/load-file.ts';
import { formatProblems } from '../scenario/format-problem.ts';
import { UsageError } from './usage.ts';

const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** Ids of the shipped scenarios, sorted. */
export function shippedScenarioIds(): string[] {
  try {
    return readdirSync(SCENARIO_DIR)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.slice(0, -'.yaml'.length))
      .sort();
  } catch {
    return [];
  }
}

function looksLikePath(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);
}

export function scenarioPath(ref: string): string {
  const known = shippedScenarioIds();
  const path = looksLikePath(ref) ? resolve(ref) : join(SCENARIO_DIR, `${ref}.yaml`);
  if (!existsSync(path))
    throw new UsageError(
      `unknown scenario "${ref}"; valid scenarios: ${known.join(', ') || '(none shipped)'}, or a path to a .yaml file`,
    );
  return path;
}

/** Loads a scenario or throws a UsageError listing every problem of the file. */
export async function loadScenarioRef(ref: string): Promise<{ scenario: Scenario; path: string }> {
  const path = scenarioPath(ref);
  const loaded = await loadScenarioFile(path);
  if (loaded.ok) return { scenario: loaded.scenario, path };
  throw new UsageError(
    `scenario "${ref}" has ${loaded.errors.length} problem(s):\n${formatProblems(loaded.errors)}`,
  );
}
