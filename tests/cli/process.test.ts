// The CLI as a real process (`npx tsx game/cli/sim.ts`): determinism across runs, the exit code,
// and a batch on two worker threads. The processes run concurrently to keep this file quick.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../game/engine/index.ts';
import { loadScenarioRef } from '../../game/cli/scenario-ref.ts';
import { SUMMARY_CSV_HEADER } from '../../game/cli/summary.ts';
import type { CliResult } from './run-cli.ts';
import { cliProcess } from './run-cli.ts';

const CHINA = 'china-2021-long-slide';
// A scenario with a random event deck, so that seeds really differ in the batch.
const DECK = 'china-2023-price-war';
let china: Scenario;
let deck: Scenario;
let runs: CliResult[];
let batchJson: CliResult;
let batchOneWorker: CliResult;
let batchCsv: CliResult;
let badFlag: CliResult;

beforeAll(async () => {
  china = (await loadScenarioRef(CHINA)).scenario;
  deck = (await loadScenarioRef(DECK)).scenario;
  const run = ['--scenario', CHINA, '--seed', '7', '--human', 'ALI', '--format', 'json'];
  const batch = ['batch', '--scenario', DECK, '--seeds', '1-6'];
  [runs, batchJson, batchOneWorker, batchCsv, badFlag] = await Promise.all([
    Promise.all([cliProcess(run), cliProcess(run)]),
    cliProcess([...batch, '--workers', '2']),
    cliProcess([...batch, '--workers', '1']),
    cliProcess([
      'batch',
      '--scenario',
      CHINA,
      '--seeds',
      '1-3',
      '--format',
      'csv',
      '--quarters',
      '2',
    ]),
    cliProcess(['--scenario', CHINA, '--seed', 'seven']),
  ]);
  // Seven CLI processes share two cores, and a best-responding rival doubles a China game.
}, 180_000);

describe('sim as a process', () => {
  it('gives the same finalHash for the same seed, run twice', () => {
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const [a, b] = runs.map(
      (r) => JSON.parse(r.stdout) as { finalHash: string; quarters: unknown[] },
    );
    expect(a!.quarters).toHaveLength(china.quarters);
    expect(a!.finalHash).toMatch(/^[0-9a-f]{32}$/);
    expect(b!.finalHash).toBe(a!.finalHash);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
  });

  it('exits 2 on a bad flag value', () => {
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr.trim()).toMatch(/^sim: --seed .*"seven"$/);
  });

  it('batch on 2 workers summarises every provider', () => {
    expect(batchJson.code, batchJson.stderr).toBe(0);
    const summary = JSON.parse(batchJson.stdout) as {
      seeds: { count: number };
      providers: Record<
        string,
        { finalIaasShare: Record<string, number>; cumulativeEbita: Record<string, number> }
      >;
    };
    expect(summary.seeds.count).toBe(6);
    expect(Object.keys(summary.providers)).toEqual(deck.providers.map((p) => p.id));
    for (const d of Object.values(summary.providers))
      for (const dist of [d.finalIaasShare, d.cumulativeEbita]) {
        expect(Object.keys(dist)).toEqual(['min', 'p10', 'median', 'mean', 'p90', 'max']);
        expect(dist.min).toBeLessThanOrEqual(dist.max!);
        expect(Number.isFinite(dist.mean)).toBe(true);
      }
    // Not a terminal here, so progress is plain lines, ending at 100 %.
    expect(batchJson.stderr).toMatch(/100% \(6\/6/);
    expect(batchJson.stderr).not.toContain('\r');
  });

  it('batch output does not depend on the number of workers', () => {
    expect(batchOneWorker.code, batchOneWorker.stderr).toBe(0);
    expect(batchOneWorker.stdout).toBe(batchJson.stdout);
  });

  it('batch --format csv has its header and two rows per provider', () => {
    expect(batchCsv.code, batchCsv.stderr).toBe(0);
    const lines = batchCsv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(SUMMARY_CSV_HEADER.join(','));
    expect(lines).toHaveLength(1 + 2 * china.providers.length);
  });
});
