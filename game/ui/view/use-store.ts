// Per-component store subscriptions: a component reads exactly what it draws through a
// selector, and re-renders only when that selection changes. No hand-kept dependency lists.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { GameStoreState } from '../../store/index.ts';
import type { SessionState } from '../../store/index.ts';
import type { ViewState } from '../../store/index.ts';
import type { UiContext } from '../context.ts';
import { shallowEqual, watchSelection } from './watch.ts';
import type { Equal, Subscribable } from './watch.ts';

export function useStore<S, T>(
  store: Subscribable<S>,
  select: (state: S) => T,
  equal: Equal<T> = shallowEqual,
): T {
  const [, bump] = useState(0);
  const value = select(store.getState());
  // The latest selector and the value drawn, read by the one subscription per store: a new
  // selector closure each render (capturing provider or locale) needs no re-subscription.
  const latest = useRef({ select, equal, value });
  latest.current = { select, equal, value };
  useEffect(
    () =>
      watchSelection(
        store,
        () => latest.current,
        () => bump((n) => n + 1),
      ),
    [store],
  );
  return value;
}

export function useSession<T>(ctx: UiContext, select: (s: SessionState) => T): T {
  return useStore(ctx.session, select);
}

export function useView<T>(ctx: UiContext, select: (s: ViewState) => T): T {
  return useStore(ctx.view, select);
}

/** The running game's state, or null; follows the session when a new game replaces the store. */
export function useGame<T>(ctx: UiContext, select: (g: GameStoreState | null) => T): T {
  const store = useSession(ctx, (s) => s.game);
  const empty: Subscribable<null> = NULL_STORE;
  return useStore<GameStoreState | null, T>(store ?? empty, select);
}

const NULL_STORE: Subscribable<null> = { getState: () => null, subscribe: () => () => undefined };
