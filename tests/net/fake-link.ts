// A stand-in for a class room in the browser-side tests: it records what the store sends and
// lets a test deliver any server message; and the welcome a seat gets in the test class.

import type { ClassLink } from '../../game/net/class-store.ts';
import type { Welcome } from '../../game/wire/messages.ts';

export function fakeLink() {
  const listeners = new Map<string, (m: unknown) => void>();
  const sent: [string, unknown][] = [];
  const link: ClassLink = {
    send: (type, message) => sent.push([type, message]),
    onMessage: <T>(type: string, listener: (message: T) => void) =>
      listeners.set(type, listener as (m: unknown) => void),
  };
  return { link, sent, fire: (type: string, message: unknown) => listeners.get(type)?.(message) };
}

/** The welcome of `seat` in the two-seat classroom duopoly class of the tests (seed 11). */
export function seatWelcome(scenarioId: string, seat: string): Welcome {
  return {
    market: 1,
    role: 'seat',
    seat,
    team: 'Red',
    token: null,
    teamCode: null,
    scenarioId,
    seed: 11,
    humans: ['NCL', 'SCL'],
    log: [],
    draft: null,
    committed: false,
    quarterMinutes: 10,
    advance: 'all',
  };
}
