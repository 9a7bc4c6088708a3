// The teacher's shock and move over real WebSockets, the server in its own process: a student
// cannot send them; a bad shock is refused naming the field; a good one waits (seen by the
// teacher only), goes into the resolved quarter's log entry, and a student's engine replays that
// entry to the same hash; a move takes a team's devices to the new seat through their token.

import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionError, InjectedEvent, LogEntry, Scenario } from '../../game/engine/index.ts';
import { replay, stateHash } from '../../game/engine/index.ts';
import type { Status, Welcome } from '../../game/wire/messages.ts';
import { loadClassroom } from '../store/fixtures.ts';
import { hostClassForSuite } from './class-client.ts';
import type { Watched } from './class-client.ts';

let scenario: Scenario;
const live = hostClassForSuite();

const joined = (options: object): Promise<Watched> => live.joined(options);

beforeAll(async () => {
  scenario = await loadClassroom();
});

const outage: InjectedEvent = {
  id: 'scl-outage',
  title: { en: 'SCL goes down for a day', zh: 'SCL 宕机一天' },
  effects: [{ kind: 'trust', provider: 'SCL', delta: -10 }],
};
const refusedWith = (w: Watched, code: string) =>
  w.next<{ errors: DecisionError[] }>('refused', (r) => r.errors.some((e) => e.code === code));

describe("the teacher's shock and move over the network", () => {
  let red: Watched;
  let redWelcome: Welcome;
  let teacher: Watched;
  let late: Watched;

  it('a student sending shock or move is refused', async () => {
    red = await joined({ classCode: live.fixture.code, seat: 'NCL', team: 'Red' });
    redWelcome = await red.next<Welcome>('welcome');
    teacher = await joined({ teacherToken: live.fixture.teacherToken });
    await teacher.next<Welcome>('welcome');
    red.room.send('teacher', { command: 'shock', event: outage });
    red.room.send('teacher', { command: 'move', from: 'NCL', to: 'SCL' });
    await red.next('refused', () => red.of('refused').length >= 2);
    const codes = red.of<{ errors: DecisionError[] }>('refused').map((r) => r.errors[0]!.code);
    expect(codes).toEqual(['class/not_allowed', 'class/not_allowed']);
  });

  it('a bad shock is refused, naming the field (the next test finds only the good one waiting)', async () => {
    teacher.room.send('teacher', { command: 'start' });
    await red.next<Status>('status', (s) => s.phase === 'drafting');
    const bad = { ...outage, effects: [{ kind: 'trust', provider: 'ALI', delta: -10 }] };
    teacher.room.send('teacher', { command: 'shock', event: bad });
    const refused = await refusedWith(teacher, 'class/bad_shock');
    expect(refused.errors).toEqual([
      {
        field: 'shock.effects[0].provider',
        code: 'class/bad_shock',
        message: 'shock.effects[0].provider: effect names provider ALI, which is not in providers',
      },
    ]);
    teacher.room.send('teacher', {
      command: 'shock',
      event: { ...outage, effects: [{ kind: 'frontier', delta: 1e6 }] },
    });
    const bounds = await teacher.next<{ errors: DecisionError[] }>('refused', (r) =>
      r.errors.some((e) => e.field === 'shock.effects[0].delta'),
    );
    expect(bounds.errors[0]!.message).toMatch(/must be from -100 to 100/);
  });

  it('a shock waits for the quarter, seen by the teacher only, and goes into its log entry', async () => {
    teacher.room.send('teacher', { command: 'shock', event: outage });
    const pending = await teacher.next<{ pending: InjectedEvent[] }>(
      'shocks',
      (m) => m.pending.length > 0,
    );
    expect(pending.pending).toEqual([outage]);
    // A second console opened now is told what waits.
    const second = await joined({ teacherToken: live.fixture.teacherToken });
    const told = await second.next<{ pending: InjectedEvent[] }>('shocks');
    expect(told.pending).toEqual([outage]);
    teacher.room.send('teacher', { command: 'resolve' });
    const quarter = await red.next<{ index: number; entry: LogEntry }>('quarter');
    expect(quarter.entry.injected).toEqual([outage]);
    // The students never heard of the shock before the quarter resolved.
    const before = red.received.slice(
      0,
      red.received.findIndex((r) => r.type === 'quarter'),
    );
    expect(JSON.stringify(before)).not.toContain('scl-outage');
    // A student's engine replays the entry to the server's hash; without the shock it cannot.
    const mine = replay(scenario, { seed: 11, humans: ['NCL', 'SCL'], log: [quarter.entry] });
    expect(stateHash(mine.state)).toBe(quarter.entry.hash);
    expect(mine.reports[0]!.events.find((e) => e.id === 'scl-outage')?.injected).toBe(true);
    const without = { ...quarter.entry };
    delete without.injected;
    expect(() => replay(scenario, { seed: 11, humans: ['NCL', 'SCL'], log: [without] })).toThrow(
      /diverged/,
    );
    // A device that joins now gets the log with the shock in its welcome.
    late = await joined({ classCode: live.fixture.code, token: redWelcome.token });
    expect((await late.next<Welcome>('welcome')).log[0]!.injected).toEqual([outage]);
  });

  it('a move takes the team to the empty seat; its devices rejoin there with their token', async () => {
    teacher.room.send('teacher', { command: 'move', from: 'NCL', to: 'XYZ' });
    const unknown = await refusedWith(teacher, 'class/no_such_seat');
    expect(unknown.errors[0]!.field).toBe('to');
    teacher.room.send('teacher', { command: 'move', from: 'NCL', to: 'SCL' });
    // The server closes both NCL devices' connections: nothing to leave after the suite.
    for (const moved of [red, late]) live.rooms.splice(live.rooms.indexOf(moved), 1);
    expect(await red.next<{ from: string; to: string }>('moved')).toEqual({
      from: 'NCL',
      to: 'SCL',
    });
    const status = await teacher.next<Status>('status', (s) => s.seats.SCL!.team === 'Red');
    expect(status.seats.NCL!.team).toBeNull();
    const back = await joined({ classCode: live.fixture.code, token: redWelcome.token });
    const welcome = await back.next<Welcome>('welcome');
    expect(welcome.seat).toBe('SCL');
    expect(welcome.team).toBe('Red');
    // SCL is taken now: moving another team there is refused.
    await joined({ classCode: live.fixture.code, seat: 'NCL', team: 'Blue' });
    teacher.room.send('teacher', { command: 'move', from: 'NCL', to: 'SCL' });
    const taken = await refusedWith(teacher, 'class/seat_taken');
    expect(taken.errors[0]).toMatchObject({ field: 'to' });
    expect(taken.errors[0]!.message).toMatch(/SCL is taken by Red/);
  });

  it('a waiting shock is withdrawn by the teacher only; a played one is refused as stale', async () => {
    const gpu: InjectedEvent = {
      id: 'gpu-later',
      title: { en: 'GPU shortage', zh: 'GPU 短缺' },
      effects: [
        {
          kind: 'gpu-supply',
          supply: 'all',
          capMultiplier: 0.5,
          costMultiplier: 1.5,
          lead: 2,
          quarters: 2,
        },
      ],
    };
    teacher.room.send('teacher', { command: 'shock', event: gpu });
    await teacher.next<{ pending: InjectedEvent[] }>('shocks', (m) =>
      m.pending.some((e) => e.id === 'gpu-later'),
    );
    // A student's device cannot take it back.
    const student = await joined({ classCode: live.fixture.code, token: redWelcome.token });
    student.room.send('teacher', { command: 'withdraw-shock', id: 'gpu-later' });
    const denied = await student.next<{ errors: DecisionError[] }>('refused');
    expect(denied.errors[0]!.code).toBe('class/not_allowed');
    // The teacher can: every console hears that nothing waits any more.
    const count = teacher.of('shocks').length;
    teacher.room.send('teacher', { command: 'withdraw-shock', id: 'gpu-later' });
    await teacher.next('shocks', () => teacher.of('shocks').length > count);
    expect(teacher.of<{ pending: InjectedEvent[] }>('shocks').at(-1)!.pending).toEqual([]);
    // The shock of quarter 1 is in its log entry: too late to take back.
    teacher.room.send('teacher', { command: 'withdraw-shock', id: 'scl-outage' });
    const stale = await refusedWith(teacher, 'class/stale');
    expect(stale.errors[0]!.field).toBe('shock.id');
  });
});
