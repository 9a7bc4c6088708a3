// Read-only views of the session that more than one caller needs.

import type { SavedLog, SessionData } from './types.ts';

/** What a save file records (the engine rebuilds everything else by replaying it). */
export function savedLog(state: SessionData): SavedLog {
  return {
    seed: state.seed,
    humans: state.humans.slice(),
    ...(state.handicap === 'normal' ? {} : { handicap: state.handicap }),
    log: state.log.slice(),
  };
}
