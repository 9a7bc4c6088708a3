// Sealed simultaneous decisions: a quarter ends only when every human has committed a valid
// draft, and the engine then plays exactly the committed drafts.

import { beforeAll, describe, expect, it } from 'vitest';
import { holdDecision, isFinished, stateHash } from '../../game/engine/index.ts';
import type { Scenario } from '../../game/engine/index.ts';
import { createGameStore, waitingFor } from '../../game/store/index.ts';
import { loadClassroom } from './fixtures.ts';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadClassroom();
});

describe('commit', () => {
  it('rejects an invalid draft with its errors and does not seal it', () => {
    const store = createGameStore(scenario, { seed: 1, humans: ['NCL'] });
    const draft = store.getState().drafts.NCL!;
    store.getState().setDraft('NCL', { ...draft, trainShare: 0.9 });
    const result = store.getState().commit('NCL');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.field)).toContain('trainShare');
    expect(store.getState().committed.NCL).toBe(false);
    expect(store.getState().lastError?.provider).toBe('NCL');
  });
});

describe('endQuarter', () => {
  it('is refused until every human has committed (two humans, hot seat)', () => {
    const store = createGameStore(scenario, { seed: 1, humans: ['NCL', 'SCL'] });
    const start = store.getState();

    const early = store.getState().endQuarter();
    expect(early.ok).toBe(false);
    expect(store.getState().lastError?.errors[0]?.code).toBe('store/not_committed');
    expect(store.getState().lastError?.errors[0]?.message).toContain('NCL, SCL');

    const ncl = { ...start.drafts.NCL!, price: { ...start.drafts.NCL!.price, C: -0.2 } };
    store.getState().setDraft('NCL', ncl);
    store.getState().commit('NCL');
    expect(waitingFor(store.getState())).toEqual(['SCL']);
    const half = store.getState().endQuarter();
    expect(half.ok).toBe(false);
    expect(store.getState().lastError?.errors[0]?.message).toContain('SCL');
    expect(store.getState().lastError?.errors[0]?.message).not.toContain('NCL');
    expect(store.getState().game).toBe(start.game);
    expect(store.getState().log).toHaveLength(0);

    store.getState().commit('SCL');
    const done = store.getState().endQuarter();
    expect(done).toEqual({ ok: true });
    const after = store.getState();
    expect(after.game.t).toBe(start.game.t + 1);
    expect(after.reports).toHaveLength(1);
    expect(after.log).toHaveLength(1);
    expect(after.log[0]!.hash).toBe(stateHash(after.game));
    // The engine played the sealed drafts, as humans.
    const nclReport = after.reports[0]!.providers.find((p) => p.id === 'NCL')!;
    expect(nclReport.controller).toBe('human');
    expect(nclReport.decision.price.C).toBe(-0.2);
    expect(after.log[0]!.decisions.NCL!.price.C).toBe(-0.2);
    // The next quarter starts open, each human holding the course they just played: NCL's
    // list price stays put (no second cut) and its spending repeats.
    expect(after.committed).toEqual({ NCL: false, SCL: false });
    const played = after.log[0]!.decisions;
    expect(after.drafts.SCL).toEqual(holdDecision(scenario, after.game, 'SCL', played.SCL));
    expect(after.drafts.NCL!.price.C).toBe(0);
    expect(after.drafts.NCL!.rnd).toBeCloseTo(played.NCL!.rnd, 12);
    expect(after.lastError).toBeNull();
  });

  it('plays the scenario to its end and then refuses further quarters', () => {
    const store = createGameStore(scenario, { seed: 1, humans: ['NCL'] });
    let quarters = 0;
    while (!isFinished(scenario, store.getState().game)) {
      expect(store.getState().commit('NCL').ok).toBe(true);
      expect(store.getState().endQuarter().ok).toBe(true);
      quarters++;
    }
    expect(quarters).toBe(scenario.quarters);
    expect(store.getState().drafts).toEqual({});
    const after = store.getState().endQuarter();
    expect(after.ok).toBe(false);
    expect(store.getState().lastError?.errors[0]?.code).toBe('store/game_over');
  });

  it('with no humans, every provider plays its policy', () => {
    const store = createGameStore(scenario, { seed: 1, humans: [] });
    expect(store.getState().endQuarter().ok).toBe(true);
    expect(store.getState().reports[0]!.providers.every((p) => p.controller === 'policy')).toBe(
      true,
    );
  });
});

describe('newGame', () => {
  it('starts over with new options, or refuses unknown providers and keeps the game', () => {
    const store = createGameStore(scenario, { seed: 1, humans: ['NCL'] });
    store.getState().commit('NCL');
    store.getState().endQuarter();
    const played = store.getState();

    const bad = store.getState().newGame(scenario, { seed: 2, humans: ['NOPE'] });
    expect(bad.ok).toBe(false);
    expect(store.getState().lastError?.errors[0]?.message).toContain('NOPE');
    expect(store.getState().game).toBe(played.game);

    expect(store.getState().newGame(scenario, { seed: 2, humans: ['SCL'] }).ok).toBe(true);
    const fresh = store.getState();
    expect(fresh.log).toEqual([]);
    expect(fresh.reports).toEqual([]);
    expect(fresh.seed).toBe(2);
    expect(Object.keys(fresh.drafts)).toEqual(['SCL']);
  });
});
