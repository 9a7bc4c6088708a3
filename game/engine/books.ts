// The end of a quarter for every provider: what it served per line, its revenue, costs and
// finance (finance.ts), unit costs, learning, token efficiency, and what it reports publicly.

import { log, pow } from './portable-math.ts';
import { tOf } from './calendar.ts';
import { settleFinance, trailingEbitda } from './finance.ts';
import type { Finance } from './finance.ts';
import { indexOf } from './indices.ts';
import type { Rationing } from './rationing.ts';
import { learningBase } from './setup.ts';
import type { Decision, ProviderState, Scenario } from './types.ts';
import { LINES } from './types.ts';
import { cpuCostIndex as costIndexOf } from './unit-prices.ts';
import type { World } from './world.ts';

/** R&D raises tokens per GPU at most this many times the provider's starting efficiency. */
const MAX_THROUGHPUT_GAIN = 100;

export interface Books {
  providers: ProviderState[];
  finances: Finance[];
  iaasTotal: number; // CNY B
  tokenTotal: number; // CNY B
}

/** What one provider served this quarter, and the parts of it that its costs depend on. */
export interface ServedFigures {
  /** Volume served per line. */
  byLine: number[];
  /** Compute served on CPUs (the part with a variable cost). */
  cpuCompute: number;
  /** Complementor base this quarter (RSU): GPU compute plus tokens. */
  network: number;
  /** Revenue from AI start-ups' compute, the base on which credits burn (CNY B). */
  startupRevenue: number;
}

/** Provider p's served figures, summed over the markets in their declared order. */
export function servedFigures(
  scenario: Scenario,
  served: readonly (readonly number[])[],
  gamma: readonly number[],
  computePrice: number,
  p: number,
): ServedFigures {
  const aiSegment = indexOf(scenario).segmentIndex.get('AIS');
  const byLine = [0, 0, 0];
  let cpuCompute = 0;
  let network = 0;
  let startupRevenue = 0;
  for (let m = 0; m < served.length; m++) {
    const s = Math.floor(m / 3);
    const k = m % 3;
    const q = served[m]![p]!;
    byLine[k]! += q;
    if (k === 0) cpuCompute += (1 - gamma[s]!) * q;
    if (k === 0) network += gamma[s]! * q;
    if (k === 2) network += q / 1000;
    if (k === 0 && s === aiSegment) startupRevenue += q * computePrice;
  }
  return { byLine, cpuCompute, network, startupRevenue };
}

/** What is the same for every provider's books this quarter. */
export interface BooksContext {
  scenario: Scenario;
  world: World;
  impairment: number;
  /** Cumulative volume at which each provider's learning curve starts [provider][line]. */
  learningBase: readonly (readonly number[])[];
  cpuCostIndex: number;
}

export function booksContext(scenario: Scenario, world: World, impairment: number): BooksContext {
  return {
    scenario,
    world,
    impairment,
    learningBase: learningBase(scenario),
    cpuCostIndex: costIndexOf(scenario, world),
  };
}

/**
 * Provider p's variable cost per unit of each line this quarter. Variable costs of C and S
 * follow each line's reference path (hardware progress) and the provider's own learning curve;
 * GPU-served compute costs only its capacity.
 */
export function variableUnitCosts(ctx: BooksContext, ps: ProviderState, p: number): number[] {
  const { scenario, world } = ctx;
  const pSpec = scenario.providers[p]!;
  const base = ctx.learningBase[p]!;
  const learning = LINES.map((line, k) =>
    pow(ps.cumVolume[k]! / base[k]!, -scenario.lines[line].learning),
  );
  return LINES.map(
    (line, k) =>
      scenario.lines[line].unitCost0 *
      (k < 2 ? world.referencePrice[k]! : 1) *
      pSpec.costFactor *
      learning[k]!,
  );
}

/**
 * Provider p's quarter in money (finance.ts) from what it served at its list prices, with its
 * variable unit costs (variableUnitCosts: prices do not move them).
 */
export function providerFinance(
  ctx: BooksContext,
  ps: ProviderState,
  p: number,
  d: Decision,
  figures: ServedFigures,
  variableUnit: readonly number[],
): { finance: Finance; iaasRevenue: number; tokenRevenue: number } {
  const { scenario, world } = ctx;
  const index = indexOf(scenario);
  const pSpec = scenario.providers[p]!;
  const byLine = figures.byLine;
  const price = ps.price;
  const iaasRevenue = byLine[0]! * price[0]! + byLine[1]! * price[1]!;
  const tokenRevenue = (byLine[2]! * price[2]!) / 1000;
  const variableCost =
    figures.cpuCompute * variableUnit[0]! +
    byLine[1]! * variableUnit[1]! +
    (byLine[2]! * variableUnit[2]!) / 1000;
  const sellsTokens = index.sells[2]![p]! && world.tokenOpen;
  const finance = settleFinance({
    market: scenario.market,
    spec: pSpec,
    prev: ps,
    t: world.t,
    paasQuarters: Math.max(0, world.t - tOf(scenario.origin, pSpec.paasGrowthFrom)),
    iaasRevenue,
    tokenRevenue,
    variableCost,
    startupRevenue: figures.startupRevenue,
    creditBurn: world.creditBurnMultiplier,
    complianceCost: sellsTokens ? world.complianceCost : 0,
    impairmentFraction: ctx.impairment,
    integration: ps.integration,
    gpu: ps.gpu,
    cpu: ps.cpu,
    cpuCostIndex: ctx.cpuCostIndex,
    decision: d,
  });
  return { finance, iaasRevenue, tokenRevenue };
}

export function settleBooks(
  scenario: Scenario,
  world: World,
  providers: readonly ProviderState[],
  decisions: readonly Decision[],
  ration: Rationing,
  impairment: number,
): Books {
  const index = indexOf(scenario);
  const P = index.providerCount;
  const spec = scenario.market;
  const ctx = booksContext(scenario, world, impairment);
  const { served, gamma, gpuAvail, cpuAvail, gpuUsed, cpuUsed, gpuAsked, cpuAsked, throughput } =
    ration;
  const figures = providers.map((ps, p) => servedFigures(scenario, served, gamma, ps.price[0]!, p));
  // Totals are sums of the providers' own revenues, computed exactly as each provider's, so a
  // share can never round above 1.
  let iaasTotal = 0;
  let tokenTotal = 0;
  for (let p = 0; p < P; p++) {
    const byLine = figures[p]!.byLine;
    const price = providers[p]!.price;
    if (index.iaas[p]) iaasTotal += byLine[0]! * price[0]! + byLine[1]! * price[1]!;
    tokenTotal += (byLine[2]! * price[2]!) / 1000;
  }
  const finances: Finance[] = [];
  const finalProviders: ProviderState[] = providers.map((ps, p) => {
    const pSpec = scenario.providers[p]!;
    const d = decisions[p]!;
    const servedByLine = figures[p]!.byLine;
    const variableUnit = variableUnitCosts(ctx, ps, p);
    const { finance, iaasRevenue, tokenRevenue } = providerFinance(
      ctx,
      ps,
      p,
      d,
      figures[p]!,
      variableUnit,
    );
    finances.push(finance);
    const cpuCostIndex = ctx.cpuCostIndex;
    const gpuCapacityCost = spec.gpuOpsCost * ps.gpu + ps.gpuBook * spec.gpuDecay;
    const cpuCapacityCost = spec.cpuOpsCost * ps.cpu * cpuCostIndex + ps.cpuBook * spec.cpuDecay;
    const perGpu = gpuCapacityCost / Math.max(gpuUsed[p]!, 1e-6);
    const perCpu = cpuCapacityCost / Math.max(cpuUsed[p]!, 1e-6);
    const unitCost = [
      variableUnit[0]! + Math.min(perCpu, 10 * variableUnit[0]!),
      variableUnit[1]! + Math.min(perCpu, 10 * variableUnit[1]!),
      variableUnit[2]! + Math.min((perGpu / Math.max(throughput[p]!, 1e-9)) * 1000, 1e4),
    ];
    const tokenOperatingLoss = Math.max(
      0,
      (servedByLine[2]! * (unitCost[2]! - ps.price[2]!)) / 1000,
    );
    // Every field in ProviderState's order in one literal, not spread from ps (as advance.ts).
    return {
      price: ps.price,
      priceChange: ps.priceChange,
      cutHistory: ps.cutHistory,
      gpu: ps.gpu,
      cpu: ps.cpu,
      gpuPipeline: ps.gpuPipeline,
      cpuPipeline: ps.cpuPipeline,
      gpuBook: finance.gpuBook,
      cpuBook: finance.cpuBook,
      quality: ps.quality,
      ecosystem: ps.ecosystem,
      trust: ps.trust,
      integration: ps.integration,
      cumVolume: ps.cumVolume.map((x, k) => x + servedByLine[k]!),
      // R&D raises tokens per GPU, up to 100 times the provider's starting efficiency.
      throughput: Math.min(
        ps.throughput * (1 + 0.02 * log(1 + d.rnd / spec.stocks.rndRef)),
        MAX_THROUGHPUT_GAIN * pSpec.tokenThroughput0,
      ),
      cash: finance.cash,
      debt: finance.debt,
      receivables: finance.receivables,
      credits: finance.credits,
      stake: finance.stake,
      trainShare: ps.trainShare,
      openSourceCooldown: ps.openSourceCooldown,
      openSourced: ps.openSourced,
      spend: {
        rnd: d.rnd,
        ecosystem: d.ecosystem,
        security: d.security,
        creditsGranted: d.creditDeal.amount * d.creditDeal.creditFraction,
      },
      ebitdaHistory: trailingEbitda(ps.ebitdaHistory, finance.ebita + finance.depreciation),
      tokenLosses: ps.tokenLosses + tokenOperatingLoss,
      cumEbita: ps.cumEbita + finance.ebita,
      cumFcf: ps.cumFcf + finance.fcf,
      cumInjection: ps.cumInjection + finance.injection,
      last: {
        revenue: finance.revenue,
        iaasRevenue,
        tokenRevenue,
        ebita: finance.ebita,
        iaasShare: pSpec.iaas && iaasTotal > 0 ? iaasRevenue / iaasTotal : 0,
        iaasShareChange:
          (pSpec.iaas && iaasTotal > 0 ? iaasRevenue / iaasTotal : 0) - ps.last.iaasShare,
        tokenShare: tokenTotal > 0 ? tokenRevenue / tokenTotal : 0,
        gpuUtilisation: gpuAvail[p]! > 0 ? gpuUsed[p]! / gpuAvail[p]! : 0,
        cpuUtilisation: cpuAvail[p]! > 0 ? cpuUsed[p]! / cpuAvail[p]! : 0,
        gpuNeed: gpuAsked[p]!,
        cpuNeed: cpuAsked[p]!,
        gpuNeedGrowth: ps.last.gpuNeed > 0 ? gpuAsked[p]! / ps.last.gpuNeed - 1 : 0.04,
        cpuNeedGrowth: ps.last.cpuNeed > 0 ? cpuAsked[p]! / ps.last.cpuNeed - 1 : 0.04,
        unitCost,
        served: servedByLine,
        network: figures[p]!.network,
      },
    };
  });

  return { providers: finalProviders, finances, iaasTotal, tokenTotal };
}
