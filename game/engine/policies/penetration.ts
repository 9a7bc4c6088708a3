// Penetration pricer (MODEL.md §2.11.2): token prices far below rivals and below unit cost
// while a loss budget lasts, compute a step under the cheapest rival, and a parent-funded
// GPU build-out. The bet is on the learning curve and on locking in new AI workloads.

import { applyScript, baseDecision, changeTo, cheapestRival, rivalParams } from './common.ts';
import type { PolicyChoice, PolicyView } from './view.ts';

export function penetrationPolicy(view: PolicyView): PolicyChoice {
  const decision = baseDecision(view);
  const policy = view.spec.policy;
  const budgetLeft = view.self.tokenLosses < policy.tokenLossBudget;
  const sellsTokens = view.spec.lines.includes('T') && view.world.tokenOpen;
  const tokenRival = cheapestRival(view, 2);
  let tokensCut = false;
  if (sellsTokens && budgetLeft && tokenRival) {
    const target = Math.min(0.3 * tokenRival.price[2]!, 0.9 * view.self.last.unitCost[2]!);
    if (target < view.self.price[2]!) {
      decision.price.T = changeTo(view, 2, target);
      tokensCut = true;
    }
  }
  const computeRival = cheapestRival(view, 0);
  if (view.spec.iaas)
    for (const [line, key] of [
      [0, 'C'],
      [1, 'S'],
    ] as const) {
      const rival = cheapestRival(view, line);
      if (!rival) continue;
      const target = 0.9 * rival.price[line]!;
      if (view.self.price[line]! * (1 + decision.price[key]) > target)
        decision.price[key] = changeTo(view, line, target);
    }
  const scripted = applyScript(view, decision);
  if (scripted) return { decision, reason: scripted };
  if (tokensCut)
    return {
      decision,
      reason: {
        code: 'penetration-tokens',
        params: {
          ...rivalParams(tokenRival),
          rivalPrice: tokenRival!.price[2]!,
          unitCost: view.self.last.unitCost[2]!,
          losses: view.self.tokenLosses,
          budget: policy.tokenLossBudget,
        },
      },
    };
  if (sellsTokens && !budgetLeft)
    return {
      decision,
      reason: {
        code: 'penetration-spent',
        params: { losses: view.self.tokenLosses, budget: policy.tokenLossBudget },
      },
    };
  if (!computeRival) return { decision, reason: { code: 'track-path', params: {} } };
  return {
    decision,
    reason: {
      code: 'penetration-compute',
      params: { ...rivalParams(computeRival), rivalPrice: computeRival.price[0]! },
    },
  };
}
