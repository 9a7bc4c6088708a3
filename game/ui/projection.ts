// The "projected effect" of a draft: the engine resolves the coming quarter from the current
// state with this draft (rivals play their usual strategies). A projection, not a promise:
// the real quarter also has the other humans' sealed decisions.

import { resolveQuarter, validateDecision } from '../engine/index.ts';
import type { Decision, GameState, Scenario } from '../engine/index.ts';

export interface Projection {
  iaasShare: number;
  previousIaasShare: number;
  revenue: number;
  ebita: number;
  tokenShare: number;
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
    const r = report.providers.find((p) => p.id === provider);
    if (!r) return null;
    return {
      iaasShare: r.iaasShare,
      previousIaasShare: r.previousIaasShare,
      revenue: r.finance.revenue,
      ebita: r.finance.ebita,
      tokenShare: r.tokenShare,
    };
  } catch {
    return null;
  }
}
