// The history-mode run: the same scenario and seed with no humans, every provider (the
// player's included) following its scenario strategy to the end.

import { isFinished, playQuarter, startGame } from '../engine/index.ts';
import type { QuarterReport, Scenario } from '../engine/index.ts';

export function historyRun(scenario: Scenario, seed: number): QuarterReport[] {
  let state = startGame(scenario, { seed, humans: [] }).state;
  const reports: QuarterReport[] = [];
  while (!isFinished(scenario, state)) {
    const step = playQuarter(scenario, state, {});
    reports.push(step.report);
    state = step.state;
  }
  return reports;
}
