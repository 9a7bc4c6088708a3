// Autosave after every quarter, and Continue: through a host that keeps its texts in memory (the
// IndexedDB slot behind the browser host is tested in tests/host).

import { beforeAll, describe, expect, it } from 'vitest';
import { stateHash } from '../../game/engine/index.ts';
import type { BrowserHost } from '../../game/host/host.ts';
import { continueFromAutosave, hasAutosave, startAutosave } from '../../game/save/autosave.ts';
import { loadGameFromFile, saveGameToFile, saveTextOf } from '../../game/save/game-save.ts';
import { readSave } from '../../game/save/save-file.ts';
import type { KnownScenario } from '../../game/save/save-file.ts';
import { createSessionStore } from '../../game/store/index.ts';
import { known, knownScenarios, playQuarter, playedSession } from './fixtures.ts';

let scenarios: KnownScenario[];
beforeAll(async () => {
  scenarios = await knownScenarios();
});

interface MemoryHost extends BrowserHost {
  writes: string[];
  files: { name: string; text: string; mime: string }[];
  toOpen: string | undefined;
  latest: string | undefined;
  backup: string | undefined;
  failNext: boolean;
}

function memoryHost(): MemoryHost {
  const host: MemoryHost = {
    kind: 'browser',
    writes: [],
    files: [],
    toOpen: undefined,
    latest: undefined,
    backup: undefined,
    failNext: false,
    async writeAutosave(text) {
      await new Promise((r) => setTimeout(r, 2)); // a slow disk
      if (host.failNext) {
        host.failNext = false;
        throw new Error('disk full');
      }
      host.writes.push(text);
      if (host.latest !== undefined) host.backup = host.latest;
      host.latest = text;
    },
    async readAutosave() {
      return host.latest;
    },
    async readAutosaveBackup() {
      return host.backup;
    },
    async saveFile(name, text, mime) {
      host.files.push({ name, text, mime });
      return true;
    },
    async openFile() {
      return host.toOpen === undefined ? undefined : { name: 'x.json', text: host.toOpen };
    },
    preferredLocale: () => 'en',
    print() {},
  };
  return host;
}

const quartersIn = async (text: string) => {
  const read = await readSave(text, scenarios);
  if (!read.ok) throw new Error(read.message);
  return read.saved.log.length;
};

describe('startAutosave', () => {
  it('writes after every quarter, in order, and not when a new game starts', async () => {
    const host = memoryHost();
    const session = createSessionStore('en');
    const autosave = startAutosave(session, host, scenarios);
    const game = session
      .getState()
      .startGame(known(scenarios, 'classroom-duopoly').scenario, { seed: 3, humans: ['NCL'] });
    await autosave.flush();
    expect(host.writes).toHaveLength(0);
    playQuarter(game);
    await autosave.flush();
    playQuarter(game);
    playQuarter(game); // while the second write may still be waiting
    await autosave.flush();
    expect(host.writes.length).toBeGreaterThanOrEqual(2);
    expect(await quartersIn(host.latest!)).toBe(3);
    const counts = await Promise.all(host.writes.map(quartersIn));
    expect(counts).toEqual([...counts].sort());

    // Continue rewrites the same text (the IndexedDB slot then keeps its backup as it was).
    const latest = host.latest;
    expect((await continueFromAutosave(session, host, scenarios)).ok).toBe(true);
    await autosave.flush();
    expect(host.latest).toBe(latest);
    // The restored game is watched too.
    playQuarter(session.getState().game!);
    await autosave.flush();
    expect(await quartersIn(host.latest!)).toBe(4);
    autosave.stop();
    playQuarter(session.getState().game!);
    await autosave.flush();
    expect(await quartersIn(host.latest!)).toBe(4);
  });

  it('reports a failed write and keeps going', async () => {
    const host = memoryHost();
    const errors: string[] = [];
    const session = playedSession(scenarios, 0);
    const autosave = startAutosave(session, host, scenarios, { onError: (m) => errors.push(m) });
    host.failNext = true;
    playQuarter(session.getState().game!);
    await autosave.flush();
    expect(errors).toEqual(['disk full']);
    playQuarter(session.getState().game!);
    await autosave.flush();
    expect(await quartersIn(host.latest!)).toBe(2);
  });

  it('makes a game loaded from a file the one Continue resumes', async () => {
    const host = memoryHost();
    const session = playedSession(scenarios, 0);
    const autosave = startAutosave(session, host, scenarios);
    playQuarter(session.getState().game!);
    await autosave.flush();
    const other = playedSession(scenarios, 2, 42);
    host.toOpen = await saveTextOf(other.getState().game!.getState(), scenarios);
    expect(await loadGameFromFile(session, host, scenarios)).toEqual({ ok: true });
    await autosave.flush();
    expect(host.latest).toBe(host.toOpen);
    expect(await quartersIn(host.backup!)).toBe(1);
    // A new game leaves it in place until its first quarter is played.
    session
      .getState()
      .startGame(known(scenarios, 'classroom-duopoly').scenario, { seed: 1, humans: ['SCL'] });
    await autosave.flush();
    expect(host.latest).toBe(host.toOpen);
  });
});

describe('continueFromAutosave', () => {
  it('restores the same game', async () => {
    const host = memoryHost();
    const played = playedSession(scenarios, 0);
    const autosave = startAutosave(played, host, scenarios);
    for (let q = 0; q < 3; q++) playQuarter(played.getState().game!);
    await autosave.flush();
    const session = createSessionStore('en');
    expect(await hasAutosave(host)).toBe(true);
    expect(await continueFromAutosave(session, host, scenarios)).toEqual({ ok: true });
    const restored = session.getState();
    expect(restored.screen).toBe('quarter');
    expect(stateHash(restored.game!.getState().game)).toBe(
      stateHash(played.getState().game!.getState().game),
    );
  });

  it('says so when there is no autosave', async () => {
    const host = memoryHost();
    expect(await hasAutosave(host)).toBe(false);
    expect(await continueFromAutosave(createSessionStore('en'), host, scenarios)).toMatchObject({
      ok: false,
      code: 'no_file',
      message: 'There is no autosaved game to continue.',
    });
  });

  it('falls back to the backup when the newest autosave is damaged', async () => {
    const host = memoryHost();
    const played = playedSession(scenarios, 0);
    const autosave = startAutosave(played, host, scenarios);
    playQuarter(played.getState().game!);
    await autosave.flush();
    host.backup = host.latest;
    host.latest = host.latest!.slice(0, 100);
    const session = createSessionStore('en');
    expect(await continueFromAutosave(session, host, scenarios)).toEqual({
      ok: true,
      fromBackup: true,
    });
    // With both damaged, the newest one's error is reported and nothing changes.
    host.backup = '{}';
    const other = createSessionStore('en');
    const result = await continueFromAutosave(other, host, scenarios);
    expect(result).toMatchObject({ ok: false, code: 'truncated' });
    expect(other.getState().game).toBeNull();
  });
});

describe('Continue when the host cannot read the newest autosave (the desktop)', () => {
  // The desktop's main process reports a truncated autosave as an error rather than handing
  // the page the broken text: the page must then still find the backup.
  async function desktopLikeHost() {
    const host = memoryHost();
    const played = playedSession(scenarios, 0);
    const autosave = startAutosave(played, host, scenarios);
    playQuarter(played.getState().game!);
    await autosave.flush();
    host.backup = host.latest;
    host.readAutosave = async () => {
      throw new Error('autosave.cloudwar.json is cut off after 100 bytes (truncated)');
    };
    return host;
  }

  it('offers Continue when only the backup reads', async () => {
    expect(await hasAutosave(await desktopLikeHost())).toBe(true);
  });

  it('continues from the backup', async () => {
    const session = createSessionStore('en');
    expect(await continueFromAutosave(session, await desktopLikeHost(), scenarios)).toEqual({
      ok: true,
      fromBackup: true,
    });
    expect(session.getState().game?.getState().log).toHaveLength(1);
  });

  it("reports the newest autosave's error when the backup cannot help either", async () => {
    const host = await desktopLikeHost();
    host.backup = undefined;
    expect(await hasAutosave(host)).toBe(false);
    expect(await continueFromAutosave(createSessionStore('en'), host, scenarios)).toMatchObject({
      ok: false,
      code: 'host',
      message: expect.stringMatching(/could not be read: .*truncated/),
    });
    host.readAutosaveBackup = async () => {
      throw new Error('backup unreadable too');
    };
    expect(await hasAutosave(host)).toBe(false);
  });
});

describe('save and load through the host', () => {
  it('confirms a loaded file to the host, and never a refused one', async () => {
    const confirmed: (string | undefined)[] = [];
    const host: MemoryHost = {
      ...memoryHost(),
      async confirmLoaded(file) {
        confirmed.push(file.token);
      },
    };
    host.openFile = async () =>
      host.toOpen === undefined ? undefined : { name: 'x.json', text: host.toOpen, token: 'tok' };
    host.toOpen = await saveTextOf(
      playedSession(scenarios, 1).getState().game!.getState(),
      scenarios,
    );
    expect(await loadGameFromFile(createSessionStore('en'), host, scenarios)).toEqual({ ok: true });
    expect(confirmed).toEqual(['tok']);
    host.toOpen = host.toOpen.replace(/"sha256":\s*"[0-9a-f]/, '"sha256": "x');
    expect((await loadGameFromFile(createSessionStore('en'), host, scenarios)).ok).toBe(false);
    expect(confirmed).toEqual(['tok']);
  });

  it('asks the host for exactly the shared list of save types', async () => {
    const asked: string[] = [];
    const host = memoryHost();
    host.openFile = async (accept) => {
      asked.push(accept);
      return undefined;
    };
    await loadGameFromFile(createSessionStore('en'), host, scenarios);
    expect(asked).toEqual(['.cloudwar.json,.json,application/json']);
  });

  it('offers a named JSON file and loads it back', async () => {
    const host = memoryHost();
    const played = playedSession(scenarios, 2);
    expect(await saveGameToFile(played, host, scenarios)).toEqual({ ok: true });
    expect(host.files[0]).toMatchObject({
      name: 'cloudwar-classroom-duopoly-2024Q2.cloudwar.json',
      mime: 'application/json',
    });
    host.toOpen = host.files[0]!.text;
    const session = playedSession(scenarios, 1, 99);
    expect(await loadGameFromFile(session, host, scenarios)).toEqual({ ok: true });
    expect(stateHash(session.getState().game!.getState().game)).toBe(
      stateHash(played.getState().game!.getState().game),
    );
  });

  it('reports a cancelled Save dialog as cancelled, not as saved', async () => {
    const host = { ...memoryHost(), saveFile: async () => false };
    expect(await saveGameToFile(playedSession(scenarios, 1), host, scenarios)).toMatchObject({
      ok: false,
      code: 'cancelled',
    });
  });

  it('refuses to save a game played on a changed copy of the scenario', async () => {
    const host = memoryHost();
    const session = createSessionStore('en');
    const copy = structuredClone(known(scenarios, 'classroom-duopoly').scenario);
    session.getState().startGame(copy, { seed: 1, humans: ['NCL'] });
    expect(await saveGameToFile(session, host, scenarios)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/changed copy of the scenario classroom-duopoly/),
    });
    expect(host.files).toHaveLength(0);
  });

  it('refuses a damaged file and a cancelled pick without touching the game', async () => {
    const host = memoryHost();
    const session = playedSession(scenarios, 1);
    const before = session.getState().game;
    expect(await loadGameFromFile(session, host, scenarios)).toMatchObject({ code: 'no_file' });
    host.toOpen = 'not a save';
    expect(await loadGameFromFile(session, host, scenarios)).toMatchObject({
      ok: false,
      code: 'corrupt',
    });
    expect(session.getState().game).toBe(before);
    expect(await saveGameToFile(createSessionStore('en'), host, scenarios)).toMatchObject({
      code: 'no_game',
    });
  });
});
