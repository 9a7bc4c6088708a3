// What the room sends: the welcome a device gets on joining (everything it needs to rebuild the
// game with its own engine, and its own seat's draft only) and the status everyone sees. No
// other seat's draft ever leaves the server before the quarter resolves.

import type { SeatStatus, Status, Welcome } from '../../wire/messages.ts';
import type { ClassFile } from '../class-file.ts';
import type { MarketState } from '../market.ts';

export function statusOf(
  state: MarketState,
  connected: ReadonlySet<string>,
  desyncs: Readonly<Record<string, number>>,
  now: number,
): Status {
  const data = state.session;
  const seats: Record<string, SeatStatus> = {};
  for (const seat of data.humans)
    seats[seat] = {
      team: state.seats[seat]?.team ?? null,
      connected: connected.has(seat),
      committed: data.committed[seat] ?? false,
      desyncAt: desyncs[seat] ?? null,
    };
  return {
    phase: state.phase,
    played: data.log.length,
    deadlineAt: state.deadlineAt,
    pausedLeftMs: state.pausedLeftMs,
    serverNow: now,
    seats,
    committedCount: data.humans.filter((s) => data.committed[s]).length,
    notice: state.notice,
    practice: state.practice,
  };
}

export function welcomeOf(
  state: MarketState,
  file: ClassFile,
  market: number,
  identity: { role: 'seat'; seat: string } | { role: 'teacher' },
  given: { token?: string; teamCode?: string },
): Welcome {
  const data = state.session;
  const seat = identity.role === 'seat' ? identity.seat : null;
  return {
    market,
    role: identity.role,
    seat,
    team: seat ? (state.seats[seat]?.team ?? null) : null,
    token: given.token ?? null,
    teamCode: given.teamCode ?? null,
    scenarioId: file.scenarioId,
    seed: file.seed,
    humans: data.humans,
    log: data.log,
    draft: seat ? (data.drafts[seat] ?? null) : null,
    committed: seat ? data.committed[seat] === true : false,
    quarterMinutes: file.quarterMinutes,
    advance: file.advance,
  };
}
