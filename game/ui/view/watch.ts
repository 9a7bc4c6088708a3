// A selector subscription to a zustand store, without any view library: `stale` runs only when
// the selected value differs (by `equal`) from the one drawn. The Preact hook
// (use-store.ts) is a thin wrapper; this part is plain so that tests run it in Node.

export interface Subscribable<S> {
  getState(): S;
  subscribe(listener: (state: S) => void): () => void;
}

export type Equal<T> = (a: T, b: T) => boolean;

/** Shallow equality of arrays and plain objects, for selectors that build a fresh tuple. */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

export interface Selection<S, T> {
  select: (state: S) => T;
  equal: Equal<T>;
  /** The value last drawn. */
  value: T;
}

/**
 * Subscribes to `store` and calls `stale` whenever the latest selection (read through
 * `latest`, so the selector may change between renders) no longer equals the value drawn.
 * Also checks once at once, for a change between drawing and subscribing.
 */
export function watchSelection<S, T>(
  store: Subscribable<S>,
  latest: () => Selection<S, T>,
  stale: () => void,
): () => void {
  const check = (): void => {
    const { select, equal, value } = latest();
    if (!equal(value, select(store.getState()))) stale();
  };
  const stop = store.subscribe(check);
  check();
  return stop;
}
