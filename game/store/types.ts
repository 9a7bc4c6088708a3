// The shape of the game store: the session's data (game/session/types.ts) and the actions the
// UI (or a test, or a CLI) may call; each action is the session layer's, applied in place.

import type { Decision, Scenario } from '../engine/index.ts';
import type { ActionResult, GameData, GameOptions, SavedLog } from '../session/index.ts';

export type { ActionResult, GameData, GameOptions, SavedLog } from '../session/index.ts';

export interface GameActions {
  setDraft(provider: string, draft: Decision): ActionResult;
  /** Back to the quarter's starting draft: last quarter's course held. */
  resetDraft(provider: string): ActionResult;
  /** The advisor's suggestion (the provider's scenario policy) as the draft. */
  applySuggestion(provider: string): ActionResult;
  undoDraft(provider: string): ActionResult;
  commit(provider: string): ActionResult;
  endQuarter(): ActionResult;
  newGame(scenario: Scenario, options: GameOptions): ActionResult;
  loadLog(save: SavedLog): ActionResult;
}

export type GameStoreState = GameData & GameActions;
