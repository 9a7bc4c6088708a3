// The map's only link to the stores. It listens to the session (language, new games), to the
// running game's store (a new quarter report) and to the view store (selection, hover), turns
// them into map events, and drops every subscription to a game's store as soon as another game
// replaces it, and all of them on destroy(). Scenes listen to the feed, never to the stores.

import type { Locale } from '../../i18n/index.ts';
import type { GameData, MapShare } from '../../store/index.ts';
import { buildMapModel } from '../model/map-model.ts';
import type { MapModel } from '../model/map-model.ts';
import { priceCuts, shareFlows } from '../model/quarter-diff.ts';
import type { PriceCut, ShareFlow } from '../model/quarter-diff.ts';
import type { ReadableStore } from './readable-store.ts';

type GameSlice = Pick<GameData, 'scenario' | 'game' | 'reports' | 'history' | 'humans'>;

export interface SessionSlice {
  locale: Locale;
  generation: number;
  game: ReadableStore<GameSlice> | null;
}

export interface ViewSlice {
  selectedSegment: string | null;
  hoveredProvider: string | null;
  /** Which share the map draws; absent means volume share (what the objectives count). */
  mapShare?: MapShare;
}

export type MapEvent =
  /** A different game (or none): rebuild everything from `model`. */
  | { kind: 'reset'; model: MapModel | null }
  /** A quarter resolved: animate from `previous` to `model`. */
  | {
      kind: 'quarter';
      previous: MapModel;
      model: MapModel;
      flows: ShareFlow[];
      cuts: PriceCut[];
    }
  /** Same figures, other language. */
  | { kind: 'relabel'; model: MapModel }
  | { kind: 'view'; view: ViewSlice };

export interface MapFeed {
  model(): MapModel | null;
  view(): ViewSlice;
  /** Listens to map events; returns the unsubscribe function. */
  listen(listener: (event: MapEvent) => void): () => void;
  destroy(): void;
}

export function createMapFeed(
  session: ReadableStore<SessionSlice>,
  view: ReadableStore<ViewSlice>,
): MapFeed {
  const listeners = new Set<(event: MapEvent) => void>();
  const emit = (event: MapEvent): void => {
    for (const listener of [...listeners]) listener(event);
  };
  let current: MapModel | null = null;
  let boundGame: ReadableStore<GameSlice> | null = null;
  let dropGame: (() => void) | null = null;
  let destroyed = false;
  const measure = (): MapShare => view.getState().mapShare ?? 'volume';

  const onGame = (state: GameSlice, previous: GameSlice): void => {
    if (state.reports === previous.reports && state.game === previous.game) return;
    const locale = session.getState().locale;
    const model = buildMapModel(state, locale, measure());
    const report = state.reports[state.reports.length - 1];
    const oneMore =
      state.history === previous.history &&
      state.reports.length === previous.reports.length + 1 &&
      report !== undefined &&
      current !== null;
    if (oneMore && current) {
      const from = current;
      current = model;
      emit({
        kind: 'quarter',
        previous: from,
        model,
        flows: shareFlows(from, model),
        cuts: priceCuts(report),
      });
    } else {
      // A loaded log or a restarted game inside the same store: no animation, just redraw.
      current = model;
      emit({ kind: 'reset', model });
    }
  };

  const bind = (game: ReadableStore<GameSlice> | null, locale: Locale): void => {
    dropGame?.();
    dropGame = null;
    boundGame = game;
    current = game ? buildMapModel(game.getState(), locale, measure()) : null;
    if (game) dropGame = game.subscribe(onGame);
    emit({ kind: 'reset', model: current });
  };

  const dropSession = session.subscribe((state, previous) => {
    if (state.generation !== previous.generation || state.game !== boundGame) {
      bind(state.game, state.locale);
    } else if (state.locale !== previous.locale && boundGame) {
      current = buildMapModel(boundGame.getState(), state.locale, measure());
      emit({ kind: 'relabel', model: current });
    }
  });
  const dropView = view.subscribe((state, previous) => {
    if ((state.mapShare ?? 'volume') !== (previous.mapShare ?? 'volume') && boundGame) {
      // The other share: same quarter, other slices; redraw without a share-flow animation.
      current = buildMapModel(boundGame.getState(), session.getState().locale, measure());
      emit({ kind: 'reset', model: current });
    }
    if (
      state.selectedSegment !== previous.selectedSegment ||
      state.hoveredProvider !== previous.hoveredProvider
    )
      emit({ kind: 'view', view: snapshotView(state) });
  });

  const first = session.getState();
  boundGame = first.game;
  current = first.game ? buildMapModel(first.game.getState(), first.locale, measure()) : null;
  if (first.game) dropGame = first.game.subscribe(onGame);

  return {
    model: () => current,
    view: () => snapshotView(view.getState()),
    listen(listener) {
      if (destroyed) return () => {};
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      dropGame?.();
      dropGame = null;
      boundGame = null;
      dropSession();
      dropView();
      listeners.clear();
    },
  };
}

function snapshotView(state: ViewSlice): ViewSlice {
  return { selectedSegment: state.selectedSegment, hoveredProvider: state.hoveredProvider };
}
