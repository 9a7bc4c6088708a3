// The teacher console's import of replay files from an offline class (students who played solo
// or hot-seat): each file is verified by replay, each of its players scored, and the players
// ranked against the others who played the same scenario (a score means nothing across
// scenarios). A bad file is reported with its name and the reason, and the others go on.

import { score } from '../engine/index.ts';
import type { Handicap } from '../engine/index.ts';
import type { KnownScenario } from '../save/save-file.ts';
import { verifySave } from './verify-save.ts';
import type { VerifyErrorCode } from './verify-save.ts';

export interface ReplayFile {
  name: string;
  text: string;
}

/** At most this many files per import: a class, with room to spare. */
export const MAX_REPLAY_FILES = 500;

export interface RankedReplay {
  /** The file's name as given. */
  file: string;
  scenario: string;
  provider: string;
  /** The player's or team's name typed on the start screen ('' when none was). */
  player: string;
  handicap: Handicap;
  quarters: number;
  finished: boolean;
  /** Out of 100, as the engine scores it. */
  score: number;
  /** Among the players of the same scenario, best first; equal scores (to 2 decimals) share a rank. */
  rank: number;
  /** The first file holding the very same game (same final state), if this is a copy of it. */
  duplicateOf: string | null;
}

export interface RejectedReplay {
  file: string;
  code: VerifyErrorCode | 'too_many_files';
  message: string;
}

export interface ReplayRanking {
  /** By scenario id, then rank, then file name. */
  ranked: RankedReplay[];
  rejected: RejectedReplay[];
}

const printed = (x: number): number => Number(x.toFixed(2));

export async function rankReplays(
  files: readonly ReplayFile[],
  scenarios: readonly KnownScenario[],
): Promise<ReplayRanking> {
  const ranked: RankedReplay[] = [];
  const rejected: RejectedReplay[] = [];
  const firstOfGame = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    if (i >= MAX_REPLAY_FILES) {
      rejected.push({
        file: file.name,
        code: 'too_many_files',
        message: `${file.name}: not read; one import takes at most ${MAX_REPLAY_FILES} files.`,
      });
      continue;
    }
    const verified = await verifySave(file.text, scenarios);
    if (!verified.ok) {
      rejected.push({
        file: file.name,
        code: verified.code,
        message: `${file.name}: ${verified.message}`,
      });
      continue;
    }
    const game = `${verified.scenario.id}|${verified.saved.humans.join(',')}|${verified.finalHash}`;
    const duplicateOf = firstOfGame.get(game) ?? null;
    if (duplicateOf === null) firstOfGame.set(game, file.name);
    for (const provider of verified.saved.humans)
      ranked.push({
        file: file.name,
        scenario: verified.scenario.id,
        provider,
        player: verified.saved.player ?? '',
        handicap: verified.handicap,
        quarters: verified.quarters,
        finished: verified.finished,
        score: score(verified.scenario, verified.state, provider).score,
        rank: 0,
        duplicateOf,
      });
  }
  ranked.sort(
    (a, b) =>
      a.scenario.localeCompare(b.scenario) ||
      printed(b.score) - printed(a.score) ||
      a.file.localeCompare(b.file) ||
      a.provider.localeCompare(b.provider),
  );
  ranked.forEach((row, i) => {
    const previous = ranked[i - 1];
    if (!previous || previous.scenario !== row.scenario) row.rank = 1;
    else if (printed(previous.score) === printed(row.score)) row.rank = previous.rank;
    else {
      // Competition ranking inside the scenario: 1 + how many of its players scored more.
      let better = 0;
      for (let j = i - 1; j >= 0 && ranked[j]!.scenario === row.scenario; j--) better++;
      row.rank = better + 1;
    }
  });
  return { ranked, rejected };
}
