// One market of a class (game/classroom/market.ts): every change is an entry, the reducer never
// reads a clock, and replaying the same entries rebuilds the same market. Seats are claimed once,
// drafting waits for the teacher, a pause keeps the time left, a deadline seals held courses.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../game/engine/index.ts';
import { stateHash } from '../../game/engine/index.ts';
import { applyEntry, dueToResolve, openMarket } from '../../game/classroom/market.ts';
import type { MarketEntry, MarketState } from '../../game/classroom/market.ts';
import { startSession } from '../../game/session/index.ts';
import { loadClassroom } from '../store/fixtures.ts';
import { applyAll, refusalOf } from './market-steps.ts';

let scenario: Scenario;
let fresh: () => MarketState;
const MINUTE = 60_000;

beforeAll(async () => {
  scenario = await loadClassroom();
  const session = startSession(scenario, { seed: 5, humans: ['NCL', 'SCL'] });
  fresh = () => openMarket(session, 10 * MINUTE, 'all');
});

const run = (entries: MarketEntry[], from = fresh()): MarketState => applyAll(from, entries);
const codeOf = (state: MarketState, entry: MarketEntry): string | undefined =>
  refusalOf(state, entry)?.[0]?.code;

const claim = (seat: string, team: string, member?: string): MarketEntry => ({
  kind: 'claim',
  seat,
  team,
  tokenHash: `t-${team}`,
  teamCodeHash: `c-${team}`,
  ...(member ? { member } : {}),
});

function cutDraft(state: MarketState, seat: string, by: number): MarketEntry {
  const draft = structuredClone(state.session.drafts[seat]!);
  draft.price.C = by;
  return { kind: 'draft', seat, draft };
}

describe('seats', () => {
  it('a seat is claimed once; a second team is refused and told to ask for the team code', () => {
    const claimed = run([claim('NCL', 'Red')]);
    expect(claimed.seats.NCL!.team).toBe('Red');
    expect(codeOf(claimed, claim('NCL', 'Blue'))).toBe('class/seat_taken');
    expect(codeOf(claimed, claim('XXX', 'Blue'))).toBe('class/no_such_seat');
    const joined = run([{ kind: 'device', seat: 'NCL', tokenHash: 't2' }], claimed);
    expect(joined.seats.NCL!.tokenHashes).toEqual(['t-Red', 't2']);
    const freed = run([{ kind: 'free', seat: 'NCL' }], joined);
    expect(freed.seats.NCL).toBeUndefined();
    expect(codeOf(freed, { kind: 'device', seat: 'NCL', tokenHash: 't3' })).toBe('class/seat_free');
  });
});

describe('team members', () => {
  it('lists each student name once, at most eight, in the order they joined', () => {
    const named = run([
      claim('NCL', 'Red', 'Ann'),
      { kind: 'device', seat: 'NCL', tokenHash: 'd1', member: 'Ann' },
      { kind: 'device', seat: 'NCL', tokenHash: 'd2' },
      ...Array.from({ length: 9 }, (_, i) => ({
        kind: 'device' as const,
        seat: 'NCL',
        tokenHash: `m${i}`,
        member: `S${i}`,
      })),
    ]);
    expect(named.seats.NCL!.members).toEqual(['Ann', 'S0', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
    expect(named.seats.NCL!.tokenHashes).toHaveLength(12); // every device still joins
    expect(run([claim('SCL', 'Blue')]).seats.SCL!.members).toEqual([]);
  });
});

describe('the teacher clock', () => {
  it('drafting waits for the start; a pause keeps the time left and refuses drafts', () => {
    const waiting = run([claim('NCL', 'Red')]);
    expect(codeOf(waiting, cutDraft(waiting, 'NCL', -0.1))).toBe('class/not_started');
    const started = run([{ kind: 'start', at: 1000 }], waiting);
    expect(started.deadlineAt).toBe(1000 + 10 * MINUTE);
    const paused = run([{ kind: 'pause', at: 1000 + 4 * MINUTE }], started);
    expect(paused.pausedLeftMs).toBe(6 * MINUTE);
    expect(codeOf(paused, cutDraft(paused, 'NCL', -0.1))).toBe('class/paused');
    const extended = run([{ kind: 'extend', ms: MINUTE }], paused);
    const resumed = run([{ kind: 'resume', at: 50_000_000 }], extended);
    expect(resumed.deadlineAt).toBe(50_000_000 + 7 * MINUTE);
    expect(codeOf(resumed, { kind: 'resume', at: 1 })).toBe('class/not_paused');
    expect(codeOf(resumed, { kind: 'start', at: 1 })).toBe('class/already_started');
  });

  it('resolves when every team sealed (advance all) or at the deadline, not before', () => {
    const started = run([claim('NCL', 'Red'), claim('SCL', 'Blue'), { kind: 'start', at: 0 }]);
    expect(dueToResolve(started, 1)).toBeNull();
    expect(dueToResolve(started, 10 * MINUTE)).toBe('deadline');
    const redSealed = run([{ kind: 'seat', seat: 'NCL', action: 'commit' }], started);
    expect(dueToResolve(redSealed, 1)).toBeNull();
    const sealed = run([{ kind: 'seat', seat: 'SCL', action: 'commit' }], redSealed);
    expect(dueToResolve(sealed, 1)).toBe('all');
    expect(dueToResolve({ ...sealed, advance: 'teacher' }, 1)).toBeNull();
    expect(dueToResolve({ ...sealed, phase: 'paused' }, 10 * MINUTE)).toBeNull();
  });

  it('a seat no team took does not hold up the teams that sealed; no team, no early resolve', () => {
    const oneTeam = run([claim('NCL', 'Red'), { kind: 'start', at: 0 }]);
    expect(dueToResolve(oneTeam, 1)).toBeNull();
    const sealed = run([{ kind: 'seat', seat: 'NCL', action: 'commit' }], oneTeam);
    expect(dueToResolve(sealed, 1)).toBe('all');
    const noTeam = run([{ kind: 'start', at: 0 }]);
    expect(dueToResolve(noTeam, 1)).toBeNull();
    expect(dueToResolve(noTeam, 10 * MINUTE)).toBe('deadline');
  });

  it('at the deadline an unsealed typed draft is not played: the held course is', () => {
    const started = run([{ kind: 'start', at: 0 }]);
    const held = started.session.drafts.SCL!;
    const typed = run([cutDraft(started, 'SCL', -0.3)], started);
    const applied = applyEntry(typed, {
      kind: 'resolve',
      at: 10 * MINUTE,
      why: 'deadline',
      played: 0,
    });
    expect(applied.resolved).toBe(true);
    expect(applied.state.session.log).toHaveLength(1);
    expect(applied.state.session.log[0]!.decisions.SCL).toEqual(held);
    expect(applied.state.deadlineAt).toBe(20 * MINUTE);
    expect(applied.state.session.committed).toEqual({ NCL: false, SCL: false });
    // Two ticks that both saw the quarter due write two entries: the second resolves nothing.
    const late = { kind: 'resolve', at: 10 * MINUTE, why: 'all', played: 0 } as const;
    expect(codeOf(applied.state, late)).toBe('class/stale');
  });
});

describe('the practice quarter', () => {
  it('is played, shown, then rewound by the next start, and the game counts from there', () => {
    const session = fresh().session;
    const practising = openMarket(session, 10 * MINUTE, 'all', true);
    expect(practising.practice).toBe('pending');
    const played = run(
      [
        { kind: 'start', at: 0 },
        { kind: 'resolve', at: MINUTE, why: 'teacher', played: 0 },
      ],
      practising,
    );
    expect(played.practice).toBe('played');
    expect(played.phase).toBe('waiting');
    expect(played.session.log).toHaveLength(1);
    expect(codeOf(played, cutDraft(played, 'NCL', -0.1))).toBe('class/not_started');
    const counting = run([{ kind: 'start', at: 2 * MINUTE }], played);
    expect(counting.practice).toBe('done');
    expect(counting.phase).toBe('drafting');
    expect(counting.session.log).toHaveLength(0);
    expect(stateHash(counting.session.game)).toBe(stateHash(session.game));
    expect(counting.deadlineAt).toBe(12 * MINUTE);
  });
});

describe('replay', () => {
  it('the same entries rebuild the same market, and the teacher undo returns the quarter before', () => {
    const entries: MarketEntry[] = [
      claim('NCL', 'Red'),
      { kind: 'start', at: 0 },
      { kind: 'seat', seat: 'NCL', action: 'suggest' },
      { kind: 'seat', seat: 'NCL', action: 'commit' },
      { kind: 'resolve', at: 5 * MINUTE, why: 'deadline', played: 0 },
    ];
    const once = run(entries);
    const twice = run(entries);
    expect(stateHash(once.session.game)).toBe(stateHash(twice.session.game));
    expect(once).toEqual(twice);
    const before = run(entries.slice(0, 4));
    const undone = run([{ kind: 'undo-quarter', at: 6 * MINUTE }], once);
    expect(stateHash(undone.session.game)).toBe(stateHash(before.session.game));
    expect(undone.deadlineAt).toBe(16 * MINUTE);
  });
});
