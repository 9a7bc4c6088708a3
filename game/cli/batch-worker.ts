// A batch worker: receives the game plan once, then plays the seeds it is sent and answers with
// each game's final outcome.

import { parentPort, workerData } from 'node:worker_threads';
import { deepFreeze } from '../scenario/freeze.ts';
import type { Job, JobResult, WorkerSetup } from './batch-protocol.ts';
import { playOutcome } from './run-game.ts';

const { plan } = workerData as WorkerSetup;
// The plan arrives as a structured-clone copy: freeze it again, as loaded scenarios are.
deepFreeze(plan);
const port = parentPort!;

port.on('message', (job: Job) => {
  if ('stop' in job) {
    port.close();
    return;
  }
  let reply: JobResult;
  try {
    reply = { seeds: job.seeds, outcomes: job.seeds.map((seed) => playOutcome(plan, seed)) };
  } catch (e) {
    reply = { error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
