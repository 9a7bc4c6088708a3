// The session's data: what a running game holds between quarters, as plain serialisable
// records (a save is a projection of it; a server can hold it and send it). The functions in
// table.ts are the only ones that change it, each returning new data and an ActionResult.

import type {
  Decision,
  DecisionError,
  GameState,
  Handicap,
  LogEntry,
  QuarterReport,
  Scenario,
} from '../engine/index.ts';

/** The last refused action, with every reason; `provider` when it concerned one seat. */
export interface StoreError {
  provider?: string;
  errors: DecisionError[];
}

/** What an action did: actions never throw for a player's mistake, they say why. */
export type ActionResult = { ok: true } | { ok: false; errors: DecisionError[] };

export interface GameOptions {
  seed: number;
  /** The seats: providers played by humans, in the order they play in hot-seat. */
  humans: string[];
  /** Rival difficulty (default 'normal'): the session plays the handicapped copy. */
  handicap?: Handicap | undefined;
  /** The player's or team's name typed on the start screen, for the printed debrief. */
  player?: string | undefined;
}

/** What a save needs to rebuild a game: the engine replays the log and checks its hashes. */
export interface SavedLog extends GameOptions {
  log: readonly LogEntry[];
  /** The engine rules the log was recorded under (a save file's); absent for this engine's own. */
  rules?: number | undefined;
}

export interface SessionData {
  /** The scenario as played: `baseScenario` at `handicap` for these humans. */
  scenario: Scenario;
  /** The scenario as given (the shipped file), before the handicap. */
  baseScenario: Scenario;
  handicap: Handicap;
  /** The player's or team's name ('' when none was given). */
  player: string;
  game: GameState;
  /** Reports of the quarters before the players' first decision. */
  history: QuarterReport[];
  /** Reports of the quarters the players have played, oldest first. */
  reports: QuarterReport[];
  /** Each seat's current draft (possibly invalid: drafts are kept as typed, never clamped). */
  drafts: Record<string, Decision>;
  /** Whether each seat has sealed this quarter's draft. */
  committed: Record<string, boolean>;
  /** Earlier drafts of each seat this quarter, newest last; emptied on commit. */
  undo: Record<string, Decision[]>;
  log: LogEntry[];
  lastError: StoreError | null;
  seed: number;
  humans: string[];
}

/** The store's name for the same data (game/store wraps the session). */
export type GameData = SessionData;

/** What an action returns: the session after it (the same object when nothing changed). */
export interface Step {
  data: SessionData;
  result: ActionResult;
}
