// Messages between the batch coordinator and its workers. Outcomes travel as plain arrays in
// scenario provider order (structured clone copies them cheaply).

import type { Outcome } from './run-game.ts';
import type { GamePlan } from './scenario-options.ts';

export interface WorkerSetup {
  plan: GamePlan;
}

export type { Outcome };

/** Coordinator -> worker: play these seeds, or stop. */
export type Job = { seeds: number[] } | { stop: true };

/** Worker -> coordinator. */
export type JobResult = { seeds: number[]; outcomes: Outcome[] } | { error: string };
