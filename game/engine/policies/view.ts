// What a computer-run provider may know when it decides quarter t: its own books and the
// public outcome of quarter t-1 (list prices, reported shares and revenue), plus the
// calendar of exogenous conditions. It never sees rivals' drafts for quarter t.

import { indexOf } from '../indices.ts';
import type { Decision, GameState, ProviderSpec, ProviderState, Scenario, Text } from '../types.ts';
import type { World } from '../world.ts';

export interface RivalPublic {
  id: string;
  price: readonly number[];
  priceChange: readonly number[];
  iaasShare: number;
  tokenShare: number;
  revenue: number;
  sells: readonly boolean[];
}

export interface PolicyView {
  scenario: Scenario;
  world: World;
  index: number;
  spec: ProviderSpec;
  self: ProviderState;
  rivals: RivalPublic[]; // every provider but self, in scenario order
  /** Own IaaS share change over the quarter just resolved (fraction). */
  shareChange: number;
}

export interface PolicyChoice {
  decision: Decision;
  reason: Text;
}

/**
 * Every provider's public record of the quarter just resolved, built once per state: all the
 * providers' policies read it in the same quarter (read-only), so it is not rebuilt per view.
 */
const publicCache = new WeakMap<GameState, RivalPublic[]>();

function publicRecords(scenario: Scenario, state: GameState): RivalPublic[] {
  const cached = publicCache.get(state);
  if (cached) return cached;
  const lookup = indexOf(scenario);
  const records = scenario.providers.map((spec, p): RivalPublic => {
    const ps = state.providers[p]!;
    return {
      id: spec.id,
      price: ps.price,
      priceChange: ps.priceChange,
      iaasShare: ps.last.iaasShare,
      tokenShare: ps.last.tokenShare,
      revenue: ps.last.revenue,
      // Shared per scenario, not rebuilt: every policy of every quarter reads it (read-only).
      sells: lookup.linesSold[p]!,
    };
  });
  publicCache.set(state, records);
  return records;
}

export function viewFor(
  scenario: Scenario,
  state: GameState,
  world: World,
  index: number,
): PolicyView {
  const rivals = publicRecords(scenario, state).filter((_, p) => p !== index);
  const self = state.providers[index]!;
  return {
    scenario,
    world,
    index,
    spec: scenario.providers[index]!,
    self,
    rivals,
    shareChange: self.last.iaasShareChange,
  };
}
