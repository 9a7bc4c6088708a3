// Autosave: after every quarter (the running game's log grows), and when a saved game is
// loaded, the save text goes to the host, which keeps it durable and keeps the one before as a
// backup. Writes are queued, so they land in quarter order and a slow disk never has two writes
// in flight; only the newest waiting text is written.

import type { Host } from '../host/host.ts';
import type { GameStore, SessionStore } from '../store/index.ts';
import { loadGameFromText, saveTextOf } from './game-save.ts';
import type { SaveActionResult } from './game-save.ts';
import type { KnownScenario } from './save-file.ts';

export interface AutosaveHandle {
  /** Stops listening; a write already started still completes. */
  stop(): void;
  /** Resolves once every write asked for so far has finished (for tests and before unload). */
  flush(): Promise<void>;
}

export interface AutosaveOptions {
  /** Told about a write that failed (default: console.warn). The game goes on either way. */
  onError?: (message: string) => void;
}

export function startAutosave(
  session: SessionStore,
  host: Host,
  scenarios: readonly KnownScenario[],
  options: AutosaveOptions = {},
): AutosaveHandle {
  const report = options.onError ?? ((message: string) => console.warn(`autosave: ${message}`));
  let pending: GameStore | null = null; // the store whose state waits to be written
  let running: Promise<void> = Promise.resolve();
  let busy = false;

  const drain = async (): Promise<void> => {
    busy = true;
    while (pending) {
      const store = pending;
      pending = null;
      try {
        await host.writeAutosave(await saveTextOf(store.getState(), scenarios));
      } catch (e) {
        report(e instanceof Error ? e.message : String(e));
      }
    }
    busy = false;
  };
  const request = (store: GameStore): void => {
    pending = store;
    if (!busy) running = drain();
  };

  let unwatchGame: (() => void) | null = null;
  /** Follows `store`; `swapped` when it just replaced the game in play. */
  const watch = (store: GameStore | null, swapped: boolean): void => {
    unwatchGame?.();
    unwatchGame = null;
    if (!store) return;
    // A game loaded from a file (or continued) becomes what Continue resumes; a new game with
    // no quarter played yet leaves the previous autosave in place until its first quarter.
    if (swapped && store.getState().log.length > 0) request(store);
    unwatchGame = store.subscribe((state, previous) => {
      if (state.log.length > previous.log.length) request(store);
    });
  };
  watch(session.getState().game, false);
  const unwatchSession = session.subscribe((state, previous) => {
    if (state.game !== previous.game) watch(state.game, true);
  });

  return {
    stop() {
      unwatchSession();
      unwatchGame?.();
      unwatchGame = null;
    },
    async flush() {
      // A write requested while one runs joins the same drain loop; wait until it is idle.
      while (busy) await running;
    },
  };
}

export type ContinueResult = SaveActionResult & {
  /** Set when the newest autosave was unreadable and the one before it was loaded. */
  fromBackup?: boolean;
};

/** A host read that reports failure as a value: the text, undefined for none, or an Error. */
async function attempt(
  read: () => Promise<string | undefined>,
): Promise<string | undefined | Error> {
  try {
    return await read();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** Whether there is an autosave to offer ("Continue" on the start screen): the newest one or,
 * when that cannot be read (the desktop reports a truncated file), the backup before it. */
export async function hasAutosave(host: Host): Promise<boolean> {
  const latest = await attempt(() => host.readAutosave());
  if (typeof latest === 'string') return true;
  if (!host.readAutosaveBackup) return false;
  return typeof (await attempt(() => host.readAutosaveBackup!())) === 'string';
}

/** Restores the autosaved game; if the newest autosave cannot be read or does not load, tries
 * the backup (the autosave before it). */
export async function continueFromAutosave(
  session: SessionStore,
  host: Host,
  scenarios: readonly KnownScenario[],
): Promise<ContinueResult> {
  const text = await attempt(() => host.readAutosave());
  let latest: ContinueResult;
  if (text instanceof Error)
    latest = {
      ok: false,
      code: 'host',
      message: `The autosave could not be read: ${text.message}`,
    };
  else if (text === undefined)
    latest = { ok: false, code: 'no_file', message: 'There is no autosaved game to continue.' };
  else {
    latest = await loadGameFromText(session, text, scenarios);
    if (latest.ok) return latest;
  }
  if (!host.readAutosaveBackup) return latest;
  const backup = await attempt(() => host.readAutosaveBackup!());
  if (typeof backup !== 'string') return latest;
  const older = await loadGameFromText(session, backup, scenarios);
  return older.ok ? { ok: true, fromBackup: true } : latest;
}
