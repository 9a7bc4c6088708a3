// IaaS volume shares: served volume of compute (C) and storage/network (S), in RSU. An RSU is
// CNY 1 B of service at 2021Q2 reference prices (MODEL.md §1), so adding RSU across lines and
// segments values every unit at one constant price: a price cut changes this share only
// through the volume it wins or loses, never mechanically (the revenue share does both).

import { marketOf } from './indices.ts';
import type { GameState, Scenario } from './types.ts';

/** Volume share of each provider over the given markets (lines C and S of one or more segments). */
export function volumeShares(
  share: readonly (readonly number[])[], // [market][provider] served volume shares
  volume: readonly number[], // [market] total served volume, RSU
): number[] {
  const count = share[0]?.length ?? 0;
  const served = new Array<number>(count).fill(0);
  let total = 0;
  for (let m = 0; m < share.length; m++)
    for (let p = 0; p < count; p++) {
      const v = share[m]![p]! * volume[m]!;
      served[p]! += v;
      total += v;
    }
  return served.map((v) => (total > 0 ? v / total : 0));
}

/**
 * Volume share of `provider` at a state's last resolved quarter: over the whole IaaS market,
 * or over one segment's lines C and S. Reads the state only, so it works before any report.
 */
export function volumeShareOf(
  scenario: Scenario,
  state: GameState,
  provider: number,
  segment?: number,
): number {
  const segments = segment === undefined ? scenario.segments.map((_, s) => s) : [segment];
  const ids = segments.flatMap((s) => [marketOf(s, 0), marketOf(s, 1)]);
  const shares = volumeShares(
    ids.map((i) => state.markets[i]!.share),
    ids.map((i) => state.markets[i]!.servedTotal),
  );
  return scenario.providers[provider]?.iaas ? (shares[provider] ?? 0) : 0;
}
