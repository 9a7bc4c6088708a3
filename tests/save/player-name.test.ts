// The player's or team's name typed on the start screen travels with the game: into the save
// (only when given, so a nameless save is byte-for-byte what earlier builds wrote), back out of
// it on load, and an over-long or non-text name is refused with the field named.

import { beforeAll, describe, expect, it } from 'vitest';
import { loadGameFromText, saveTextOf } from '../../game/save/game-save.ts';
import { SAVE_LIMITS, readSave } from '../../game/save/save-file.ts';
import type { KnownScenario } from '../../game/save/save-file.ts';
import { createSessionStore } from '../../game/store/index.ts';
import { known, knownScenarios, playQuarter } from './fixtures.ts';

let scenarios: KnownScenario[];
let classroom: KnownScenario;
beforeAll(async () => {
  scenarios = await knownScenarios();
  classroom = known(scenarios, 'classroom-duopoly');
});

function named(player: string | undefined) {
  const session = createSessionStore('en');
  const game = session
    .getState()
    .startGame(classroom.scenario, { seed: 3, humans: ['NCL'], player });
  playQuarter(game);
  return session;
}

describe('the player name', () => {
  it('is saved, and loads back into the game', async () => {
    const text = await saveTextOf(named('Team 3 · 三班').getState().game!.getState(), scenarios);
    expect(JSON.parse(text)).toMatchObject({ player: 'Team 3 · 三班' });
    const session = createSessionStore('en');
    expect(await loadGameFromText(session, text, scenarios)).toEqual({ ok: true });
    expect(session.getState().game!.getState().player).toBe('Team 3 · 三班');
  });

  it('is left out of the file when none was given', async () => {
    const text = await saveTextOf(named(undefined).getState().game!.getState(), scenarios);
    expect(JSON.parse(text)).not.toHaveProperty('player');
    const read = await readSave(text, scenarios);
    if (!read.ok) throw new Error(read.message);
    expect(read.saved.player).toBeUndefined();
  });

  it('is refused when too long or not text, naming the field', async () => {
    const text = await saveTextOf(named('A').getState().game!.getState(), scenarios);
    const doc = JSON.parse(text) as Record<string, unknown>;
    for (const bad of ['x'.repeat(SAVE_LIMITS.playerLength + 1), 42]) {
      const read = await readSave(JSON.stringify({ ...doc, player: bad }), scenarios);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toMatch(/player/);
    }
  });
});
