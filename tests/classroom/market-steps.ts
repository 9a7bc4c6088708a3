// Driving one market's reducer in tests: apply entries in order (any refusal fails the test with
// its errors), or apply one that must be refused and get its errors, the market left untouched.

import { expect } from 'vitest';
import { applyEntry } from '../../game/classroom/market.ts';
import type { MarketEntry, MarketState } from '../../game/classroom/market.ts';
import type { DecisionError } from '../../game/engine/index.ts';

export function applyAll(state: MarketState, entries: readonly MarketEntry[]): MarketState {
  let current = state;
  for (const entry of entries) {
    const applied = applyEntry(current, entry);
    if (!applied.result.ok) throw new Error(JSON.stringify(applied.result.errors));
    current = applied.state;
  }
  return current;
}

/** The errors of an entry the market refuses (undefined if it was accepted). */
export function refusalOf(state: MarketState, entry: MarketEntry): DecisionError[] | undefined {
  const applied = applyEntry(state, entry);
  expect(applied.state).toBe(state);
  return applied.result.ok ? undefined : applied.result.errors;
}
