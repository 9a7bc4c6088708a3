// Attribute stocks fed by last quarter's spending (MODEL.md §2.9): model quality, ecosystem,
// trust and integration capability. Each update is bounded so no decision can push a stock
// outside [0, 100] (integration: [J_min, J_max]).

import { log, pow } from './portable-math.ts';
import { clamp } from './numeric.ts';
import type { MarketSpec, ProviderSpec, ProviderState } from './types.ts';
import type { World } from './world.ts';

export interface StockUpdate {
  quality: number;
  ecosystem: number;
  trust: number;
  integration: number;
  /** The part of this quarter's trust change caused by events (outages, reviews). */
  trustShock: number;
}

export function updateStocks(
  market: MarketSpec,
  spec: ProviderSpec,
  prev: ProviderState,
  world: World,
  network: number,
  origin: { ecosystemSpend: number; network: number },
  projectExit: number,
  trustShock: number,
): StockUpdate {
  const k = market.stocks;
  const trainingNeed = k.trainingNeed0 * pow(1 + k.trainingNeedGrowth, world.t / 4);
  const computeFit = Math.min(1, (prev.trainShare * prev.gpu) / trainingNeed);
  const effectiveRnd = prev.spend.rnd * computeFit;
  const frontier = Math.max(world.frontier, 1);
  const qualityGap = Math.max(0, frontier - prev.quality) / frontier;
  // Model quality only moves once the frontier does (the generative-AI era of the scenario).
  const quality = world.frontierMoving
    ? clamp(
        prev.quality + k.qualityGain * log(1 + effectiveRnd / k.rndRef) * qualityGap * 10,
        0,
        100,
      )
    : prev.quality;
  // The ecosystem reverts to its origin level and moves with spending and complementors
  // above or below what the provider had at the origin, so an unchanged strategy leaves it be.
  const ecosystem = clamp(
    prev.ecosystem +
      k.ecoDecay * (spec.ecosystem0 - prev.ecosystem) +
      k.ecoGain *
        (log(1 + prev.spend.ecosystem / k.ecoRef) - log(1 + origin.ecosystemSpend / k.ecoRef)) +
      (k.creditGain * prev.spend.creditsGranted) / k.creditRef +
      k.networkGain *
        (log(1 + network / market.networkRef) - log(1 + origin.network / market.networkRef)) +
      (prev.openSourced ? k.openSourceGain : 0),
    0,
    100,
  );
  const trust = clamp(
    prev.trust +
      k.trustGain * log(1 + prev.spend.security / k.securityRef) * ((100 - prev.trust) / 100) -
      k.trustDecay * (prev.trust - spec.trustFloor) +
      trustShock,
    0,
    100,
  );
  const integration = clamp(
    prev.integration * (1 - projectExit),
    k.integrationMin,
    k.integrationMax,
  );
  return { quality, ecosystem, trust, integration, trustShock };
}
