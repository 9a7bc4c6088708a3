// Read-only views of the game store that more than one caller needs.

import type { GameData, SavedLog } from './types.ts';

/** What a save file records (the engine rebuilds everything else by replaying it). */
export function savedLog(state: GameData): SavedLog {
  return { seed: state.seed, humans: state.humans.slice(), log: state.log.slice() };
}

/** Humans who have not sealed this quarter's decisions yet, in the order they play. */
export function waitingFor(state: GameData): string[] {
  return state.humans.filter((id) => !state.committed[id]);
}
