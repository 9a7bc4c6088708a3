// What the teacher console hears from the class's markets, as plain events: the console's model
// (game/ui/console/model.ts) folds them into what the page shows. Types only.

import type { DecisionError, LogEntry } from '../engine/index.ts';
import type { QuarterMessage, ShockEvent, Status, Welcome } from '../wire/messages.ts';

export type ConsoleEvent =
  | { type: 'welcome'; market: number; welcome: Welcome }
  /** `at`: this browser's clock when the status arrived (the countdown corrects by serverNow). */
  | { type: 'status'; market: number; status: Status; at: number }
  | { type: 'quarter'; market: number; message: QuarterMessage }
  | { type: 'rewind'; market: number; log: LogEntry[] }
  | { type: 'refused'; market: number; errors: DecisionError[] }
  /** The teacher's shocks waiting for the quarter being drafted (teachers only). */
  | { type: 'shocks'; market: number; pending: ShockEvent[] }
  /** The line to the market dropped (false) or is back after joining again (true). */
  | { type: 'connected'; market: number; connected: boolean }
  /** The connection to the market could not be made, or was lost. */
  | { type: 'lost'; market: number; why: string };

/** A teacher command as the server's protocol takes it (game/classroom/protocol.ts checks it). */
export type TeacherCommand =
  | { command: 'start' | 'pause' | 'resume' | 'resolve' | 'undo-quarter' }
  | { command: 'extend'; minutes: number }
  | { command: 'free'; seat: string }
  | { command: 'notice'; text: string }
  /** A shock for the quarter being drafted: an event with effects as a scenario file writes them. */
  | { command: 'shock'; event: ShockEvent }
  /** Takes back a shock still waiting for the quarter being drafted. */
  | { command: 'withdraw-shock'; id: string }
  /** The team on seat `from` moves to the empty seat `to`. */
  | { command: 'move'; from: string; to: string };
