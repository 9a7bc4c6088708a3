// Building the per-quarter part of the store: fresh drafts (each human's suggested decision),
// nothing committed and empty undo stacks. Used at start, after each quarter and after a load.

import { isFinished, suggestDecision } from '../engine/index.ts';
import type { Decision, GameState, Scenario } from '../engine/index.ts';
import type { GameData } from './types.ts';

type QuarterDrafts = Pick<GameData, 'drafts' | 'committed' | 'undo'>;

export function freshDrafts(
  scenario: Scenario,
  game: GameState,
  humans: readonly string[],
): QuarterDrafts {
  const drafts: Record<string, Decision> = {};
  const committed: Record<string, boolean> = {};
  const undo: Record<string, Decision[]> = {};
  // A finished game has no next quarter to suggest for.
  if (isFinished(scenario, game)) return { drafts, committed, undo };
  for (const id of humans) {
    drafts[id] = suggestDecision(scenario, game, id).decision;
    committed[id] = false;
    undo[id] = [];
  }
  return { drafts, committed, undo };
}
