// The teacher's shock and move in one market (game/classroom/market.ts): a shock waits for the
// quarter being drafted and is played into its log entry; the teacher's undo drops it; a bad one
// is refused naming the field; a journal with a pending shock or a move replays to the same
// market (kill-and-resume). A move takes a team to an empty seat and nowhere else.

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InjectedEvent, Scenario } from '../../game/engine/index.ts';
import { replay, stateHash } from '../../game/engine/index.ts';
import { MarketHost } from '../../game/classroom/market-host.ts';
import { openMarket } from '../../game/classroom/market.ts';
import type { MarketEntry, MarketState } from '../../game/classroom/market.ts';
import { startSession } from '../../game/session/index.ts';
import type { SessionData } from '../../game/session/index.ts';
import { loadClassroom } from '../store/fixtures.ts';
import { applyAll, refusalOf } from './market-steps.ts';

let scenario: Scenario;
let session: SessionData;
const MINUTE = 60_000;
const fresh = () => openMarket(session, 10 * MINUTE, 'teacher');

beforeAll(async () => {
  scenario = await loadClassroom();
  session = startSession(scenario, { seed: 5, humans: ['NCL', 'SCL'] });
});

const run = (entries: MarketEntry[], from = fresh()): MarketState => applyAll(from, entries);
const refusal = refusalOf;

const outage: InjectedEvent = {
  id: 'scl-outage',
  title: { en: 'SCL goes down for a day', zh: 'SCL 宕机一天' },
  effects: [{ kind: 'trust', provider: 'SCL', delta: -10 }],
};
const shock = (event: InjectedEvent = outage): MarketEntry => ({ kind: 'shock', event });
const claim = (seat: string, team: string): MarketEntry => ({
  kind: 'claim',
  seat,
  team,
  tokenHash: `t-${team}`,
  teamCodeHash: `c-${team}`,
});
const resolve = (played: number, at = 5 * MINUTE): MarketEntry => ({
  kind: 'resolve',
  at,
  why: 'teacher',
  played,
});

describe('a shock', () => {
  it('waits for the quarter being drafted and goes into its log entry, then is gone', () => {
    const pending = run([{ kind: 'start', at: 0 }, shock()]);
    expect(pending.shocks).toEqual([outage]);
    const resolved = run([resolve(0)], pending);
    expect(resolved.shocks).toEqual([]);
    expect(resolved.session.log[0]!.injected).toEqual([outage]);
    expect(resolved.session.reports[0]!.events.find((e) => e.id === 'scl-outage')).toMatchObject({
      injected: true,
    });
    // The next quarter has no shock unless the teacher gives one.
    const next = run([resolve(1, 15 * MINUTE)], resolved);
    expect('injected' in next.session.log[1]!).toBe(false);
    // The log replays, shock included, to the market's state.
    const replayed = replay(scenario, { seed: 5, humans: ['NCL', 'SCL'], log: next.session.log });
    expect(stateHash(replayed.state)).toBe(stateHash(next.session.game));
  });

  it('changes the quarter: SCL ends it with less trust than without the shock', () => {
    const plain = run([{ kind: 'start', at: 0 }, resolve(0)]);
    const shocked = run([{ kind: 'start', at: 0 }, shock(), resolve(0)]);
    const trust = (s: MarketState) => s.session.game.providers[1]!.trust;
    expect(trust(plain) - trust(shocked)).toBeGreaterThan(5);
  });

  it('is refused before the start and after the end, and when its id was used', () => {
    expect(refusal(fresh(), shock())?.[0]?.code).toBe('class/not_started');
    const started = run([{ kind: 'start', at: 0 }, shock()]);
    expect(refusal(started, shock())?.[0]).toMatchObject({
      code: 'class/bad_shock',
      field: 'shock.id',
    });
    const later = run([resolve(0)], started);
    expect(refusal(later, shock())?.[0]?.field).toBe('shock.id');
  });

  it('a bad parameter is refused naming the field, as in a scenario file', () => {
    const started = run([{ kind: 'start', at: 0 }]);
    const bad: InjectedEvent = {
      ...outage,
      effects: [{ kind: 'trust', provider: 'ALI', delta: -10 }],
    };
    expect(refusal(started, shock(bad))).toEqual([
      {
        field: 'shock.effects[0].provider',
        code: 'class/bad_shock',
        message: 'shock.effects[0].provider: effect names provider ALI, which is not in providers',
      },
    ]);
  });

  it("the teacher's undo of a quarter drops the shocks waiting for the next one", () => {
    const waiting = run([{ kind: 'start', at: 0 }, resolve(0), shock()]);
    expect(waiting.shocks).toHaveLength(1);
    const undone = run([{ kind: 'undo-quarter', at: 6 * MINUTE }], waiting);
    expect(undone.shocks).toEqual([]);
    expect(undone.session.log).toHaveLength(0);
  });
});

describe('moving a team', () => {
  it('takes its name, devices and team code to the empty seat', () => {
    const moved = run([
      claim('NCL', 'Red'),
      { kind: 'device', seat: 'NCL', tokenHash: 't2', member: 'Li Wei' },
      { kind: 'move', from: 'NCL', to: 'SCL' },
    ]);
    expect(moved.seats.NCL).toBeUndefined();
    expect(moved.seats.SCL).toEqual({
      team: 'Red',
      tokenHashes: ['t-Red', 't2'],
      teamCodeHash: 'c-Red',
      members: ['Li Wei'],
    });
  });

  it('is refused, naming the field, to a taken or unknown seat, or from an empty one', () => {
    const both = run([claim('NCL', 'Red'), claim('SCL', 'Blue')]);
    expect(refusal(both, { kind: 'move', from: 'NCL', to: 'SCL' })?.[0]).toMatchObject({
      field: 'to',
      code: 'class/seat_taken',
    });
    expect(refusal(both, { kind: 'move', from: 'NCL', to: 'XYZ' })?.[0]).toMatchObject({
      field: 'to',
      code: 'class/no_such_seat',
    });
    const one = run([claim('NCL', 'Red')]);
    expect(refusal(one, { kind: 'move', from: 'SCL', to: 'NCL' })?.[0]).toMatchObject({
      field: 'from',
      code: 'class/seat_free',
    });
    expect(refusal(one, { kind: 'move', from: 'NCL', to: 'NCL' })?.[0]?.field).toBe('to');
  });
});

describe('kill and resume', () => {
  it('a journal with a move and a pending shock reopens to the same market', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'shock-')), 'market-1.jsonl');
    const first = await MarketHost.open(path, session, 10 * MINUTE, 'teacher');
    // The journal's schema wants real SHA-256 digests.
    const hashed = {
      ...claim('NCL', 'Red'),
      tokenHash: 'a'.repeat(64),
      teamCodeHash: 'b'.repeat(64),
    };
    for (const entry of [
      hashed,
      { kind: 'start', at: 0 },
      { kind: 'move', from: 'NCL', to: 'SCL' },
      shock(),
    ] satisfies MarketEntry[])
      expect((await first.apply(entry)).result.ok).toBe(true);
    // A refused shock is not written: the reopened market must not hold it.
    expect((await first.apply(shock())).result.ok).toBe(false);
    const before = first.state;
    await first.close();
    const again = await MarketHost.open(path, session, 10 * MINUTE, 'teacher');
    expect(again.state.shocks).toEqual([outage]);
    expect(again.state.seats).toEqual(before.seats);
    const resolved = await again.apply(resolve(0));
    expect(resolved.state.session.log[0]!.injected).toEqual([outage]);
    await again.close();
  });
});

describe("the terminal console's preset shock (key g)", () => {
  it('fits every shipped scenario, and each press has a new id', async () => {
    const { gpuShortage } = await import('../../game/classroom/server/terminal-console.ts');
    const { checkInjected } = await import('../../game/scenario/injected-event.ts');
    const { loadScenario, shippedScenarioFiles } = await import('../helpers/scenarios.ts');
    const a = gpuShortage(1) as { event: unknown };
    const b = gpuShortage(2) as { event: { id: string } };
    for (const file of shippedScenarioFiles()) {
      const checked = checkInjected(await loadScenario(file), a.event);
      expect(checked.ok, file).toBe(true);
    }
    expect((a.event as { id: string }).id).not.toBe(b.event.id);
  });
});
