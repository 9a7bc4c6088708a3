// A class game on the screens (game/net/follow-class.ts, game/ui/flow.ts): End quarter seals this
// device's seat and stays on the quarter (no hot-seat cover for the other teams, whose seats are
// not on this device); the report comes up when the server's quarter has been played here, and
// the quarter screen when the teacher undoes it.

import { beforeAll, describe, expect, it } from 'vitest';
import { playQuarter } from '../../game/engine/index.ts';
import type { Scenario } from '../../game/engine/index.ts';
import { createClassGame } from '../../game/net/class-store.ts';
import { followClass } from '../../game/net/follow-class.ts';
import { createSessionStore, createViewStore } from '../../game/store/index.ts';
import { endQuarter } from '../../game/ui/flow.ts';
import type { UiContext } from '../../game/ui/context.ts';
import type { Welcome } from '../../game/wire/messages.ts';
import { loadClassroom } from '../store/fixtures.ts';
import { fakeLink, seatWelcome } from './fake-link.ts';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadClassroom();
});

const welcome = (): Welcome => seatWelcome(scenario.id, 'SCL');

describe('a class game on the screens', () => {
  it('seals without a cover, shows the report when the quarter arrives, and goes back on undo', () => {
    const { link, sent, fire } = fakeLink();
    const game = createClassGame(scenario, welcome(), link);
    const session = createSessionStore('en');
    const ctx = {
      session,
      view: createViewStore(),
      host: null,
      scenarios: [],
    } as unknown as UiContext;
    const stop = followClass(session);
    session.getState().joinClass(game.game, 'SCL', game.view);
    expect(session.getState()).toMatchObject({
      screen: 'quarter',
      activeHuman: 'SCL',
      classSeat: 'SCL',
    });

    expect(endQuarter(ctx)).toBe(true);
    expect(session.getState().screen).toBe('quarter'); // no cover: NCL is another team's seat
    expect(sent).toContainEqual(['seat', { action: 'commit' }]);

    const decisions = {
      NCL: game.game.getState().drafts.SCL!,
      SCL: game.game.getState().drafts.SCL!,
    };
    // The server's hash for these decisions: what the engine computes for them.
    const hash = playQuarter(scenario, game.game.getState().game, decisions).entry.hash;
    fire('quarter', { index: 0, entry: { quarter: '2024Q1', decisions, hash } });
    expect(game.game.getState().log).toHaveLength(1);
    expect(session.getState().screen).toBe('report');

    fire('rewind', { log: [] });
    expect(session.getState().screen).toBe('quarter');
    stop();
  });
});
