// The "projected effect" of a draft: the engine resolves the coming quarter from the current
// state with this draft (rivals play their usual strategies). A projection, not a promise:
// the real quarter also has the other humans' sealed decisions. The share change the draft's
// own prices cause this quarter is split into volume won and revenue share (one-quarter walk).

import {
  attributeTrajectory,
  fundingOutlook,
  resolveQuarter,
  validateDecision,
} from '../engine/index.ts';
import type { Decision, FundingOutlook, GameState, Scenario } from '../engine/index.ts';
import { ownPriceMove } from './price-move.ts';
import type { PriceMove } from './price-move.ts';

export interface Projection {
  iaasShare: number; // revenue share
  previousIaasShare: number;
  volumeShare: number;
  previousVolumeShare: number;
  /** Own C/S price move (against the market path and in list price), and what it does. */
  priceMove: PriceMove;
  ownPricesVolume: number; // volume share points from own prices (fraction)
  ownPricesRevenue: number; // revenue share points from own prices (fraction)
  revenue: number;
  ebita: number;
  tokenShare: number;
  /** Cash floor, credit line and interest after this draft (the engine's funding rule). */
  funding: FundingOutlook;
}

export function project(
  scenario: Scenario,
  game: GameState,
  provider: string,
  draft: Decision,
): Projection | null {
  const checked = validateDecision(scenario, game, provider, draft);
  if (!checked.ok) return null;
  try {
    const { report } = resolveQuarter(scenario, game, { [provider]: checked.decision });
    const p = report.providers.findIndex((r) => r.id === provider);
    const r = report.providers[p];
    if (!r) return null;
    const iaas = scenario.providers.find((p) => p.id === provider)?.iaas ?? false;
    const own = (measure: 'volume' | 'revenue'): number =>
      iaas ? attributeTrajectory([report], provider, { measure }).parts.ownPrices : 0;
    return {
      iaasShare: r.iaasShare,
      previousIaasShare: r.previousIaasShare,
      volumeShare: r.volumeShare,
      previousVolumeShare: r.previousVolumeShare,
      priceMove: iaas ? ownPriceMove(report, provider) : { path: 0, list: 0 },
      ownPricesVolume: own('volume'),
      ownPricesRevenue: own('revenue'),
      revenue: r.finance.revenue,
      ebita: r.finance.ebita,
      tokenShare: r.tokenShare,
      funding: fundingOutlook(scenario, game, p, r.finance),
    };
  } catch {
    return null;
  }
}
