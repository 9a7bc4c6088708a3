// What a class server does with the session table beyond solo play: at a deadline every seat
// still drafting holds last quarter's course (as the join screen announces), and a teacher may
// undo the last quarter, which must give back exactly the game before it.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../game/engine/index.ts';
import { stateHash } from '../../game/engine/index.ts';
import {
  commit,
  endQuarter,
  holdUncommitted,
  setDraft,
  startSession,
  undoQuarter,
} from '../../game/session/index.ts';
import type { SessionData } from '../../game/session/index.ts';
import { deepFreeze, loadClassroom } from '../store/fixtures.ts';

let scenario: Scenario;
let start: SessionData;

beforeAll(async () => {
  scenario = await loadClassroom();
  start = deepFreeze(startSession(scenario, { seed: 7, humans: ['NCL', 'SCL'] }));
});

describe('holdUncommitted', () => {
  it('seals the held course of a seat still drafting and keeps a sealed seat decision', () => {
    const draft = structuredClone(start.drafts.NCL!);
    draft.price.C = -0.2;
    const sealedNcl = commit(setDraft(start, 'NCL', draft).data, 'NCL').data;
    // SCL typed a cut but never sealed it: the deadline plays the held course, not the cut.
    const typed = structuredClone(start.drafts.SCL!);
    typed.price.C = -0.3;
    const drafting = setDraft(sealedNcl, 'SCL', typed).data;
    const step = holdUncommitted(drafting);
    expect(step.result).toEqual({ ok: true });
    expect(step.data.committed).toEqual({ NCL: true, SCL: true });
    expect(step.data.drafts.NCL!.price.C).toBe(-0.2);
    expect(step.data.drafts.SCL).toEqual(start.drafts.SCL);
    expect(endQuarter(step.data).result.ok).toBe(true);
  });

  it('changes nothing when every seat has sealed', () => {
    const both = commit(commit(start, 'NCL').data, 'SCL').data;
    expect(holdUncommitted(both).data).toBe(both);
  });
});

describe('undoQuarter', () => {
  it('gives back the game before the last quarter, with fresh drafts', () => {
    const sealed = holdUncommitted(start).data;
    const played = endQuarter(sealed).data;
    expect(played.log).toHaveLength(1);
    const undone = undoQuarter(played);
    expect(undone.result).toEqual({ ok: true });
    expect(undone.data.log).toHaveLength(0);
    expect(stateHash(undone.data.game)).toBe(stateHash(start.game));
    expect(undone.data.drafts).toEqual(start.drafts);
    expect(undone.data.committed).toEqual({ NCL: false, SCL: false });
  });

  it('is refused, with a listed code, before any quarter is played', () => {
    const step = undoQuarter(start);
    expect(step.result.ok).toBe(false);
    expect(step.data.game).toBe(start.game);
    if (!step.result.ok) expect(step.result.errors[0]!.code).toBe('store/nothing_to_undo');
  });
});
