// The teacher console's model: status, quarter and rewind messages folded into what the page
// shows, in whatever order and repetition the network delivers them; the countdown corrected by
// the server's clock; seats read as open, away, drafting or sealed.

import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../game/engine/index.ts';
import {
  FEEDBACK_KEPT,
  classProgress,
  clockText,
  emptyConsole,
  reduceConsole,
  seatState,
  timeLeftMs,
} from '../../game/ui/console/model.ts';
import type { ConsoleState } from '../../game/ui/console/model.ts';
import type { Status, Welcome } from '../../game/wire/messages.ts';
import { seatWelcome } from '../net/fake-link.ts';

const entry = (quarter: string): LogEntry =>
  ({ quarter, decisions: {}, hash: quarter }) as unknown as LogEntry;

/** The welcome the console gets from market 2: the seat's welcome of the tests, as the teacher. */
const welcome = (log: LogEntry[]): Welcome => ({
  ...seatWelcome('classroom-duopoly', 'NCL'),
  market: 2,
  role: 'teacher',
  seat: null,
  team: null,
  log,
});

function status(overrides: Partial<Status> = {}): Status {
  return {
    phase: 'drafting',
    played: 0,
    deadlineAt: null,
    pausedLeftMs: null,
    serverNow: 0,
    seats: {
      NCL: { team: 'Red', connected: true, committed: true, desyncAt: null },
      SCL: { team: 'Blue', connected: false, committed: false, desyncAt: 1 },
    },
    committedCount: 1,
    notice: '',
    practice: 'none',
    ...overrides,
  };
}

const market2 = (state: ConsoleState) => state.markets[1]!;

describe('reduceConsole', () => {
  it('takes the log from the welcome and appends each quarter once, in order', () => {
    let state = emptyConsole(2);
    state = reduceConsole(state, { type: 'welcome', market: 2, welcome: welcome([entry('q0')]) });
    expect(market2(state).game).toEqual({
      scenarioId: 'classroom-duopoly',
      seed: 11,
      humans: ['NCL', 'SCL'],
    });
    const q1 = { type: 'quarter', market: 2, message: { index: 1, entry: entry('q1') } } as const;
    state = reduceConsole(state, q1);
    state = reduceConsole(state, q1); // the same broadcast twice
    state = reduceConsole(state, {
      type: 'quarter',
      market: 2,
      message: { index: 0, entry: entry('old') },
    });
    expect(market2(state).log.map((e) => e.quarter)).toEqual(['q0', 'q1']);
    expect(market2(state).stale).toBe(false);
    expect(state.markets[0]!.log).toEqual([]); // market 1 untouched
  });

  it('marks a market stale when a quarter skips ahead, until a rewind gives the whole log', () => {
    let state = reduceConsole(emptyConsole(2), {
      type: 'welcome',
      market: 2,
      welcome: welcome([]),
    });
    state = reduceConsole(state, {
      type: 'quarter',
      market: 2,
      message: { index: 3, entry: entry('q3') },
    });
    expect(market2(state).stale).toBe(true);
    expect(market2(state).log).toEqual([]);
    state = reduceConsole(state, { type: 'rewind', market: 2, log: [entry('a')] });
    expect(market2(state)).toMatchObject({ stale: false, log: [entry('a')] });
  });

  it('keeps the last status with the local time it arrived, and ignores unknown markets', () => {
    let state = emptyConsole(1);
    state = reduceConsole(state, { type: 'status', market: 1, status: status(), at: 500 });
    expect(state.markets[0]).toMatchObject({ statusAt: 500, status: status() });
    const same = reduceConsole(state, { type: 'status', market: 9, status: status(), at: 1 });
    expect(same).toBe(state);
  });

  it('shows refusals and lost markets as located feedback, newest first, at most a few', () => {
    let state = emptyConsole(2);
    state = reduceConsole(state, {
      type: 'refused',
      market: 2,
      errors: [{ field: 'message', code: 'class/bad_message', message: 'nothing to undo' }],
    });
    state = reduceConsole(state, { type: 'lost', market: 1, why: 'wrong teacher token' });
    expect(state.feedback.map((f) => [f.market, f.tone, f.text])).toEqual([
      [1, 'error', 'wrong teacher token'],
      [2, 'refused', 'nothing to undo'],
    ]);
    expect(state.markets[0]!.lost).toBe('wrong teacher token');
    for (let i = 0; i < 20; i++)
      state = reduceConsole(state, { type: 'refused', market: 1, errors: [] });
    expect(state.feedback).toHaveLength(FEEDBACK_KEPT);
    expect(new Set(state.feedback.map((f) => f.id)).size).toBe(FEEDBACK_KEPT);
  });
});

describe('timeLeftMs', () => {
  it('counts down from the deadline on the server clock, whatever this browser’s clock says', () => {
    // The server says 10:00.000 with the deadline at 10:05; this browser's clock is 3 s behind.
    const s = status({ serverNow: 600_000, deadlineAt: 900_000 });
    expect(timeLeftMs(s, 597_000, 597_000)).toBe(300_000);
    expect(timeLeftMs(s, 597_000, 657_000)).toBe(240_000);
    expect(timeLeftMs(s, 597_000, 2_000_000)).toBe(0);
  });

  it('shows a paused clock as it stood, and no clock when none runs', () => {
    expect(timeLeftMs(status({ pausedLeftMs: 61_000 }), 0, 99_999)).toBe(61_000);
    expect(timeLeftMs(status(), 0, 5)).toBeNull();
  });

  it('prints minutes and seconds, rounding up', () => {
    expect(clockText(247_000)).toBe('04:07');
    expect(clockText(200)).toBe('00:01');
    expect(clockText(0)).toBe('00:00');
    expect(clockText(75 * 60_000)).toBe('75:00');
  });
});

describe('seats', () => {
  it('reads a seat as open, away, drafting or sealed', () => {
    const seat = { team: 'Red', connected: true, committed: false, desyncAt: null };
    expect(seatState({ ...seat, team: null }, 'drafting')).toBe('open');
    expect(seatState(seat, 'drafting')).toBe('drafting');
    expect(seatState(seat, 'paused')).toBe('drafting');
    expect(seatState({ ...seat, connected: false }, 'drafting')).toBe('away');
    expect(seatState({ ...seat, committed: true, connected: false }, 'drafting')).toBe('sealed');
    // Before the start and after the last quarter nobody is drafting.
    expect(seatState(seat, 'waiting')).toBe('waiting');
    expect(seatState(seat, 'over')).toBe('over');
    expect(seatState({ ...seat, team: null }, 'over')).toBe('open');
  });

  it('counts sealed teams and desynced seats over every market; an open seat is not waited for', () => {
    let state = emptyConsole(2);
    for (const market of [1, 2])
      state = reduceConsole(state, { type: 'status', market, status: status(), at: 0 });
    expect(classProgress(state.markets)).toEqual({ sealed: 2, seats: 4, desynced: 2 });
    const open = status();
    open.seats.SCL = { team: null, connected: false, committed: false, desyncAt: null };
    state = reduceConsole(state, { type: 'status', market: 2, status: open, at: 0 });
    expect(classProgress(state.markets)).toEqual({ sealed: 2, seats: 3, desynced: 1 });
  });
});
