// The teacher console opens only on the host: a teacher token arriving from another address is
// refused before it is checked, so a token read off the projector is useless on a laptop.

import { networkInterfaces } from 'node:os';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopback } from '../../game/classroom/server/market-room.ts';
import { makeClass } from './class-fixture.ts';
import type { ClassFixture } from './class-fixture.ts';
import { joinError, serveClass } from './class-client.ts';
import type { ServerProcess } from './class-client.ts';
import { Client } from 'colyseus.js';

it('knows loopback addresses in every form and nothing else', () => {
  for (const ip of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', ['127.0.0.1']])
    expect(isLoopback(ip)).toBe(true);
  for (const ip of ['192.168.1.5', '::ffff:10.0.0.2', 'fe80::1', '', undefined, []])
    expect(isLoopback(ip)).toBe(false);
});

const lan = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
if (!lan) console.log('console access over the LAN: skipped, this machine has no LAN address');

describe.skipIf(!lan)('over the LAN', () => {
  let fixture: ClassFixture;
  let server: ServerProcess;
  beforeAll(async () => {
    fixture = await makeClass();
    process.env.CLASS_HOST = '0.0.0.0';
    server = await serveClass(fixture.classDir, fixture.webRoot);
    delete process.env.CLASS_HOST;
  }, 30_000);
  afterAll(async () => {
    await server?.kill();
    await rm(fixture.root, { recursive: true, force: true });
  });

  it('refuses the teacher token from a LAN address and accepts it from the host', async () => {
    const remote = new Client(`ws://${lan}:${server.port}`);
    const refused = await remote
      .joinById('market-1', { teacherToken: fixture.teacherToken })
      .then(() => '(joined)')
      .catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
    expect(refused).toBe(
      'the teacher console opens only on the host computer [class/console_remote]',
    );
    expect(await joinError(server.port, { teacherToken: fixture.teacherToken })).toBe('(joined)');
  });
});
