// Price follower (MODEL.md §2.11.1): match the cheapest of the three largest rivals, with a
// small premium, when it has fallen too far behind on price or lost share; otherwise track
// the reference path.

import { applyScript, baseDecision, changeTo, cheapestRival, rivalParams } from './common.ts';
import type { PolicyReason } from './reasons.ts';
import type { PolicyChoice, PolicyView } from './view.ts';

export function priceFollowerPolicy(view: PolicyView): PolicyChoice {
  const decision = baseDecision(view);
  const policy = view.spec.policy;
  const lost = view.shareChange < -policy.followShareLoss;
  let matched = false;
  if (view.spec.iaas)
    for (const line of [0, 1] as const) {
      const rival = cheapestRival(view, line, 3);
      if (!rival) continue;
      const rivalMin = rival.price[line]!;
      const own = view.self.price[line]!;
      if (own > (1 + policy.followGap) * rivalMin || lost) {
        const key = line === 0 ? 'C' : 'S';
        const target = Math.min(
          own * (1 + decision.price[key]),
          (1 + policy.followMarkup) * rivalMin,
        );
        decision.price[key] = changeTo(view, line, target);
        matched = true;
      }
    }
  const scripted = applyScript(view, decision);
  if (scripted) return { decision, reason: scripted };
  return { decision, reason: followerReason(view, matched, lost, decision.price.C) };
}

/** Names the cheapest large rival on compute and the gap the follower saw. */
function followerReason(
  view: PolicyView,
  matched: boolean,
  lost: boolean,
  computeChange: number,
): PolicyReason {
  const policy = view.spec.policy;
  const rival = view.spec.iaas ? cheapestRival(view, 0, 3) : undefined;
  if (!rival) return { code: 'track-path', params: {} };
  const gap = view.self.price[0]! / rival.price[0]! - 1;
  const params = { ...rivalParams(rival), rivalChange: rival.priceChange[0]! };
  if (matched)
    return {
      code: 'follow-match',
      params: {
        ...params,
        gap: 1 - rival.price[0]! / view.self.price[0]!,
        trigger: lost ? 'share' : 'price',
        shareLoss: -view.shareChange,
        markup: policy.followMarkup,
        gapAfter: (view.self.price[0]! * (1 + computeChange)) / rival.price[0]! - 1,
      },
    };
  return {
    code: 'follow-hold',
    params: {
      ...params,
      gap: Math.abs(gap >= 0 ? 1 - rival.price[0]! / view.self.price[0]! : gap),
      gapSign: gap >= 0 ? 1 : -1,
      threshold: policy.followGap,
    },
  };
}
