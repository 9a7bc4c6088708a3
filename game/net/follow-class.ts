// A class game on this device's screens: when the class server's resolved quarter has been
// played here (the game store's log grew), the report comes up, as after End quarter in solo
// play; when the game went back (the teacher's undo, the practice rewind), the quarter screen.

import type { SessionStore } from '../store/index.ts';

export function followClass(session: SessionStore): () => void {
  let played = session.getState().game?.getState().log.length ?? 0;
  let watched = session.getState().game;
  let stopGame = watched?.subscribe(onGame) ?? null;

  function onGame(): void {
    const s = session.getState();
    const length = s.game?.getState().log.length ?? 0;
    if (s.classSeat !== null && length > played) s.setScreen('report');
    if (s.classSeat !== null && length < played) s.setScreen('quarter');
    played = length;
  }

  const stopSession = session.subscribe((s) => {
    if (s.game === watched) return;
    stopGame?.();
    watched = s.game;
    played = s.game?.getState().log.length ?? 0;
    stopGame = s.game?.subscribe(onGame) ?? null;
  });
  return () => {
    stopSession();
    stopGame?.();
  };
}
