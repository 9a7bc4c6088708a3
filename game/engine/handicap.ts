// Difficulty as handicaps, never as a weaker AI: the rivals keep their strategies, and the
// scenario copy changes the humans' starting cash and the rivals' brand advantage (their
// residual utility offset). At 'hard' the rivals also think further: every computer-run IaaS
// rival without a scripted history best-responds (searches its own prices one quarter ahead
// with the engine's forecast) on a finer grid. The shipped scenario itself is never touched.
//
// Pure. The level is one of the game's options (GameOptions.handicap): the session keeps the
// scenario as shipped next to the level and plays the copy this file makes, and a save records
// the level and rebuilds the same copy from the shipped file.

import { copyPlain } from './copy-plain.ts';
import { EngineError } from './errors.ts';
import type { Scenario } from './types.ts';

export const HANDICAPS = ['easy', 'normal', 'hard'] as const;
export type Handicap = (typeof HANDICAPS)[number];
export const DEFAULT_HANDICAP: Handicap = 'normal';

const CASH: Record<Handicap, number> = { easy: 1.5, normal: 1, hard: 0.7 };
/** Utils added to every rival's residual offset (a brand advantage). */
const RIVAL_OFFSET: Record<Handicap, number> = { easy: -0.1, normal: 0, hard: 0.1 };
/** Grid points per price line a best-responding rival tries at 'hard' (scenario's otherwise). */
export const HARD_LOOKAHEAD = 5;

/** At 'hard', IaaS rivals that follow a policy (not a history script) best-respond. */
export function smarterRivals(scenario: Scenario, humans: readonly string[]): Scenario {
  const copy = copyPlain(scenario);
  for (const p of copy.providers) {
    if (humans.includes(p.id) || !p.iaas || p.policy.kind === 'history') continue;
    // A punisher keeps its character; everyone else looks ahead.
    if (p.policy.reaction !== 'punisher') {
      p.policy = {
        ...p.policy,
        reaction: 'best-responder',
        lookahead: Math.max(p.policy.lookahead, HARD_LOOKAHEAD),
      };
    }
  }
  return copy;
}

export function isHandicap(value: unknown): value is Handicap {
  return typeof value === 'string' && (HANDICAPS as readonly string[]).includes(value);
}

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
  if (!isHandicap(handicap)) throw new EngineError(`unknown handicap "${String(handicap)}"`);
  const copy = copyPlain(handicap === 'hard' ? smarterRivals(scenario, humans) : scenario);
  for (const p of copy.providers) {
    if (humans.includes(p.id)) p.cash0 = p.cash0 * CASH[handicap];
    else if (p.iaas)
      p.residual = { ...p.residual, offset: p.residual.offset + RIVAL_OFFSET[handicap] };
  }
  return copy;
}
