// Price follower (MODEL.md §2.11.1): match the cheapest of the three largest rivals, with a
// small premium, when it has fallen too far behind on price or lost share; otherwise track
// the reference path.

import { applyScript, baseDecision, changeTo, minRivalPrice, percent } from './common.ts';
import type { PolicyChoice, PolicyView } from './view.ts';

export function priceFollowerPolicy(view: PolicyView): PolicyChoice {
  const decision = baseDecision(view);
  const policy = view.spec.policy;
  const lost = view.shareChange < -policy.followShareLoss;
  let matched = false;
  for (const line of [0, 1] as const) {
    if (!view.spec.iaas) continue;
    const rivalMin = minRivalPrice(view, line, 3);
    const own = view.self.price[line]!;
    if (own > (1 + policy.followGap) * rivalMin || lost) {
      const target = Math.min(
        own * (1 + decision.price[line === 0 ? 'C' : 'S']),
        (1 + policy.followMarkup) * rivalMin,
      );
      decision.price[line === 0 ? 'C' : 'S'] = changeTo(view, line, target);
      matched = true;
    }
  }
  const scripted = applyScript(view, decision);
  if (scripted) return { decision, reason: scripted };
  return {
    decision,
    reason: matched
      ? {
          en: `Matched the cheapest large rival within ${percent(policy.followMarkup)} after ${lost ? 'losing share' : 'falling behind on price'}.`,
          zh: `${lost ? '份额下滑' : '价格落后'}，跟进主要对手的最低价（溢价不超过${percent(policy.followMarkup)}）。`,
        }
      : {
          en: 'Prices close enough to the cheapest large rival: tracked the market path.',
          zh: '与主要对手价差不大，价格随行业节奏调整。',
        },
  };
}
