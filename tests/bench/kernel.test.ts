// The bench's yardstick must do the engine's arithmetic, and as much of it, or the ratio means
// nothing: with capacity to spare, one kernel market moves shares exactly as the engine's
// updateShares does, and per quarter of every shipped scenario the kernel evaluates as many logit
// markets, rationing passes and provider books as the engine does (counted in the engine by
// wrapping the functions that do that work).

import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type * as Choice from '../../game/engine/choice.ts';
import type * as Finance from '../../game/engine/finance.ts';
import type * as Rationing from '../../game/engine/rationing.ts';

const counted = vi.hoisted(() => ({ logit: 0, rationing: 0, finance: 0 }));
vi.mock('../../game/engine/choice.ts', async (original) => {
  const choice = await original<typeof Choice>();
  return {
    ...choice,
    updateShares: (...args: Parameters<typeof choice.updateShares>) => {
      counted.logit++;
      return choice.updateShares(...args);
    },
    updateSharesInto: (...args: Parameters<typeof choice.updateSharesInto>) => {
      counted.logit++;
      return choice.updateSharesInto(...args);
    },
  };
});
vi.mock('../../game/engine/rationing.ts', async (original) => {
  const rationing = await original<typeof Rationing>();
  // rationAndSpill calls rationInto inside its own module, so each pass is counted once.
  return {
    ...rationing,
    rationAndSpill: (...args: Parameters<typeof rationing.rationAndSpill>) => {
      counted.rationing++;
      return rationing.rationAndSpill(...args);
    },
    rationInto: (...args: Parameters<typeof rationing.rationInto>) => {
      counted.rationing++;
      return rationing.rationInto(...args);
    },
  };
});
vi.mock('../../game/engine/finance.ts', async (original) => {
  const finance = await original<typeof Finance>();
  return {
    ...finance,
    settleFinance: (...args: Parameters<typeof finance.settleFinance>) => {
      counted.finance++;
      return finance.settleFinance(...args);
    },
  };
});

import { updateShares } from '../../game/engine/choice.ts';
import { isFinished, resolveQuarter, startGame } from '../../game/engine/index.ts';
import { log } from '../../game/engine/portable-math.ts';
import { COMPONENT_COUNT } from '../../game/engine/utility.ts';
import { loadScenarioFile } from '../../game/scenario/load-file.ts';
import {
  createKernel,
  KERNEL_COMPONENTS,
  kernelQuarter,
  kernelShapeOf,
  kernelWork,
} from './kernel.ts';
import type { KernelShape } from './kernel.ts';
import { setPrices } from './kernel-books.ts';
import { clearMarket, marketUtility } from './kernel-market.ts';

const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));

function everyoneSells(providers: number, segments: number): KernelShape {
  return {
    providers,
    segments,
    sells: new Uint8Array(3 * providers).fill(1),
    searchers: [{ provider: 1, gridPoints: 3 }],
  };
}

describe('bench kernel', () => {
  it('sums as many utility components as the engine', () => {
    expect(KERNEL_COMPONENTS).toBe(COMPONENT_COUNT);
  });

  it('matches the engine share update in a market', () => {
    const P = 5;
    const k = createKernel(everyoneSells(P, 1), 7);
    const q = k.now;
    setPrices(k, q, false, true);
    marketUtility(k, q, 0);
    clearMarket(k, q, 0);
    const previous = Array.from(q.startShare.subarray(0, P));
    const expected = updateShares(
      Array.from(q.utility.subarray(0, P)),
      new Array<boolean>(P).fill(true),
      previous,
      k.churn[0]!,
      -log(k.stay[0]!),
      k.contestable[0]!,
    ).share;
    const allocated = Array.from(q.allocated.subarray(0, P));
    const demand = allocated.reduce((a, b) => a + b, 0);
    allocated.forEach((v, p) => expect(v / demand).toBeCloseTo(expected[p]!, 12));
    // The price term is in the utility: a dearer seller is less attractive.
    expect(q.utility[0]).not.toBe(0);
  });

  it('keeps every market share finite and summing to 1 while rationing', () => {
    const k = createKernel(everyoneSells(10, 7));
    for (let q = 0; q < 50; q++) kernelQuarter(k);
    for (let m = 0; m < 21; m++) {
      const row = Array.from(k.now.startShare.subarray(m * 10, m * 10 + 10));
      expect(row.every(Number.isFinite)).toBe(true);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    expect(Array.from(k.cash).every(Number.isFinite)).toBe(true);
    // Some provider is actually short of capacity, so the rationing path is exercised.
    const short = Array.from(k.cpuUsed).some((used, p) => used >= k.cpuAvail[p]! - 1e-9);
    const gpuShort = Array.from(k.gpuUsed).some((used, p) => used >= k.gpuAvail[p]! - 1e-9);
    expect(short || gpuShort).toBe(true);
  });

  const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml'));
  it.each(files)('does the engine quarter’s work in %s, every quarter', async (file) => {
    const loaded = await loadScenarioFile(SCENARIOS + file);
    if (!loaded.ok) throw new Error(`${file} does not load`);
    const scenario = loaded.scenario;
    const shape = kernelShapeOf(scenario);
    const expected = kernelWork(shape);
    // The engine, counted quarter by quarter over a whole all-policy game.
    let state = startGame(scenario, { seed: 1, humans: [] }).state;
    const engine: (typeof expected)[] = [];
    while (!isFinished(scenario, state)) {
      counted.logit = counted.rationing = counted.finance = 0;
      state = resolveQuarter(scenario, state).state;
      engine.push({ ...counted });
    }
    expect(engine.length).toBe(scenario.quarters);
    for (const quarter of engine) expect(quarter).toEqual(expected);
    // The kernel, counted where it does the work.
    const k = createKernel(shape);
    kernelQuarter(k);
    expect(k.work).toEqual(expected);
    kernelQuarter(k);
    expect(k.work.logit).toBe(2 * expected.logit);
  });

  it('counts a searcher’s grid in the work', () => {
    const without = kernelWork({ ...everyoneSells(10, 7), searchers: [] });
    const withOne = kernelWork(everyoneSells(10, 7));
    // Every market once more to set up, then 3 × 3 candidates × 14 compute and storage markets.
    expect(withOne.logit - without.logit).toBe(21 + 9 * 14);
    expect(withOne.rationing - without.rationing).toBe(9);
    expect(withOne.finance - without.finance).toBe(9);
  });
});
