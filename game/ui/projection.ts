// The "projected effect" of a draft: the engine resolves the coming quarter from the current
// state with this draft (rivals play their usual strategies). A projection, not a promise:
// the real quarter also has the other humans' sealed decisions.

import { fundingOutlook, resolveQuarter, validateDecision } from '../engine/index.ts';
import type { Decision, FundingOutlook, GameState, Scenario } from '../engine/index.ts';

export interface Projection {
  iaasShare: number;
  previousIaasShare: number;
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
    return {
      iaasShare: r.iaasShare,
      previousIaasShare: r.previousIaasShare,
      revenue: r.finance.revenue,
      ebita: r.finance.ebita,
      tokenShare: r.tokenShare,
      funding: fundingOutlook(scenario, game, p, r.finance),
    };
  } catch {
    return null;
  }
}
