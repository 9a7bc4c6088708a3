// A batch worker: receives the game plan once, says it is ready, then plays the chunks of seeds
// it is sent and answers each with the chunk's packed outcomes (buffer transferred).

import { parentPort, workerData } from 'node:worker_threads';
import { deepFreeze } from '../scenario/freeze.ts';
import { packOutcomes } from './batch-protocol.ts';
import type { Job, JobResult, WorkerSetup } from './batch-protocol.ts';
import { playOutcome } from './run-game.ts';

const { plan } = workerData as WorkerSetup;
// The plan arrives as a structured-clone copy: freeze it again, as loaded scenarios are.
deepFreeze(plan);
const providers = plan.scenario.providers.length;
const port = parentPort!;

port.on('message', (job: Job) => {
  if ('stop' in job) {
    port.close();
    return;
  }
  let reply: JobResult;
  try {
    const outcomes = job.seeds.map((seed) => playOutcome(plan, seed));
    reply = { seeds: job.seeds, outcomes: packOutcomes(outcomes, providers) };
  } catch (e) {
    reply = { error: e instanceof Error ? e.message : String(e) };
  }
  // packOutcomes makes a plain ArrayBuffer, never a shared one.
  port.postMessage(reply, 'outcomes' in reply ? [reply.outcomes.buffer as ArrayBuffer] : []);
});
const ready: JobResult = { ready: true };
port.postMessage(ready);
