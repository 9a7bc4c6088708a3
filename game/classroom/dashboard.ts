// The teacher's live class dashboard for one market (one copy of the scenario a class plays):
// per quarter, every provider's volume and revenue share, EBITA margin and debt, the market's
// concentration (HHI), its prices against the Bertrand-logit benchmark, and below-cost pricing
// flags (the competition-policy lens). Plain data: shares and margins are fractions, money is
// CNY B per quarter, compute and storage prices are an index of the origin list price (1 = list)
// and token prices CNY per million tokens, as in the engine.

import { LINES, benchmarks, playQuarter, startGame } from '../engine/index.ts';
import type { GameState, LineId, QuarterReport, Scenario } from '../engine/index.ts';
import type { SessionData } from '../session/index.ts';

export interface ProviderPoint {
  id: string;
  controller: 'human' | 'policy';
  /** IaaS volume share (fraction): served units at constant 2021Q2 prices. */
  volumeShare: number;
  /** IaaS revenue share (fraction). */
  revenueShare: number;
  revenueCnyB: number;
  ebitaCnyB: number;
  /** EBITA over revenue (fraction); null without revenue. */
  ebitaMargin: number | null;
  debtCnyB: number;
  cashCnyB: number;
}

/** One segment × line market's prices against the static Bertrand-logit equilibrium. */
export interface PricePoint {
  segment: string;
  line: LineId;
  /** 'index' (C, S: 1 = the origin list price) or 'cnyPerMTokens' (T). */
  unit: 'index' | 'cnyPerMTokens';
  /** Average price paid: providers' prices weighted by the volume each served here. */
  averagePrice: number;
  /** The equilibrium's average price, weighted by its own volume shares. */
  benchmarkPrice: number;
  /** averagePrice / benchmarkPrice: below 1, prices are under what static competition explains. */
  ratio: number;
  /** The equilibrium search converged and no seller's best price hit the markup cap. */
  reliable: boolean;
  /** Volume served in this market this quarter (the engine's volume units). */
  served: number;
}

/** One product's price index over every reliable market: what buyers paid over what the same volumes cost at benchmark prices. */
export interface LineIndex {
  line: LineId;
  ratio: number;
  /** Markets counted (reliable ones with volume); the others are left out. */
  markets: number;
}

/** A provider selling a line below its unit cost this quarter. */
export interface BelowCostFlag {
  provider: string;
  line: LineId;
  /** The provider's price for the line (the unit of PricePoint.unit). */
  price: number;
  /** The engine's unit cost: variable cost plus capacity cost per unit served (same unit). */
  unitCost: number;
  /** (unitCost - price) / unitCost: how far under cost, as a fraction of cost. */
  gap: number;
}

export interface QuarterPoint {
  quarter: string;
  /** False for the starting point: the last quarter of history before the class played. */
  played: boolean;
  providers: ProviderPoint[];
  /** Herfindahl-Hirschman index on IaaS volume shares, 0-10,000 (10,000 = one seller). */
  hhi: number;
  prices: PricePoint[];
  /** Per product, the volume-weighted price index over the reliable markets. */
  lines: LineIndex[];
  belowCost: BelowCostFlag[];
}

export interface MarketDashboard {
  scenario: string;
  /** The starting point, then one point per quarter played, oldest first. */
  points: QuarterPoint[];
}

/** HHI of shares given as fractions, on the usual 0-10,000 scale (sum of squared percentages). */
export function hhi(shares: readonly number[]): number {
  let sum = 0;
  for (const s of shares) sum += (100 * s) ** 2;
  return sum;
}

function providerPoints(report: QuarterReport): ProviderPoint[] {
  return report.providers.map((p) => ({
    id: p.id,
    controller: p.controller,
    volumeShare: p.volumeShare,
    revenueShare: p.iaasShare,
    revenueCnyB: p.finance.revenue,
    ebitaCnyB: p.finance.ebita,
    ebitaMargin: p.finance.revenue > 0 ? p.finance.ebita / p.finance.revenue : null,
    debtCnyB: p.finance.debt,
    cashCnyB: p.finance.cash,
  }));
}

/**
 * Every provider pricing a line under its unit cost, in provider then line order. Only lines it
 * served volume on this quarter: with nothing served, the cost per unit is capacity cost over
 * zero units (the engine caps it), which says nothing about pricing.
 */
export function belowCostFlags(report: QuarterReport): BelowCostFlag[] {
  const flags: BelowCostFlag[] = [];
  report.providers.forEach((p, i) => {
    LINES.forEach((line, k) => {
      const markets = report.markets.filter((m) => m.line === k);
      const served = markets.reduce((sum, m) => sum + (m.served[i] ?? 0), 0);
      const price = markets.find((m) => m.active[i] === true)?.prices[i];
      const unitCost = p.unitCost[k];
      if (served <= 0 || price === undefined || unitCost === undefined) return;
      if (price < unitCost)
        flags.push({ provider: p.id, line, price, unitCost, gap: (unitCost - price) / unitCost });
    });
  });
  return flags;
}

function pricePoints(scenario: Scenario, state: GameState, report: QuarterReport): PricePoint[] {
  const points: PricePoint[] = [];
  for (const bench of benchmarks(scenario, state)) {
    const k = LINES.indexOf(bench.line as LineId);
    const market = report.markets.find((m) => m.segment === bench.segment && m.line === k);
    if (!market) continue;
    let served = 0;
    let paid = 0;
    market.served.forEach((v, p) => {
      served += v;
      paid += v * market.prices[p]!;
    });
    let benchShare = 0;
    let benchPaid = 0;
    for (const s of bench.sellers) {
      benchShare += s.share;
      benchPaid += s.share * s.price;
    }
    if (served <= 0 || benchShare <= 0) continue;
    const averagePrice = paid / served;
    const benchmarkPrice = benchPaid / benchShare;
    points.push({
      segment: bench.segment,
      line: bench.line as LineId,
      unit: bench.line === 'T' ? 'cnyPerMTokens' : 'index',
      averagePrice,
      benchmarkPrice,
      ratio: averagePrice / benchmarkPrice,
      reliable: bench.converged && !bench.capped,
      served,
    });
  }
  return points;
}

/** Σ paid / Σ (volume × benchmark price) per product, over its reliable markets. */
export function lineIndices(prices: readonly PricePoint[]): LineIndex[] {
  const out: LineIndex[] = [];
  for (const line of LINES) {
    let paid = 0;
    let atBenchmark = 0;
    let markets = 0;
    for (const m of prices)
      if (m.line === line && m.reliable && m.served > 0) {
        paid += m.served * m.averagePrice;
        atBenchmark += m.served * m.benchmarkPrice;
        markets++;
      }
    if (markets > 0) out.push({ line, ratio: paid / atBenchmark, markets });
  }
  return out;
}

/**
 * The dashboard point of one quarter: `state` is the game after it, `report` its report. What
 * a live server calls after each resolved quarter, appending to the market's series.
 */
export function dashboardPoint(
  scenario: Scenario,
  state: GameState,
  report: QuarterReport,
  played = true,
): QuarterPoint {
  const prices = pricePoints(scenario, state, report);
  return {
    quarter: report.quarter,
    played,
    providers: providerPoints(report),
    hhi: hhi(report.providers.map((p) => p.volumeShare)),
    prices,
    lines: lineIndices(prices),
    belowCost: belowCostFlags(report),
  };
}

/**
 * A market's whole series, rebuilt by replaying its log on the scenario as played (the
 * benchmark needs each quarter's game state, which a session does not keep). Throws if the log
 * does not replay to its recorded hashes, naming the quarter.
 */
export function marketDashboard(
  data: Pick<SessionData, 'scenario' | 'seed' | 'humans' | 'log'>,
): MarketDashboard {
  const started = startGame(data.scenario, { seed: data.seed, humans: data.humans });
  let state = started.state;
  const points: QuarterPoint[] = [];
  const before = started.history[started.history.length - 1];
  if (before) points.push(dashboardPoint(data.scenario, state, before, false));
  for (const entry of data.log) {
    const step = playQuarter(data.scenario, state, entry.decisions, entry.injected ?? []);
    if (step.entry.hash !== entry.hash)
      throw new Error(
        `the market's log does not replay: ${entry.quarter} gives the state hash ${step.entry.hash}, the log recorded ${entry.hash}`,
      );
    state = step.state;
    points.push(dashboardPoint(data.scenario, state, step.report));
  }
  return { scenario: data.scenario.id, points };
}
