// One save file checked the way any copy of the game would check it: read against the shipped
// scenarios (format, scenario, providers), then replayed quarter by quarter with the engine,
// every recorded state hash compared (which is what tells a save made on another text of the
// scenario file from one made on another game). Never throws.

import { applyHandicap, isFinished, replay, stateHash } from '../engine/index.ts';
import type { GameState, Handicap, Scenario } from '../engine/index.ts';
import { readSave } from '../save/save-file.ts';
import type { KnownScenario, SaveErrorCode } from '../save/save-file.ts';
import { replayFailure } from '../save/replay-failure.ts';
import type { ReplayFailureCode } from '../save/replay-failure.ts';
import type { SavedLog } from '../session/index.ts';

export type VerifyErrorCode = SaveErrorCode | ReplayFailureCode;

export type VerifiedSave =
  | {
      ok: true;
      /** The scenario as played: the shipped one at the save's handicap. */
      scenario: Scenario;
      saved: SavedLog;
      handicap: Handicap;
      /** The game after the last quarter of the log. */
      state: GameState;
      quarters: number;
      finished: boolean;
      /** stateHash of `state`: two saves of the same game end on the same hash. */
      finalHash: string;
    }
  | { ok: false; code: VerifyErrorCode; message: string };

export async function verifySave(
  text: string,
  scenarios: readonly KnownScenario[],
): Promise<VerifiedSave> {
  const read = await readSave(text, scenarios);
  if (!read.ok) return read;
  try {
    const humans = read.saved.humans.slice();
    const scenario = applyHandicap(read.scenario, humans, read.handicap);
    const { state } = replay(scenario, { seed: read.saved.seed, humans, log: read.saved.log });
    return {
      ok: true,
      scenario,
      saved: read.saved,
      handicap: read.handicap,
      state,
      quarters: read.saved.log.length,
      finished: isFinished(scenario, state),
      finalHash: stateHash(state),
    };
  } catch (e) {
    // The engine names the quarter and log entry where the replay diverged.
    return {
      ok: false,
      ...replayFailure(read, e instanceof Error ? e.message : String(e)),
    };
  }
}
