// A class device's line to its market room that survives the server going away: when the room
// drops (a restarted host, a Wi-Fi blip) it joins again with its token (a seat's token for a
// student's device, the teacher token for the console), with growing pauses, until it is back
// or the server refuses it for good. Listeners registered once hear every room the link is on;
// what is sent while the line is down is dropped (the class store sends its draft again on the
// new welcome; the console names the markets a command did not reach).

import type { ClassLink } from './class-store.ts';

/** What the link needs of a Colyseus room (colyseus.js Room fits; a test passes a fake). */
export interface RoomLike {
  send(type: string, message: unknown): void;
  onMessage(type: '*', listener: (type: string | number, message: unknown) => void): unknown;
  onLeave(listener: (code: number) => void): unknown;
}

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
}

export interface RejoinOptions {
  timers?: Timers;
  /**
   * Whether a failed attempt is final (the server refused the token, which no retry changes);
   * then the link stops trying and `onGiveUp` hears why. By default every failure is retried
   * (the host may still be starting).
   */
  isFinal?: (error: unknown) => boolean;
  onGiveUp?: (error: unknown) => void;
}

/** Pauses before each new attempt (ms); the last repeats until the room is back. */
export const RETRY_PAUSES_MS = [500, 1000, 2000, 4000, 8000] as const;

/** The close code of a leave the device asked for: no rejoin then. */
const LEFT_ON_PURPOSE = 1000;

/** A class link whose listeners can all be dropped (the game they fed was replaced). */
export interface ResettableLink extends ClassLink {
  forgetListeners(): void;
}

export function reconnectingLink(
  first: RoomLike,
  rejoin: () => Promise<RoomLike>,
  onConnected: (connected: boolean) => void,
  options: RejoinOptions = {},
): ResettableLink {
  const { timers = globalThis, isFinal = () => false, onGiveUp = () => undefined } = options;
  const listeners = new Map<string, ((message: unknown) => void)[]>();
  let room: RoomLike | null = null;

  const attach = (next: RoomLike): void => {
    room = next;
    next.onMessage('*', (type, message) => {
      for (const listen of listeners.get(String(type)) ?? []) listen(message);
    });
    next.onLeave((code) => {
      if (room !== next) return;
      room = null;
      onConnected(false);
      if (code !== LEFT_ON_PURPOSE) retry(0);
    });
  };

  const retry = (attempt: number): void => {
    const pause = RETRY_PAUSES_MS[Math.min(attempt, RETRY_PAUSES_MS.length - 1)]!;
    timers.setTimeout(() => {
      rejoin().then(
        (next) => {
          attach(next);
          onConnected(true);
        },
        (error: unknown) => (isFinal(error) ? onGiveUp(error) : retry(attempt + 1)),
      );
    }, pause);
  };

  attach(first);
  return {
    forgetListeners() {
      listeners.clear();
    },
    send(type, message) {
      room?.send(type, message);
    },
    onMessage<T>(type: string, listener: (message: T) => void) {
      const list = listeners.get(type) ?? [];
      list.push(listener as (message: unknown) => void);
      listeners.set(type, list);
      return undefined;
    },
  };
}
