// One market of a class as plain data, and the one reducer that changes it. Every change is a
// journal entry first (game/classroom/journal.ts), then `applyEntry`: replaying the journal
// through this reducer rebuilds the market exactly, because the engine and the session table
// are deterministic and every time the reducer needs (`at`) is written into the entry. The
// reducer never reads a clock, a random source or the network.

import type { ClassErrorCode, DecisionError, InjectedEvent } from '../engine/index.ts';
import { isFinished } from '../engine/index.ts';
import {
  applySuggestion,
  commit,
  endQuarter,
  holdUncommitted,
  resetDraft,
  setDraft,
  undoDraft,
  undoQuarter,
  waitingFor,
} from '../session/index.ts';
import type { SessionData, Step } from '../session/index.ts';
import { SAVE_LIMITS } from '../save/save-file.ts';
import { checkInjected } from '../scenario/injected-event.ts';
import { shockErrors, usedShockIds } from './shock-message.ts';

import type { Phase } from '../wire/messages.ts';
import type { MarketEntry } from './market-entry.ts';
export type { MarketEntry } from './market-entry.ts';
export type { Phase } from '../wire/messages.ts';

/** How a quarter ends: when every seat has sealed, or only on the teacher's click. */
export type Advance = 'all' | 'teacher';

export interface Seat {
  team: string;
  /** SHA-256 of every device token issued for this seat (a token itself is never stored). */
  tokenHashes: string[];
  /** SHA-256 of the short team code teammates type to join this seat from another device. */
  teamCodeHash: string;
  /** The students' names as they typed them when joining (for the grades), each once. */
  members: string[];
}

/** The grades list names at most this many students per team (the archive's limit). */
export const MEMBERS_PER_TEAM = 8;

/** `members` with `name` added once, if one was given and the list is not full. */
function withMember(members: readonly string[], name: string | undefined): string[] {
  if (!name || members.includes(name) || members.length >= MEMBERS_PER_TEAM) return [...members];
  return [...members, name];
}

export interface MarketState {
  session: SessionData;
  /** Claimed team seats by provider id; an unclaimed seat holds its course at each deadline. */
  seats: Record<string, Seat>;
  phase: Phase;
  /** Milliseconds a quarter may take. */
  quarterMs: number;
  advance: Advance;
  /** When the current quarter's drafting ends (epoch ms); null when no clock runs. */
  deadlineAt: number | null;
  /** Time that was left when the teacher paused (ms). */
  pausedLeftMs: number | null;
  /** The teacher's last broadcast, shown on every screen of this market. */
  notice: string;
  /**
   * A practice quarter that does not count: 'pending' until the start, 'playing' during it,
   * 'played' once resolved (its report is shown, the class waits), then the teacher's next start
   * rewinds it and the game begins ('done'). 'none' when the class has no practice quarter.
   */
  practice: Practice;
  /**
   * The teacher's shocks for the quarter being drafted, in the order given: the resolve plays
   * them and records them in the quarter's log entry; the teacher's undo of a quarter drops them.
   */
  shocks: InjectedEvent[];
}

export type Practice = 'none' | 'pending' | 'playing' | 'played' | 'done';

export type SeatAction = Extract<MarketEntry, { kind: 'seat' }>['action'];

export interface Applied {
  state: MarketState;
  result: { ok: true } | { ok: false; errors: DecisionError[] };
  /** True when this entry resolved a quarter (clients then replay its log entry). */
  resolved: boolean;
}

export function openMarket(
  session: SessionData,
  quarterMs: number,
  advance: Advance,
  practice = false,
): MarketState {
  return {
    practice: practice ? 'pending' : 'none',
    session,
    seats: {},
    phase: isFinished(session.scenario, session.game) ? 'over' : 'waiting',
    quarterMs,
    advance,
    deadlineAt: null,
    pausedLeftMs: null,
    notice: '',
    shocks: [],
  };
}

function refused(
  state: MarketState,
  code: ClassErrorCode,
  message: string,
  field = 'class',
): Applied {
  return {
    state,
    result: { ok: false, errors: [{ field, code, message }] },
    resolved: false,
  };
}

function fromStep(state: MarketState, step: Step): Applied {
  return { state: { ...state, session: step.data }, result: step.result, resolved: false };
}

/** Why seats cannot act now, if they cannot. */
function closed(state: MarketState): Applied | null {
  if (state.phase === 'waiting')
    return refused(state, 'class/not_started', 'the teacher has not started the class yet');
  if (state.phase === 'paused')
    return refused(state, 'class/paused', 'the teacher paused the class');
  if (state.phase === 'over') return refused(state, 'class/over', 'the game is over');
  return null;
}

function seatAction(state: MarketState, seat: string, action: SeatAction): Applied {
  const data = state.session;
  const step =
    action === 'suggest'
      ? applySuggestion(data, seat)
      : action === 'reset'
        ? resetDraft(data, seat)
        : action === 'undo'
          ? undoDraft(data, seat)
          : commit(data, seat);
  return fromStep(state, step);
}

function resolve(state: MarketState, at: number): Applied {
  const held = holdUncommitted(state.session);
  if (!held.result.ok) return fromStep(state, held);
  const step = endQuarter(held.data, state.shocks);
  if (!step.result.ok) return fromStep(state, step);
  if (state.practice === 'playing')
    return {
      state: {
        ...state,
        shocks: [],
        session: step.data,
        phase: 'waiting',
        deadlineAt: null,
        practice: 'played',
      },
      result: step.result,
      resolved: true,
    };
  const over = isFinished(step.data.scenario, step.data.game);
  return {
    state: {
      ...state,
      shocks: [],
      session: step.data,
      phase: over ? 'over' : state.phase === 'paused' ? 'paused' : 'drafting',
      deadlineAt: over || state.phase === 'paused' ? null : at + state.quarterMs,
      pausedLeftMs: state.phase === 'paused' ? state.quarterMs : null,
    },
    result: step.result,
    resolved: true,
  };
}

function claim(state: MarketState, entry: Extract<MarketEntry, { kind: 'claim' }>): Applied {
  if (!state.session.humans.includes(entry.seat))
    return refused(
      state,
      'class/no_such_seat',
      `${entry.seat} is not a team seat; seats: ${state.session.humans.join(', ')}`,
    );
  if (state.seats[entry.seat])
    return refused(
      state,
      'class/seat_taken',
      `${entry.seat} is taken by ${state.seats[entry.seat]!.team}; ask that team for its team code`,
    );
  const seat: Seat = {
    team: entry.team,
    tokenHashes: [entry.tokenHash],
    teamCodeHash: entry.teamCodeHash,
    members: withMember([], entry.member),
  };
  return ok({ ...state, seats: { ...state.seats, [entry.seat]: seat } });
}

/** The first start (perhaps of the practice quarter), or the start after the practice. */
function start(state: MarketState, at: number): Applied {
  const drafting = { phase: 'drafting' as const, deadlineAt: at + state.quarterMs };
  if (state.practice === 'pending') return ok({ ...state, ...drafting, practice: 'playing' });
  if (state.practice !== 'played') return ok({ ...state, ...drafting });
  const rewound = undoQuarter(state.session);
  if (!rewound.result.ok) return fromStep(state, rewound);
  return ok({ ...state, ...drafting, session: rewound.data, practice: 'done', shocks: [] });
}

/** The team on seat `from` takes the empty seat `to`, with its name, devices and team code. */
function move(state: MarketState, from: string, to: string): Applied {
  const team = state.seats[from];
  if (!team) return refused(state, 'class/seat_free', `${from} has no team to move`, 'from');
  if (!state.session.humans.includes(to))
    return refused(
      state,
      'class/no_such_seat',
      `${to} is not a team seat; seats: ${state.session.humans.join(', ')}`,
      'to',
    );
  if (state.seats[to])
    return refused(
      state,
      'class/seat_taken',
      `${to} is taken by ${state.seats[to].team}; free it first or pick an empty seat`,
      'to',
    );
  const seats = { ...state.seats, [to]: team };
  delete seats[from];
  return ok({ ...state, seats });
}

/**
 * Adds a shock to the quarter being drafted, checked against the scenario as a scenario file's
 * event would be; its id must be new in this game.
 */
function shock(state: MarketState, raw: InjectedEvent): Applied {
  if (state.phase === 'waiting')
    return refused(state, 'class/not_started', 'the class has not started: no quarter is drafted');
  if (state.phase === 'over') return refused(state, 'class/over', 'the game is over');
  if (state.shocks.length >= SAVE_LIMITS.injected)
    return refused(
      state,
      'class/bad_shock',
      `a quarter takes at most ${SAVE_LIMITS.injected} shocks`,
      'shock',
    );
  const checked = checkInjected(state.session.scenario, raw, usedShockIds(state));
  if (!checked.ok)
    return { state, result: { ok: false, errors: shockErrors(checked.problems) }, resolved: false };
  return ok({ ...state, shocks: [...state.shocks, checked.event] });
}

/**
 * Takes back a shock still waiting for the quarter being drafted. Once that quarter resolved the
 * shock is in its log entry and stays there (the teacher's undo of the quarter takes it back).
 */
function withdraw(state: MarketState, id: string): Applied {
  if (state.shocks.some((e) => e.id === id))
    return ok({ ...state, shocks: state.shocks.filter((e) => e.id !== id) });
  const playedIn = state.session.log.findIndex((entry) =>
    (entry.injected ?? []).some((e) => e.id === id),
  );
  if (playedIn >= 0)
    return refused(
      state,
      'class/stale',
      `shock ${id} was played in quarter ${playedIn + 1} and is in its log; undo that quarter to take it back`,
      'shock.id',
    );
  return refused(
    state,
    'class/bad_shock',
    `shock.id: no shock ${id} waits for this quarter`,
    'shock.id',
  );
}

function ok(state: MarketState): Applied {
  return { state, result: { ok: true }, resolved: false };
}

/** The market after `entry`; a refused entry leaves it as it was and says why. */
export function applyEntry(state: MarketState, entry: MarketEntry): Applied {
  switch (entry.kind) {
    case 'claim':
      return claim(state, entry);
    case 'device': {
      const seat = state.seats[entry.seat];
      if (!seat) return refused(state, 'class/seat_free', `${entry.seat} has no team yet`);
      const joined = {
        ...seat,
        tokenHashes: [...seat.tokenHashes, entry.tokenHash],
        members: withMember(seat.members, entry.member),
      };
      return ok({ ...state, seats: { ...state.seats, [entry.seat]: joined } });
    }
    case 'free': {
      if (!state.seats[entry.seat])
        return refused(state, 'class/seat_free', `${entry.seat} has no team to free`);
      const seats = { ...state.seats };
      delete seats[entry.seat];
      return ok({ ...state, seats });
    }
    case 'move':
      return move(state, entry.from, entry.to);
    case 'shock':
      return shock(state, entry.event);
    case 'withdraw-shock':
      return withdraw(state, entry.id);
    case 'draft':
      return closed(state) ?? fromStep(state, setDraft(state.session, entry.seat, entry.draft));
    case 'seat':
      return closed(state) ?? seatAction(state, entry.seat, entry.action);
    case 'start':
      if (state.phase !== 'waiting')
        return refused(state, 'class/already_started', 'the class has already started');
      return start(state, entry.at);
    case 'pause':
      if (state.phase !== 'drafting') return closed(state) ?? ok(state);
      return ok({
        ...state,
        phase: 'paused',
        pausedLeftMs: Math.max(0, (state.deadlineAt ?? entry.at) - entry.at),
        deadlineAt: null,
      });
    case 'resume':
      if (state.phase !== 'paused')
        return refused(state, 'class/not_paused', 'the class is not paused');
      return ok({
        ...state,
        phase: 'drafting',
        deadlineAt: entry.at + (state.pausedLeftMs ?? state.quarterMs),
        pausedLeftMs: null,
      });
    case 'extend':
      if (state.phase === 'paused')
        return ok({ ...state, pausedLeftMs: (state.pausedLeftMs ?? 0) + entry.ms });
      return closed(state) ?? ok({ ...state, deadlineAt: (state.deadlineAt ?? 0) + entry.ms });
    case 'resolve':
      if (state.phase === 'waiting' || state.phase === 'over') return closed(state)!;
      if (entry.played !== state.session.log.length)
        return refused(state, 'class/stale', 'that quarter has already been resolved');
      return resolve(state, entry.at);
    case 'undo-quarter': {
      const step = undoQuarter(state.session);
      if (!step.result.ok) return fromStep(state, step);
      const drafting = state.phase === 'over' ? 'drafting' : state.phase;
      return ok({
        ...state,
        shocks: [],
        session: step.data,
        phase: drafting,
        deadlineAt: drafting === 'drafting' ? entry.at + state.quarterMs : null,
        pausedLeftMs: drafting === 'paused' ? state.quarterMs : null,
      });
    }
    case 'notice':
      return ok({ ...state, notice: entry.text });
  }
}

/**
 * Whether an applied entry changes the market (and so is journaled): an accepted one, or a draft
 * the engine refused, which is kept exactly as typed beside its reasons, as in solo play.
 */
export function isKept(entry: MarketEntry, applied: Applied): boolean {
  if (applied.result.ok) return true;
  return (
    entry.kind === 'draft' && applied.result.errors.every((e) => e.code.startsWith('decision/'))
  );
}

/**
 * Whether every seat a team holds has sealed. A seat no team took holds its course at the
 * deadline and must not make the teams that did seal wait for it; with no team at all nothing
 * is sealed and the market waits for the deadline or the teacher.
 */
function everyTeamSealed(state: MarketState): boolean {
  const teamSeats = state.session.humans.filter((seat) => state.seats[seat]);
  const waiting = new Set(waitingFor(state.session));
  return teamSeats.length > 0 && teamSeats.every((seat) => !waiting.has(seat));
}

/** Whether the room should write a `resolve` entry now. */
export function dueToResolve(state: MarketState, now: number): 'all' | 'deadline' | null {
  if (state.phase !== 'drafting') return null;
  if (state.advance === 'all' && everyTeamSealed(state)) return 'all';
  if (state.deadlineAt !== null && now >= state.deadlineAt) return 'deadline';
  return null;
}
