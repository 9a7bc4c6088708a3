// Messages between the batch coordinator and its workers. Work goes out in chunks of seeds, and
// each chunk's outcomes come back as one Float64Array whose buffer is transferred, not copied:
// no message per game and no structured clone of result objects.

import type { Outcome } from './run-game.ts';
import type { GamePlan } from './scenario-options.ts';

export interface WorkerSetup {
  plan: GamePlan;
}

export type { Outcome };

/** Coordinator -> worker: play these seeds, or stop. */
export type Job = { seeds: number[] } | { stop: true };

/**
 * Worker -> coordinator: ready once it has loaded, then one reply per chunk. `outcomes` holds,
 * per seed in order, the final IaaS shares then the cumulative EBITA of every provider.
 */
export type JobResult =
  { ready: true } | { seeds: number[]; outcomes: Float64Array } | { error: string };

/** Outcomes of a chunk packed into one transferable array: [seed][share P, EBITA P]. */
export function packOutcomes(outcomes: readonly Outcome[], providers: number): Float64Array {
  const packed = new Float64Array(outcomes.length * 2 * providers);
  outcomes.forEach((o, i) => {
    packed.set(o.iaasShare, i * 2 * providers);
    packed.set(o.cumEbita, i * 2 * providers + providers);
  });
  return packed;
}

export function unpackOutcome(packed: Float64Array, i: number, providers: number): Outcome {
  const at = i * 2 * providers;
  return {
    iaasShare: Array.from(packed.subarray(at, at + providers)),
    cumEbita: Array.from(packed.subarray(at + providers, at + 2 * providers)),
  };
}
