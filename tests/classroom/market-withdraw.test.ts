// Taking back a teacher's shock (game/classroom/market.ts): a shock still waiting for the quarter
// being drafted is withdrawn and the quarter then plays without it; once that quarter resolved
// the shock is in its log entry and the withdrawal is refused as stale, naming the field; an id
// that never waited is refused as a bad shock; a journal holding a withdrawal reopens to the same
// market (a restarted host agrees), and the protocol refuses a malformed id.

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InjectedEvent, Scenario } from '../../game/engine/index.ts';
import { MarketHost } from '../../game/classroom/market-host.ts';
import { openMarket } from '../../game/classroom/market.ts';
import type { MarketEntry, MarketState } from '../../game/classroom/market.ts';
import { teacherMessage } from '../../game/classroom/protocol.ts';
import { startSession } from '../../game/session/index.ts';
import type { SessionData } from '../../game/session/index.ts';
import { loadClassroom } from '../store/fixtures.ts';
import { applyAll, refusalOf } from './market-steps.ts';

let scenario: Scenario;
let session: SessionData;
const MINUTE = 60_000;

beforeAll(async () => {
  scenario = await loadClassroom();
  session = startSession(scenario, { seed: 5, humans: ['NCL', 'SCL'] });
});

const event = (id: string, delta: number): InjectedEvent => ({
  id,
  title: { en: `Outage ${id}`, zh: `故障 ${id}` },
  effects: [{ kind: 'trust', provider: 'SCL', delta }],
});
const outage = event('scl-outage', -10);
const second = event('scl-outage-2', -5);
const start: MarketEntry = { kind: 'start', at: 0 };
const shock = (e: InjectedEvent): MarketEntry => ({ kind: 'shock', event: e });
const withdraw = (id: string): MarketEntry => ({ kind: 'withdraw-shock', id });
const resolve = (played: number): MarketEntry => ({
  kind: 'resolve',
  at: 5 * MINUTE,
  why: 'teacher',
  played,
});

const run = (entries: MarketEntry[], from?: MarketState): MarketState =>
  applyAll(from ?? openMarket(session, 10 * MINUTE, 'teacher'), entries);
const refusal = refusalOf;

describe('withdrawing a shock', () => {
  it('takes only that shock off the quarter, which then plays without it', () => {
    const waiting = run([start, shock(outage), shock(second)]);
    const after = run([withdraw('scl-outage')], waiting);
    expect(after.shocks).toEqual([second]);
    const played = run([resolve(0)], after);
    expect(played.session.log[0]!.injected).toEqual([second]);
    // The quarter is the one played with the second shock alone, not with both.
    const both = run([resolve(0)], waiting);
    expect(played.session.log[0]!.hash).not.toBe(both.session.log[0]!.hash);
    const onlySecond = run([start, shock(second), resolve(0)]);
    expect(played.session.log[0]!.hash).toBe(onlySecond.session.log[0]!.hash);
  });

  it('is refused as stale, naming the field, once the quarter resolved', () => {
    const played = run([start, shock(outage), resolve(0)]);
    expect(refusal(played, withdraw('scl-outage'))).toEqual([
      {
        field: 'shock.id',
        code: 'class/stale',
        message:
          'shock scl-outage was played in quarter 1 and is in its log; undo that quarter to take it back',
      },
    ]);
  });

  it('is refused for an id that does not wait, or was withdrawn already', () => {
    const waiting = run([start, shock(outage)]);
    expect(refusal(waiting, withdraw('nothing-here'))?.[0]).toMatchObject({
      field: 'shock.id',
      code: 'class/bad_shock',
    });
    const gone = run([withdraw('scl-outage')], waiting);
    expect(refusal(gone, withdraw('scl-outage'))?.[0]?.code).toBe('class/bad_shock');
  });

  it('frees the id: a shock of the same id may be given again', () => {
    const again = run([start, shock(outage), withdraw('scl-outage'), shock(outage)]);
    expect(again.shocks).toEqual([outage]);
  });
});

describe('a withdrawal in the journal', () => {
  it('is replayed by a restarted host, which then agrees on what waits', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'withdraw-')), 'market-1.jsonl');
    const first = await MarketHost.open(path, session, 10 * MINUTE, 'teacher');
    for (const entry of [start, shock(outage), shock(second), withdraw('scl-outage')])
      expect((await first.apply(entry)).result.ok).toBe(true);
    // A refused withdrawal is not written: the reopened journal must replay cleanly.
    expect((await first.apply(withdraw('scl-outage'))).result.ok).toBe(false);
    await first.close();
    const again = await MarketHost.open(path, session, 10 * MINUTE, 'teacher');
    expect(again.state.shocks).toEqual([second]);
    await again.close();
  });
});

describe("the teacher's withdraw-shock message", () => {
  it('takes an id of the events’ form and nothing else', () => {
    expect(
      teacherMessage.safeParse({ command: 'withdraw-shock', id: 'teacher-gpu-x1' }).success,
    ).toBe(true);
    for (const bad of [
      { command: 'withdraw-shock' },
      { command: 'withdraw-shock', id: '' },
      { command: 'withdraw-shock', id: 'has space' },
      { command: 'withdraw-shock', id: 'x'.repeat(49) },
      { command: 'withdraw-shock', id: 'a', extra: 1 },
    ])
      expect(teacherMessage.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
