// A save that reads well but does not replay: made by a copy of the game whose engine rules
// differ (an older build), or edited after it was written. The player loading it and the teacher
// checking a student's replay are told which, and nothing running or saved is touched.

import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_RULES, stateHash } from '../../game/engine/index.ts';
import { verifySave } from '../../game/classroom/verify-save.ts';
import { loadGameFromText } from '../../game/save/game-save.ts';
import { makeSave } from '../../game/save/save-file.ts';
import type { KnownScenario } from '../../game/save/save-file.ts';
import { savedLog } from '../../game/store/index.ts';
import { known, knownScenarios, playedSession } from './fixtures.ts';

let scenarios: KnownScenario[];
let text: string;

beforeAll(async () => {
  scenarios = await knownScenarios();
  const classroom = known(scenarios, 'classroom-duopoly');
  const game = playedSession(scenarios, 3).getState().game!.getState();
  text = await makeSave({
    scenarioId: classroom.id,
    scenarioText: classroom.text,
    ...savedLog(game),
  });
});

/** The save with its second quarter's hash changed, as a version-1 file (rules 1) or as now. */
function diverging(asVersionOne: boolean): string {
  const doc = JSON.parse(text) as { log: { hash: string }[]; rules?: number; version: number };
  doc.log[1]!.hash = 'f'.repeat(doc.log[1]!.hash.length);
  if (asVersionOne) {
    delete doc.rules;
    doc.version = 1;
  }
  return JSON.stringify(doc);
}

describe('a save that does not replay', () => {
  it('made under this engine rules: the file differs from its game (edited)', async () => {
    const session = playedSession(scenarios, 1, 99);
    const before = stateHash(session.getState().game!.getState().game);
    const result = await loadGameFromText(session, diverging(false), scenarios);
    expect(result).toMatchObject({ ok: false, code: 'replay_failed' });
    expect(stateHash(session.getState().game!.getState().game)).toBe(before);
    expect(await verifySave(diverging(false), scenarios)).toMatchObject({
      ok: false,
      code: 'replay_failed',
    });
  });

  it('made under earlier rules: says so, names both rules, and is not called edited', async () => {
    const session = playedSession(scenarios, 1, 99);
    const before = stateHash(session.getState().game!.getState().game);
    const result = await loadGameFromText(session, diverging(true), scenarios);
    expect(result).toMatchObject({ ok: false, code: 'older_rules' });
    if (!result.ok)
      expect(result.message).toMatch(
        new RegExp(
          `earlier version of the game \\(engine rules 1; this copy plays rules ${ENGINE_RULES}\\)`,
        ),
      );
    expect(stateHash(session.getState().game!.getState().game)).toBe(before);
    expect(await verifySave(diverging(true), scenarios)).toMatchObject({
      ok: false,
      code: 'older_rules',
    });
  });

  it('an old save that still replays loads as any other', async () => {
    const doc = JSON.parse(text) as { rules?: number; version: number };
    delete doc.rules;
    doc.version = 1;
    const session = playedSession(scenarios, 1, 99);
    expect(await loadGameFromText(session, JSON.stringify(doc), scenarios)).toEqual({ ok: true });
  });
});
