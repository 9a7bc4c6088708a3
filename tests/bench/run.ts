// `npm run bench` (DESIGN.md §6): every figure is measured in this one run, and the quarter is
// reported as a ratio to a hand-written typed-array kernel of the same math on the same machine
// (kernel.ts: stocks, the best-responders' price grids, every market's logit clearing, rationing
// and every provider's books, as many of each as the engine does), so the numbers compare across
// machines. Options: --scenario PATH (default the China history scenario),
// --games N (games of the small batch, default 200), --big-games N (games of the large batch,
// default 4000), --quick (fewer samples, smaller batches).

import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isFinished, playQuarter, resolveQuarter, startGame } from '../../game/engine/index.ts';
import type { GameState, Scenario } from '../../game/engine/index.ts';
import { defaultWorkers, runBatch } from '../../game/cli/batch.ts';
import { planGame } from '../../game/cli/scenario-options.ts';
import { alignTable } from '../../game/cli/table.ts';
import { loadScenarioFile } from '../../game/scenario/load-file.ts';
import { createKernel, kernelQuarter, kernelShapeOf, kernelWork } from './kernel.ts';
import { callsFor, cpuClock, median, pairedTimes } from './measure.ts';

const DEFAULT_SCENARIO = fileURLToPath(
  new URL('../../scenarios/china-2021-long-slide.yaml', import.meta.url),
);
/** Issue 7's goal for the quarter against the kernel, and the project's goal beyond it. */
const GOAL_RATIO = 10;
const LONG_TERM_RATIO = 3;
/** Issue 7's goal for 2 workers against 1 on an idle 2-core machine. */
const GOAL_SCALING = 1.6;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** The state before every quarter of one all-policy game: the engine is timed on all of them. */
function statesOfOneGame(scenario: Scenario): GameState[] {
  let state = startGame(scenario, { seed: 1, humans: [] }).state;
  const states: GameState[] = [];
  while (!isFinished(scenario, state)) {
    states.push(state);
    state = resolveQuarter(scenario, state).state;
  }
  return states;
}

function fullGame(scenario: Scenario, seed: number, hashed: boolean): void {
  let state = startGame(scenario, { seed, humans: [] }).state;
  while (!isFinished(scenario, state))
    state = hashed ? playQuarter(scenario, state, {}).state : resolveQuarter(scenario, state).state;
}

interface BatchRate {
  /** Games per second, worker start-up included (what a teacher waits for). */
  overall: number;
  /** Games per second once every worker had loaded: how the work itself scales. */
  working: number;
  /**
   * CPU time of the whole process (all threads: workers, garbage collector, compiler) per
   * second of wall time: one worker that keeps more than one core busy leaves the second
   * worker less than a core, so this bounds how well two workers can scale.
   */
  coresBusy: number;
  /**
   * CPU time (all threads) per game: if two workers need more per game than one, the work
   * itself does not split cleanly (shared caches, garbage collector threads, another load).
   */
  cpuMsPerGame: number;
  /** CPU time of the whole process (all threads) for the batch, ms. */
  cpuMs: number;
  /** The 1-minute load average when the batch ended. */
  load: number;
}

async function batchRate(scenario: Scenario, workers: number, games: number): Promise<BatchRate> {
  const plan = planGame(scenario, { humans: [], policies: [], quarters: undefined });
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let done = 0;
  let allReady = { at: start, done: 0 };
  await runBatch({
    plan,
    seeds: { from: 1, to: games },
    workers,
    onProgress: (n) => (done = n),
    onReady: (ready, count) => {
      if (ready === count) allReady = { at: performance.now(), done };
    },
  });
  const end = performance.now();
  const cpu = process.cpuUsage(cpuStart);
  return {
    overall: games / ((end - start) / 1000),
    working: (games - allReady.done) / ((end - allReady.at) / 1000),
    coresBusy: (cpu.user + cpu.system) / 1000 / (end - start),
    cpuMsPerGame: (cpu.user + cpu.system) / 1000 / games,
    cpuMs: (cpu.user + cpu.system) / 1000,
    load: loadavg()[0]!,
  };
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const path = option('--scenario') ?? DEFAULT_SCENARIO;
  const games = Number(option('--games') ?? 200);
  const bigGames = Number(option('--big-games') ?? 4000);
  const loaded = await loadScenarioFile(path);
  if (!loaded.ok) {
    console.error(
      `bench: ${path} does not load: ${loaded.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('; ')}`,
    );
    process.exitCode = 1;
    return;
  }
  const scenario = loaded.scenario;
  const samples = quick ? 11 : 41;
  const providers = scenario.providers.length;
  const markets = scenario.segments.length * 3;
  console.error(`bench: ${scenario.id}, ${providers} providers x ${markets} markets; timing...`);

  // (a) one quarter: the engine against the kernel.
  const states = statesOfOneGame(scenario);
  const engineQuarter = (i: number) => resolveQuarter(scenario, states[i % states.length]!);
  for (let i = 0; i < 10 * states.length; i++) engineQuarter(i); // JIT warm-up
  const shape = kernelShapeOf(scenario);
  const work = kernelWork(shape);
  const kernel = createKernel(shape);
  let checksum = 0;
  const kernelCall = () => (checksum += kernelQuarter(kernel));
  for (let i = 0; i < 2000; i++) kernelCall();
  // Engine and kernel samples alternate, and the ratio is the median of each pair's ratio, so
  // both sides of a ratio ran under the same load (the machines are often shared).
  const callsEngine = callsFor(() => engineQuarter(0), 20);
  const callsKernel = callsFor(kernelCall, 20);
  const paired = pairedTimes(engineQuarter, kernelCall, samples, callsEngine, callsKernel);
  // The same pairs on the process's CPU clock: on a shared machine the wall-clock figures
  // include time the process waited for a core; these do not.
  const pairedCpu = pairedTimes(
    engineQuarter,
    kernelCall,
    samples,
    callsEngine,
    callsKernel,
    cpuClock,
  );
  const engineMs = paired.a;
  const kernelMs = paired.b;
  const ratio = paired.ratio;
  const quarterLoad = loadavg()[0]!;

  // (b) a whole game, from startGame to the last quarter.
  for (let i = 0; i < 3; i++) fullGame(scenario, i, true);
  const gameRuns = quick ? 5 : 21;
  const gameMs = median(
    Array.from({ length: gameRuns }, (_, i) => time(() => fullGame(scenario, 100 + i, false))),
  );
  const hashedMs = median(
    Array.from({ length: gameRuns }, (_, i) => time(() => fullGame(scenario, 200 + i, true))),
  );
  const gameLoad = loadavg()[0]!;

  // (c) batches over seeds, worker start-up included (it is part of what a teacher waits for),
  // small and large: every worker compiles the engine afresh before it plays at full speed, so
  // how well workers scale depends on how many games share that cost.
  const cores = availableParallelism();
  const small = quick ? Math.min(games, 40) : games;
  const big = quick ? Math.min(bigGames, 400) : bigGames;
  const oneWorker = await batchRate(scenario, 1, small);
  const allWorkers = cores > 1 ? await batchRate(scenario, cores, small) : oneWorker;
  const oneWorkerBig = await batchRate(scenario, 1, big);
  const allWorkersBig = cores > 1 ? await batchRate(scenario, cores, big) : oneWorkerBig;
  // One worker's CPU split into a cost per game (the difference between the two sizes) and a
  // fixed cost (loading and compiling the engine, a cold JIT), as tests/bench/batch-split.ts.
  const perGameCpu = (oneWorkerBig.cpuMs - oneWorker.cpuMs) / (big - small);
  const warmUpCpu = oneWorker.cpuMs - small * perGameCpu;
  const scaling = allWorkers.overall / oneWorker.overall;

  const ms = (v: number) => `${v.toFixed(v < 0.1 ? 4 : 2)} ms`;
  const rows = [
    [
      'quarter: engine resolveQuarter, all policies',
      ms(engineMs),
      `median of ${samples} samples over ${states.length} quarters`,
    ],
    [
      'quarter: typed-array kernel, same math',
      ms(kernelMs),
      `per quarter as the engine: ${work.logit} logit market clearings (${shape.searchers.length} price searcher(s)), ${work.rationing} rationing passes, ${work.finance} books; checksum ${checksum.toExponential(3)}`,
    ],
    [
      '  ratio engine / kernel',
      `${ratio.toFixed(1)}x`,
      `goal <= ${GOAL_RATIO}x: ${ratio <= GOAL_RATIO ? 'met' : 'MISSED'} (then <= ${LONG_TERM_RATIO}x); load ${quarterLoad.toFixed(2)}`,
    ],
    [
      'quarter: engine, CPU time',
      ms(pairedCpu.a),
      `the same pairs on the process's CPU clock (waiting for a core not counted); kernel ${ms(pairedCpu.b)}`,
    ],
    [
      '  ratio engine / kernel, CPU time',
      `${pairedCpu.ratio.toFixed(1)}x`,
      `goal <= ${GOAL_RATIO}x: ${pairedCpu.ratio <= GOAL_RATIO ? 'met' : 'MISSED'}; less sensitive to load than the wall-clock ratio`,
    ],
    [
      `game: ${scenario.quarters} quarters, no hashing`,
      ms(gameMs),
      `startGame included; median of ${gameRuns}; ${(gameMs / (kernelMs * scenario.quarters)).toFixed(0)}x the kernel's ${scenario.quarters} quarters; load ${gameLoad.toFixed(2)}`,
    ],
    [
      `game: ${scenario.quarters} quarters via playQuarter`,
      ms(hashedMs),
      'stateHash after every quarter, as in a played game',
    ],
    ...batchRows(small, oneWorker, allWorkers, cores, false),
    ...batchRows(big, oneWorkerBig, allWorkersBig, cores, true),
    [
      '  worker start-up, CPU',
      `${(warmUpCpu / 1000).toFixed(1)} s`,
      `per worker: loading and compiling the engine, the CPU of ${(warmUpCpu / perGameCpu).toFixed(0)} games at ${perGameCpu.toFixed(1)} ms CPU each once compiled`,
    ],
    [
      '  workers sim batch takes',
      `${defaultWorkers(small, scenario.quarters, cores)} / ${defaultWorkers(big, scenario.quarters, cores)}`,
      `for ${small} / ${big} games (--workers not given): a second worker only for batches it speeds up; ${small} games on ${cores} workers: ${scaling.toFixed(2)}x`,
    ],
    [
      '  machine load (1, 5, 15 minutes)',
      loadavg()
        .map((v) => v.toFixed(2))
        .join(' / '),
      `on ${cores} cores: above ~0.5 the ratios and the scaling are pessimistic`,
    ],
  ];
  console.log(
    `Cloud Price War benchmarks: ${scenario.id} (${providers} providers, ${markets} markets)`,
  );
  console.log(`Node ${process.version}, ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'})\n`);
  console.log(alignTable(['measure', 'value', 'note'], rows, ['left', 'right', 'left']));
}

/** The rows of one batch size: 1 worker, all cores, and their ratio against issue 7's goal. */
function batchRows(
  games: number,
  one: BatchRate,
  all: BatchRate,
  cores: number,
  judged: boolean,
): string[][] {
  const ratio = all.overall / one.overall;
  const rate = (r: BatchRate) =>
    `once loaded ${r.working.toFixed(1)} games/s; ${r.coresBusy.toFixed(2)} cores busy, CPU ${r.cpuMsPerGame.toFixed(1)} ms/game; load ${r.load.toFixed(2)}`;
  return [
    [
      `batch of ${games}: 1 worker`,
      `${one.overall.toFixed(1)} games/s`,
      `start-up included; ${rate(one)}`,
    ],
    [`batch of ${games}: ${cores} workers`, `${all.overall.toFixed(1)} games/s`, rate(all)],
    [
      `  ratio ${cores} workers / 1`,
      `${ratio.toFixed(2)}x`,
      `once loaded ${(all.working / one.working).toFixed(2)}x` +
        (judged
          ? `; goal >= ${GOAL_SCALING}x on an idle machine: ${ratio >= GOAL_SCALING ? 'met' : 'MISSED'}`
          : '; each worker compiles the engine first (below): too few games to pay for it'),
    ],
  ];
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
