// The start of a quarter for every provider: capacity arrives and decays, new orders enter the
// pipelines, attribute stocks move with last quarter's spending, and the new prices apply.

import { originStockLevels } from './setup.ts';
import { updateStocks } from './stocks.ts';
import type { Decision, GameState, ProviderState, Scenario } from './types.ts';
import { LINES } from './types.ts';
import { cpuUnitPrice, gpuUnitPrice } from './unit-prices.ts';
import type { World } from './world.ts';

/** Quarters of public price history kept: the longest reaction lag plus none. */
export const CUT_HISTORY_QUARTERS = 8;

export function advanceProviders(
  scenario: Scenario,
  state: GameState,
  world: World,
  decisions: readonly Decision[],
  trustShock: readonly number[],
): { providers: ProviderState[]; openModelFloor: number } {
  const spec = scenario.market;
  const originLevels = originStockLevels(scenario);
  // Unit prices are the same for every provider on a supply: worked out once per quarter.
  const gpuPrice = {
    nvidia: gpuUnitPrice(scenario, world, 'nvidia'),
    domestic: gpuUnitPrice(scenario, world, 'domestic'),
  };
  const cpuPrice = cpuUnitPrice(scenario, world);
  const providers: ProviderState[] = state.providers.map((prev, p) => {
    const pSpec = scenario.providers[p]!;
    const d = decisions[p]!;
    const gpuPipeline = shifted(prev.gpuPipeline);
    const cpuPipeline = shifted(prev.cpuPipeline);
    const gpuOrdered = d.gpuCapex / gpuPrice[pSpec.gpuSupply];
    gpuPipeline[Math.max(0, Math.min(gpuPipeline.length, world.gpuLead) - 1)]! += gpuOrdered;
    cpuPipeline[Math.max(0, Math.min(cpuPipeline.length, spec.cpuLead) - 1)]! +=
      d.dcCapex / cpuPrice;
    const price = new Array<number>(prev.price.length);
    for (let k = 0; k < price.length; k++) price[k] = prev.price[k]! * (1 + d.price[LINES[k]!]);
    const priceChange = [d.price.C, d.price.S, d.price.T];
    // The newest quarter first, then the older ones, up to CUT_HISTORY_QUARTERS in all.
    const cutHistory = new Array<number[]>(
      Math.min(CUT_HISTORY_QUARTERS, prev.cutHistory.length + 1),
    );
    cutHistory[0] = priceChange.map(
      (change, k) =>
        (1 + change) / (world.referencePrice[k]! / world.previousReferencePrice[k]!) - 1,
    );
    for (let i = 1; i < cutHistory.length; i++) cutHistory[i] = prev.cutHistory[i - 1]!;
    const stocks = updateStocks(
      spec,
      pSpec,
      prev,
      world,
      prev.last.network,
      originLevels[p]!,
      d.projectExit,
      trustShock[p]!,
    );
    // Every field written out in ProviderState's order rather than spread from prev: the
    // spread of a 30-field record was a large part of this step, and one literal gives every
    // provider state one shape for the property reads that follow.
    return {
      price,
      priceChange,
      cutHistory,
      gpu: prev.gpu * (1 - spec.gpuDecay) + prev.gpuPipeline[0]!,
      cpu: prev.cpu * (1 - spec.cpuDecay) + prev.cpuPipeline[0]!,
      gpuPipeline,
      cpuPipeline,
      gpuBook: prev.gpuBook,
      cpuBook: prev.cpuBook,
      quality: stocks.quality,
      ecosystem: stocks.ecosystem,
      trust: stocks.trust,
      integration: stocks.integration,
      cumVolume: prev.cumVolume,
      throughput: prev.throughput,
      cash: prev.cash,
      debt: prev.debt,
      receivables: prev.receivables,
      credits: prev.credits,
      stake: prev.stake,
      trainShare: d.trainShare,
      openSourceCooldown: d.openSource ? 2 : Math.max(0, prev.openSourceCooldown - 1),
      openSourced: d.openSource,
      spend: prev.spend,
      ebitdaHistory: prev.ebitdaHistory,
      tokenLosses: prev.tokenLosses,
      cumEbita: prev.cumEbita,
      cumFcf: prev.cumFcf,
      cumInjection: prev.cumInjection,
      last: prev.last,
    };
  });
  let openModelFloor = state.openModelFloor;
  providers.forEach((p) => {
    if (p.openSourced) openModelFloor = Math.max(openModelFloor, p.quality);
  });

  return { providers, openModelFloor };
}

/** A pipeline one quarter on: what arrived leaves the front, an empty slot joins the back. */
function shifted(pipeline: readonly number[]): number[] {
  const next = new Array<number>(Math.max(1, pipeline.length));
  for (let i = 1; i < pipeline.length; i++) next[i - 1] = pipeline[i]!;
  next[next.length - 1] = 0;
  return next;
}
