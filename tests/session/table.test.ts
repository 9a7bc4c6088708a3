// The session layer's table (game/session/table.ts): pure actions over plain data, as a
// server room will call them. Drafts are sealed per seat, the quarter resolves only when every
// seat has sealed, hot-seat turns go round in seat order, and every refusal carries a listed code.

import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionError, Scenario } from '../../game/engine/index.ts';
import { SESSION_ERROR_CODES, applyHandicap } from '../../game/engine/index.ts';
import {
  applySuggestion,
  commit,
  endQuarter,
  loadLog,
  newGame,
  nextHotSeat,
  resetDraft,
  resolveIfAllCommitted,
  savedLog,
  sealedView,
  setDraft,
  startSession,
  undoDraft,
  waitingFor,
} from '../../game/session/index.ts';
import type { SessionData, Step } from '../../game/session/index.ts';
import { deepFreeze, loadClassroom } from '../store/fixtures.ts';

let scenario: Scenario;
let start: SessionData;

beforeAll(async () => {
  scenario = await loadClassroom();
  start = deepFreeze(startSession(scenario, { seed: 7, humans: ['NCL', 'SCL'] }));
});

function codes(step: Step): string[] {
  return step.result.ok ? [] : step.result.errors.map((e: DecisionError) => e.code);
}

function cut(data: SessionData, seat: string, by: number) {
  const draft = structuredClone(data.drafts[seat]!);
  draft.price.C = by;
  return setDraft(data, seat, draft);
}

describe('sealed drafts', () => {
  it('a seat changes only its own draft and undo stack; the input data is never written', () => {
    const step = cut(start, 'NCL', -0.05); // `start` is deep-frozen: a write would throw
    expect(step.result).toEqual({ ok: true });
    expect(step.data.drafts.NCL!.price.C).toBe(-0.05);
    expect(step.data.undo.NCL).toEqual([start.drafts.NCL]);
    expect(step.data.drafts.SCL).toBe(start.drafts.SCL);
    expect(step.data.undo.SCL).toBe(start.undo.SCL);
    expect(step.data.game).toBe(start.game);
    expect(start.drafts.NCL!.price.C).not.toBe(-0.05);
  });

  it('a sealed seat cannot change its draft, while the other seat still can', () => {
    const sealed = commit(cut(start, 'NCL', -0.05).data, 'NCL');
    expect(sealed.result.ok).toBe(true);
    for (const step of [
      cut(sealed.data, 'NCL', -0.1),
      resetDraft(sealed.data, 'NCL'),
      applySuggestion(sealed.data, 'NCL'),
      undoDraft(sealed.data, 'NCL'),
      commit(sealed.data, 'NCL'),
    ]) {
      expect(codes(step)).toEqual(['store/committed']);
      expect(step.data.drafts.NCL).toBe(sealed.data.drafts.NCL);
      expect(step.data.lastError?.provider).toBe('NCL');
    }
    expect(cut(sealed.data, 'SCL', -0.1).result.ok).toBe(true);
  });

  it('a provider no human plays has no seat', () => {
    const solo = startSession(scenario, { seed: 7, humans: ['NCL'] });
    const step = cut({ ...solo, drafts: { ...solo.drafts, SCL: solo.drafts.NCL! } }, 'SCL', 0);
    expect(codes(step)).toEqual(['store/not_human']);
  });

  it('a seat’s view holds its own draft and no other seat’s', () => {
    const data = cut(cut(start, 'NCL', -0.05).data, 'SCL', -0.137).data;
    const view = sealedView(data, 'NCL');
    expect(Object.keys(view.drafts)).toEqual(['NCL']);
    expect(Object.keys(view.undo)).toEqual(['NCL']);
    expect(view.committed).toEqual({ NCL: false, SCL: false });
    expect(JSON.stringify(view.drafts)).toContain('-0.05');
    expect(JSON.stringify(view)).not.toContain('-0.137');
    // A refusal that concerned the other seat stays with it.
    const refused = commit(cut(data, 'SCL', 9).data, 'SCL').data;
    expect(sealedView(refused, 'NCL').lastError).toBeNull();
    expect(sealedView(refused, 'SCL').lastError?.provider).toBe('SCL');
  });

  it('an invalid draft is kept as typed with its reasons, and cannot be sealed', () => {
    const step = cut(start, 'NCL', 9);
    expect(codes(step)).toContain('decision/above_maximum');
    expect(step.data.drafts.NCL!.price.C).toBe(9);
    expect(codes(commit(step.data, 'NCL'))).toContain('decision/above_maximum');
    const undone = undoDraft(step.data, 'NCL');
    expect(undone.data.drafts.NCL).toBe(start.drafts.NCL);
    expect(undone.data.lastError).toBeNull();
    expect(codes(undoDraft(undone.data, 'NCL'))).toEqual(['store/nothing_to_undo']);
  });
});

describe('resolution', () => {
  it('waits for every seat; resolves once all have sealed', () => {
    const one = commit(start, 'NCL').data;
    expect(waitingFor(one)).toEqual(['SCL']);
    const early = endQuarter(one);
    expect(codes(early)).toEqual(['store/not_committed']);
    expect(early.data.game).toBe(one.game);
    const quiet = resolveIfAllCommitted(one);
    expect(quiet.resolved).toBe(false);
    expect(quiet.data).toBe(one);
    const both = commit(one, 'SCL').data;
    const done = resolveIfAllCommitted(both);
    expect(done.resolved).toBe(true);
    expect(done.data.log).toHaveLength(1);
    expect(done.data.log[0]!.decisions).toEqual({ NCL: both.drafts.NCL, SCL: both.drafts.SCL });
    expect(done.data.committed).toEqual({ NCL: false, SCL: false });
    expect(done.data.game.t).toBe(start.game.t + 1);
  });

  it('the same commits give the same state hash (a server and a client agree)', () => {
    const play = () =>
      resolveIfAllCommitted(commit(commit(cut(start, 'SCL', -0.1).data, 'SCL').data, 'NCL').data)
        .data;
    expect(play().log[0]!.hash).toBe(play().log[0]!.hash);
  });

  it('a saved log loads back to the same game; a bad one leaves the game in play', () => {
    const played = endQuarter(commit(commit(start, 'NCL').data, 'SCL').data).data;
    const loaded = loadLog(start, savedLog(played));
    expect(loaded.result.ok).toBe(true);
    expect(loaded.data.log).toEqual(played.log);
    expect(loaded.data.game.t).toBe(played.game.t);
    const bad = loadLog(start, { ...savedLog(played), humans: ['NCL'] });
    expect(codes(bad)).toEqual(['store/bad_log']);
    expect(bad.data.game).toBe(start.game);
    const forged = savedLog(played);
    const wrong = loadLog(start, { ...forged, log: [{ ...forged.log[0]!, hash: 'deadbeef' }] });
    expect(codes(wrong)).toEqual(['store/replay_failed']);
  });

  it('a new game with a provider the scenario lacks is refused, the old one kept', () => {
    const step = newGame(start, scenario, { seed: 1, humans: ['NOPE'] });
    expect(codes(step)).toEqual(['store/new_game']);
    expect(step.data.game).toBe(start.game);
  });
});

describe('hot-seat order', () => {
  const three = { humans: ['A', 'B', 'C'] };
  it('goes to the next seat that has not sealed, in seat order, wrapping round', () => {
    expect(nextHotSeat({ ...three, committed: { A: true, B: false, C: false } }, 'A')).toBe('B');
    expect(nextHotSeat({ ...three, committed: { A: false, B: true, C: false } }, 'B')).toBe('C');
    expect(nextHotSeat({ ...three, committed: { A: false, B: true, C: true } }, 'C')).toBe('A');
    expect(nextHotSeat({ ...three, committed: { A: true, B: true, C: true } }, 'C')).toBeNull();
    expect(nextHotSeat({ ...three, committed: { A: false, B: false, C: false } }, null)).toBe('A');
  });
});

describe('typed refusals', () => {
  it('every code the session answers with is a listed session code', () => {
    const seen = [
      ...codes(cut(commit(start, 'NCL').data, 'NCL', 0)),
      ...codes(endQuarter(start)),
      ...codes(undoDraft(start, 'NCL')),
      ...codes(setDraft(start, 'XXX', start.drafts.NCL!)),
    ];
    expect(seen).toHaveLength(4);
    for (const code of seen) expect(SESSION_ERROR_CODES).toContain(code);
  });
});

describe('the handicap is a game option', () => {
  it('plays the handicapped copy, keeps the scenario as given, and saves and loads the level', () => {
    const hard = startSession(scenario, { seed: 7, humans: ['NCL'], handicap: 'hard' });
    expect(hard.baseScenario).toBe(scenario);
    expect(hard.handicap).toBe('hard');
    expect(hard.scenario).toEqual(applyHandicap(scenario, ['NCL'], 'hard'));
    expect(startSession(scenario, { seed: 7, humans: ['NCL'] }).scenario).toBe(scenario);
    const played = endQuarter(commit(hard, 'NCL').data).data;
    expect(savedLog(played).handicap).toBe('hard');
    expect(savedLog(start)).not.toHaveProperty('handicap');
    // A normal session loading a hard save plays the hard copy from then on.
    const loaded = loadLog(startSession(scenario, { seed: 7, humans: ['NCL'] }), savedLog(played));
    expect(loaded.result.ok).toBe(true);
    expect(loaded.data.handicap).toBe('hard');
    expect(loaded.data.game).toEqual(played.game);
    const bad = loadLog(hard, { ...savedLog(played), handicap: 'brutal' as never });
    expect(codes(bad)).toEqual(['store/bad_log']);
  });
});
