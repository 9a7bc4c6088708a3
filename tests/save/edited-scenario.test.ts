// A save made on another text of its scenario file: after an update that only fixed the
// scenario's texts (a translation, "37.8 %" written "37.8%") every save of that scenario still
// loads, because the replay checks each quarter's state hash; a save made on a version that plays
// differently is refused as made on another version of the scenario, not as an edited file.

import { beforeAll, describe, expect, it } from 'vitest';
import { stateHash } from '../../game/engine/index.ts';
import { verifySave } from '../../game/classroom/verify-save.ts';
import { loadGameFromText } from '../../game/save/game-save.ts';
import { makeSave, readSave } from '../../game/save/save-file.ts';
import type { KnownScenario } from '../../game/save/save-file.ts';
import { loadScenarioText } from '../../game/scenario/load.ts';
import { createSessionStore, savedLog } from '../../game/store/index.ts';
import { known, knownScenarios, playQuarter, playedSession } from './fixtures.ts';

let scenarios: KnownScenario[];
let shipped: KnownScenario;

beforeAll(async () => {
  scenarios = await knownScenarios();
  shipped = known(scenarios, 'classroom-duopoly');
});

/** Three quarters played on the scenario file `text`, saved with that text's digest. */
async function saveMadeOn(text: string): Promise<string> {
  const loaded = loadScenarioText(text, 'classroom-duopoly.yaml');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const session = createSessionStore('en');
  const game = session.getState().startGame(loaded.scenario, { seed: 11, humans: ['NCL'] });
  for (let q = 0; q < 3; q++) playQuarter(game);
  return makeSave({
    scenarioId: shipped.id,
    scenarioText: text,
    ...savedLog(game.getState()),
  });
}

function edit(from: string, to: string): string {
  expect(shipped.text).toContain(from);
  return shipped.text.replace(from, to);
}

describe('a save made on another text of its scenario file', () => {
  it('loads and verifies when only texts differ: every state hash replays', async () => {
    const text = await saveMadeOn(
      edit('  en: Classroom duopoly\n', '  en: Classroom Duopoly (first edition)\n'),
    );
    const read = await readSave(text, scenarios);
    expect(read).toMatchObject({ ok: true, scenarioEdited: true });
    const session = playedSession(scenarios, 1, 99);
    expect(await loadGameFromText(session, text, scenarios)).toEqual({ ok: true });
    expect(session.getState().game!.getState().log).toHaveLength(3);
    expect(await verifySave(text, scenarios)).toMatchObject({ ok: true, quarters: 3 });
  });

  it('is refused as another version of the scenario when the game differs', async () => {
    const text = await saveMadeOn(edit('    cash0: 10\n', '    cash0: 14\n'));
    const session = playedSession(scenarios, 1, 99);
    const before = stateHash(session.getState().game!.getState().game);
    const result = await loadGameFromText(session, text, scenarios);
    expect(result).toMatchObject({ ok: false, code: 'scenario_changed' });
    if (!result.ok) {
      expect(result.message).toMatch(/different version of the scenario "classroom-duopoly"/);
      expect(result.message).toMatch(/diverged at/);
    }
    // The running game is untouched.
    expect(stateHash(session.getState().game!.getState().game)).toBe(before);
    expect(await verifySave(text, scenarios)).toMatchObject({
      ok: false,
      code: 'scenario_changed',
    });
  });

  it('a save of the shipped text is not marked edited', async () => {
    const read = await readSave(await saveMadeOn(shipped.text), scenarios);
    expect(read).toMatchObject({ ok: true, scenarioEdited: false });
  });
});
