// The class dashboard: HHI of known shares, below-cost flags raised by a cut under unit cost and
// not by holding prices, prices against the Bertrand-logit benchmark, and the live (one quarter
// at a time) series equal to the one rebuilt from the log.

import { beforeAll, describe, expect, it } from 'vitest';
import {
  belowCostFlags,
  dashboardPoint,
  hhi,
  marketDashboard,
} from '../../game/classroom/dashboard.ts';
import type { MarketDashboard } from '../../game/classroom/dashboard.ts';
import { holdDecision } from '../../game/engine/index.ts';
import type { Scenario } from '../../game/engine/index.ts';
import { commit, endQuarter, startSession } from '../../game/session/index.ts';
import { fixedGenes } from '../helpers/drafts.ts';
import { play } from '../helpers/play.ts';
import { loadScenario, SCENARIO_DIR } from '../helpers/scenarios.ts';

let duopoly: Scenario;
let human: string;
let rival: string;
let held: MarketDashboard;
let cut: MarketDashboard;
const seed = 3;

beforeAll(async () => {
  duopoly = await loadScenario(`${SCENARIO_DIR}classroom-duopoly.yaml`);
  [human, rival] = duopoly.providers.map((p) => p.id) as [string, string];
  const humans = [human];
  const holding = play(duopoly, {
    seed,
    humans,
    quarters: 4,
    decide: (state, id) => holdDecision(duopoly, state, id, undefined),
  });
  // The deepest price cut the bounds allow on compute and storage, every quarter.
  const deep = fixedGenes(duopoly.segments.length, { price: [0, 0, 0.5] });
  const cutting = play(duopoly, { seed, humans, plan: [[deep], [deep], [deep], [deep]] });
  held = marketDashboard({ scenario: duopoly, seed, humans, log: holding.log });
  cut = marketDashboard({ scenario: duopoly, seed, humans, log: cutting.log });
});

describe('hhi', () => {
  it('is the sum of squared percentage shares, 0-10,000', () => {
    expect(hhi([1])).toBe(10_000);
    expect(hhi([0.5, 0.5])).toBe(5_000);
    expect(hhi([0.5, 0.3, 0.2])).toBeCloseTo(3_800, 9);
    expect(hhi([0.25, 0.25, 0.25, 0.25])).toBe(2_500);
    expect(hhi([])).toBe(0);
  });

  it("is the market's HHI on IaaS volume shares each quarter", () => {
    for (const point of cut.points) {
      const shares = point.providers.map((p) => p.volumeShare);
      expect(point.hhi).toBeCloseTo(hhi(shares), 9);
      // Two sellers: between an even split and a monopoly.
      expect(point.hhi).toBeGreaterThanOrEqual(5_000 - 1e-6);
      expect(point.hhi).toBeLessThanOrEqual(10_000);
    }
  });
});

describe('below-cost flags', () => {
  it('are never raised when both providers hold their prices', () => {
    expect(held.points).toHaveLength(4);
    for (const point of held.points) expect(point.belowCost).toEqual([]);
  });

  it('are raised for the cutter once its price is under its unit cost, and not for the rival that is not', () => {
    // Q1: one cut of 40 % leaves the price above unit cost.
    expect(cut.points[0]!.belowCost).toEqual([]);
    const q2 = cut.points[1]!;
    expect(q2.belowCost.map((f) => [f.provider, f.line])).toEqual([
      [human, 'C'],
      [human, 'S'],
    ]);
    for (const flag of q2.belowCost) {
      expect(flag.price).toBeLessThan(flag.unitCost);
      expect(flag.gap).toBeCloseTo((flag.unitCost - flag.price) / flag.unitCost, 12);
      expect(flag.gap).toBeGreaterThan(0);
    }
    expect(q2.belowCost.some((f) => f.provider === rival)).toBe(false);
  });

  it('ignore a line the provider served nothing on', () => {
    const step = play(duopoly, { seed, humans: [human], quarters: 1 });
    const report = structuredClone(step.reports[0]!);
    const p = report.providers.findIndex((x) => x.id === human);
    report.providers[p]!.unitCost[0] = 99; // far above its compute price
    expect(belowCostFlags(report).map((f) => [f.provider, f.line])).toEqual([[human, 'C']]);
    for (const m of report.markets) if (m.line === 0) m.served[p] = 0;
    expect(belowCostFlags(report)).toEqual([]);
  });
});

describe('shares, margins and prices', () => {
  it('show a price cut buying volume share at the cost of revenue share and margin', () => {
    const mine = (d: MarketDashboard, q: number) =>
      d.points[q]!.providers.find((p) => p.id === human)!;
    const q1 = mine(cut, 0);
    expect(q1.volumeShare).toBeGreaterThan(mine(held, 0).volumeShare);
    expect(q1.volumeShare).toBeGreaterThan(q1.revenueShare);
    expect(q1.ebitaMargin).toBeCloseTo(q1.ebitaCnyB / q1.revenueCnyB, 12);
    expect(mine(cut, 3).ebitaMargin!).toBeLessThan(mine(held, 3).ebitaMargin!);
  });

  it("put a market's average price against the benchmark, lower after the cuts", () => {
    const market = (d: MarketDashboard, q: number) =>
      d.points[q]!.prices.find((m) => m.segment === 'STU' && m.line === 'C')!;
    const before = market(held, 1);
    const after = market(cut, 1);
    expect(before.unit).toBe('index');
    expect(before.reliable).toBe(true);
    expect(before.ratio).toBeCloseTo(before.averagePrice / before.benchmarkPrice, 12);
    expect(after.averagePrice).toBeLessThan(before.averagePrice);
    expect(after.ratio).toBeLessThan(before.ratio);
  });
});

describe('the price index per product', () => {
  it("weighs each reliable market's prices by its volume and leaves unreliable markets out", () => {
    for (const point of cut.points) {
      const compute = point.prices.filter((m) => m.line === 'C');
      const reliable = compute.filter((m) => m.reliable);
      // The duopoly's enterprise buyers are too price-insensitive for a finite equilibrium.
      expect(compute.length).toBeGreaterThan(reliable.length);
      const paid = reliable.reduce((sum, m) => sum + m.served * m.averagePrice, 0);
      const atBenchmark = reliable.reduce((sum, m) => sum + m.served * m.benchmarkPrice, 0);
      const line = point.lines.find((l) => l.line === 'C')!;
      expect(line.markets).toBe(reliable.length);
      expect(line.ratio).toBeCloseTo(paid / atBenchmark, 12);
    }
  });
});

describe('the series', () => {
  it('starts with the last quarter of history when the scenario has one', async () => {
    const china = await loadScenario(`${SCENARIO_DIR}china-2023-price-war.yaml`);
    const humans = [china.providers[0]!.id];
    const run = play(china, {
      seed,
      humans,
      quarters: 1,
      decide: (state, id) => holdDecision(china, state, id, undefined),
    });
    const series = marketDashboard({ scenario: china, seed, humans, log: run.log });
    expect(series.points.map((p) => p.played)).toEqual([false, true]);
    expect(series.points[1]!.quarter).toBe(run.log[0]!.quarter);
    expect(series.points[0]!.quarter < series.points[1]!.quarter).toBe(true);
  });

  it('built one quarter at a time by a server equals the one rebuilt from the log', () => {
    let data = startSession(duopoly, { seed, humans: [human] });
    const live = [];
    for (let q = 0; q < 2; q++) {
      data = commit(data, human).data;
      const step = endQuarter(data);
      expect(step.result.ok).toBe(true);
      data = step.data;
      live.push(dashboardPoint(data.scenario, data.game, data.reports[data.reports.length - 1]!));
    }
    expect(marketDashboard(data).points).toEqual(live);
  });

  it('refuses a log that does not replay, naming the quarter', () => {
    const run = play(duopoly, { seed, humans: [human], quarters: 2 });
    const log = structuredClone(run.log);
    log[1]!.hash = '0'.repeat(16);
    expect(() => marketDashboard({ scenario: duopoly, seed, humans: [human], log })).toThrow(
      new RegExp(`${log[1]!.quarter} gives the state hash [0-9a-f]+, the log recorded 0{16}`),
    );
  });
});
