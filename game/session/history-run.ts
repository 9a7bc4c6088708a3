// The history-mode run: the same scenario and seed with no humans, every provider (the
// player's included) following its scenario strategy. The debrief compares a player's run with
// it; the calibration reads its figures off it.

import { isFinished, playQuarter, startGame } from '../engine/index.ts';
import type { QuarterReport, Scenario } from '../engine/index.ts';

export interface HistoryPlay {
  /** Quarters the engine plays before the players' first decision. */
  history: QuarterReport[];
  /** The scenario's own quarters, up to `last` or the scenario's end. */
  played: QuarterReport[];
}

/** Plays history mode from the origin up to quarter t = `last` (default: the scenario's end). */
export function playHistory(scenario: Scenario, seed: number, last = Infinity): HistoryPlay {
  const started = startGame(scenario, { seed, humans: [] });
  let state = started.state;
  const played: QuarterReport[] = [];
  while (!isFinished(scenario, state) && state.t < last) {
    const step = playQuarter(scenario, state, {});
    played.push(step.report);
    state = step.state;
  }
  return { history: started.history, played };
}

/** The scenario's own quarters in history mode, as the debrief draws them. */
export function historyRun(scenario: Scenario, seed: number): QuarterReport[] {
  return playHistory(scenario, seed).played;
}
