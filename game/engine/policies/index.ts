// The named rival policies, by the `kind` a scenario gives each provider, and `decide`: the
// kind's choice, then the provider's reaction to rivals (punisher, best-responder), then its
// cash buffer; the reason carries the price changes actually made.

import type { PolicyKind } from '../types.ts';
import { LINES } from '../types.ts';
import { keepCashBuffer } from './cash-buffer.ts';
import { historyPolicy } from './history.ts';
import { hybridSpecialistPolicy } from './hybrid-specialist.ts';
import { marginDefenderPolicy } from './margin-defender.ts';
import { openWeightsPolicy } from './open-weights.ts';
import { penetrationPolicy } from './penetration.ts';
import { priceFollowerPolicy } from './price-follower.ts';
import { bestRespond, punish } from './reaction.ts';
import type { PolicyReason } from './reasons.ts';
import type { PolicyChoice, PolicyView } from './view.ts';

export const POLICIES: Record<PolicyKind, (view: PolicyView) => PolicyChoice> = {
  history: historyPolicy,
  'price-follower': priceFollowerPolicy,
  penetration: penetrationPolicy,
  'margin-defender': marginDefenderPolicy,
  'hybrid-specialist': hybridSpecialistPolicy,
  'open-weights': openWeightsPolicy,
};

export const POLICY_KINDS = Object.keys(POLICIES) as PolicyKind[];

/** What a computer-run provider does this quarter and why. */
export function decide(view: PolicyView): PolicyChoice {
  let choice = POLICIES[view.spec.policy.kind](view);
  // Scripted moves are history: no reaction overrides them.
  if (choice.reason.code !== 'script') {
    if (view.spec.policy.reaction === 'punisher') choice = punish(view, choice);
    else if (view.spec.policy.reaction === 'best-responder') choice = bestRespond(view, choice);
  }
  const buffered = keepCashBuffer(view, choice.decision);
  const params: PolicyReason['params'] = { ...choice.reason.params, ...buffered.params };
  // The price changes made, on the lines the provider sells (what the reason text reports).
  LINES.forEach((line, k) => {
    const sells = view.spec.lines.includes(line) && (line === 'T' || view.spec.iaas);
    if (!sells || (line === 'T' && !view.world.tokenOpen)) return;
    params[line] = buffered.decision.price[line];
    if (line === 'T') params['tokenPrice'] = view.self.price[k]! * (1 + buffered.decision.price.T);
    if (line === 'C')
      params['computePrice'] = view.self.price[k]! * (1 + buffered.decision.price.C);
  });
  return { decision: buffered.decision, reason: { code: choice.reason.code, params } };
}

export { viewFor } from './view.ts';
export type { PolicyChoice, PolicyView } from './view.ts';
export { reasonText, REASON_CODES } from './reasons.ts';
export type { PolicyReason } from './reasons.ts';
