// A moved team's device: the welcome after the move names the new seat, and the device's game is
// built again for it, while the old game stops listening. A welcome for the same seat (a plain
// reconnection) keeps the game.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../game/engine/index.ts';
import type { ClassGame } from '../../game/net/class-store.ts';
import type { ResettableLink } from '../../game/net/reconnecting-link.ts';
import { bindSeat } from '../../game/net/seat-binding.ts';
import type { Welcome } from '../../game/wire/messages.ts';
import { loadClassroom } from '../store/fixtures.ts';
import { seatWelcome } from './fake-link.ts';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadClassroom();
});

function resettableLink() {
  let listeners = new Map<string, ((m: unknown) => void)[]>();
  const sent: [string, unknown][] = [];
  const link: ResettableLink = {
    send: (type, message) => sent.push([type, message]),
    onMessage: <T>(type: string, listener: (message: T) => void) => {
      listeners.set(type, [...(listeners.get(type) ?? []), listener as (m: unknown) => void]);
    },
    forgetListeners: () => (listeners = new Map()),
  };
  const fire = (type: string, message: unknown) => {
    for (const listen of listeners.get(type) ?? []) listen(message);
  };
  const count = (type: string) => listeners.get(type)?.length ?? 0;
  return { link, sent, fire, count };
}

describe('a device follows its team to a new seat', () => {
  it('builds the game again for the seat the welcome names, once', () => {
    const { link, fire, count } = resettableLink();
    const games: [ClassGame, Welcome][] = [];
    const first = bindSeat(link, scenario, seatWelcome(scenario.id, 'NCL'), (g, w) =>
      games.push([g, w]),
    );
    expect(Object.keys(first.game.getState().drafts)).toEqual(['NCL']);
    const listening = count('welcome');

    fire('welcome', seatWelcome(scenario.id, 'NCL'));
    expect(games).toHaveLength(0);

    fire('welcome', seatWelcome(scenario.id, 'SCL'));
    expect(games).toHaveLength(1);
    const [moved, welcome] = games[0]!;
    expect(welcome.seat).toBe('SCL');
    expect(Object.keys(moved.game.getState().drafts)).toEqual(['SCL']);
    // The old game's listeners are gone: the same number listen as before, for the new game.
    expect(count('welcome')).toBe(listening);
    // Its own seat cannot be drafted by the old seat's rules any more.
    expect(moved.game.getState().setDraft('NCL', first.game.getState().drafts.NCL!).ok).toBe(false);
  });
});
