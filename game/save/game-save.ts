// Saving and loading the running game: the glue between the session store, the save format and
// the host. The UI calls these (Save / Load / Continue); autosave.ts calls them after every
// quarter. None of them throws: each returns a result with a message the UI can show.

import { SAVE_ACCEPT } from '../../electron/shared/file-types.ts';
import type { Host, OpenedFile } from '../host/host.ts';
import type { Handicap } from '../engine/index.ts';
import type { SessionStore } from '../store/index.ts';
import type { GameStoreState } from '../store/index.ts';
import { SAVE_MIME, makeSave, readSave, saveFileName } from './save-file.ts';
import type { KnownScenario, SaveErrorCode } from './save-file.ts';
import { replayFailure } from './replay-failure.ts';
import type { ReplayFailureCode } from './replay-failure.ts';

export type SaveActionResult =
  | { ok: true }
  | {
      ok: false;
      code: SaveErrorCode | 'no_game' | 'no_file' | 'cancelled' | 'host' | ReplayFailureCode;
      message: string;
    };

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The handicap a game is played at, from its options: the session keeps the scenario as given
 * next to the level it plays it at. Throws when that scenario is not `known`'s (a save names
 * the scenario file by digest, so a game played on some other changed copy would not replay
 * from that file), or when `handicap` is given and disagrees.
 */
export function handicapOfGame(
  game: Pick<GameStoreState, 'scenario' | 'baseScenario' | 'handicap'>,
  known: KnownScenario,
  handicap?: Handicap,
): Handicap {
  const level = game.baseScenario === known.scenario ? game.handicap : undefined;
  if (level === undefined)
    throw new Error(
      `this game plays a changed copy of the scenario ${game.scenario.id} that is not a handicap of it, which a save file cannot record`,
    );
  if (handicap !== undefined && handicap !== level)
    throw new Error(`this game is played at the handicap ${level}, not ${handicap}`);
  return level;
}

/**
 * The save text of a game store's current state, with the handicap it is played at (read from
 * its scenario; see handicapOfGame, which also checks a `handicap` given). Throws if its
 * scenario is not one of `scenarios` or a handicap of one.
 */
export async function saveTextOf(
  game: Pick<GameStoreState, 'scenario' | 'baseScenario' | 'handicap' | 'seed' | 'humans' | 'log'> &
    Partial<Pick<GameStoreState, 'player'>>,
  scenarios: readonly KnownScenario[],
  handicap?: Handicap,
): Promise<string> {
  const known = scenarios.find((s) => s.id === game.scenario.id);
  if (!known) throw new Error(`the scenario ${game.scenario.id} is not one of the game's own`);
  return makeSave({
    scenarioId: known.id,
    scenarioText: known.text,
    seed: game.seed,
    humans: game.humans,
    handicap: handicapOfGame(game, known, handicap),
    player: game.player,
    log: game.log,
  });
}

/** The label of the last quarter played ("start" before the first). */
function lastQuarter(game: Pick<GameStoreState, 'log'>): string {
  return game.log[game.log.length - 1]?.quarter ?? 'start';
}

/** Offers the running game as a file (a download, or the desktop's Save dialog). */
export async function saveGameToFile(
  session: SessionStore,
  host: Host,
  scenarios: readonly KnownScenario[],
): Promise<SaveActionResult> {
  const game = session.getState().game?.getState();
  if (!game) return { ok: false, code: 'no_game', message: 'There is no game to save.' };
  try {
    const text = await saveTextOf(game, scenarios);
    const written = await host.saveFile(
      saveFileName(game.scenario.id, lastQuarter(game)),
      text,
      SAVE_MIME,
    );
    if (!written) return { ok: false, code: 'cancelled', message: 'Saving was cancelled.' };
    return { ok: true };
  } catch (e) {
    return { ok: false, code: 'host', message: `The game could not be saved: ${errorText(e)}` };
  }
}

/** Reads a save's text and, if it is good and replays, makes it the running game. On any
 * problem the running game is left exactly as it was. */
export async function loadGameFromText(
  session: SessionStore,
  text: string,
  scenarios: readonly KnownScenario[],
): Promise<SaveActionResult> {
  const read = await readSave(text, scenarios);
  if (!read.ok) return read;
  const restored = session.getState().restoreGame(read.scenario, read.saved);
  if (!restored.ok)
    return {
      ok: false,
      ...replayFailure(read, restored.message),
    };
  return { ok: true };
}

/** Lets the player pick a save file and loads it (see loadGameFromText). A cancelled pick
 * gives `{ok: false, code: 'no_file'}`, which the UI need not show. */
export async function loadGameFromFile(
  session: SessionStore,
  host: Host,
  scenarios: readonly KnownScenario[],
): Promise<SaveActionResult> {
  let file;
  try {
    // The shared list (electron/shared/file-types.ts): the desktop's main process allows
    // exactly these types, so the two cannot drift apart.
    file = await host.openFile(SAVE_ACCEPT);
  } catch (e) {
    return { ok: false, code: 'host', message: `The file could not be opened: ${errorText(e)}` };
  }
  if (!file) return { ok: false, code: 'no_file', message: 'No file was chosen.' };
  const loaded = await loadGameFromText(session, file.text, scenarios);
  if (loaded.ok) await confirmLoaded(host, file);
  return loaded;
}

/** Tells the host the game replayed `file`, so the desktop's Save writes to it from now on. A
 * host that cannot be told only means Save asks for a name again: the load still stands. */
export async function confirmLoaded(host: Host, file: OpenedFile): Promise<void> {
  try {
    await host.confirmLoaded?.(file);
  } catch {
    // Nothing is lost: Save will ask where to write.
  }
}
