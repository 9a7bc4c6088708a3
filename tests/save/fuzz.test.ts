// Fuzzed save files (DESIGN.md §6): hundreds of cut-off and corrupted copies of a real save. Every
// one must give a clear error (never a throw, never a blank message) and leave the running game
// alone; the only way a changed file may load is as exactly the same game (an edit the game
// cannot see, such as the appVersion string or a number the rules ignore).

import { beforeAll, describe, expect, it } from 'vitest';
import { stateHash } from '../../game/engine/index.ts';
import { loadGameFromText } from '../../game/save/game-save.ts';
import { makeSave, readSave } from '../../game/save/save-file.ts';
import type { KnownScenario } from '../../game/save/save-file.ts';
import { savedLog } from '../../game/store/index.ts';
import { known, knownScenarios, playedSession } from './fixtures.ts';

let scenarios: KnownScenario[];
let text: string;
let savedHash: string;

beforeAll(async () => {
  scenarios = await knownScenarios();
  const classroom = known(scenarios, 'classroom-duopoly');
  const game = playedSession(scenarios, 4, 5).getState().game!.getState();
  savedHash = stateHash(game.game);
  text = await makeSave({
    scenarioId: classroom.id,
    scenarioText: classroom.text,
    ...savedLog(game),
  });
});

/** mulberry32: a small seeded generator, so a failing case can be reproduced by its index. */
function generator(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const JUNK = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ',',
  ':',
  '\\',
  '0',
  '9',
  '-',
  'e',
  'x',
  'null',
  '云',
  '\u0000',
];

function mutate(source: string, pick: (n: number) => number): string {
  const at = pick(source.length);
  switch (pick(7)) {
    case 0: // flip one character to junk
      return source.slice(0, at) + JUNK[pick(JUNK.length)] + source.slice(at + 1);
    case 1: // insert junk
      return source.slice(0, at) + JUNK[pick(JUNK.length)] + source.slice(at);
    case 2: // delete a run
      return source.slice(0, at) + source.slice(at + 1 + pick(40));
    case 3: // duplicate a run
      return source.slice(0, at + pick(60)) + source.slice(at);
    case 4: // change a digit
      return source.replace(/\d/g, (d, offset: number) =>
        offset >= at && offset < at + 3 ? String((Number(d) + 1 + pick(8)) % 10) : d,
      );
    case 5: // overwrite a range with zeros (a disk error)
      return source.slice(0, at) + '\u0000'.repeat(1 + pick(200)) + source.slice(at + 200);
    default: // swap two halves
      return source.slice(at) + source.slice(0, at);
  }
}

describe('fuzzed saves', () => {
  it('every cut-off copy is refused as truncated or damaged', async () => {
    const pick = generator(1);
    const end = text.trimEnd().length;
    for (let i = 0; i < 200; i++) {
      const cut = i < 20 ? i : pick(end);
      const read = await readSave(text.slice(0, cut), scenarios);
      expect(read.ok, `cut at ${cut}`).toBe(false);
      if (!read.ok) {
        expect(['truncated', 'corrupt', 'empty', 'foreign']).toContain(read.code);
        expect(read.message.length).toBeGreaterThan(10);
      }
    }
  });

  it('every corrupted copy gives a clear error or exactly the same game', async () => {
    const pick = generator(2);
    const codes = new Map<string, number>();
    let unchanged = 0;
    for (let i = 0; i < 300; i++) {
      let mutated = mutate(text, pick);
      if (pick(3) === 0) mutated = mutate(mutated, pick);
      // A session with another game in play: a refused load must leave it exactly as it was.
      const session = playedSession(scenarios, 1, 77);
      const before = session.getState().game;
      const beforeHash = stateHash(before!.getState().game);
      let result;
      try {
        result = await loadGameFromText(session, mutated, scenarios);
      } catch (error) {
        throw new Error(`case ${i} threw: ${String(error)}`, { cause: error });
      }
      if (result.ok) {
        // Loaded: it must be the saved game itself, not a silently different one.
        expect(stateHash(session.getState().game!.getState().game), `case ${i}`).toBe(savedHash);
        unchanged++;
        continue;
      }
      codes.set(result.code, (codes.get(result.code) ?? 0) + 1);
      expect(result.message.length, `case ${i}`).toBeGreaterThan(10);
      expect(session.getState().game).toBe(before);
      expect(stateHash(before!.getState().game)).toBe(beforeHash);
    }
    // The refusals spread over the kinds of damage, not one catch-all.
    expect(codes.size).toBeGreaterThanOrEqual(4);
    expect(unchanged).toBeLessThan(30);
  });
});
