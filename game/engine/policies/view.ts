// What a computer-run provider may know when it decides quarter t: its own books and the
// public outcome of quarter t-1 (list prices, reported shares and revenue), plus the
// calendar of exogenous conditions. It never sees rivals' drafts for quarter t.

import { labelAt } from '../calendar.ts';
import { indexOf } from '../indices.ts';
import type { Decision, GameState, ProviderSpec, ProviderState, Scenario, Text } from '../types.ts';
import type { World } from '../world.ts';
import type { PolicyReason } from './reasons.ts';

export interface RivalPublic {
  id: string;
  name: Text;
  /** Price changes beyond the reference path, most recent quarter first (see ProviderState). */
  cutHistory: readonly (readonly number[])[];
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
  /** Quarter label of t - k, for reasons that name when a rival moved. */
  quarterAgo: (k: number) => string;
  /**
   * The engine's forecast of this provider's EBITA (CNY B) next quarter if it played `decision`
   * while every other provider held last quarter's prices; undefined where no forecast is wired
   * (the best-responder then keeps its policy's own prices).
   */
  forecast?: ((decision: Decision) => number) | undefined;
}

export interface PolicyChoice {
  decision: Decision;
  reason: PolicyReason;
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
      name: spec.name,
      cutHistory: ps.cutHistory,
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
  forecast?: (decision: Decision) => number,
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
    quarterAgo: (k) => labelAt(scenario.origin, world.t - k),
    forecast,
  };
}
