// Shared by the scenario tests: the shipped files, text edits, and where a snippet sits.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import {
  type LoadResult,
  type ScenarioProblem,
  loadScenarioText,
} from '../../game/scenario/load.ts';

export const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export function shippedFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

export function readScenario(name: string): string {
  return readFileSync(`${SCENARIO_DIR}${name}`, 'utf8');
}

export const classroom = (): string => readScenario('classroom-duopoly.yaml');

/** Replaces exactly one occurrence, so a test cannot silently edit nothing. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  expect(at, `snippet not found: ${from}`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(from, at + 1), `snippet not unique: ${from}`).toBe(-1);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** 1-based line and column of the first character of `needle` in `text`. */
export function where(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  expect(at, `snippet not found: ${needle}`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

export function problems(text: string): ScenarioProblem[] {
  const result: LoadResult = loadScenarioText(text, 'test.yaml');
  if (result.ok) throw new Error('expected problems, but the scenario loaded');
  return result.errors;
}

/** The one problem at `path` (fails if there is none or several). */
export function problemAt(text: string, path: string): ScenarioProblem {
  const all = problems(text);
  const found = all.filter((p) => p.path === path);
  expect(found, JSON.stringify(all, null, 1)).toHaveLength(1);
  return found[0]!;
}

/** Replaces the first occurrence of `from` after `anchor` (for repeated blocks). */
export function editAfter(text: string, anchor: string, from: string, to: string): string {
  const start = text.indexOf(anchor);
  expect(start, `anchor not found: ${anchor}`).toBeGreaterThanOrEqual(0);
  const at = text.indexOf(from, start);
  expect(at, `snippet not found after anchor: ${from}`).toBeGreaterThanOrEqual(0);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
