// The selection watch behind every Preact panel's store hook: a panel is told it is stale only
// when what it draws changed, a selector may change between renders without re-subscribing,
// and a change between drawing and subscribing is not missed.

import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { shallowEqual, watchSelection } from '../../game/ui/view/watch.ts';
import type { Selection } from '../../game/ui/view/watch.ts';

interface S {
  a: number;
  b: number;
  set(part: Partial<{ a: number; b: number }>): void;
}
const make = () => createStore<S>()((set) => ({ a: 1, b: 1, set: (part) => set(part) }));

describe('watchSelection', () => {
  it('calls stale only when the selected value changes', () => {
    const store = make();
    let stale = 0;
    const sel: Selection<S, number> = { select: (s) => s.a, equal: Object.is, value: 1 };
    const stop = watchSelection(
      store,
      () => sel,
      () => (stale += 1),
    );
    store.getState().set({ b: 2 });
    expect(stale).toBe(0);
    store.getState().set({ a: 2 });
    expect(stale).toBe(1);
    stop();
    store.getState().set({ a: 3 });
    expect(stale).toBe(1);
  });

  it('reads the latest selector and the value last drawn', () => {
    const store = make();
    let stale = 0;
    let sel: Selection<S, number> = { select: (s) => s.a, equal: Object.is, value: 1 };
    watchSelection(
      store,
      () => sel,
      () => (stale += 1),
    );
    sel = { select: (s) => s.b, equal: Object.is, value: 1 };
    store.getState().set({ a: 5 });
    expect(stale).toBe(0);
    store.getState().set({ b: 7 });
    expect(stale).toBe(1);
  });

  it('reports a change made before it subscribed', () => {
    const store = make();
    store.getState().set({ a: 9 });
    let stale = 0;
    watchSelection(
      store,
      () => ({ select: (s: S) => s.a, equal: Object.is, value: 1 }),
      () => (stale += 1),
    );
    expect(stale).toBe(1);
  });
});

describe('shallowEqual', () => {
  it('compares the fields of fresh objects and arrays by identity', () => {
    const x = {};
    expect(shallowEqual({ a: 1, x }, { a: 1, x })).toBe(true);
    expect(shallowEqual({ a: 1, x }, { a: 1, x: {} })).toBe(false);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(shallowEqual([1, x], [1, x])).toBe(true);
    expect(shallowEqual(null, {})).toBe(false);
  });
});
