// Loading a decision log replays it through the engine; a tampered or malformed log is refused
// with a reason and the game in play is left exactly as it was.

import { beforeAll, describe, expect, it } from 'vitest';
import { stateHash } from '../../game/engine/index.ts';
import type { Scenario } from '../../game/engine/index.ts';
import { createGameStore, savedLog } from '../../game/store/index.ts';
import type { GameStore, SavedLog } from '../../game/store/index.ts';
import { loadClassroom } from './fixtures.ts';

let scenario: Scenario;
let played: GameStore;
let save: SavedLog;

beforeAll(async () => {
  scenario = await loadClassroom();
  played = createGameStore(scenario, { seed: 11, humans: ['NCL'] });
  for (let q = 0; q < 3; q++) {
    const draft = played.getState().drafts.NCL!;
    played.getState().setDraft('NCL', { ...draft, price: { ...draft.price, C: -0.05 } });
    played.getState().commit('NCL');
    played.getState().endQuarter();
  }
  save = savedLog(played.getState());
});

/** A store at a different point (another seed, one quarter in) to load into. */
function otherStore(): GameStore {
  const store = createGameStore(scenario, { seed: 99, humans: ['SCL'] });
  store.getState().commit('SCL');
  store.getState().endQuarter();
  return store;
}

describe('loadLog', () => {
  it('rebuilds the same game from seed, humans and log', () => {
    const store = otherStore();
    expect(store.getState().loadLog(save)).toEqual({ ok: true });
    const loaded = store.getState();
    expect(stateHash(loaded.game)).toBe(stateHash(played.getState().game));
    expect(loaded.reports).toHaveLength(3);
    expect(loaded.humans).toEqual(['NCL']);
    expect(loaded.seed).toBe(11);
    expect(loaded.committed).toEqual({ NCL: false });
  });

  const tampered: [string, (s: SavedLog) => SavedLog][] = [
    [
      'a changed hash',
      (s) => ({ ...s, log: s.log.map((e, i) => (i === 1 ? { ...e, hash: '0'.repeat(32) } : e)) }),
    ],
    [
      'a changed decision',
      (s) => ({
        ...s,
        log: s.log.map((e, i) =>
          i === 2
            ? {
                ...e,
                decisions: {
                  NCL: { ...e.decisions.NCL!, price: { ...e.decisions.NCL!.price, C: -0.3 } },
                },
              }
            : e,
        ),
      }),
    ],
    ['another seed', (s) => ({ ...s, seed: s.seed + 1 })],
    ['a missing hash', (s) => ({ ...s, log: s.log.map((e) => ({ ...e, hash: '' })) })],
    [
      'a decision by a non-human',
      (s) => ({
        ...s,
        log: s.log.map((e) => ({ ...e, decisions: { ...e.decisions, SCL: e.decisions.NCL! } })),
      }),
    ],
    ['a quarter out of order', (s) => ({ ...s, log: [s.log[1]!, s.log[0]!] })],
    ['an unknown human', (s) => ({ ...s, humans: ['NOPE'], log: [] })],
  ];

  for (const [what, tamper] of tampered)
    it(`refuses a log with ${what} and leaves the current game untouched`, () => {
      const store = otherStore();
      const before = store.getState();
      const hashBefore = stateHash(before.game);
      const result = store.getState().loadLog(tamper(save));
      expect(result.ok).toBe(false);
      const after = store.getState();
      expect(after.lastError?.errors.length).toBeGreaterThan(0);
      for (const key of [
        'game',
        'history',
        'reports',
        'drafts',
        'committed',
        'undo',
        'log',
        'seed',
        'humans',
      ] as const)
        expect(after[key]).toBe(before[key]);
      expect(stateHash(after.game)).toBe(hashBefore);
    });

  it('names the quarter where a tampered hash diverged', () => {
    const store = otherStore();
    store.getState().loadLog({
      ...save,
      log: save.log.map((e, i) => (i === 1 ? { ...e, hash: 'f'.repeat(32) } : e)),
    });
    const message = store.getState().lastError?.errors[0]?.message ?? '';
    expect(store.getState().lastError?.errors[0]?.code).toBe('store/replay_failed');
    expect(message).toContain(save.log[1]!.quarter);
  });
});
