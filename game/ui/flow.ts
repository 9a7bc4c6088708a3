// Turn flow, a thin adapter over the session layer (game/session/table.ts): End quarter seals
// the active human's draft; in hot-seat the next seat (nextHotSeat) gets a cover screen first;
// once everyone has sealed, the session resolves the quarter. (The autosave listens to the
// store itself: game/save/autosave.ts.)

import { isFinished } from '../engine/index.ts';
import { nextHotSeat } from '../store/index.ts';
import type { UiContext } from './context.ts';
import { activeHuman, gameState } from './game-view.ts';

export function endQuarter(ctx: UiContext): boolean {
  const session = ctx.session.getState();
  const store = session.game;
  const g = gameState(ctx);
  if (!store || !g || session.screen !== 'quarter') return false;
  const me = activeHuman(ctx, g);
  if (!g.committed[me]) {
    const sealed = store.getState().commit(me);
    if (!sealed.ok) return false;
  }
  // In a class the server resolves the quarter once every team has sealed (or at the deadline);
  // game/net/follow-class.ts shows the report when the quarter arrives.
  if (session.classSeat !== null) return true;
  const next = nextHotSeat(store.getState(), me);
  if (next !== null) {
    session.setActiveHuman(next);
    session.setScreen('cover');
    return true;
  }
  const done = store.getState().endQuarter();
  if (!done.ok) return false;
  const after = store.getState();
  session.setActiveHuman(after.humans[0] ?? null);
  session.setScreen('report');
  return true;
}

/** From the report: on to the next quarter, or to the debrief when the game is over. */
export function leaveReport(ctx: UiContext): void {
  const g = gameState(ctx);
  if (!g) return;
  ctx.session.getState().setScreen(isFinished(g.scenario, g.game) ? 'debrief' : 'quarter');
}
