// Every action builds new objects: a frozen snapshot of the state survives every action, each
// change gives a new state object, and unchanged slices keep their identity.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../game/engine/index.ts';
import { createGameStore, createViewStore, savedLog } from '../../game/store/index.ts';
import type { GameStoreState } from '../../game/store/index.ts';
import { deepFreeze, loadClassroom } from './fixtures.ts';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadClassroom();
});

describe('game store', () => {
  it('never writes into a state it has handed out', () => {
    const store = createGameStore(scenario, { seed: 5, humans: ['NCL', 'SCL'] });
    const seen: GameStoreState[] = [];
    store.subscribe((state, previous) => {
      expect(state).not.toBe(previous);
      seen.push(state);
    });
    // Freezing each state before the next action makes any in-place write throw.
    const act = (fn: (s: GameStoreState) => unknown) => {
      deepFreeze(store.getState());
      fn(store.getState());
    };
    const draft = store.getState().drafts.NCL!;
    act((s) => s.setDraft('NCL', { ...draft, rnd: -1 }));
    act((s) => s.setDraft('NCL', { ...draft, rnd: draft.rnd + 0.1 }));
    act((s) => s.undoDraft('NCL'));
    act((s) => s.resetDraft('NCL'));
    act((s) => s.commit('NCL'));
    act((s) => s.endQuarter());
    act((s) => s.commit('SCL'));
    act((s) => s.endQuarter());
    const save = savedLog(store.getState());
    act((s) => s.loadLog(save));
    act((s) => s.newGame(scenario, { seed: 6, humans: ['NCL'] }));
    expect(seen.length).toBeGreaterThanOrEqual(10);
    expect(seen[seen.length - 1]!.seed).toBe(6);
  });

  it('keeps the identity of slices an action did not touch', () => {
    const store = createGameStore(scenario, { seed: 5, humans: ['NCL', 'SCL'] });
    const before = store.getState();
    store.getState().commit('NCL');
    const after = store.getState();
    expect(after.committed).not.toBe(before.committed);
    expect(after.drafts.SCL).toBe(before.drafts.SCL);
    expect(after.game).toBe(before.game);
    expect(after.undo.SCL).toBe(before.undo.SCL);
    expect(before.committed.NCL).toBe(false);
  });
});

describe('view store', () => {
  it('holds selection and hover apart from the game, notifying only on change', () => {
    const view = createViewStore();
    let calls = 0;
    view.subscribe(() => calls++);
    view.getState().selectSegment('EDU');
    view.getState().selectSegment('EDU');
    view.getState().hoverProvider('NCL');
    view.getState().hoverProvider(null);
    expect(calls).toBe(3);
    expect(view.getState().selectedSegment).toBe('EDU');
    expect(view.getState().hoveredProvider).toBeNull();
    expect(Object.keys(view.getState())).not.toContain('game');
  });
});
