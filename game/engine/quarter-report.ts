// Assembles the quarter's report from the steps' results: markets, providers' moves with their
// reasons and books, segment shares now and a quarter ago, and the events that fired.

import type { Collected } from './decisions.ts';
import { financeNews } from './finance-news.ts';
import type { Finance } from './finance.ts';
import { indexOf, marketOf } from './indices.ts';
import type { MarketReport, ProviderReport, QuarterReport } from './report.ts';
import { revenueShares } from './segment-share.ts';
import { volumeShares } from './volume-share.ts';
import type { Decision, GameState, MarketState, ProviderState, Scenario } from './types.ts';
import type { World } from './world.ts';

export function buildReport(
  scenario: Scenario,
  state: GameState,
  world: World,
  parts: {
    markets: readonly MarketState[];
    reports: MarketReport[];
    providers: readonly ProviderState[];
    decisions: readonly Decision[];
    collected: Collected;
    finances: readonly Finance[];
    trustShock: readonly number[];
    iaasTotal: number;
    tokenTotal: number;
  },
): QuarterReport {
  const P = indexOf(scenario).providerCount;
  const t = world.t;
  const { markets, reports, decisions, collected, finances, trustShock, iaasTotal, tokenTotal } =
    parts;
  const finalProviders = parts.providers;
  const prices = finalProviders.map((p) => p.price);
  const segmentSpend = scenario.segments.map(
    (_, s) => reports[marketOf(s, 0)]!.spend + reports[marketOf(s, 1)]!.spend,
  );
  const previousSegmentSpend = scenario.segments.map((_, s) =>
    [0, 1].reduce((sum, k) => {
      const market = state.markets[marketOf(s, k)]!;
      let spend = 0;
      for (let p = 0; p < P; p++)
        spend += state.providers[p]!.price[k]! * market.share[p]! * market.servedTotal;
      return sum + spend;
    }, 0),
  );
  // Segment revenue shares of every provider, this quarter and last (one pass per segment).
  const linePrices = [0, 1].map((k) => prices.map((row) => row[k]!));
  const previousLinePrices = [0, 1].map((k) => state.providers.map((row) => row.price[k]!));
  const segmentShares = scenario.segments.map((_, s) =>
    revenueShares(
      [markets[marketOf(s, 0)]!.share, markets[marketOf(s, 1)]!.share],
      [markets[marketOf(s, 0)]!.servedTotal, markets[marketOf(s, 1)]!.servedTotal],
      linePrices,
    ),
  );
  const previousSegmentShares = scenario.segments.map((_, s) =>
    revenueShares(
      [state.markets[marketOf(s, 0)]!.share, state.markets[marketOf(s, 1)]!.share],
      [state.markets[marketOf(s, 0)]!.servedTotal, state.markets[marketOf(s, 1)]!.servedTotal],
      previousLinePrices,
    ),
  );
  // Volume shares (RSU at constant prices), per segment and over every IaaS market.
  const iaasMarkets = scenario.segments.flatMap((_, s) => [marketOf(s, 0), marketOf(s, 1)]);
  const volumeOf = (list: readonly MarketState[], ids: readonly number[]): number[] =>
    volumeShares(
      ids.map((i) => list[i]!.share),
      ids.map((i) => list[i]!.servedTotal),
    );
  const segmentVolume = scenario.segments.map((_, s) =>
    volumeOf(markets, [marketOf(s, 0), marketOf(s, 1)]),
  );
  const previousSegmentVolume = scenario.segments.map((_, s) =>
    volumeOf(state.markets, [marketOf(s, 0), marketOf(s, 1)]),
  );
  const totalVolume = volumeOf(markets, iaasMarkets);
  const previousTotalVolume = volumeOf(state.markets, iaasMarkets);
  const providerReports: ProviderReport[] = finalProviders.map((ps, p) => {
    const iaas = scenario.providers[p]!.iaas;
    const segmentShare = segmentShares.map((row) => row[p]!);
    const previousSegmentShare = previousSegmentShares.map((row) => row[p]!);
    return {
      id: scenario.providers[p]!.id,
      controller: collected.controllers[p]!,
      policy: scenario.providers[p]!.policy.kind,
      decision: decisions[p]!,
      reason: collected.reasons[p],
      finance: finances[p]!,
      iaasShare: ps.last.iaasShare,
      previousIaasShare: state.providers[p]!.last.iaasShare,
      volumeShare: iaas ? totalVolume[p]! : 0,
      previousVolumeShare: iaas ? previousTotalVolume[p]! : 0,
      tokenShare: ps.last.tokenShare,
      segmentShare,
      previousSegmentShare,
      segmentVolumeShare: segmentVolume.map((row) => row[p]!),
      previousSegmentVolumeShare: previousSegmentVolume.map((row) => row[p]!),
      quality: ps.quality,
      ecosystem: ps.ecosystem,
      trust: ps.trust,
      integration: ps.integration,
      gpu: ps.gpu,
      cpu: ps.cpu,
      gpuUtilisation: ps.last.gpuUtilisation,
      cpuUtilisation: ps.last.cpuUtilisation,
      unitCost: ps.last.unitCost,
      trustShock: trustShock[p]!,
    };
  });
  return {
    t,
    quarter: world.label,
    events: world.fired,
    dilemmas: collected.choices,
    markets: reports,
    providers: providerReports,
    iaasSpend: iaasTotal,
    tokenSpend: tokenTotal,
    segmentSpend,
    previousSegmentSpend,
    referencePrice: world.referencePrice,
    financeNews: financeNews(scenario, finances),
  };
}
