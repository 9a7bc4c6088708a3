// The bench's yardstick must do the engine's arithmetic, or the ratio means nothing: with
// capacity to spare, one kernel quarter moves shares exactly as the engine's updateShares does.

import { describe, expect, it } from 'vitest';
import { updateShares } from '../../game/engine/choice.ts';
import { createKernel, kernelQuarter } from './kernel.ts';

describe('bench kernel', () => {
  it('matches the engine share update when nobody is short of capacity', () => {
    const P = 5;
    const k = createKernel({ providers: P, markets: 1, components: 9 }, 7);
    k.gpuCapacity.fill(1e9);
    k.cpuCapacity.fill(1e9);
    const previous = Array.from(k.share);
    const utility = previous.map((_, p) => {
      let u = k.beta[0]! * Math.log(k.price[p]!);
      for (let c = 0; c < 9; c++) u += k.utilityParts[c * P + p]!;
      return u;
    });
    const switchingCost = -Math.log(k.stay[0]!);
    const expected = updateShares(
      utility,
      new Array<boolean>(P).fill(true),
      previous,
      k.churn[0]!,
      switchingCost,
      k.contestable[0]!,
    ).share;
    kernelQuarter(k);
    Array.from(k.share).forEach((s, p) => expect(s).toBeCloseTo(expected[p]!, 12));
  });

  it('keeps every market share finite and summing to 1 while rationing', () => {
    const k = createKernel({ providers: 10, markets: 21, components: 9 });
    for (let q = 0; q < 50; q++) kernelQuarter(k);
    for (let m = 0; m < 21; m++) {
      const row = Array.from(k.share.subarray(m * 10, m * 10 + 10));
      expect(row.every(Number.isFinite)).toBe(true);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    // Some provider is actually short of capacity, so the rationing path is exercised.
    expect(Array.from(k.spare).some((s) => s === 0)).toBe(true);
  });
});
