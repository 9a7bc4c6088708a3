// Why a save that read well does not replay: either the file was changed after it was written,
// or it was recorded under earlier engine rules (an older build of the game), which compute some
// quarters differently. A teacher checking students' replays must not be told a file was edited
// when it was only made by an older copy of the game.

import { ENGINE_RULES } from '../engine/index.ts';

export type ReplayFailureCode = 'replay_failed' | 'older_rules';

export function replayFailure(
  rules: number | undefined,
  detail: string,
): { code: ReplayFailureCode; message: string } {
  if (rules !== undefined && rules !== ENGINE_RULES)
    return {
      code: 'older_rules',
      message: `This replay was saved by an ${rules < ENGINE_RULES ? 'earlier' : 'later'} version of the game (engine rules ${rules}; this copy plays rules ${ENGINE_RULES}), which computes some quarters differently, so it cannot be replayed here. The file is unchanged. (${detail})`,
    };
  return {
    code: 'replay_failed',
    message: `The save does not replay to the game it records: ${detail}`,
  };
}
