// A class game's save carries the teacher's shocks in its log entries: written only where a
// quarter had one, read back exactly, replayed to the same hashes; a save whose shock breaks the
// injected-event rules is refused, naming the field.

import { beforeAll, describe, expect, it } from 'vitest';
import { playQuarter, replay, startGame, stateHash } from '../../game/engine/index.ts';
import type { InjectedEvent, LogEntry } from '../../game/engine/index.ts';
import { makeSave, readSave } from '../../game/save/save-file.ts';
import type { KnownScenario } from '../../game/save/save-file.ts';
import { known, knownScenarios } from './fixtures.ts';

let scenarios: KnownScenario[];
let classroom: KnownScenario;
beforeAll(async () => {
  scenarios = await knownScenarios();
  classroom = known(scenarios, 'classroom-duopoly');
});

const shock: InjectedEvent = {
  id: 'outage',
  title: { en: 'An outage at SCL', zh: 'SCL 发生故障' },
  effects: [{ kind: 'trust', provider: 'SCL', delta: -8 }],
};

/** Three quarters of the duopoly (no human: policies play), the second with a shock. */
function shockedLog(): { log: LogEntry[]; hash: string } {
  let state = startGame(classroom.scenario, { seed: 5, humans: [] }).state;
  const log: LogEntry[] = [];
  for (let q = 0; q < 3; q++) {
    const step = playQuarter(classroom.scenario, state, {}, q === 1 ? [shock] : []);
    log.push(step.entry);
    state = step.state;
  }
  return { log, hash: stateHash(state) };
}

const save = (log: LogEntry[]) =>
  makeSave({ scenarioId: classroom.id, scenarioText: classroom.text, seed: 5, humans: [], log });

describe('a save with injected events', () => {
  it('writes the field only on the quarter that had one', async () => {
    const text = await save(shockedLog().log);
    const lines = text.split('\n').filter((l) => l.startsWith('{"quarter"'));
    expect(lines.map((l) => l.includes('"injected"'))).toEqual([false, true, false]);
  });

  it('reads back the same log, which replays to the same final hash', async () => {
    const { log, hash } = shockedLog();
    const read = await readSave(await save(log), scenarios);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.saved.log).toEqual(log);
    const replayed = replay(read.scenario, { seed: 5, humans: [], log: read.saved.log });
    expect(stateHash(replayed.state)).toBe(hash);
  });

  it('refuses a save whose shock is out of bounds, naming the field', async () => {
    const text = (await save(shockedLog().log)).replace('"delta":-8', '"delta":-800');
    const read = await readSave(text, scenarios);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toMatch(/log\[1\]\.injected\[0\]\.effects\[0\]\.delta/);
  });
});
