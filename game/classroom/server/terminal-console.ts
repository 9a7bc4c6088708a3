// The teacher console in the terminal that hosts the class: one key per command, sent to every
// market as the teacher (over 127.0.0.1, through the same checks as any console), and one status
// line per market whenever a market changes. Until the console window exists, this is how a
// teacher runs a class from `npm run class`.

import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import type { Status } from '../../wire/messages.ts';
import type { ExportMessage } from '../export-class.ts';
import { gpuShortageEvent } from '../shock-presets.ts';

/** The preset shock of key g: a GPU shortage (orders halved), with a new id on every press. */
export function gpuShortage(now: number): object {
  return { command: 'shock', event: gpuShortageEvent(50, now) };
}

export const CONSOLE_KEYS: Record<string, { label: string; message: object | (() => object) }> = {
  s: { label: 'start', message: { command: 'start' } },
  p: { label: 'pause', message: { command: 'pause' } },
  r: { label: 'resume', message: { command: 'resume' } },
  e: { label: 'extend 5 min', message: { command: 'extend', minutes: 5 } },
  n: { label: 'resolve now', message: { command: 'resolve' } },
  u: { label: 'undo last quarter', message: { command: 'undo-quarter' } },
  x: { label: 'export grades and archive', message: { command: 'export' } },
  g: {
    label: 'shock: GPU shortage this quarter (orders x0.5, GPU cost x1.5, 2 quarters)',
    message: () => gpuShortage(Date.now()),
  },
};

/** Key w: withdraws each market's newest waiting shock (g pressed by mistake, or twice). */
export const WITHDRAW_KEY = 'w';

export const CONSOLE_HELP = `Keys: ${Object.entries(CONSOLE_KEYS)
  .map(([key, { label }]) => `${key} ${label}`)
  .join(' · ')} · ${WITHDRAW_KEY} withdraw the newest waiting shock · q stop the class`;

/** How to send what has no key: any shock, and moving a team to another seat. */
export const CONSOLE_MESSAGES_HELP =
  'Other shocks: send the teacher message {"command":"shock","event":{"id","title":{"en","zh"},' +
  '"effects":[…]}} (effects as in a scenario file\'s events); move a team to an empty seat: ' +
  '{"command":"move","from":"NCL","to":"SCL"}';

/**
 * One line a teacher reads at a glance: "market 2 · drafting · 3 of 4 teams sealed · 04:12 left".
 * Teams, not seats, as on the students' strip: a seat nobody took holds its course.
 */
export function statusLine(market: number, status: Status, now: number): string {
  const seats = Object.entries(status.seats);
  const teamSeats = seats.filter(([, s]) => s.team !== null);
  const sealed = teamSeats.filter(([, s]) => s.committed).length;
  const teams = seats.map(
    ([id, s]) =>
      `${id}${s.team ? `=${s.team}` : ''}${s.committed ? '✓' : ''}${s.connected ? '' : ' (away)'}`,
  );
  const left =
    status.deadlineAt !== null
      ? Math.max(0, status.deadlineAt - status.serverNow - (now - status.serverNow))
      : status.pausedLeftMs;
  const clock =
    left === null
      ? ''
      : ` · ${String(Math.floor(left / 60_000)).padStart(2, '0')}:${String(Math.floor((left % 60_000) / 1000)).padStart(2, '0')} left`;
  const practice = status.practice === 'playing' ? ' (practice)' : '';
  return `market ${market} · ${status.phase}${practice} · quarter ${status.played + 1} · ${sealed} of ${teamSeats.length} teams sealed${clock} · ${teams.join(', ')}`;
}

/**
 * Joins every market as the teacher. `onExport` gets every market's part once all have answered
 * an export (key x).
 */
export async function runTerminalConsole(
  port: number,
  markets: number,
  teacherToken: string,
  print: (line: string) => void,
  onExport: (parts: ExportMessage[]) => void = () => undefined,
): Promise<(key: string) => void> {
  let parts: ExportMessage[] = [];
  /** Each market's waiting shocks, oldest first, as its last 'shocks' message listed them. */
  const pending = new Map<Room, { id: string }[]>();
  const client = new Client(`ws://127.0.0.1:${port}`);
  const rooms: Room[] = [];
  for (let market = 1; market <= markets; market++) {
    const room = await client.joinById(`market-${market}`, { teacherToken });
    room.onMessage('status', (status: Status) => print(statusLine(market, status, Date.now())));
    room.onMessage('refused', (m: { errors: { message: string }[] }) =>
      print(`market ${market}: ${m.errors.map((e) => e.message).join('; ')}`),
    );
    room.onMessage('shocks', (m: { pending: { id: string; title: { en: string } }[] }) => {
      const had = pending.get(room)?.length ?? 0;
      pending.set(room, m.pending);
      if (m.pending.length > 0)
        print(
          `market ${market}: shocks for this quarter: ${m.pending.map((e) => e.title.en).join('; ')}`,
        );
      else if (had > 0) print(`market ${market}: no shocks waiting`);
    });
    room.onMessage('export', (part: ExportMessage) => {
      parts = [...parts.filter((p) => p.market !== part.market), part];
      if (parts.length === markets) onExport(parts);
    });
    room.onMessage('*', () => undefined);
    rooms.push(room);
  }
  return (key) => {
    if (key === WITHDRAW_KEY) {
      for (const room of rooms) {
        const newest = pending.get(room)?.at(-1);
        if (newest) room.send('teacher', { command: 'withdraw-shock', id: newest.id });
      }
      return;
    }
    const command = CONSOLE_KEYS[key];
    if (key === 'x') parts = [];
    if (!command) return;
    const message = typeof command.message === 'function' ? command.message() : command.message;
    for (const room of rooms) room.send('teacher', message);
  };
}
