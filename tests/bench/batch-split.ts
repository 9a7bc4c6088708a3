// Where a batch's CPU goes: `npx tsx tests/bench/batch-split.ts [scenario.yaml]` runs batches of
// few and many games on 1 and 2 workers and splits each worker count's CPU time (all threads)
// into a fixed cost per batch (worker start-up: loading and compiling the engine, a cold JIT)
// and a cost per game, from the difference between the two batch sizes.
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { runBatch } from '../../game/cli/batch.ts';
import { planGame } from '../../game/cli/scenario-options.ts';
import { loadScenarioFile } from '../../game/scenario/load-file.ts';
import { cpuClock } from './measure.ts';

const path =
  process.argv[2] ??
  fileURLToPath(new URL('../../scenarios/china-2021-long-slide.yaml', import.meta.url));
const loaded = await loadScenarioFile(path);
if (!loaded.ok) throw new Error(`${path} does not load`);
const plan = planGame(loaded.scenario, { humans: [], policies: [], quarters: undefined });
const FEW = 4;
const MANY = 164;

async function cpuOf(workers: number, games: number): Promise<{ cpu: number; wall: number }> {
  const cpu = cpuClock();
  const wall = performance.now();
  await runBatch({ plan, seeds: { from: 1, to: games }, workers });
  return { cpu: cpuClock() - cpu, wall: performance.now() - wall };
}

await cpuOf(1, 2); // the main thread's own first use of the batch code
for (const workers of [1, 2]) {
  const few = await cpuOf(workers, FEW);
  const many = await cpuOf(workers, MANY);
  const perGame = (many.cpu - few.cpu) / (MANY - FEW);
  const fixed = few.cpu - FEW * perGame;
  console.log(
    `${workers} worker(s): ${MANY} games ${many.cpu.toFixed(0)} ms CPU in ${many.wall.toFixed(0)} ms wall ` +
      `(${(many.cpu / MANY).toFixed(1)} ms CPU/game); marginal ${perGame.toFixed(1)} ms CPU/game, ` +
      `fixed ${fixed.toFixed(0)} ms CPU per batch (${(fixed / workers).toFixed(0)} per worker); load ${loadavg()[0]!.toFixed(2)}`,
  );
}
