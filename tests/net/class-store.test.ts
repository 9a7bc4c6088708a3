// A browser's game in a class (game/net/class-store.ts): the screens' game store, whose actions
// go to the class server. Against a real server: two teams draft and seal through the store and
// both browsers' engines reach the server's quarter. Against a fake link: a quarter whose hash
// this engine does not reproduce is reported and not played on.

import { beforeAll, describe, expect, it } from 'vitest';
import { playQuarter, stateHash } from '../../game/engine/index.ts';
import type { Scenario } from '../../game/engine/index.ts';
import { createClassGame } from '../../game/net/class-store.ts';
import type { ClassGame } from '../../game/net/class-store.ts';
import type { QuarterMessage, Welcome } from '../../game/wire/messages.ts';
import { hostClassForSuite, join } from '../classroom/class-client.ts';
import type { Watched } from '../classroom/class-client.ts';
import { loadClassroom } from '../store/fixtures.ts';
import { fakeLink, seatWelcome } from './fake-link.ts';

let scenario: Scenario;
const live = hostClassForSuite();

beforeAll(async () => {
  scenario = await loadClassroom();
});

async function seated(options: object): Promise<{ watched: Watched; welcome: Welcome }> {
  const watched = await join(live.server.port, options);
  live.rooms.push(watched);
  return { watched, welcome: await watched.next<Welcome>('welcome') };
}

/** The game at its start, as any browser builds it. */
function startHash() {
  return createClassGame(
    scenario,
    { ...welcomeFor('NCL') },
    { send: () => 0, onMessage: () => 0 },
  ).game.getState().game;
}

const welcomeFor = (seat: string): Welcome => seatWelcome(scenario.id, seat);

async function until(test: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('two browsers play a quarter through their stores', () => {
  it('drafts, seals and reaches the same game as the server', async () => {
    const red = await seated({ classCode: live.fixture.code, seat: 'NCL', team: 'Red' });
    const blue = await seated({ classCode: live.fixture.code, seat: 'SCL', team: 'Blue' });
    const teacher = await seated({ teacherToken: live.fixture.teacherToken });
    const redGame = createClassGame(scenario, red.welcome, red.watched.room);
    const blueGame = createClassGame(scenario, blue.welcome, blue.watched.room);
    // Seats are sealed in the browser too: the other seat's draft is not in the store.
    expect(Object.keys(redGame.game.getState().drafts)).toEqual(['NCL']);
    // The team's name is the player's name on the debrief and in a saved replay.
    expect(redGame.game.getState().player).toBe('Red');
    teacher.watched.room.send('teacher', { command: 'start' });
    await until(() => redGame.view.getState().status?.phase === 'drafting');

    const draft = structuredClone(redGame.game.getState().drafts.NCL!);
    draft.price.C = -0.15;
    expect(redGame.game.getState().setDraft('NCL', draft)).toEqual({ ok: true });
    expect(redGame.game.getState().setDraft('SCL', draft).ok).toBe(false);
    expect(redGame.game.getState().endQuarter().ok).toBe(false);
    expect(redGame.game.getState().commit('NCL')).toEqual({ ok: true });
    await until(() => blueGame.view.getState().status?.seats.NCL?.committed === true);
    expect(blueGame.game.getState().applySuggestion('SCL')).toEqual({ ok: true });
    expect(blueGame.game.getState().commit('SCL')).toEqual({ ok: true });

    const quarter = await teacher.watched.next<QuarterMessage>('quarter');
    await until(() => redGame.game.getState().log.length === 1);
    await until(() => blueGame.game.getState().log.length === 1);
    for (const g of [redGame, blueGame]) {
      expect(stateHash(g.game.getState().game)).toBe(quarter.entry.hash);
      expect(g.view.getState().desyncAt).toBeNull();
    }
    expect(quarter.entry.decisions.NCL!.price.C).toBe(-0.15);
    // The next quarter's drafts are fresh and unsealed, and still only this seat's.
    expect(redGame.game.getState().committed.NCL).toBe(false);
    expect(Object.keys(blueGame.game.getState().drafts)).toEqual(['SCL']);

    // The teacher's undo: every browser rebuilds the game before the quarter.
    const before = stateHash(startHash());
    teacher.watched.room.send('teacher', { command: 'undo-quarter' });
    await until(() => redGame.game.getState().log.length === 0);
    await until(() => blueGame.game.getState().log.length === 0);
    expect(stateHash(redGame.game.getState().game)).toBe(before);
    expect(Object.keys(redGame.game.getState().drafts)).toEqual(['NCL']);
    expect(blueGame.game.getState().player).toBe('Blue');
  }, 30_000);
});

describe('desync detection', () => {
  it('a quarter whose hash differs is reported with this engine hash and not played on', () => {
    const { link, sent, fire } = fakeLink();
    const game: ClassGame = createClassGame(scenario, welcomeFor('NCL'), link);
    const data = game.game.getState();
    const decisions = { NCL: data.drafts.NCL!, SCL: data.drafts.NCL! };
    fire('quarter', { index: 0, entry: { quarter: 'x', decisions, hash: 'deadbeef' } });
    expect(game.view.getState().desyncAt).toBe(0);
    expect(game.game.getState().log).toHaveLength(0);
    const [type, message] = sent[0]!;
    expect(type).toBe('hash');
    expect(message).toMatchObject({ quarter: 0 });
    expect((message as { hash: string }).hash).not.toBe('deadbeef');
  });
});

describe('joining again after the line dropped', () => {
  /** A seat's game with one edit on compute; `sent` cleared after the edit. */
  function editedSeat() {
    const fake = fakeLink();
    const game = createClassGame(scenario, welcomeFor('NCL'), fake.link);
    const draft = structuredClone(game.game.getState().drafts.NCL!);
    draft.price.C = -0.05;
    expect(game.game.getState().setDraft('NCL', draft)).toEqual({ ok: true });
    fake.sent.length = 0;
    return { ...fake, game, draft };
  }

  it('sends this device’s draft again when the server has an older one of the same quarter', () => {
    const { game, sent, fire, draft } = editedSeat();
    fire('welcome', welcomeFor('NCL'));
    expect(sent).toEqual([['draft', { draft }]]);
    expect(game.game.getState().drafts.NCL).toEqual(draft);
  });

  it('sends nothing when the server already has the same draft', () => {
    const { sent, fire, draft } = editedSeat();
    fire('welcome', { ...welcomeFor('NCL'), draft });
    expect(sent).toEqual([]);
  });

  it('seals again when the seal never reached the server, and takes a seal it did receive', () => {
    const { game, sent, fire, draft } = editedSeat();
    expect(game.game.getState().commit('NCL')).toEqual({ ok: true });
    sent.length = 0;
    fire('welcome', welcomeFor('NCL'));
    expect(sent).toEqual([
      ['draft', { draft }],
      ['seat', { action: 'commit' }],
    ]);

    const other = editedSeat();
    other.fire('welcome', { ...welcomeFor('NCL'), draft, committed: true });
    expect(other.sent).toEqual([]);
    expect(other.game.game.getState().committed.NCL).toBe(true);
  });

  it('plays the quarters the server resolved while the device was away', () => {
    const { game, fire } = editedSeat();
    const start = game.game.getState();
    const decisions = { NCL: start.drafts.NCL!, SCL: start.drafts.NCL! };
    // The quarter as the server resolved it while this device was away.
    const step = playQuarter(start.scenario, start.game, decisions);
    fire('welcome', { ...welcomeFor('NCL'), log: [step.entry] });
    const after = game.game.getState();
    expect(after.log).toHaveLength(1);
    expect(stateHash(after.game)).toBe(step.entry.hash);
    expect(after.committed.NCL).toBe(false);
    expect(after.player).toBe('Red'); // the team's name survives the rebuild
    expect(game.view.getState().desyncAt).toBeNull();
  });
});
