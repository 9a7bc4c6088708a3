// Quarter arithmetic. The engine counts quarters as integers t from the scenario's origin
// (t = 0); labels like "2023Q2" are for people and scenario files.

import type { QuarterLabel } from './types.ts';

const LABEL = /^(\d{4})Q([1-4])$/;

/** Quarters since year 0 Q1: a monotone index that makes label arithmetic simple. */
const parsed = new Map<string, number>();

export function quarterIndex(label: QuarterLabel): number {
  // Labels come from a handful of scenario fields and are asked for every quarter: parse once.
  const known = parsed.get(label);
  if (known !== undefined) return known;
  const match = LABEL.exec(label);
  if (!match) throw new Error(`not a quarter label: ${label}`);
  const index = Number(match[1]) * 4 + Number(match[2]) - 1;
  if (parsed.size < 10_000) parsed.set(label, index);
  return index;
}

export function labelOf(index: number): QuarterLabel {
  const year = Math.floor(index / 4);
  return `${year}Q${index - year * 4 + 1}`;
}

/** Quarter t of a scenario whose origin is `origin`. */
export function labelAt(origin: QuarterLabel, t: number): QuarterLabel {
  return labelOf(quarterIndex(origin) + t);
}

/** t of `label` in a scenario whose origin is `origin` (may be negative). */
export function tOf(origin: QuarterLabel, label: QuarterLabel): number {
  return quarterIndex(label) - quarterIndex(origin);
}

export function yearAt(origin: QuarterLabel, t: number): number {
  return Math.floor((quarterIndex(origin) + t) / 4);
}
