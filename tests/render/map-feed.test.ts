// The map feed: the map's only link to the stores. It must turn store changes into map events
// and never keep listening to a game store once another game replaced it, nor to anything after
// destroy().

import { beforeAll, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../../game/engine/index.ts';
import { createMapFeed } from '../../game/render/feed/map-feed.ts';
import type { MapEvent, SessionSlice, ViewSlice } from '../../game/render/feed/map-feed.ts';
import type { ReadableStore } from '../../game/render/feed/readable-store.ts';
import { createGameStore, createSessionStore, createViewStore } from '../../game/store/index.ts';
import type { GameStore } from '../../game/store/index.ts';
import { loadClassroom } from '../store/fixtures.ts';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await loadClassroom();
});

/** A store wrapper that counts its live listeners. */
function counting<S>(store: ReadableStore<S>): ReadableStore<S> & { live(): number } {
  let live = 0;
  return {
    getState: () => store.getState(),
    subscribe(listener) {
      live++;
      const off = store.subscribe(listener);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        live--;
        off();
      };
    },
    live: () => live,
  };
}

function playOne(game: GameStore): void {
  for (const id of game.getState().humans) expect(game.getState().commit(id).ok).toBe(true);
  expect(game.getState().endQuarter().ok).toBe(true);
}

describe('map feed with the real stores', () => {
  it('opens on volume share, redraws with revenue shares when the view switches, and back', () => {
    const session = createSessionStore('en');
    const view = createViewStore();
    const feed = createMapFeed(session, view);
    const events: MapEvent[] = [];
    feed.listen((e) => events.push(e));
    const game = session.getState().startGame(scenario, { seed: 1, humans: ['NCL'] });
    // A 15 % cut makes the two shares differ.
    const draft = game.getState().drafts['NCL']!;
    game.getState().setDraft('NCL', { ...draft, price: { ...draft.price, C: -0.15 } });
    playOne(game);
    const report = game.getState().reports[0]!;
    const volume = feed.model()!;
    expect(volume.measure).toBe('volume');
    volume.segments.forEach((s, i) => {
      report.providers.forEach((p, k) =>
        expect(s.shares[k]).toBeCloseTo(p.segmentVolumeShare[i]!, 12),
      );
    });

    const before = events.length;
    view.getState().setMapShare('revenue');
    expect(events.slice(before).map((e) => e.kind)).toEqual(['reset']);
    const revenue = feed.model()!;
    expect(revenue.measure).toBe('revenue');
    revenue.segments.forEach((s, i) =>
      expect(s.shares).toEqual(report.providers.map((p) => p.segmentShare[i])),
    );
    expect(volume.segments[0]!.shares[0]).not.toBeCloseTo(revenue.segments[0]!.shares[0]!, 4);
    // Hover details name both shares whatever the map draws.
    expect(revenue.providers[0]!.volumeShare).toBeCloseTo(report.providers[0]!.volumeShare, 12);

    view.getState().setMapShare('volume');
    expect(feed.model()!.measure).toBe('volume');
    feed.destroy();
  });

  it('emits reset on a new game, quarter on a resolved quarter, relabel and view', () => {
    const session = createSessionStore('en');
    const view = createViewStore();
    const feed = createMapFeed(session, view);
    const events: MapEvent[] = [];
    feed.listen((e) => events.push(e));
    expect(feed.model()).toBeNull();

    const game = session.getState().startGame(scenario, { seed: 1, humans: ['NCL'] });
    expect(events.map((e) => e.kind)).toEqual(['reset']);
    const start = feed.model()!;
    expect(start.segments).toHaveLength(scenario.segments.length);
    expect(start.providers.map((p) => p.id)).toEqual(scenario.providers.map((p) => p.id));
    for (const s of start.segments) {
      expect(s.spend).toBeGreaterThan(0);
      expect(s.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    }

    // A draft edit is not a new quarter.
    game.getState().resetDraft('NCL');
    expect(events).toHaveLength(1);

    playOne(game);
    const quarter = events[1]!;
    expect(quarter.kind).toBe('quarter');
    if (quarter.kind !== 'quarter') return;
    expect(quarter.previous).toBe(start);
    expect(quarter.model).toBe(feed.model());
    expect(quarter.model.quarter).toBe(game.getState().reports[0]!.quarter);
    for (const flow of quarter.flows) expect(flow.amount).toBeGreaterThan(0);

    session.getState().setLocale('zh');
    const relabel = events[2]!;
    expect(relabel.kind).toBe('relabel');
    if (relabel.kind === 'relabel')
      expect(relabel.model.segments[0]!.name).toBe(scenario.segments[0]!.name.zh);

    view.getState().selectSegment(scenario.segments[0]!.id);
    view.getState().hoverProvider('NCL');
    expect(events.slice(3)).toEqual([
      { kind: 'view', view: { selectedSegment: scenario.segments[0]!.id, hoveredProvider: null } },
      {
        kind: 'view',
        view: { selectedSegment: scenario.segments[0]!.id, hoveredProvider: 'NCL' },
      },
    ]);
    feed.destroy();
  });

  it('resets (no animation) when a game store loads a log', () => {
    const session = createSessionStore('en');
    const feed = createMapFeed(session, createViewStore());
    const game = session.getState().startGame(scenario, { seed: 2, humans: ['NCL'] });
    playOne(game);
    playOne(game);
    const log = { seed: 2, humans: ['NCL'], log: game.getState().log.slice(0, 1) };
    const events: string[] = [];
    feed.listen((e) => events.push(e.kind));
    expect(game.getState().loadLog(log).ok).toBe(true);
    expect(events).toEqual(['reset']);
    expect(feed.model()!.quarter).toBe(game.getState().reports[0]!.quarter);
    feed.destroy();
  });
});

describe('map feed subscriptions', () => {
  function fakeSession() {
    const games: ReturnType<typeof counting<ReturnType<GameStore['getState']>>>[] = [];
    const inner = createStore<SessionSlice>()(() => ({ locale: 'en', generation: 0, game: null }));
    const session = counting(inner);
    const newGame = (): void => {
      const game = counting(createGameStore(scenario, { seed: 7, humans: ['NCL'] }));
      games.push(game);
      inner.setState({ game, generation: inner.getState().generation + 1 });
    };
    return { session, games, newGame };
  }

  it('drops the old game store when a new game starts, and everything on destroy', () => {
    const { session, games, newGame } = fakeSession();
    const view = counting(
      createStore<ViewSlice>()(() => ({ selectedSegment: null, hoveredProvider: null })),
    );
    const feed = createMapFeed(session, view);
    expect(session.live()).toBe(1);
    expect(view.live()).toBe(1);

    newGame();
    expect(games[0]!.live()).toBe(1);
    newGame();
    newGame();
    expect(games.map((g) => g.live())).toEqual([0, 0, 1]);

    const seen: MapEvent[] = [];
    feed.listen((e) => seen.push(e));
    feed.destroy();
    expect(games.map((g) => g.live())).toEqual([0, 0, 0]);
    expect(session.live()).toBe(0);
    expect(view.live()).toBe(0);
    // Nothing reaches a destroyed feed's listeners, and destroy twice is harmless.
    newGame();
    expect(seen).toEqual([]);
    expect(games[3]!.live()).toBe(0);
    feed.destroy();
  });

  it('binds to a game already running when created, and a listener can unsubscribe', () => {
    const { session, games, newGame } = fakeSession();
    newGame();
    const view = createStore<ViewSlice>()(() => ({ selectedSegment: null, hoveredProvider: null }));
    const feed = createMapFeed(session, view);
    expect(games[0]!.live()).toBe(1);
    expect(feed.model()).not.toBeNull();
    const seen: string[] = [];
    const off = feed.listen((e) => seen.push(e.kind));
    off();
    newGame();
    expect(seen).toEqual([]);
    expect(feed.model()).not.toBeNull();
    feed.destroy();
  });
});
