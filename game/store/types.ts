// The shape of the game store: what a running game holds between quarters and the actions the
// UI (or a test, or a CLI) may call. Everything here is plain data, so a save is a projection.

import type {
  Decision,
  DecisionError,
  GameState,
  LogEntry,
  QuarterReport,
  Scenario,
} from '../engine/index.ts';

/** The last refused action, with every reason; `provider` when it concerned one provider. */
export interface StoreError {
  provider?: string;
  errors: DecisionError[];
}

/** What an action did: actions never throw for a player's mistake, they say why. */
export type ActionResult = { ok: true } | { ok: false; errors: DecisionError[] };

export interface GameOptions {
  seed: number;
  humans: string[];
  /** The player's or team's name typed on the start screen, for the printed debrief. */
  player?: string | undefined;
}

/** What a save needs to rebuild a game: the engine replays the log and checks its hashes. */
export interface SavedLog extends GameOptions {
  log: readonly LogEntry[];
}

export interface GameData {
  scenario: Scenario;
  game: GameState;
  /** Reports of the quarters before the players' first decision. */
  history: QuarterReport[];
  /** Reports of the quarters the players have played, oldest first. */
  reports: QuarterReport[];
  /** Each human's current draft (possibly invalid: drafts are kept as typed, never clamped). */
  drafts: Record<string, Decision>;
  /** Whether each human has sealed this quarter's draft. */
  committed: Record<string, boolean>;
  /** Earlier drafts of each human this quarter, newest last; emptied on commit. */
  undo: Record<string, Decision[]>;
  log: LogEntry[];
  lastError: StoreError | null;
  seed: number;
  humans: string[];
  /** The player's or team's name ('' when none was given). */
  player: string;
}

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
