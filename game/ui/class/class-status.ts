// What the class strip says, worked out from the server's status without the DOM: the phase,
// how many teams have sealed, the time left on this device's clock, the teacher's notice.

import type { ClassView } from '../../wire/messages.ts';

export interface ClassStatusLine {
  phase: 'connecting' | 'reconnecting' | 'waiting' | 'drafting' | 'paused' | 'over';
  sealed: number;
  seats: number;
  /** ms left before the deadline (never below 0), or null when no clock runs. */
  leftMs: number | null;
  practice: boolean;
  /** The practice quarter is over; the teacher's next start rewinds it and the game begins. */
  practiceOver: boolean;
  notice: string;
  desyncAt: number | null;
}

/** The strip's content at `now` (this device's clock, ms). */
export function classStatusLine(view: ClassView, now: number): ClassStatusLine {
  const status = view.status;
  if (!status)
    return {
      phase: 'connecting',
      sealed: 0,
      seats: 0,
      leftMs: null,
      practice: false,
      practiceOver: false,
      notice: '',
      desyncAt: view.desyncAt,
    };
  if (!view.connected)
    return { ...classStatusLine({ ...view, connected: true }, now), phase: 'reconnecting' };
  const serverNow = now + view.clockOffsetMs;
  const leftMs =
    status.phase === 'paused'
      ? status.pausedLeftMs
      : status.deadlineAt === null
        ? null
        : Math.max(0, status.deadlineAt - serverNow);
  // Teams, not seats: a seat no team took holds its course and nobody waits for it.
  const teams = Object.values(status.seats).filter((seat) => seat.team !== null);
  return {
    phase: status.phase,
    sealed: teams.filter((seat) => seat.committed).length,
    seats: teams.length,
    leftMs: status.phase === 'drafting' || status.phase === 'paused' ? leftMs : null,
    practice: status.practice === 'playing',
    practiceOver: status.practice === 'played',
    notice: status.notice,
    desyncAt: view.desyncAt,
  };
}

/** m:ss, rounded up so that "0:00" shows only when the time is really up. */
export function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
