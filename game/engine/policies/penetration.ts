// Penetration pricer (MODEL.md §2.11.2): token prices far below rivals and below unit cost
// while a loss budget lasts, compute a step under the cheapest rival, and a parent-funded
// GPU build-out. The bet is on the learning curve and on locking in new AI workloads.

import { applyScript, baseDecision, changeTo, minRivalPrice } from './common.ts';
import type { PolicyChoice, PolicyView } from './view.ts';

export function penetrationPolicy(view: PolicyView): PolicyChoice {
  const decision = baseDecision(view);
  const policy = view.spec.policy;
  const budgetLeft = view.self.tokenLosses < policy.tokenLossBudget;
  const sellsTokens = view.spec.lines.includes('T') && view.world.tokenOpen;
  if (sellsTokens && budgetLeft) {
    const target = Math.min(0.3 * minRivalPrice(view, 2), 0.9 * view.self.last.unitCost[2]!);
    if (target < view.self.price[2]!) decision.price.T = changeTo(view, 2, target);
  }
  if (view.spec.iaas)
    for (const [line, key] of [
      [0, 'C'],
      [1, 'S'],
    ] as const) {
      const target = 0.9 * minRivalPrice(view, line);
      if (view.self.price[line]! * (1 + decision.price[key]) > target)
        decision.price[key] = changeTo(view, line, target);
    }
  const scripted = applyScript(view, decision);
  return {
    decision,
    reason: scripted ?? {
      en: !sellsTokens
        ? 'Priced compute a step below the cheapest rival and kept building GPUs ahead of AI demand.'
        : budgetLeft
          ? 'Priced tokens far below rivals and below cost to win new AI workloads while the loss budget lasts.'
          : 'Token loss budget spent: kept compute a step below the cheapest rival.',
      zh: !sellsTokens
        ? '算力价格略低于最低价对手，并超前建设 GPU 以迎接 AI 需求。'
        : budgetLeft
          ? '在亏损预算内以远低于对手、低于成本的价格销售 token，抢占新增 AI 负载。'
          : 'token 亏损预算已用完，算力价格保持略低于最低价对手。',
    },
  };
}
