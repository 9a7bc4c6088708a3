// Why a save that read well does not replay: the file was changed after it was written, or it
// was recorded under other engine rules (another build of the game), which compute some quarters
// differently, or on another version of its scenario file that plays differently. A teacher
// checking students' replays must not be told a file was edited when it was only made by another
// copy of the game.

import { ENGINE_RULES } from '../engine/index.ts';

export type ReplayFailureCode = 'replay_failed' | 'older_rules' | 'scenario_changed';

/** Why `read` (a save that read well) did not replay; `detail` is the engine's reason. */
export function replayFailure(
  read: {
    saved: { rules?: number | undefined };
    scenario: { id: string };
    scenarioEdited: boolean;
  },
  detail: string,
): { code: ReplayFailureCode; message: string } {
  const rules = read.saved.rules;
  if (rules !== undefined && rules !== ENGINE_RULES)
    return {
      code: 'older_rules',
      message: `This replay was saved by an ${rules < ENGINE_RULES ? 'earlier' : 'later'} version of the game (engine rules ${rules}; this copy plays rules ${ENGINE_RULES}), which computes some quarters differently, so it cannot be replayed here. The file is unchanged. (${detail})`,
    };
  if (read.scenarioEdited)
    return {
      code: 'scenario_changed',
      message: `This save was made with a different version of the scenario "${read.scenario.id}", and it does not replay the same on this one. The file is unchanged. (${detail})`,
    };
  return {
    code: 'replay_failed',
    message: `The save does not replay to the game it records: ${detail}`,
  };
}
