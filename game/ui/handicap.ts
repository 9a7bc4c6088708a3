// Difficulty as handicaps, never as a weaker AI: the rivals keep their strategies, and the
// scenario copy changes the humans' starting cash and the rivals' brand advantage (their
// residual utility offset). The shipped scenario itself is never touched.

import type { Scenario } from '../engine/index.ts';

export const HANDICAPS = ['easy', 'normal', 'hard'] as const;
export type Handicap = (typeof HANDICAPS)[number];

const CASH: Record<Handicap, number> = { easy: 1.5, normal: 1, hard: 0.7 };
/** Utils added to every rival's residual offset (a brand advantage). */
const RIVAL_OFFSET: Record<Handicap, number> = { easy: -0.1, normal: 0, hard: 0.1 };

export function applyHandicap(
  scenario: Scenario,
  humans: readonly string[],
  handicap: Handicap,
): Scenario {
  if (handicap === 'normal') return scenario;
  const copy = structuredClone(scenario) as Scenario;
  for (const p of copy.providers) {
    if (humans.includes(p.id)) p.cash0 = p.cash0 * CASH[handicap];
    else if (p.iaas)
      p.residual = { ...p.residual, offset: p.residual.offset + RIVAL_OFFSET[handicap] };
  }
  return copy;
}
