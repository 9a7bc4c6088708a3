// The game store (zustand/vanilla, so it runs in Node, in tests and under any UI): a thin
// wrapper that holds one SessionData and applies the session layer's actions to it
// (game/session/table.ts holds the rules). Each action keeps unchanged records by reference,
// which is what lets `subscribe(selector)` listeners skip unchanged slices.

import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../engine/index.ts';
import * as table from '../session/index.ts';
import type { ActionResult, GameOptions, SessionData, Step } from '../session/index.ts';
import type { GameStoreState } from './types.ts';

export type GameStore = ReturnType<typeof createGameStore>;

/** Throws (EngineError) if the options name an unknown provider or a bad seed. */
export function createGameStore(scenario: Scenario, options: GameOptions) {
  const initial = table.startSession(scenario, options);
  return createStore<GameStoreState>()((set, get) => {
    /** Runs a session action on the current data and keeps what it returns. */
    const run = (action: (data: SessionData) => Step): ActionResult => {
      const step = action(get());
      set(step.data);
      return step.result;
    };
    return {
      ...initial,
      setDraft: (provider, draft) => run((d) => table.setDraft(d, provider, draft)),
      resetDraft: (provider) => run((d) => table.resetDraft(d, provider)),
      applySuggestion: (provider) => run((d) => table.applySuggestion(d, provider)),
      undoDraft: (provider) => run((d) => table.undoDraft(d, provider)),
      commit: (provider) => run((d) => table.commit(d, provider)),
      endQuarter: () => run((d) => table.endQuarter(d)),
      newGame: (next, opts) => run((d) => table.newGame(d, next, opts)),
      loadLog: (save) => run((d) => table.loadLog(d, save)),
    };
  });
}
