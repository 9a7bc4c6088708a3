// Hybrid/private specialist (MODEL.md §2.11.4): heavy sales and security spending for
// government and enterprise buyers, keeps its integration projects, and matches only part of
// the market leader's price cuts, one quarter late.

import {
  applyScript,
  baseDecision,
  boundedChange,
  referenceChange,
  rivalParams,
} from './common.ts';
import type { PolicyChoice, PolicyView } from './view.ts';

export function hybridSpecialistPolicy(view: PolicyView): PolicyChoice {
  const decision = baseDecision(view);
  const policy = view.spec.policy;
  const leader = view.rivals
    .filter((r) => r.sells[0])
    .reduce<(typeof view.rivals)[number] | undefined>(
      (best, r) => (best === undefined || r.iaasShare > best.iaasShare ? r : best),
      undefined,
    );
  let followed = 0;
  if (leader && view.spec.iaas && leader.iaasShare > view.self.last.iaasShare)
    for (const [line, key] of [
      [0, 'C'],
      [1, 'S'],
    ] as const) {
      const reference = referenceChange(view, line);
      const leaderCut = (1 + leader.priceChange[line]!) / (1 + reference) - 1;
      if (leaderCut < -1e-9) {
        const change = (1 + reference) * (1 + policy.followFraction * leaderCut) - 1;
        decision.price[key] = boundedChange(view, line, change);
        followed = Math.min(followed, leaderCut);
      }
    }
  const scripted = applyScript(view, decision);
  if (scripted) return { decision, reason: scripted };
  if (!leader || !view.spec.iaas) return { decision, reason: { code: 'track-path', params: {} } };
  return {
    decision,
    reason:
      followed < 0
        ? {
            code: 'hybrid-follow',
            params: {
              ...rivalParams(leader),
              rivalCut: -followed,
              fraction: policy.followFraction,
            },
          }
        : { code: 'hybrid-hold', params: rivalParams(leader) },
  };
}
