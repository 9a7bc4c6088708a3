// Many games over a range of seeds on worker threads. Seeds are dealt in small chunks to
// whichever worker is free (games of different seeds can take different time, and workers start
// at different times: nothing is dealt to a worker before it says it is ready), and results are
// put back in seed order so the output never depends on the number of workers or on timing.

import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { unpackOutcome } from './batch-protocol.ts';
import type { JobResult, Outcome, WorkerSetup } from './batch-protocol.ts';
import type { GamePlan } from './scenario-options.ts';
import { startWorker } from './start-worker.ts';

export interface BatchOptions {
  plan: GamePlan;
  seeds: { from: number; to: number };
  /** Defaults to defaultWorkers() for the batch's size. */
  workers?: number | undefined;
  onProgress?: (done: number, total: number) => void;
  /** Called as each worker finishes loading (for the benchmark: start-up vs work). */
  onReady?: (ready: number, workers: number) => void;
}

const WORKER_ENTRY = new URL(
  `./batch-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`,
  import.meta.url,
);

/**
 * Game-quarters of work it takes to pay for one more worker. Every worker compiles the engine
 * afresh: V8's optimising compiler spends about 3 s of CPU per worker (on its own threads, which
 * compete with the other worker for the cores) before a game runs at full speed, and one worker
 * already keeps about 1.4 of 2 cores busy while it warms up. Measured on 2 cores, 2 workers
 * against 1 on the 18-quarter history scenario: 0.8x for 200 games, 1.55x for 2,000, 1.74x
 * for 4,000 (tests/bench/batch-split.ts, `npm run bench`). 9,000 quarters (500 such games) of
 * work per worker keeps a second worker from costing time; `--workers` overrides the choice.
 */
export const QUARTERS_PER_WORKER = 9000;

/** Workers for `games` games of `quarters` quarters: one per QUARTERS_PER_WORKER, up to `cores`. */
export function defaultWorkers(
  games: number,
  quarters: number,
  cores: number = availableParallelism(),
): number {
  return Math.max(1, Math.min(cores, Math.floor((games * quarters) / QUARTERS_PER_WORKER)));
}

/** The workers a batch starts: as asked (or defaultWorkers), never more than its games. */
export function batchWorkers(options: Pick<BatchOptions, 'plan' | 'seeds' | 'workers'>): number {
  const total = options.seeds.to - options.seeds.from + 1;
  return Math.max(
    1,
    Math.min(options.workers ?? defaultWorkers(total, options.plan.quarters), total),
  );
}

export async function runBatch(options: BatchOptions): Promise<Outcome[]> {
  const { from, to } = options.seeds;
  const total = to - from + 1;
  const count = batchWorkers(options);
  // About eight chunks per worker balances the load without many round trips.
  const chunk = Math.max(1, Math.min(64, Math.ceil(total / (count * 8))));
  const outcomes: Outcome[] = new Array<Outcome>(total);
  const setup: WorkerSetup = { plan: options.plan };
  const workers: Worker[] = [];
  const providers = options.plan.scenario.providers.length;
  let next = from;
  let done = 0;
  let ready = 0;

  try {
    await new Promise<void>((resolve, reject) => {
      let finished = false;
      const fail = (error: Error) => {
        if (finished) return;
        finished = true;
        reject(error);
      };
      const deal = (worker: Worker) => {
        if (next > to) {
          worker.postMessage({ stop: true });
          return;
        }
        const seeds: number[] = [];
        for (; seeds.length < chunk && next <= to; next++) seeds.push(next);
        worker.postMessage({ seeds });
      };
      for (let w = 0; w < count; w++) {
        const worker = startWorker(WORKER_ENTRY, setup);
        workers.push(worker);
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (code !== 0) fail(new Error(`a batch worker stopped with exit code ${code}`));
        });
        worker.on('message', (result: JobResult) => {
          if ('error' in result) return fail(new Error(result.error));
          if ('ready' in result) {
            options.onReady?.(++ready, count);
            deal(worker);
            return;
          }
          result.seeds.forEach(
            (seed, i) => (outcomes[seed - from] = unpackOutcome(result.outcomes, i, providers)),
          );
          done += result.seeds.length;
          options.onProgress?.(done, total);
          if (done === total && !finished) {
            finished = true;
            resolve();
          }
          deal(worker);
        });
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}
