// `npm run sim`: parse, load the scenario, run one game or a batch, print or write the result.
// Returns the exit code instead of exiting, so tests can drive it in-process: 0 done,
// 1 the run failed, 2 the command line was wrong (one line on stderr saying what and why).

import { parseSimArgs } from './args.ts';
import type { BatchArgs, RunArgs } from './args.ts';
import { defaultWorkers, runBatch } from './batch.ts';
import { runCsv, runJson, runTable } from './format-run.ts';
import { createProgress } from './progress.ts';
import type { ProgressStream } from './progress.ts';
import { runGame } from './run-game.ts';
import { loadScenarioRef, shippedScenarioIds } from './scenario-ref.ts';
import { planGame } from './scenario-options.ts';
import { summarise, summaryCsv } from './summary.ts';
import { EXIT_USAGE, USAGE, UsageError } from './usage.ts';
import { writeFileAtomic } from './write-out.ts';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: ProgressStream;
}

async function emit(io: CliIo, text: string, out: string | undefined): Promise<void> {
  if (out === undefined) io.stdout.write(text);
  else await writeFileAtomic(out, text);
}

async function single(args: RunArgs, io: CliIo): Promise<void> {
  const { scenario } = await loadScenarioRef(args.scenario);
  const plan = planGame(scenario, args);
  const run = runGame(plan, args.seed);
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
  const { scenario } = await loadScenarioRef(args.scenario);
  const plan = planGame(scenario, args);
  const total = args.seeds.to - args.seeds.from + 1;
  const workers = Math.min(args.workers ?? defaultWorkers(), total);
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
