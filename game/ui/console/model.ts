// The teacher console's model: every market's last status, its log (the quarters resolved, as
// the server broadcast them) and the refusals the teacher must see, folded from the events the
// markets send (game/net/console-events.ts). Pure: the page keeps one ConsoleState in a signal and
// replaces it with reduceConsole's answer; the tests feed it messages in any order.

import type { DecisionError, LogEntry } from '../../engine/index.ts';
import type { ConsoleEvent } from '../../net/console-events.ts';
import type { Phase, SeatStatus, ShockEvent, Status } from '../../wire/messages.ts';

export interface MarketView {
  market: number;
  /** From the welcome: what the browser needs to rebuild the market's game. */
  game: { scenarioId: string; seed: number; humans: string[] } | null;
  log: LogEntry[];
  status: Status | null;
  /** This browser's clock when `status` arrived. */
  statusAt: number;
  /** Why the console lost this market (connection refused or closed), or null when live. */
  lost: string | null;
  /** A quarter arrived that does not follow the log: the view is stale until it rejoins. */
  stale: boolean;
  /** The teacher's shocks waiting for the quarter being drafted, as the server last listed them. */
  shocks: ShockEvent[];
  /** The line dropped (a restarted host) and the console is joining again on its own. */
  reconnecting: boolean;
}

/** A line under the command bar: what a market refused, or what the server answered. */
export interface Feedback {
  id: number;
  /** The market it concerns, or null for the whole class (an export). */
  market: number | null;
  tone: 'refused' | 'done' | 'error';
  /** The server's own words (a refusal, a lost connection); '' for a console text. */
  text: string;
  /** A refusal's errors, kept with their codes so the page shows them in the teacher's language. */
  errors?: DecisionError[];
  /**
   * A console text (i18n key) and its values, translated when shown so that a change of
   * language reaches it too; a `command` value is itself a key (the command's label).
   */
  key?: string;
  values?: Record<string, string | number>;
}

export interface ConsoleState {
  markets: MarketView[];
  feedback: Feedback[];
  nextFeedback: number;
}

/** Lines of feedback kept on screen: the newest first. */
export const FEEDBACK_KEPT = 8;

export function emptyConsole(markets: number): ConsoleState {
  return {
    markets: Array.from({ length: markets }, (_, i) => ({
      market: i + 1,
      game: null,
      log: [],
      status: null,
      statusAt: 0,
      lost: null,
      stale: false,
      shocks: [],
      reconnecting: false,
    })),
    feedback: [],
    nextFeedback: 1,
  };
}

/** Adds a line of feedback (newest first, at most FEEDBACK_KEPT). */
export function withFeedback(state: ConsoleState, line: Omit<Feedback, 'id'>): ConsoleState {
  const feedback = [{ ...line, id: state.nextFeedback }, ...state.feedback].slice(0, FEEDBACK_KEPT);
  return { ...state, feedback, nextFeedback: state.nextFeedback + 1 };
}

function refusalText(errors: readonly DecisionError[]): string {
  return errors.map((e) => e.message).join('; ') || 'refused';
}

function updateMarket(
  state: ConsoleState,
  market: number,
  change: (view: MarketView) => MarketView,
): ConsoleState {
  if (!state.markets.some((m) => m.market === market)) return state;
  return {
    ...state,
    markets: state.markets.map((m) => (m.market === market ? change(m) : m)),
  };
}

export function reduceConsole(state: ConsoleState, event: ConsoleEvent): ConsoleState {
  switch (event.type) {
    case 'welcome': {
      const { scenarioId, seed, humans, log } = event.welcome;
      return updateMarket(state, event.market, (m) => ({
        ...m,
        game: { scenarioId, seed, humans },
        log,
        lost: null,
        stale: false,
        reconnecting: false,
      }));
    }
    case 'status':
      return updateMarket(state, event.market, (m) => ({
        ...m,
        status: event.status,
        statusAt: event.at,
      }));
    case 'quarter':
      return updateMarket(state, event.market, (m) => {
        const { index, entry } = event.message;
        if (index < m.log.length) return m; // already held (a repeated message)
        if (index > m.log.length) return { ...m, stale: true };
        return { ...m, log: [...m.log, entry] };
      });
    case 'rewind':
      return updateMarket(state, event.market, (m) => ({ ...m, log: event.log, stale: false }));
    case 'refused':
      return withFeedback(state, {
        market: event.market,
        tone: 'refused',
        text: refusalText(event.errors),
        errors: event.errors,
      });
    case 'shocks':
      return updateMarket(state, event.market, (m) => ({ ...m, shocks: event.pending }));
    case 'connected':
      return updateMarket(state, event.market, (m) => ({
        ...m,
        reconnecting: !event.connected,
      }));
    case 'lost':
      return withFeedback(
        // Lost for good (the server refused the console): no longer "joining again".
        updateMarket(state, event.market, (m) => ({ ...m, lost: event.why, reconnecting: false })),
        { market: event.market, tone: 'error', text: event.why },
      );
  }
}

/**
 * Milliseconds left on a market's clock at this browser's `now`, corrected for the difference
 * between this browser's clock and the server's: the status says the server's time when it was
 * sent (serverNow) and the browser noted its own (`statusAt`). Null when no clock runs.
 */
export function timeLeftMs(status: Status, statusAt: number, now: number): number | null {
  if (status.deadlineAt !== null) {
    const serverTime = status.serverNow + (now - statusAt);
    return Math.max(0, status.deadlineAt - serverTime);
  }
  return status.pausedLeftMs === null ? null : Math.max(0, status.pausedLeftMs);
}

/** "04:07" for 247,000 ms; minutes run past 59 ("75:00"). Seconds round up, so 0.2 s is "00:01". */
export function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const mm = Math.floor(seconds / 60);
  const ss = seconds % 60;
  return `${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
}

export type SeatState = 'open' | 'waiting' | 'away' | 'drafting' | 'sealed' | 'over';

/**
 * What a seat is doing, as the teacher reads it: nobody there, waiting for the start, gone,
 * drafting, sealed, or done (a team is not "drafting" before the start or after the game).
 */
export function seatState(seat: SeatStatus, phase: Phase): SeatState {
  if (seat.team === null) return 'open';
  if (seat.committed) return 'sealed';
  if (phase === 'waiting' || phase === 'over') return phase;
  return seat.connected ? 'drafting' : 'away';
}

/** Teams sealed out of the seats teams hold, over every market (the header's "7 of 12"). */
export function classProgress(markets: readonly MarketView[]): {
  sealed: number;
  seats: number;
  desynced: number;
} {
  let sealed = 0;
  let seats = 0;
  let desynced = 0;
  for (const m of markets)
    for (const seat of Object.values(m.status?.seats ?? {})) {
      if (seat.team === null) continue; // an open seat holds its course; nobody waits for it
      seats++;
      if (seat.committed) sealed++;
      if (seat.desyncAt !== null) desynced++;
    }
  return { sealed, seats, desynced };
}
