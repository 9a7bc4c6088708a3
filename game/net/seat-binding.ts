// A device's class game follows its team: when the teacher moves the team to another seat, the
// server closes the device's room and the link joins again with the same token, which now opens
// the new seat; the welcome names that seat, and the game is built afresh for it.

import type { Scenario } from '../engine/index.ts';
import type { Welcome } from '../wire/messages.ts';
import { createClassGame } from './class-store.ts';
import type { ClassGame } from './class-store.ts';
import type { ResettableLink } from './reconnecting-link.ts';

/**
 * Builds the game for `welcome`'s seat and rebuilds it whenever a later welcome names another
 * seat, handing each new game to `onGame` (the first one is returned).
 */
export function bindSeat(
  link: ResettableLink,
  scenario: Scenario,
  welcome: Welcome,
  onGame: (game: ClassGame, welcome: Welcome) => void,
): ClassGame {
  link.forgetListeners();
  link.onMessage<Welcome>('welcome', (again) => {
    if (again.seat === welcome.seat) return;
    onGame(bindSeat(link, scenario, again, onGame), again);
  });
  return createClassGame(scenario, welcome, link);
}
