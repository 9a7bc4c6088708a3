// How many workers a batch takes when --workers is not given: one per QUARTERS_PER_WORKER
// game-quarters, at least one, at most the cores. A worker spends seconds compiling the engine
// before it plays at full speed, so a small batch on every core is slower than on one.

import { describe, expect, it } from 'vitest';
import { defaultWorkers, QUARTERS_PER_WORKER, runBatch } from '../../game/cli/batch.ts';
import { planGame } from '../../game/cli/scenario-options.ts';
import { loadScenarioRef } from '../../game/cli/scenario-ref.ts';

describe('defaultWorkers', () => {
  it('keeps a batch smaller than two workers’ worth of quarters on one worker', () => {
    // 200 games of the 18-quarter history scenario: measured 0.8x on 2 workers against 1.
    expect(defaultWorkers(200, 18, 2)).toBe(1);
    expect(defaultWorkers(1, 18, 8)).toBe(1);
    expect(defaultWorkers(Math.floor((2 * QUARTERS_PER_WORKER - 1) / 18), 18, 2)).toBe(1);
  });

  it('adds a worker for every QUARTERS_PER_WORKER quarters, up to the cores', () => {
    expect(defaultWorkers((2 * QUARTERS_PER_WORKER) / 18, 18, 2)).toBe(2);
    expect(defaultWorkers((3 * QUARTERS_PER_WORKER) / 9, 9, 8)).toBe(3);
    expect(defaultWorkers(1_000_000, 18, 4)).toBe(4);
    expect(defaultWorkers(1_000_000, 18, 1)).toBe(1);
  });

  it('counts quarters, not games: short games need more of them for a worker', () => {
    const games = (2 * QUARTERS_PER_WORKER) / 18;
    expect(defaultWorkers(games, 18, 2)).toBe(2);
    expect(defaultWorkers(games, 8, 2)).toBe(1);
  });
});

describe('runBatch without a worker count', () => {
  it('starts the number of workers defaultWorkers gives for its size', async () => {
    const { scenario } = await loadScenarioRef('classroom-duopoly');
    const plan = planGame(scenario, { humans: [], policies: [], quarters: 2 });
    const started: number[] = [];
    await runBatch({
      plan,
      seeds: { from: 1, to: 3 },
      onReady: (_ready, workers) => started.push(workers),
    });
    // Three games would once have taken three workers (one per game, up to the cores).
    expect(started[0]).toBe(defaultWorkers(3, 2));
    expect(started[0]).toBe(1);
  }, 60_000);
});
