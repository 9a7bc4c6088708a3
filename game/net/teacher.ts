// The teacher console's side of a class: the teacher token from the page's address, one
// connection per market as the teacher (colyseus.js loaded only here, as for the join page), the
// markets' messages passed on as console events, and the export asked of the class server over
// HTTP (the server writes the files into the class folder and answers where).

import type { ExportAnswer } from '../wire/messages.ts';
import type { ConsoleEvent, TeacherCommand } from './console-events.ts';

/** The class server's export route and the header carrying the token (export-route.ts). */
const EXPORT_PATH = '/teacher/export';
const TOKEN_HEADER = 'x-teacher-token';
const TOKEN = /^[A-Za-z0-9_-]{22,64}$/;
const STORED = 'cloudwar.teacher';

export interface TeacherLink {
  /** Sends a command to one market, or to every market with 'all'. */
  send(market: number | 'all', command: TeacherCommand): void;
  close(): void;
}

/**
 * The teacher token of a page opened at `…/#teacher=TOKEN`. The token is then kept in this tab's
 * session storage and the address shortened to `#teacher`, so the projector never shows it and a
 * reload still finds it.
 */
export function teacherTokenOfPage(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  replace: (url: string) => void,
): string | null {
  const match = /^#teacher(?:=(.*))?$/.exec(location.hash);
  if (!match) return null;
  const given = match[1];
  if (given !== undefined && TOKEN.test(given)) {
    storage.setItem(STORED, given);
    replace(`${location.pathname}${location.search}#teacher`);
    return given;
  }
  const kept = storage.getItem(STORED);
  return kept !== null && TOKEN.test(kept) ? kept : null;
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Joins every market as the teacher; each market's messages arrive as events. */
export async function connectConsole(
  token: string,
  markets: number,
  onEvent: (event: ConsoleEvent) => void,
): Promise<TeacherLink> {
  const { Client } = await import('colyseus.js');
  const protocol = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const client = new Client(`${protocol}://${window.location.host}`);
  type Room = Awaited<ReturnType<typeof client.joinById>>;
  const rooms = new Map<number, Room>();
  const joins = Array.from({ length: markets }, async (_, i) => {
    const market = i + 1;
    try {
      const room = await client.joinById(`market-${market}`, { teacherToken: token });
      room.onMessage('welcome', (welcome) => onEvent({ type: 'welcome', market, welcome }));
      room.onMessage('status', (status) =>
        onEvent({ type: 'status', market, status, at: Date.now() }),
      );
      room.onMessage('quarter', (message) => onEvent({ type: 'quarter', market, message }));
      room.onMessage('rewind', ({ log }) => onEvent({ type: 'rewind', market, log }));
      room.onMessage('refused', ({ errors }) => onEvent({ type: 'refused', market, errors }));
      room.onMessage('*', () => undefined);
      room.onLeave((code) =>
        onEvent({ type: 'lost', market, why: `connection closed (code ${code})` }),
      );
      rooms.set(market, room);
    } catch (e) {
      onEvent({ type: 'lost', market, why: reason(e) });
    }
  });
  await Promise.all(joins);
  return {
    send(market, command) {
      const targets = market === 'all' ? [...rooms.values()] : [rooms.get(market)];
      for (const room of targets) room?.send('teacher', command);
    },
    close() {
      for (const room of rooms.values()) void room.leave();
    },
  };
}

/** Asks the class server to write the grades CSV and the class archive. Never throws. */
export async function requestExport(token: string): Promise<ExportAnswer> {
  try {
    const response = await fetch(EXPORT_PATH, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: token },
    });
    return (await response.json()) as ExportAnswer;
  } catch (e) {
    return { ok: false, error: reason(e) };
  }
}
