// Theory benchmarks: the Bertrand-logit equilibrium must satisfy its own first-order
// conditions, p = c / (1 - 1/|e|) with e = β(1-s) + εs, and in a symmetric market give the
// closed form with s = 1/n.
import { describe, expect, it } from 'vitest';
import { benchmarks, newGame } from '../../game/engine/index.ts';
import { makeScenario } from '../helpers/make-scenario.ts';
import { loadChina } from '../helpers/scenarios.ts';

describe('benchmarks', () => {
  it('gives symmetric sellers the closed-form price and Lerner index', () => {
    const scenario = makeScenario({ segments: 1 });
    const state = newGame(scenario, { seed: 1, humans: [] });
    const seg = scenario.segments[0]!;
    const compute = benchmarks(scenario, state).find(
      (b) => b.segment === seg.id && b.line === 'C',
    )!;
    expect(compute.converged).toBe(true);
    const [a, b] = compute.sellers;
    expect(a!.share).toBeCloseTo(0.5, 9);
    expect(b!.price).toBeCloseTo(a!.price, 9);
    const e = Math.abs(seg.beta * scenario.lines.C.betaMult * 0.5 + seg.elasticity.C * 0.5);
    expect(a!.lerner).toBeCloseTo(1 / e, 9);
    expect(a!.price).toBeCloseTo(a!.cost / (1 - 1 / e), 9);
  });

  it('meets every seller’s first-order condition in the China markets that converge', async () => {
    const scenario = await loadChina();
    const state = newGame(scenario, { seed: 1, humans: [] });
    const all = benchmarks(scenario, state);
    expect(all.length).toBeGreaterThan(0);
    for (const market of all.filter((m) => m.converged && !m.capped)) {
      const seg = scenario.segments.find((s) => s.id === market.segment)!;
      const line = market.line as 'C' | 'S' | 'T';
      const beta = seg.beta * scenario.lines[line].betaMult;
      for (const seller of market.sellers) {
        const e = Math.abs(beta * (1 - seller.share) + seg.elasticity[line] * seller.share);
        expect(seller.lerner, `${market.segment}/${line}/${seller.id}`).toBeCloseTo(1 / e, 6);
        expect(seller.price).toBeGreaterThan(seller.cost);
      }
      const shares = market.sellers.reduce((sum, s) => sum + s.share, 0);
      expect(shares).toBeCloseTo(1, 9);
    }
  });
});
