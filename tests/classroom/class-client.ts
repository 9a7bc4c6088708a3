// Test clients for a class server: a process running the server (killable with SIGKILL) and
// colyseus.js clients that record every message, so a test can wait for one or assert that one
// never came.

import { rm } from 'node:fs/promises';
import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import { afterAll, beforeAll } from 'vitest';
import type { ClassFile } from '../../game/classroom/class-file.ts';
import { makeClass } from './class-fixture.ts';
import { serveClass } from './serve-process.ts';
import type { ServerProcess } from './serve-process.ts';
import type { ClassFixture } from './class-fixture.ts';

export { serveClass } from './serve-process.ts';
export type { ServerProcess } from './serve-process.ts';

export interface Received {
  type: string;
  message: unknown;
}

export class Watched {
  readonly received: Received[] = [];
  private waiters: (() => void)[] = [];

  constructor(readonly room: Room) {
    room.onMessage('*', (type, message) => {
      this.received.push({ type: String(type), message });
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  of<T>(type: string): T[] {
    return this.received.filter((r) => r.type === type).map((r) => r.message as T);
  }

  /** The first message of `type` (after `skip` of them) that passes `test`. */
  async next<T>(type: string, test: (m: T) => boolean = () => true, ms = 8000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.of<T>(type).find(test);
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`no "${type}" message within ${ms} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }
}

export async function join(port: number, options: object, market = 1): Promise<Watched> {
  const client = new Client(`ws://127.0.0.1:${port}`);
  return new Watched(await client.joinById(`market-${market}`, options));
}

/** The error message a refused join gives. */
export async function joinError(port: number, options: object): Promise<string> {
  try {
    const watched = await join(port, options);
    await watched.room.leave();
    return '(joined)';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export interface HostedClass {
  fixture: ClassFixture;
  server: ServerProcess;
  /** Rooms joined by the tests, left after them. */
  rooms: Watched[];
  /** Joins market 1 with `options` and leaves after the file's tests. */
  joined(options: object): Promise<Watched>;
}

/** A class server for one test file: started before its tests, stopped and deleted after. */
export function hostClassForSuite(overrides: Partial<ClassFile> = {}): HostedClass {
  const live = { rooms: [] } as unknown as HostedClass;
  live.joined = async (options) => {
    const watched = await join(live.server.port, options);
    live.rooms.push(watched);
    return watched;
  };
  beforeAll(async () => {
    live.fixture = await makeClass(overrides);
    live.server = await serveClass(live.fixture.classDir, live.fixture.webRoot);
  }, 30_000);
  afterAll(async () => {
    for (const r of live.rooms) await r.room.leave().catch(() => undefined);
    await live.server?.kill();
    await rm(live.fixture.root, { recursive: true, force: true });
  });
  return live;
}
