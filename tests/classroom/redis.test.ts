// A class spread over two processes that share Redis (Colyseus presence and driver): each process
// hosts one market, and a browser that asks either process for a market is sent to the process
// holding it. When a process is killed, a new one takes its market over from the journal. Needs Debian's redis-server (.ci/run installs it); without it the test is skipped
// with the reason printed.

import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Status, Welcome } from '../../game/wire/messages.ts';
import { makeClass } from './class-fixture.ts';
import type { ClassFixture } from './class-fixture.ts';
import { join, serveClass } from './class-client.ts';
import type { ServerProcess, Watched } from './class-client.ts';
import { freePort } from '../helpers/ports.ts';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis)
  console.log('redis test: skipped, no redis-server on PATH (apt install redis-server)');

let fixture: ClassFixture;
let redis: ChildProcess;
let redisUrl = '';
const servers: ServerProcess[] = [];
const rooms: Watched[] = [];
const ports: number[] = [];

describe.skipIf(!hasRedis)('two processes, one class, shared Redis', () => {
  beforeAll(async () => {
    fixture = await makeClass({ markets: 2 });
    const redisPort = await freePort();
    redis = spawn(
      'redis-server',
      ['--port', String(redisPort), '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    await new Promise((r) => setTimeout(r, 300));
    redisUrl = `redis://127.0.0.1:${redisPort}`;
    for (const market of [1, 2]) {
      const port = await freePort();
      ports.push(port);
      servers.push(
        await serveClass(fixture.classDir, fixture.webRoot, port, { redisUrl, markets: [market] }),
      );
    }
  }, 60_000);

  afterAll(async () => {
    // A room on the killed process never answers its leave: wait a moment, not forever.
    const briefly = () => new Promise((r) => setTimeout(r, 1000));
    for (const r of rooms) await Promise.race([r.room.leave().catch(() => undefined), briefly()]);
    for (const s of servers) await s.kill();
    redis?.kill('SIGKILL');
    await rm(fixture.root, { recursive: true, force: true });
  });

  it('a browser that asks the first process for market 2 plays in the second', async () => {
    const watched = await join(ports[0]!, { classCode: fixture.code, seat: 'NCL', team: 'Red' }, 2);
    rooms.push(watched);
    const welcome = await watched.next<Welcome>('welcome');
    expect(welcome.market).toBe(2);
    expect(welcome.seat).toBe('NCL');
    // Market 1's NCL seat is still free: the claim went to market 2's journal only.
    const other = await join(ports[1]!, { classCode: fixture.code, seat: 'NCL', team: 'Blue' }, 1);
    rooms.push(other);
    expect((await other.next<Welcome>('welcome')).market).toBe(1);
  }, 30_000);

  it('when the process holding market 2 dies, another takes it over from its journal', async () => {
    const first = await join(ports[0]!, { classCode: fixture.code, seat: 'SCL', team: 'Green' }, 2);
    rooms.push(first);
    const claimed = await first.next<Welcome>('welcome');
    expect(claimed.market).toBe(2);
    await servers[1]!.kill();

    // A new process (another port, the same class folder and Redis) hosts market 2 again.
    const port = await freePort();
    ports.push(port);
    servers.push(
      await serveClass(fixture.classDir, fixture.webRoot, port, { redisUrl, markets: [2] }),
    );
    // Asked through the first process, the device's token finds its seat on the new process,
    // with both teams' claims read back from the journal.
    const back = await join(ports[0]!, { classCode: fixture.code, token: claimed.token }, 2);
    rooms.push(back);
    const welcome = await back.next<Welcome>('welcome');
    expect(welcome).toMatchObject({ market: 2, seat: 'SCL', team: 'Green' });
    const status = await back.next<Status>('status');
    expect(status.seats.NCL?.team).toBe('Red');
  }, 60_000);
});
