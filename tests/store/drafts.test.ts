// Drafts: validation errors are kept next to the draft as typed, nothing else moves; a quarter
// starts from holding last quarter's course and reset goes back to it; the advisor's suggestion
// is one explicit action; undo walks back through this quarter's drafts.

import { beforeAll, describe, expect, it } from 'vitest';
import { holdDecision, suggestDecision } from '../../game/engine/index.ts';
import type { Decision, Scenario } from '../../game/engine/index.ts';
import { createGameStore } from '../../game/store/index.ts';
import { loadClassroom } from './fixtures.ts';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadClassroom();
});

const withPriceCut = (d: Decision, cut: number): Decision => ({
  ...d,
  price: { ...d.price, C: cut },
});

describe('setDraft', () => {
  it('keeps an invalid draft unclamped with its errors and changes nothing else', () => {
    const store = createGameStore(scenario, { seed: 3, humans: ['NCL', 'SCL'] });
    const before = store.getState();
    const bad = withPriceCut(before.drafts.NCL!, -0.99);
    bad.rnd = -1;

    const result = store.getState().setDraft('NCL', bad);
    const after = store.getState();

    expect(result.ok).toBe(false);
    expect(after.lastError?.provider).toBe('NCL');
    const fields = after.lastError?.errors.map((e) => e.field) ?? [];
    expect(fields).toContain('price.C');
    expect(fields).toContain('rnd');
    expect(after.drafts.NCL!.price.C).toBe(-0.99);
    expect(after.drafts.NCL!.rnd).toBe(-1);
    // A copy: the caller's later edits do not reach the store.
    bad.rnd = 5;
    expect(store.getState().drafts.NCL!.rnd).toBe(-1);
    for (const key of ['game', 'history', 'reports', 'committed', 'log', 'scenario'] as const)
      expect(after[key]).toBe(before[key]);
    expect(after.drafts.SCL).toBe(before.drafts.SCL);
    expect(before.drafts.NCL).not.toBe(after.drafts.NCL);
  });

  it('accepts a valid draft and clears the last error', () => {
    const store = createGameStore(scenario, { seed: 3, humans: ['NCL'] });
    store.getState().setDraft('NCL', withPriceCut(store.getState().drafts.NCL!, -0.99));
    expect(store.getState().lastError).not.toBeNull();
    const result = store
      .getState()
      .setDraft('NCL', withPriceCut(store.getState().drafts.NCL!, -0.1));
    expect(result).toEqual({ ok: true });
    expect(store.getState().lastError).toBeNull();
    expect(store.getState().drafts.NCL!.price.C).toBe(-0.1);
  });

  it('refuses drafts for providers no human plays', () => {
    const store = createGameStore(scenario, { seed: 3, humans: ['NCL'] });
    const before = store.getState();
    const result = before.setDraft('SCL', before.drafts.NCL!);
    expect(result.ok).toBe(false);
    expect(store.getState().lastError?.errors[0]?.code).toBe('store/not_human');
    expect(store.getState().drafts).toBe(before.drafts);
  });
});

describe('the starting draft, applySuggestion, resetDraft and undoDraft', () => {
  it('starts from the course held: no price change, the same spending', () => {
    const store = createGameStore(scenario, { seed: 3, humans: ['NCL'] });
    const { drafts, history, game } = store.getState();
    // The classroom starts at its origin: no quarter was played, the origin's spending holds.
    expect(history).toHaveLength(0);
    expect(drafts.NCL).toEqual(holdDecision(scenario, game, 'NCL'));
    expect(drafts.NCL!.price).toEqual({ C: 0, S: 0, T: 0 });
    expect(drafts.NCL!.rnd).toBeCloseTo(game.providers[0]!.spend.rnd, 12);
    expect(drafts.NCL!.rnd).toBeGreaterThan(0);
    // The advisor's suggestion is a different decision, so the default really is a choice.
    expect(drafts.NCL).not.toEqual(suggestDecision(scenario, game, 'NCL').decision);
  });

  it("applySuggestion puts the advisor's decision in the draft, undoably", () => {
    const store = createGameStore(scenario, { seed: 3, humans: ['NCL'] });
    const held = store.getState().drafts.NCL!;
    expect(store.getState().applySuggestion('NCL').ok).toBe(true);
    const { game } = store.getState();
    expect(store.getState().drafts.NCL).toEqual(suggestDecision(scenario, game, 'NCL').decision);
    store.getState().undoDraft('NCL');
    expect(store.getState().drafts.NCL).toEqual(held);
  });

  it('reset returns to the held course', () => {
    const store = createGameStore(scenario, { seed: 3, humans: ['NCL'] });
    const held = store.getState().drafts.NCL!;
    store.getState().setDraft('NCL', withPriceCut(held, -0.2));
    expect(store.getState().resetDraft('NCL').ok).toBe(true);
    expect(store.getState().drafts.NCL).toEqual(held);
  });

  it('undo walks back draft by draft, then says there is nothing left', () => {
    const store = createGameStore(scenario, { seed: 3, humans: ['NCL'] });
    const suggested = store.getState().drafts.NCL!;
    store.getState().setDraft('NCL', withPriceCut(suggested, -0.1));
    store.getState().setDraft('NCL', withPriceCut(suggested, -0.99));
    expect(store.getState().lastError).not.toBeNull();

    store.getState().undoDraft('NCL');
    expect(store.getState().drafts.NCL!.price.C).toBe(-0.1);
    expect(store.getState().lastError).toBeNull();
    store.getState().undoDraft('NCL');
    expect(store.getState().drafts.NCL).toEqual(suggested);
    const last = store.getState().undoDraft('NCL');
    expect(last.ok).toBe(false);
    expect(store.getState().lastError?.errors[0]?.code).toBe('store/nothing_to_undo');
    expect(store.getState().drafts.NCL).toEqual(suggested);
  });

  it('undo restores an invalid draft together with its errors', () => {
    const store = createGameStore(scenario, { seed: 3, humans: ['NCL'] });
    const suggested = store.getState().drafts.NCL!;
    store.getState().setDraft('NCL', withPriceCut(suggested, -0.99));
    store.getState().resetDraft('NCL');
    expect(store.getState().lastError).toBeNull();
    store.getState().undoDraft('NCL');
    expect(store.getState().drafts.NCL!.price.C).toBe(-0.99);
    expect(store.getState().lastError?.errors.map((e) => e.field)).toContain('price.C');
  });

  it('commit empties the undo stack and seals the draft', () => {
    const store = createGameStore(scenario, { seed: 3, humans: ['NCL'] });
    store.getState().setDraft('NCL', withPriceCut(store.getState().drafts.NCL!, -0.1));
    expect(store.getState().commit('NCL').ok).toBe(true);
    expect(store.getState().undo.NCL).toEqual([]);
    const sealed = store.getState().drafts.NCL;
    for (const attempt of [
      () => store.getState().undoDraft('NCL'),
      () => store.getState().resetDraft('NCL'),
      () => store.getState().setDraft('NCL', withPriceCut(sealed!, -0.2)),
    ]) {
      expect(attempt().ok).toBe(false);
      expect(store.getState().lastError?.errors[0]?.code).toBe('store/committed');
      expect(store.getState().drafts.NCL).toBe(sealed);
    }
  });
});
