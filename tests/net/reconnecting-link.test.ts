// The line to the class server comes back on its own: after a drop the link joins again with
// growing pauses until a room answers, listeners registered once hear the new room, nothing is
// sent into a dead room, and a leave the device asked for is not undone.

import { describe, expect, it } from 'vitest';
import { RETRY_PAUSES_MS, reconnectingLink } from '../../game/net/reconnecting-link.ts';
import type { RoomLike } from '../../game/net/reconnecting-link.ts';

class FakeRoom implements RoomLike {
  sent: [string, unknown][] = [];
  private listen: ((type: string | number, message: unknown) => void) | null = null;
  private leave: ((code: number) => void) | null = null;
  send(type: string, message: unknown): void {
    this.sent.push([type, message]);
  }
  onMessage(_type: '*', listener: (type: string | number, message: unknown) => void): void {
    this.listen = listener;
  }
  onLeave(listener: (code: number) => void): void {
    this.leave = listener;
  }
  deliver(type: string, message: unknown): void {
    this.listen?.(type, message);
  }
  drop(code = 1006): void {
    this.leave?.(code);
  }
}

/** Timers run by hand: each pending pause is recorded and fired by the test. */
function manualTimers() {
  const pending: { run: () => void; ms: number }[] = [];
  return {
    pending,
    setTimeout(run: () => void, ms: number) {
      pending.push({ run, ms });
    },
    async fireNext(): Promise<number> {
      const next = pending.shift();
      if (!next) throw new Error('no pause pending');
      next.run();
      await new Promise((r) => setTimeout(r, 0));
      return next.ms;
    },
  };
}

describe('reconnecting link', () => {
  it('joins again after a drop, with growing pauses, and the old listeners hear the new room', async () => {
    const first = new FakeRoom();
    const second = new FakeRoom();
    const timers = manualTimers();
    const states: boolean[] = [];
    let attempts = 0;
    const rejoin = () => {
      attempts++;
      return attempts < 3 ? Promise.reject(new Error('host down')) : Promise.resolve(second);
    };
    const link = reconnectingLink(first, rejoin, (c) => states.push(c), { timers });
    const heard: unknown[] = [];
    link.onMessage('status', (m) => heard.push(m));

    first.deliver('status', 1);
    first.drop();
    expect(states).toEqual([false]);
    link.send('draft', 'while down');
    expect(first.sent).toEqual([]);

    const pauses = [await timers.fireNext(), await timers.fireNext(), await timers.fireNext()];
    expect(pauses).toEqual([RETRY_PAUSES_MS[0], RETRY_PAUSES_MS[1], RETRY_PAUSES_MS[2]]);
    expect(attempts).toBe(3);
    expect(states).toEqual([false, true]);
    expect(timers.pending).toEqual([]);

    second.deliver('status', 2);
    link.send('draft', 'back');
    expect(heard).toEqual([1, 2]);
    expect(second.sent).toEqual([['draft', 'back']]);
  });

  it('keeps the longest pause once it has grown to it', async () => {
    const timers = manualTimers();
    const first = new FakeRoom();
    reconnectingLink(
      first,
      () => Promise.reject(new Error('down')),
      () => undefined,
      { timers },
    );
    first.drop();
    const pauses: number[] = [];
    for (let i = 0; i < RETRY_PAUSES_MS.length + 2; i++) pauses.push(await timers.fireNext());
    expect(pauses.slice(-3)).toEqual([8000, 8000, 8000]);
  });

  it('does not join again after a leave the device asked for', () => {
    const timers = manualTimers();
    const first = new FakeRoom();
    const states: boolean[] = [];
    reconnectingLink(
      first,
      () => Promise.resolve(new FakeRoom()),
      (c) => states.push(c),
      { timers },
    );
    first.drop(1000);
    expect(states).toEqual([false]);
    expect(timers.pending).toEqual([]);
  });

  it('stops trying when a refusal is final, and says why; other failures are retried', async () => {
    const timers = manualTimers();
    const first = new FakeRoom();
    const given: unknown[] = [];
    const errors = [new Error('room not found'), new Error('wrong teacher token [class/x]')];
    let attempts = 0;
    reconnectingLink(
      first,
      () => Promise.reject(errors[attempts++]!),
      () => undefined,
      {
        timers,
        isFinal: (e) => e instanceof Error && e.message.endsWith(']'),
        onGiveUp: (e) => given.push(e),
      },
    );
    first.drop();
    await timers.fireNext();
    expect(given).toEqual([]);
    expect(timers.pending).toHaveLength(1);
    await timers.fireNext();
    expect(attempts).toBe(2);
    expect(given).toEqual([errors[1]]);
    expect(timers.pending).toEqual([]);
  });
});
