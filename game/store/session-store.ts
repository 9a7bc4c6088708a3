// The session: which screen the player is on, the language, whose turn it is in hot-seat
// play, and the running game's store (null before the first game). The Phaser map and the DOM
// panels both subscribe here, so starting a new game swaps one store for another in one place.

import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { ClassView } from '../wire/messages.ts';
import type { Scenario } from '../engine/index.ts';
import { createGameStore } from './game-store.ts';
import type { GameStore } from './game-store.ts';
import type { GameOptions, SavedLog } from './types.ts';

export type Screen = 'start' | 'quarter' | 'cover' | 'report' | 'debrief';
import type { Locale } from '../i18n/locale.ts';

export type { Locale };

export interface SessionState {
  screen: Screen;
  locale: Locale;
  /** The running game, or null before the first one. */
  game: GameStore | null;
  /** In hot-seat play, the human whose decisions are on screen. */
  activeHuman: string | null;
  /** Counts games started, so views can tell a new game from a new quarter. */
  generation: number;
  /**
   * In a class, the one seat this device plays (the class server resolves quarters); null in
   * solo and hot-seat play.
   */
  classSeat: string | null;
  /** In a class, the server's status and this seat's team (game/net keeps it current). */
  classView: StoreApi<ClassView> | null;
  setScreen(screen: Screen): void;
  setLocale(locale: Locale): void;
  setActiveHuman(provider: string | null): void;
  /** Starts a new game; throws EngineError for a bad seed or unknown provider. */
  startGame(scenario: Scenario, options: GameOptions): GameStore;
  /** Rebuilds a game from a saved log; returns the errors and leaves the session as it was. */
  restoreGame(scenario: Scenario, save: SavedLog): { ok: true } | { ok: false; message: string };
  /** Plays a class game (game/net) from this device's seat. */
  joinClass(game: GameStore, seat: string, view: StoreApi<ClassView>): void;
}

export function createSessionStore(locale: Locale) {
  return createStore<SessionState>()((set, get) => ({
    screen: 'start',
    locale,
    game: null,
    activeHuman: null,
    generation: 0,
    classSeat: null,
    classView: null,
    setScreen(screen) {
      if (get().screen !== screen) set({ screen });
    },
    setLocale(next) {
      if (get().locale !== next) set({ locale: next });
    },
    setActiveHuman(provider) {
      set({ activeHuman: provider });
    },
    startGame(scenario, options) {
      const game = createGameStore(scenario, options);
      set({
        game,
        activeHuman: options.humans[0] ?? null,
        screen: 'quarter',
        generation: get().generation + 1,
        classSeat: null,
        classView: null,
      });
      return game;
    },
    joinClass(game, seat, view) {
      set({
        game,
        activeHuman: seat,
        screen: 'quarter',
        generation: get().generation + 1,
        classSeat: seat,
        classView: view,
      });
    },
    restoreGame(scenario, save) {
      let game: GameStore;
      try {
        game = createGameStore(scenario, {
          seed: save.seed,
          humans: save.humans,
          handicap: save.handicap,
          player: save.player,
        });
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
      const loaded = game.getState().loadLog(save);
      if (!loaded.ok) return { ok: false, message: loaded.errors.map((e) => e.message).join('; ') };
      set({
        game,
        activeHuman: save.humans[0] ?? null,
        screen: 'quarter',
        generation: get().generation + 1,
        classSeat: null,
        classView: null,
      });
      return { ok: true };
    },
  }));
}

export type SessionStore = ReturnType<typeof createSessionStore>;
