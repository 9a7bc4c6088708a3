// Difficulty as handicaps, never as a weaker AI: the rivals keep their strategies, and the
// scenario copy changes the humans' starting cash and the rivals' brand advantage (their
// residual utility offset). The shipped scenario itself is never touched.
//
// Pure and shared by the start screen (which plays the copy) and the save format (which
// records the level and rebuilds the same copy from the shipped file when a save is read).

import type { Scenario } from '../engine/types.ts';

export const HANDICAPS = ['easy', 'normal', 'hard'] as const;
export type Handicap = (typeof HANDICAPS)[number];
export const DEFAULT_HANDICAP: Handicap = 'normal';

const CASH: Record<Handicap, number> = { easy: 1.5, normal: 1, hard: 0.7 };
/** Utils added to every rival's residual offset (a brand advantage). */
const RIVAL_OFFSET: Record<Handicap, number> = { easy: -0.1, normal: 0, hard: 0.1 };

export function isHandicap(value: unknown): value is Handicap {
  return typeof value === 'string' && (HANDICAPS as readonly string[]).includes(value);
}

/** Where a handicapped copy came from, so a save can name the shipped file and the level. */
export interface HandicapOrigin {
  base: Scenario;
  humans: readonly string[];
  level: Handicap;
}

const origins = new WeakMap<Scenario, HandicapOrigin>();

/**
 * The scenario as played at `handicap` with these humans: the scenario itself for 'normal',
 * otherwise a changed copy (the same inputs always give an equal copy).
 */
export function applyHandicap(
  scenario: Scenario,
  humans: readonly string[],
  handicap: Handicap,
): Scenario {
  if (handicap === 'normal') return scenario;
  if (!isHandicap(handicap)) throw new Error(`unknown handicap "${String(handicap)}"`);
  const copy = structuredClone(scenario) as Scenario;
  for (const p of copy.providers) {
    if (humans.includes(p.id)) p.cash0 = p.cash0 * CASH[handicap];
    else if (p.iaas)
      p.residual = { ...p.residual, offset: p.residual.offset + RIVAL_OFFSET[handicap] };
  }
  origins.set(copy, { base: scenario, humans: humans.slice(), level: handicap });
  return copy;
}

/**
 * The shipped scenario and level a scenario was made from by applyHandicap, or undefined for a
 * scenario applyHandicap did not make (a shipped scenario itself, or some other copy).
 */
export function handicapOrigin(scenario: Scenario): HandicapOrigin | undefined {
  return origins.get(scenario);
}
