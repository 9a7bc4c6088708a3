// `npm run sim`: parse, load the scenario, run one game or a batch, print or write the result.
// Returns the exit code instead of exiting, so tests can drive it in-process: 0 done,
// 1 the run failed, 2 the command line was wrong (one line on stderr saying what and why).

import { parseSimArgs } from './args.ts';
import type { BatchArgs, RunArgs } from './args.ts';
import type { Scenario } from '../engine/index.ts';
import { batchWorkers, runBatch } from './batch.ts';
import { loadDecisionsFile, providersNamed, readDecisionsText } from './decisions-file.ts';
import { runCsv, runJson, runTable } from './format-run.ts';
import { createProgress } from './progress.ts';
import type { ProgressStream } from './progress.ts';
import { runGame } from './run-game.ts';
import { loadScenarioRef, shippedScenarioIds } from './scenario-ref.ts';
import { planGame } from './scenario-options.ts';
import { summarise, summaryCsv } from './summary.ts';
import { EXIT_USAGE, USAGE, UsageError } from './usage.ts';
import { checkOutFolder, writeFileAtomic } from './write-out.ts';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
}

async function emit(io: CliIo, text: string, out: string | undefined): Promise<void> {
  if (out === undefined) io.stdout.write(text);
  else await writeFileAtomic(out, text);
}

/** Humans named by --human, or else every provider the decisions file names. */
async function humansOf(args: RunArgs, scenario: Scenario): Promise<string[]> {
  if (args.humans.length > 0 || args.decisions === undefined) return args.humans;
  const named = providersNamed(await readDecisionsText(args.decisions));
  // In scenario order; unknown ids stay out here and are reported, located, by the file check.
  return scenario.providers.map((p) => p.id).filter((id) => named.includes(id));
}

async function single(args: RunArgs, io: CliIo): Promise<void> {
  await checkOutFolder(args.out);
  const { scenario } = await loadScenarioRef(args.scenario);
  const plan = planGame(scenario, { ...args, humans: await humansOf(args, scenario) });
  const script =
    args.decisions === undefined
      ? undefined
      : await loadDecisionsFile(args.decisions, { scenario, humans: plan.humans });
  const run = runGame(plan, args.seed, { script, explain: args.explain });
  const head = { scenario: scenario.id, seed: args.seed };
  const text =
    args.format === 'json'
      ? runJson(head, run)
      : args.format === 'csv'
        ? runCsv(run)
        : runTable(head, run);
  await emit(io, text, args.out);
}

async function batch(args: BatchArgs, io: CliIo): Promise<void> {
  await checkOutFolder(args.out);
  const { scenario } = await loadScenarioRef(args.scenario);
  const plan = planGame(scenario, args);
  const total = args.seeds.to - args.seeds.from + 1;
  const workers = batchWorkers({ plan, seeds: args.seeds, workers: args.workers });
  const progress = createProgress(
    total,
    io.stderr,
    `batch ${scenario.id} (${workers} worker${workers === 1 ? '' : 's'})`,
  );
  const outcomes = await runBatch({
    plan,
    seeds: args.seeds,
    workers,
    onProgress: (done) => progress.update(done),
  });
  progress.finish();
  const summary = summarise(plan.scenario, args.seeds, plan.quarters, outcomes);
  await emit(
    io,
    args.format === 'csv' ? summaryCsv(summary) : JSON.stringify(summary) + '\n',
    args.out,
  );
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseSimArgs(argv, shippedScenarioIds());
    if (args.command === 'help') io.stdout.write(USAGE);
    else if (args.command === 'batch') await batch(args, io);
    else await single(args, io);
    return 0;
  } catch (e) {
    const usage = e instanceof UsageError;
    io.stderr.write(`sim: ${e instanceof Error ? e.message : String(e)}\n`);
    return usage ? EXIT_USAGE : 1;
  }
}
