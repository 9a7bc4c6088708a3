// Hybrid/private specialist (MODEL.md §2.11.4): heavy sales and security spending for
// government and enterprise buyers, keeps its integration projects, and matches only part of
// the market leader's price cuts, one quarter late.

import { applyScript, baseDecision, boundedChange, referenceChange } from './common.ts';
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
  return {
    decision,
    reason: scripted ?? {
      en:
        followed < 0
          ? `Matched ${Math.round(policy.followFraction * 100)} % of ${leader?.id ?? 'the leader'}’s last cut; kept courting government buyers on security.`
          : 'Kept prices on the market path and spent on security and government sales.',
      zh:
        followed < 0
          ? `跟进${leader?.id ?? '领先者'}上季度降价幅度的 ${Math.round(policy.followFraction * 100)}%，继续以安全合规争取政企客户。`
          : '价格随行业节奏调整，持续投入安全合规与政企销售。',
    },
  };
}
