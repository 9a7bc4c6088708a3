// The end of a quarter for every provider: what it served per line, its revenue, costs and
// finance (finance.ts), unit costs, learning, token efficiency, and what it reports publicly.

import { tOf } from './calendar.ts';
import { settleFinance } from './finance.ts';
import type { Finance } from './finance.ts';
import { indexOf } from './indices.ts';
import type { Rationing } from './rationing.ts';
import { learningBase } from './setup.ts';
import type { Decision, MarketState, ProviderState, Scenario } from './types.ts';
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

export function settleBooks(
  scenario: Scenario,
  world: World,
  providers: readonly ProviderState[],
  markets: readonly MarketState[],
  decisions: readonly Decision[],
  ration: Rationing,
  impairment: number,
): Books {
  const index = indexOf(scenario);
  const P = index.providerCount;
  const spec = scenario.market;
  const t = world.t;
  const base = learningBase(scenario);
  const cpuCostIndex = costIndexOf(scenario, world);
  const prices = providers.map((p) => p.price);
  const { served, gamma, gpuAvail, cpuAvail, gpuUsed, cpuUsed, gpuAsked, cpuAsked, throughput } =
    ration;
  const servedByLine = providers.map(() => [0, 0, 0]);
  const cpuServedCompute = new Array<number>(P).fill(0);
  const network = new Array<number>(P).fill(0);
  const startupRevenue = new Array<number>(P).fill(0);
  const aiSegment = index.segmentIndex.get('AIS');
  for (let m = 0; m < markets.length; m++) {
    const s = Math.floor(m / 3);
    const k = m % 3;
    for (let p = 0; p < P; p++) {
      const q = served[m]![p]!;
      servedByLine[p]![k]! += q;
      if (k === 0) cpuServedCompute[p]! += (1 - gamma[s]!) * q;
      if (k === 0) network[p]! += gamma[s]! * q;
      if (k === 2) network[p]! += q / 1000;
      if (k === 0 && s === aiSegment) startupRevenue[p]! += q * prices[p]![0]!;
    }
  }
  // Totals are sums of the providers' own revenues, computed exactly as each provider's, so a
  // share can never round above 1.
  let iaasTotal = 0;
  let tokenTotal = 0;
  for (let p = 0; p < P; p++) {
    if (index.iaas[p])
      iaasTotal += servedByLine[p]![0]! * prices[p]![0]! + servedByLine[p]![1]! * prices[p]![1]!;
    tokenTotal += (servedByLine[p]![2]! * prices[p]![2]!) / 1000;
  }
  const finances: Finance[] = [];
  const finalProviders: ProviderState[] = providers.map((ps, p) => {
    const pSpec = scenario.providers[p]!;
    const d = decisions[p]!;
    const learning = LINES.map((line, k) =>
      Math.pow(ps.cumVolume[k]! / base[p]![k]!, -scenario.lines[line].learning),
    );
    // Variable costs of C and S follow each line's reference path (hardware progress) and the
    // provider's own learning curve; GPU-served compute costs only its capacity.
    const variableUnit = LINES.map(
      (line, k) =>
        scenario.lines[line].unitCost0 *
        (k < 2 ? world.referencePrice[k]! : 1) *
        pSpec.costFactor *
        learning[k]!,
    );
    const iaasRevenue =
      servedByLine[p]![0]! * prices[p]![0]! + servedByLine[p]![1]! * prices[p]![1]!;
    const tokenRevenue = (servedByLine[p]![2]! * prices[p]![2]!) / 1000;
    const variableCost =
      cpuServedCompute[p]! * variableUnit[0]! +
      servedByLine[p]![1]! * variableUnit[1]! +
      (servedByLine[p]![2]! * variableUnit[2]!) / 1000;
    const sellsTokens = index.sells[2]![p]! && world.tokenOpen;
    const finance = settleFinance({
      market: spec,
      spec: pSpec,
      prev: ps,
      t,
      paasQuarters: Math.max(0, t - tOf(scenario.origin, pSpec.paasGrowthFrom)),
      iaasRevenue,
      tokenRevenue,
      variableCost,
      startupRevenue: startupRevenue[p]!,
      creditBurn: world.creditBurnMultiplier,
      complianceCost: sellsTokens ? world.complianceCost : 0,
      impairmentFraction: impairment,
      integration: ps.integration,
      gpu: ps.gpu,
      cpu: ps.cpu,
      cpuCostIndex,
      decision: d,
    });
    finances.push(finance);
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
      (servedByLine[p]![2]! * (unitCost[2]! - prices[p]![2]!)) / 1000,
    );
    return {
      ...ps,
      cumVolume: ps.cumVolume.map((x, k) => x + servedByLine[p]![k]!),
      // R&D raises tokens per GPU, up to 100 times the provider's starting efficiency.
      throughput: Math.min(
        ps.throughput * (1 + 0.02 * Math.log(1 + d.rnd / spec.stocks.rndRef)),
        MAX_THROUGHPUT_GAIN * pSpec.tokenThroughput0,
      ),
      cash: finance.cash,
      debt: finance.debt,
      receivables: finance.receivables,
      credits: finance.credits,
      stake: finance.stake,
      gpuBook: finance.gpuBook,
      cpuBook: finance.cpuBook,
      spend: {
        rnd: d.rnd,
        ecosystem: d.ecosystem,
        security: d.security,
        creditsGranted: d.creditDeal.amount * d.creditDeal.creditFraction,
      },
      ebitdaHistory: [...ps.ebitdaHistory.slice(-3), finance.ebita + finance.depreciation],
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
        served: servedByLine[p]!,
        network: network[p]!,
      },
    };
  });

  return { providers: finalProviders, finances, iaasTotal, tokenTotal };
}
