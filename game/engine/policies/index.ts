// The named rival policies, by the `kind` a scenario gives each provider.

import type { PolicyKind } from '../types.ts';
import { historyPolicy } from './history.ts';
import { hybridSpecialistPolicy } from './hybrid-specialist.ts';
import { marginDefenderPolicy } from './margin-defender.ts';
import { openWeightsPolicy } from './open-weights.ts';
import { penetrationPolicy } from './penetration.ts';
import { priceFollowerPolicy } from './price-follower.ts';
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

export { viewFor } from './view.ts';
export type { PolicyChoice, PolicyView } from './view.ts';
