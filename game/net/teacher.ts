// The teacher console's side of a class: the teacher token from the page's address, one
// connection per market as the teacher (colyseus.js loaded only here, as for the join page), the
// markets' messages passed on as console events, and the export asked of the class server over
// HTTP (the server writes the files into the class folder and answers where).

import type {
  ExportAnswer,
  QuarterMessage,
  RefusedMessage,
  RewindMessage,
  ShockEvent,
  Status,
  Welcome,
} from '../wire/messages.ts';
import type { ClassLink } from './class-store.ts';
import type { ConsoleEvent, TeacherCommand } from './console-events.ts';
import { reconnectingLink } from './reconnecting-link.ts';
import type { ResettableLink } from './reconnecting-link.ts';
import { readRefusal } from './refusal.ts';

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

/**
 * Passes one market's messages on as console events. The link hears every room the market is
 * joined on, so after a restart the new welcome, shocks and status rebuild the market's view.
 */
export function listenToMarket(
  link: ClassLink,
  market: number,
  onEvent: (event: ConsoleEvent) => void,
): void {
  link.onMessage<Welcome>('welcome', (welcome) => onEvent({ type: 'welcome', market, welcome }));
  link.onMessage<Status>('status', (status) =>
    onEvent({ type: 'status', market, status, at: Date.now() }),
  );
  link.onMessage<QuarterMessage>('quarter', (message) =>
    onEvent({ type: 'quarter', market, message }),
  );
  link.onMessage<RewindMessage>('rewind', ({ log }) => onEvent({ type: 'rewind', market, log }));
  link.onMessage<RefusedMessage>('refused', ({ errors }) =>
    onEvent({ type: 'refused', market, errors }),
  );
  link.onMessage<{ pending: ShockEvent[] }>('shocks', ({ pending }) =>
    onEvent({ type: 'shocks', market, pending }),
  );
}

/**
 * Joins every market as the teacher; each market's messages arrive as events. A market whose line
 * drops (the host restarted) is joined again with the same token on its own; a refusal with a
 * class code (the token no longer opens the class) ends the attempts and is reported as lost.
 */
export async function connectConsole(
  token: string,
  markets: number,
  onEvent: (event: ConsoleEvent) => void,
): Promise<TeacherLink> {
  const { Client } = await import('colyseus.js');
  const protocol = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const client = new Client(`${protocol}://${window.location.host}`);
  const links = new Map<number, ResettableLink>();
  /** Each market's latest room, left when the console closes. */
  const rooms = new Map<number, { leave(): Promise<unknown> }>();
  const joins = Array.from({ length: markets }, async (_, i) => {
    const market = i + 1;
    const enter = async () => {
      const room = await client.joinById(`market-${market}`, { teacherToken: token });
      rooms.set(market, room);
      return room;
    };
    try {
      const link = reconnectingLink(
        await enter(),
        enter,
        (connected) => onEvent({ type: 'connected', market, connected }),
        {
          isFinal: (e) => readRefusal(reason(e)) !== null,
          onGiveUp: (e) => onEvent({ type: 'lost', market, why: reason(e) }),
        },
      );
      listenToMarket(link, market, onEvent);
      links.set(market, link);
    } catch (e) {
      onEvent({ type: 'lost', market, why: reason(e) });
    }
  });
  await Promise.all(joins);
  return {
    send(market, command) {
      const targets = market === 'all' ? [...links.values()] : [links.get(market)];
      for (const link of targets) link?.send('teacher', command);
    },
    close() {
      for (const room of rooms.values()) void room.leave().catch(() => undefined);
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
