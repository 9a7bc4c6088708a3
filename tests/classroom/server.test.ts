// The class server end to end, over real WebSockets with the colyseus.js client, the server in
// its own process: seats and tokens, sealed drafts, the engine's own validation, quarters that
// resolve when all have sealed and replay to the same hash on a client, and a SIGKILL mid-quarter
// that loses nothing the server had accepted.

import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionError, LogEntry, Scenario } from '../../game/engine/index.ts';
import { replay } from '../../game/engine/index.ts';
import type { DraftMessage, Status, Welcome } from '../../game/wire/messages.ts';
import { loadClassroom } from '../store/fixtures.ts';
import { hostClassForSuite, joinError, serveClass } from './class-client.ts';
import type { Watched } from './class-client.ts';

let scenario: Scenario;
const live = hostClassForSuite();

const joined = (options: object): Promise<Watched> => live.joined(options);

beforeAll(async () => {
  scenario = await loadClassroom();
});

describe('a class market over the network', () => {
  let red: Watched;
  let redWelcome: Welcome;
  let blue: Watched;
  let teacher: Watched;

  it('a team claims a seat and gets a token and a team code; the seat cannot be claimed twice', async () => {
    red = await joined({ classCode: live.fixture.code, seat: 'NCL', team: 'Red' });
    redWelcome = await red.next<Welcome>('welcome');
    expect(redWelcome.seat).toBe('NCL');
    expect(redWelcome.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(redWelcome.teamCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(redWelcome.log).toEqual([]);
    expect(
      await joinError(live.server.port, { classCode: live.fixture.code, seat: 'NCL', team: 'X' }),
    ).toMatch(/NCL is taken by Red.* \[class\/seat_taken\]$/);
    expect(await joinError(live.server.port, { classCode: 'AAAAAA', seat: 'SCL', team: 'X' })).toBe(
      'wrong class code [class/wrong_class_code]',
    );
    expect(await joinError(live.server.port, { classCode: live.fixture.code, seat: 'SCL' })).toBe(
      'join with a team name, a team code or a token [class/bad_join]',
    );
    const control = { classCode: live.fixture.code, seat: 'SCL', team: 'a\u0007b' };
    expect(await joinError(live.server.port, control)).toBe(
      'team: a team name cannot hold control characters [class/bad_join]',
    );
    expect(await joinError(live.server.port, { teacherToken: 'x'.repeat(22) })).toBe(
      'wrong teacher token [class/wrong_teacher_token]',
    );
    blue = await joined({ classCode: live.fixture.code, seat: 'SCL', team: 'Blue' });
    teacher = await joined({ teacherToken: live.fixture.teacherToken });
    expect((await teacher.next<Welcome>('welcome')).role).toBe('teacher');
  });

  it('drafting waits for the teacher; a student cannot send the teacher commands', async () => {
    red.room.send('seat', { action: 'suggest' });
    const refused = await red.next<{ errors: DecisionError[] }>('refused');
    expect(refused.errors[0]!.code).toBe('class/not_started');
    blue.room.send('teacher', { command: 'start' });
    const notAllowed = await blue.next<{ errors: DecisionError[] }>('refused');
    expect(notAllowed.errors[0]!.code).toBe('class/not_allowed');
    teacher.room.send('teacher', { command: 'start' });
    await red.next<Status>('status', (s) => s.phase === 'drafting');
  });

  it("a draft goes to its own seat's devices only, never to another team", async () => {
    const mate = await joined({
      classCode: live.fixture.code,
      seat: 'NCL',
      teamCode: redWelcome.teamCode,
    });
    expect((await mate.next<Welcome>('welcome')).seat).toBe('NCL');
    const draft = structuredClone(redWelcome.draft!);
    draft.price.C = -0.12;
    red.room.send('draft', { draft });
    const seen = await mate.next<DraftMessage>('draft', (m) => m.draft?.price.C === -0.12);
    expect(seen.seat).toBe('NCL');
    await red.next<DraftMessage>('draft', (m) => m.draft?.price.C === -0.12);
    // Blue's device has had every status since; it must never have had NCL's draft.
    await blue.next<Status>('status', (s) => s.seats.NCL!.connected);
    expect(blue.of<DraftMessage>('draft').every((m) => m.seat === 'SCL')).toBe(true);
    expect(JSON.stringify(blue.received)).not.toContain('-0.12');
    expect(JSON.stringify(teacher.received)).not.toContain('-0.12');
  });

  it('the engine checks every draft; a malformed message is refused naming the field', async () => {
    const bad = structuredClone(redWelcome.draft!);
    bad.price.C = -0.9;
    red.room.send('draft', { draft: bad });
    const kept = await red.next<DraftMessage>('draft', (m) => m.draft?.price.C === -0.9);
    expect(kept.errors.map((e) => e.field)).toContain('price.C');
    red.room.send('seat', { action: 'commit' });
    const refused = await red.next<{ errors: DecisionError[] }>('refused', (r) =>
      r.errors.some((e) => e.field === 'price.C'),
    );
    expect(refused.errors[0]!.code).toMatch(/^decision\//);
    red.room.send('draft', { draft: { ...bad, sneaky: 1 } });
    const malformed = await red.next<{ errors: DecisionError[] }>('refused', (r) =>
      r.errors.some((e) => e.code === 'class/bad_message'),
    );
    expect(malformed.errors[0]!.message).toMatch(/draft/);
  });

  it('when both seats seal, the quarter resolves and a client replays it to the same hash', async () => {
    red.room.send('seat', { action: 'reset' });
    red.room.send('seat', { action: 'commit' });
    await blue.next<Status>('status', (s) => s.seats.NCL!.committed);
    blue.room.send('seat', { action: 'commit' });
    const quarter = await blue.next<{ index: number; entry: LogEntry }>('quarter');
    expect(quarter.index).toBe(0);
    // The client's own engine: replay checks every recorded hash and throws on a mismatch.
    const rebuilt = replay(scenario, { seed: 11, humans: ['NCL', 'SCL'], log: [quarter.entry] });
    expect(rebuilt.reports).toHaveLength(1);
    expect(() =>
      replay(scenario, {
        seed: 12,
        humans: ['NCL', 'SCL'],
        log: [quarter.entry],
      }),
    ).toThrow();
    const status = await red.next<Status>('status', (s) => s.played === 1);
    expect(status.committedCount).toBe(0);
  });

  it('a flood of messages is refused with a rate limit', async () => {
    for (let i = 0; i < 60; i++) blue.room.send('seat', { action: 'undo' });
    const limited = await blue.next<{ errors: DecisionError[] }>('refused', (r) =>
      r.errors.some((e) => e.code === 'class/rate_limited'),
    );
    expect(limited.errors[0]!.message).toMatch(/too many/);
  });

  it('SIGKILL mid-quarter loses nothing accepted; a device comes back with its token', async () => {
    const draft = structuredClone(redWelcome.draft!);
    draft.price.C = -0.07;
    red.room.send('draft', { draft });
    await red.next<DraftMessage>('draft', (m) => m.draft?.price.C === -0.07);
    const oldSessionToken = live.server.sessionTeacherToken;
    await live.server.kill('SIGKILL');
    live.rooms.length = 0;
    live.server = await serveClass(live.fixture.classDir, live.fixture.webRoot);
    const back = await joined({ classCode: live.fixture.code, token: redWelcome.token });
    const welcome = await back.next<Welcome>('welcome');
    expect(welcome.seat).toBe('NCL');
    expect(welcome.token).toBeNull();
    expect(welcome.log).toHaveLength(1);
    expect(welcome.draft!.price.C).toBe(-0.07);
    const status = await back.next<Status>('status');
    expect(status.phase).toBe('drafting');
    // This run's own teacher token opens the console; the killed run's token no longer does.
    expect(
      await joinError(live.server.port, { teacherToken: live.server.sessionTeacherToken }),
    ).toBe('(joined)');
    expect(await joinError(live.server.port, { teacherToken: oldSessionToken })).toBe(
      'wrong teacher token [class/wrong_teacher_token]',
    );
    expect(status.seats.SCL!.team).toBe('Blue');
  }, 30_000);
});

describe('the web root', () => {
  it('serves the game and nothing outside it', async () => {
    const base = `http://127.0.0.1:${live.server.port}`;
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('Cloud Price War');
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/class/class.json',
    ])
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
    // What the join page reads: the class's public facts, never its code or a token's hash.
    const info = await fetch(`${base}/class-info`);
    expect(info.status).toBe(200);
    const text = await info.text();
    expect(JSON.parse(text)).toEqual({
      scenarioId: 'classroom-duopoly',
      markets: 1,
      seats: ['NCL', 'SCL'],
      quarterMinutes: 10,
      advance: 'all',
      practice: false,
      lang: 'en',
    });
    expect(text).not.toContain(live.fixture.code);
  });
});
