// The messages between a class server and its browsers, as types both sides compile against
// (the server in game/classroom, the browser in game/net). Types only: nothing here runs.

import type { Decision, DecisionError, EffectSpec, LogEntry } from '../engine/index.ts';

/** waiting: open for joining, the teacher has not started; over: the last quarter resolved. */
export type Phase = 'waiting' | 'drafting' | 'paused' | 'over';

export interface SeatStatus {
  team: string | null;
  connected: boolean;
  committed: boolean;
  /** The quarter whose hash this seat's engine did not reproduce, if any. */
  desyncAt: number | null;
}

export interface Status {
  phase: Phase;
  /** Quarters resolved so far. */
  played: number;
  /** When drafting ends (epoch ms on the server), null when no clock runs. */
  deadlineAt: number | null;
  pausedLeftMs: number | null;
  /** The server's clock when this was sent, so a client can correct for its own clock. */
  serverNow: number;
  seats: Record<string, SeatStatus>;
  committedCount: number;
  notice: string;
  /** 'playing': this quarter is the practice one; 'played': it is over and will be rewound. */
  practice: 'none' | 'pending' | 'playing' | 'played' | 'done';
}

export interface Welcome {
  market: number;
  role: 'seat' | 'teacher';
  seat: string | null;
  team: string | null;
  token: string | null;
  teamCode: string | null;
  scenarioId: string;
  seed: number;
  humans: string[];
  log: LogEntry[];
  draft: Decision | null;
  /** Whether the seat has sealed this quarter (a device coming back must not seal again). */
  committed: boolean;
  quarterMinutes: number;
  advance: 'all' | 'teacher';
}

/** GET /class-info on a class server: what the join page needs to offer seats and markets. */
export interface ClassInfo {
  scenarioId: string;
  markets: number;
  seats: string[];
  quarterMinutes: number;
  advance: 'all' | 'teacher';
  practice: boolean;
  lang: 'en' | 'zh';
}

/** A seat's own draft, sent only to that seat's devices. */
export interface DraftMessage {
  seat: string;
  draft: Decision | null;
  committed: boolean;
  undoDepth: number;
  errors: DecisionError[];
}

/** A resolved quarter: its log entry (every seat's decision and the state hash), for all. */
export interface QuarterMessage {
  index: number;
  entry: LogEntry;
}

/** The game went back (the teacher's undo, the practice quarter rewound): rebuild from `log`. */
export interface RewindMessage {
  log: LogEntry[];
}

/** A teacher's shock as sent: an event with effects as a scenario file writes them. */
export interface ShockEvent {
  id: string;
  title: { en: string; zh: string };
  effects: EffectSpec[];
}

/** What a class device knows about its class beyond the game: the server's status and its seat. */
export interface ClassView {
  status: Status | null;
  /** False while the line to the class server is down and the device is joining again. */
  connected: boolean;
  /** serverNow − this device's clock when the status arrived (ms), to count down correctly. */
  clockOffsetMs: number;
  /** The quarter this browser's engine did not reproduce, if any. */
  desyncAt: number | null;
  /** The team's name and its code for teammates (the code only on the device that named it). */
  team: string | null;
  teamCode: string | null;
}

export interface RefusedMessage {
  errors: DecisionError[];
}

/** The class server's answer to the console's export (POST /teacher/export). */
export type ExportAnswer =
  | { ok: true; grades: string; archive: string; markets: number; teams: number }
  | { ok: false; error: string };
