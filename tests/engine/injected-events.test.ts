// Events a teacher injects into a quarter ("shocks"): they act in that quarter as the effect says
// (lasting effects for their stated quarters), appear in the news marked as injected, travel in
// the log entry and replay to the same hashes; a game without any keeps its exact state and log
// shape. The scenario-side check refuses a bad shock, naming the field.

import { beforeAll, describe, expect, it } from 'vitest';
import {
  EngineError,
  holdDecision,
  playQuarter,
  replay,
  startGame,
  stateHash,
} from '../../game/engine/index.ts';
import type {
  GameState,
  InjectedEvent,
  LogEntry,
  QuarterReport,
  Scenario,
} from '../../game/engine/index.ts';
import { checkInjected } from '../../game/scenario/injected-event.ts';
import { loadScenario, SCENARIO_DIR } from '../helpers/scenarios.ts';

let classroom: Scenario;
beforeAll(async () => {
  classroom = await loadScenario(`${SCENARIO_DIR}classroom-duopoly.yaml`);
});

const SEED = 11;
const HUMANS = ['NCL', 'SCL'];

/** Plays `quarters` quarters with both seats holding their course; `inject[i]` goes into quarter i. */
function run(quarters: number, inject: Record<number, InjectedEvent[]> = {}) {
  let state: GameState = startGame(classroom, { seed: SEED, humans: HUMANS }).state;
  const log: LogEntry[] = [];
  const reports: QuarterReport[] = [];
  for (let i = 0; i < quarters; i++) {
    const decisions = Object.fromEntries(
      HUMANS.map((h) => [h, holdDecision(classroom, state, h, log.at(-1)?.decisions[h])]),
    );
    const step = playQuarter(classroom, state, decisions, inject[i] ?? []);
    state = step.state;
    log.push(step.entry);
    reports.push(step.report);
  }
  return { state, log, reports };
}

const title = { en: 'Teacher: a boom in start-ups', zh: '教师：创业公司热潮' };
const demandBoom: InjectedEvent = {
  id: 'stu-boom',
  title,
  effects: [{ kind: 'demand', segments: ['STU'], lines: ['C'], factor: 2, rampQuarters: 1 }],
};
const favourNcl: InjectedEvent = {
  id: 'ncl-favour',
  title: { en: 'NCL wins a reputation', zh: 'NCL 赢得口碑' },
  effects: [
    { kind: 'utility', providers: ['NCL'], segments: ['ENT'], lines: ['C'], delta: 1, quarters: 2 },
  ],
};

const marketOf = (r: QuarterReport, segment: string, line: number) =>
  r.markets.find((m) => m.segment === segment && m.line === line)!;

describe('an injected event acts in its quarter as its effect says', () => {
  it('a demand shock doubles the segment-line demand it names, and nothing else at first', () => {
    const base = run(1).reports[0]!;
    const shocked = run(1, { 0: [demandBoom] }).reports[0]!;
    const ratio = marketOf(shocked, 'STU', 0).demand / marketOf(base, 'STU', 0).demand;
    // Demand responds to prices too, so the ratio is near 2, not exactly 2.
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.2);
    expect(marketOf(shocked, 'ENT', 0).demand).toBeCloseTo(marketOf(base, 'ENT', 0).demand, 9);
  });

  it('a utility shift lasts its stated quarters: NCL gains ENT compute share, then stops gaining', () => {
    const base = run(4).reports;
    const shocked = run(4, { 0: [favourNcl] }).reports;
    const nclShare = (rs: QuarterReport[], q: number) => marketOf(rs[q]!, 'ENT', 0).share[0]!;
    const gain = [0, 1, 2, 3].map((q) => nclShare(shocked, q) - nclShare(base, q));
    expect(gain[0]).toBeGreaterThan(0.005);
    expect(gain[1]).toBeGreaterThan(gain[0]!);
    // Events utility is gone after two quarters: the gain shrinks back.
    expect(gain[3]).toBeLessThan(gain[1]!);
    const events = (rs: QuarterReport[], q: number) => marketOf(rs[q]!, 'ENT', 0).utility[7]![0]!; // UTILITY_COMPONENTS[7] = 'events'
    expect([0, 1, 2].map((q) => events(shocked, q))).toEqual([1, 1, 0]);
  });

  it('is news in its own quarter only, marked as injected, with both titles', () => {
    const { reports } = run(3, { 1: [demandBoom] });
    expect(reports[0]!.events.some((e) => e.id === 'stu-boom')).toBe(false);
    const fired = reports[1]!.events.find((e) => e.id === 'stu-boom');
    expect(fired).toMatchObject({ injected: true, title });
    expect(reports[2]!.events.some((e) => e.id === 'stu-boom')).toBe(false);
  });
});

describe('the log records injected events, and replay plays them again', () => {
  it('a game without any keeps its log entries and state free of the field', () => {
    const { state, log } = run(2);
    expect(log.every((e) => !('injected' in e))).toBe(true);
    expect('injected' in state).toBe(false);
  });

  it('the entry of the quarter carries the events; the state keeps them with their quarter', () => {
    const { state, log } = run(2, { 1: [demandBoom, favourNcl] });
    expect('injected' in log[0]!).toBe(false);
    expect(log[1]!.injected).toEqual([demandBoom, favourNcl]);
    expect(state.injected?.map((e) => [e.id, e.t])).toEqual([
      ['stu-boom', state.t],
      ['ncl-favour', state.t],
    ]);
  });

  it('changes the hashes from its quarter on, and a replay of the log reproduces them', () => {
    const plain = run(4);
    const shocked = run(4, { 1: [demandBoom], 2: [favourNcl] });
    expect(shocked.log[0]!.hash).toBe(plain.log[0]!.hash);
    expect(shocked.log[1]!.hash).not.toBe(plain.log[1]!.hash);
    const replayed = replay(classroom, { seed: SEED, humans: HUMANS, log: shocked.log });
    expect(stateHash(replayed.state)).toBe(shocked.log[3]!.hash);
    expect(replayed.reports[2]!.events.find((e) => e.id === 'ncl-favour')?.injected).toBe(true);
  });

  it('a log with its injected event removed diverges at that quarter', () => {
    const shocked = run(3, { 1: [demandBoom] });
    const stripped = shocked.log.map((e) => ({
      quarter: e.quarter,
      decisions: e.decisions,
      hash: e.hash,
    }));
    expect(() => replay(classroom, { seed: SEED, humans: HUMANS, log: stripped })).toThrow(
      EngineError,
    );
    expect(() => replay(classroom, { seed: SEED, humans: HUMANS, log: stripped })).toThrow(
      /diverged at 2024Q2/,
    );
  });
});

describe('checkInjected: a shock is checked by the scenario file rules', () => {
  const shock = (effect: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    id: 'x',
    title,
    effects: [effect],
    ...extra,
  });
  const problems = (raw: unknown, used?: Set<string>) => {
    const checked = checkInjected(classroom, raw, used);
    return checked.ok ? [] : checked.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('accepts a valid shock and gives the engine plain numbers', () => {
    const checked = checkInjected(
      classroom,
      shock({ kind: 'trust', provider: 'SCL', delta: { value: -5, source: 'assumed' } }),
    );
    expect(checked).toEqual({
      ok: true,
      event: { id: 'x', title, effects: [{ kind: 'trust', provider: 'SCL', delta: -5 }] },
    });
  });

  it('refuses a provider or segment the scenario does not have, naming the field', () => {
    expect(problems(shock({ kind: 'trust', provider: 'ALI', delta: -5 }))).toEqual([
      'effects[0].provider: effect names provider ALI, which is not in providers',
    ]);
    expect(
      problems(
        shock({
          kind: 'demand',
          segments: ['STU', 'GOV'],
          lines: ['C'],
          factor: 2,
          rampQuarters: 1,
        }),
      ),
    ).toEqual(['effects[0].segments[1]: effect names segment GOV, which is not in segments']);
  });

  it("refuses 'random' and 'self', which belong to cards and dilemmas", () => {
    expect(problems(shock({ kind: 'trust', provider: 'random', delta: -5 }))[0]).toMatch(
      /^effects\[0\]\.provider: 'random' picks a provider only on random cards/,
    );
  });

  it('refuses a parameter out of the scenario bounds, naming it and the bound', () => {
    expect(problems(shock({ kind: 'frontier', delta: 500 }))).toEqual([
      'effects[0].delta: must be from -100 to 100 (quality points), got 500',
    ]);
  });

  it('refuses a missing headline, an unknown kind, no effects and a reused id', () => {
    expect(problems({ id: 'x', effects: [{ kind: 'frontier', delta: 1 }] })[0]).toMatch(/^title/);
    expect(problems(shock({ kind: 'meteor' }))[0]).toMatch(/^effects\[0\]\.kind/);
    expect(problems({ id: 'x', title, effects: [] })).toEqual([
      'effects: give at least one effect',
    ]);
    expect(problems(shock({ kind: 'frontier', delta: 1 }), new Set(['x']))).toEqual([
      'id: event id x is already used in this game',
    ]);
    expect(problems(shock({ kind: 'frontier', delta: 1 }, { id: 'startup-equity' }))).toEqual([
      'id: event id startup-equity is already used in this game',
    ]);
  });
});
