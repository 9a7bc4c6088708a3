// A handicapped game (the start screen's rival difficulty) saves its handicap and loads back to
// the same game; a version-1 save without the field still loads as a normal game; an unknown
// handicap is refused with a clear message.

import { beforeAll, describe, expect, it } from 'vitest';
import { stateHash } from '../../game/engine/index.ts';
import type { Host } from '../../game/host/host.ts';
import { HANDICAPS, applyHandicap } from '../../game/engine/index.ts';
import type { Handicap } from '../../game/engine/index.ts';
import { continueFromAutosave, startAutosave } from '../../game/save/autosave.ts';
import { loadGameFromText, saveGameToFile, saveTextOf } from '../../game/save/game-save.ts';
import { SAVE_VERSION, makeSave, readSave } from '../../game/save/save-file.ts';
import type { KnownScenario } from '../../game/save/save-file.ts';
import { createSessionStore, savedLog } from '../../game/store/index.ts';
import type { SessionStore } from '../../game/store/index.ts';
import { known, knownScenarios, playQuarter, playedSession } from './fixtures.ts';

let scenarios: KnownScenario[];
let classroom: KnownScenario;
beforeAll(async () => {
  scenarios = await knownScenarios();
  classroom = known(scenarios, 'classroom-duopoly');
});

/** A session started as the start screen starts it: the handicap is a game option. */
function handicappedSession(level: Handicap, quarters: number, seed = 11): SessionStore {
  const session = createSessionStore('en');
  const game = session
    .getState()
    .startGame(classroom.scenario, { seed, humans: ['NCL'], handicap: level });
  expect(game.getState().scenario).toEqual(applyHandicap(classroom.scenario, ['NCL'], level));
  for (let q = 0; q < quarters; q++) playQuarter(game);
  return session;
}

const hashOf = (session: SessionStore): string =>
  stateHash(session.getState().game!.getState().game);

function memoryHost(): Host & { files: string[]; latest: string | undefined } {
  const host = {
    kind: 'browser' as const,
    files: [] as string[],
    latest: undefined as string | undefined,
    async writeAutosave(text: string) {
      host.latest = text;
    },
    async readAutosave() {
      return host.latest;
    },
    async saveFile(_name: string, text: string) {
      host.files.push(text);
      return true;
    },
    async openFile() {
      return undefined;
    },
    preferredLocale: () => 'en' as const,
    print() {},
  };
  return host as unknown as Host & { files: string[]; latest: string | undefined };
}

describe('a handicapped game', () => {
  it.each(['easy', 'hard'] as const)(
    'at %s saves its handicap and loads back to the same state hash',
    async (level) => {
      const played = handicappedSession(level, 3);
      const text = await saveTextOf(played.getState().game!.getState(), scenarios);
      const doc = JSON.parse(text) as Record<string, unknown>;
      expect(doc.handicap).toBe(level);
      expect(doc.version).toBe(SAVE_VERSION);

      const read = await readSave(text, scenarios);
      if (!read.ok) throw new Error(read.message);
      expect(read.handicap).toBe(level);
      expect(read.scenario).toBe(classroom.scenario);
      expect(read.saved.handicap).toBe(level);

      const session = playedSession(scenarios, 1, 99);
      expect(await loadGameFromText(session, text, scenarios)).toEqual({ ok: true });
      expect(hashOf(session)).toBe(hashOf(played));
      // It differs from the same moves played without a handicap.
      expect(hashOf(session)).not.toBe(hashOf(playedSession(scenarios, 3)));

      // The loaded game saves again with its handicap, and keeps playing the same game.
      const again = await saveTextOf(session.getState().game!.getState(), scenarios);
      expect(again).toBe(text);
      playQuarter(session.getState().game!);
      playQuarter(played.getState().game!);
      expect(hashOf(session)).toBe(hashOf(played));
    },
  );

  it('goes through Save, the autosave and Continue', async () => {
    const host = memoryHost();
    const played = handicappedSession('hard', 0);
    const autosave = startAutosave(played, host, scenarios, {
      onError: (m) => {
        throw new Error(m);
      },
    });
    playQuarter(played.getState().game!);
    playQuarter(played.getState().game!);
    await autosave.flush();
    autosave.stop();
    expect(await saveGameToFile(played, host, scenarios)).toEqual({ ok: true });
    expect(JSON.parse(host.files[0]!)).toMatchObject({ handicap: 'hard' });

    const fromFile = createSessionStore('en');
    expect(await loadGameFromText(fromFile, host.files[0]!, scenarios)).toEqual({ ok: true });
    expect(hashOf(fromFile)).toBe(hashOf(played));
    const continued = createSessionStore('en');
    expect(await continueFromAutosave(continued, host, scenarios)).toEqual({ ok: true });
    expect(hashOf(continued)).toBe(hashOf(played));
  });

  it('cannot be saved as another handicap', async () => {
    const game = handicappedSession('easy', 1).getState().game!.getState();
    await expect(saveTextOf(game, scenarios, 'hard')).rejects.toThrow(
      /played at the handicap easy, not hard/,
    );
    expect(await saveTextOf(game, scenarios, 'easy')).toMatch(/"handicap":"easy"/);
  });

  it('writes no handicap field for a normal game', async () => {
    const text = await saveTextOf(
      handicappedSession('normal', 1).getState().game!.getState(),
      scenarios,
    );
    expect(Object.keys(JSON.parse(text) as object)).not.toContain('handicap');
  });
});

describe('reading the handicap', () => {
  it('loads a version-1 save written without the field as a normal game', async () => {
    const played = playedSession(scenarios, 2);
    // A save as builds before the handicap wrote it: the version-1 envelope, nothing more.
    const current = await makeSave({
      scenarioId: classroom.id,
      scenarioText: classroom.text,
      ...savedLog(played.getState().game!.getState()),
    });
    const doc = JSON.parse(current) as Record<string, unknown>;
    delete doc.rules;
    doc.version = 1;
    const text = JSON.stringify(doc);
    expect(Object.keys(doc)).toEqual([
      'format',
      'version',
      'appVersion',
      'scenario',
      'seed',
      'humans',
      'log',
    ]);
    const read = await readSave(text, scenarios);
    expect(read).toMatchObject({ ok: true, handicap: 'normal' });
    if (read.ok) expect(read.scenario).toBe(classroom.scenario);
    const session = createSessionStore('en');
    expect(await loadGameFromText(session, text, scenarios)).toEqual({ ok: true });
    expect(hashOf(session)).toBe(hashOf(played));
    // An explicit "normal" reads the same.
    const explicit = JSON.stringify({ ...doc, handicap: 'normal' });
    expect(await readSave(explicit, scenarios)).toMatchObject({ ok: true, handicap: 'normal' });
  });

  it.each([['brutal'], [''], ['Hard'], [2], [null]])(
    'refuses the unknown handicap %j with a clear message',
    async (value) => {
      const text = await saveTextOf(
        handicappedSession('hard', 1).getState().game!.getState(),
        scenarios,
      );
      const doc = JSON.parse(text) as Record<string, unknown>;
      const read = await readSave(JSON.stringify({ ...doc, handicap: value }), scenarios);
      expect(read).toMatchObject({ ok: false, code: 'invalid' });
      if (read.ok) return;
      expect(read.message).toContain('handicap');
      expect(read.message).toContain(`unknown handicap ${JSON.stringify(value)}`);
      expect(read.message).toContain(HANDICAPS.join(', '));
    },
  );

  it('does not load a handicapped save into a running game it cannot replay', async () => {
    const text = await saveTextOf(
      handicappedSession('hard', 2).getState().game!.getState(),
      scenarios,
    );
    const doc = JSON.parse(text) as Record<string, unknown>;
    // Dropping the field replays the moves on the unhandicapped scenario: refused, nothing changes.
    delete doc.handicap;
    const session = playedSession(scenarios, 1);
    const before = session.getState().game;
    expect(await loadGameFromText(session, JSON.stringify(doc), scenarios)).toMatchObject({
      ok: false,
      code: 'replay_failed',
    });
    expect(session.getState().game).toBe(before);
  });
});
