// The pure parts of `npm run bench:class`: its percentiles, where the bots sit, its flags, the
// reconciliation of bots' logs with the journals (which must catch every lost or duplicated
// decision), and the goal lines of its table. The timing itself is never asserted.

import { describe, expect, it } from 'vitest';
import type { MarketEntry } from '../../game/classroom/market-entry.ts';
import type { Decision, LogEntry } from '../../game/engine/index.ts';
import { commit, endQuarter, startSession } from '../../game/session/index.ts';
import { loadClassroom } from '../store/fixtures.ts';
import { replayInProcess } from './class/engine-baseline.ts';
import { CLASS_BENCH_DEFAULTS, parseClassBenchArgs, placeBots } from './class/options.ts';
import { reconcile } from './class/reconcile.ts';
import type { BotLog } from './class/reconcile.ts';
import { classBenchRows, goalMet, percentile } from './class/report.ts';
import type { ClassBenchFigures } from './class/report.ts';

describe('percentile', () => {
  it('is the nearest rank of the sorted values, and leaves the input alone', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i); // 20 .. 1
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile(values, 0)).toBe(1);
    expect(values[0]).toBe(20);
    expect(percentile([5, 1, 3], 50)).toBe(3);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('placeBots', () => {
  const ten = ['ALI', 'HUA', 'TEN', 'CTC', 'AWS', 'CMC', 'BAI', 'VOL', 'OTH', 'LAB'];

  it('seats 60 clients in 10 markets one a seat, six seats a market', () => {
    const { seats, bots } = placeBots(60, 10, ten);
    expect(seats).toEqual(['ALI', 'HUA', 'TEN', 'CTC', 'AWS', 'CMC']);
    for (let m = 1; m <= 10; m++) {
      const here = bots.filter((b) => b.market === m);
      expect(here.map((b) => b.seat).sort()).toEqual(seats.slice().sort());
      expect(here.every((b) => b.device === 0)).toBe(true);
    }
  });

  it('puts bots beyond the seats on a seat as teammates, so every seat of every market has one', () => {
    const { seats, bots } = placeBots(5, 1, ['NCL', 'SCL']);
    expect(seats).toEqual(['NCL', 'SCL']);
    expect(bots.map((b) => `${b.seat}${b.device}`)).toEqual([
      'NCL0',
      'SCL0',
      'NCL1',
      'SCL1',
      'NCL2',
    ]);
    const uneven = placeBots(13, 2, ten);
    expect(uneven.seats).toHaveLength(6); // the smaller market has 6 bots
    expect(uneven.bots.filter((b) => b.market === 1 && b.device === 1)).toHaveLength(1);
  });
});

describe('parseClassBenchArgs', () => {
  it('gives the defaults of the brief: 60 clients, 10 markets', () => {
    expect(parseClassBenchArgs([])).toEqual(CLASS_BENCH_DEFAULTS);
    expect(CLASS_BENCH_DEFAULTS.clients).toBe(60);
    expect(CLASS_BENCH_DEFAULTS.markets).toBe(10);
    expect(parseClassBenchArgs(['--clients', '12', '--quarters', '3']).clients).toBe(12);
  });

  it('names the flag that is wrong', () => {
    expect(() => parseClassBenchArgs(['--clients', '0'])).toThrow(
      '--clients is a whole number from 1 to 400, got "0"',
    );
    expect(() => parseClassBenchArgs(['--quarters'])).toThrow('--quarters needs a value');
    expect(() => parseClassBenchArgs(['--bots', '3'])).toThrow('unknown flag --bots');
    expect(() => parseClassBenchArgs(['--scenario', '../x'])).toThrow('--scenario');
    expect(() => parseClassBenchArgs(['--clients', '4', '--markets', '5'])).toThrow(
      'fewer than --markets 5',
    );
  });
});

function decision(cut: number): Decision {
  return {
    price: { C: cut, S: 0, T: 0 },
    gpuCapex: 1,
    dcCapex: 0,
    rnd: 0,
    trainShare: 0,
    ecosystem: 0,
    creditDeal: { amount: 0, creditFraction: 0 },
    security: 0,
    projectExit: 0,
    openSource: false,
    priority: [],
  };
}

/** One market, one seat (NCL), one quarter: two drafts and a seal, resolved with the last. */
function cleanRun(): { bots: BotLog[]; journal: MarketEntry[] } {
  const entry: LogEntry = {
    quarter: '2023Q2',
    decisions: { NCL: decision(-0.02) },
    hash: 'ab12cd34',
  };
  const bot: BotLog = {
    name: 'bot1',
    market: 1,
    seat: 'NCL',
    sent: [
      { quarter: 0, kind: 'draft', draft: decision(-0.01) },
      { quarter: 0, kind: 'draft', draft: decision(-0.02) },
      { quarter: 0, kind: 'commit' },
    ],
    quarters: [{ index: 0, entry }],
  };
  const journal: MarketEntry[] = [
    { kind: 'start', at: 1 },
    { kind: 'draft', seat: 'NCL', draft: decision(-0.01) },
    { kind: 'draft', seat: 'NCL', draft: decision(-0.02) },
    { kind: 'seat', seat: 'NCL', action: 'commit' },
    { kind: 'resolve', at: 2, why: 'all', played: 0 },
  ];
  return { bots: [bot], journal };
}

describe('reconcile', () => {
  it('finds nothing wrong when the journal holds exactly what the bots sent', () => {
    const { bots, journal } = cleanRun();
    const teammate: BotLog = { ...bots[0]!, name: 'bot2', sent: [], quarters: bots[0]!.quarters };
    const out = reconcile([...bots, teammate], new Map([[1, journal]]), 1);
    expect(out).toEqual({ checked: 5, lost: 0, duplicated: 0, mismatched: 0, problems: [] });
  });

  it('counts a draft the journal lacks as lost, and one it holds twice as duplicated', () => {
    const { bots, journal } = cleanRun();
    const lost = reconcile(bots, new Map([[1, journal.filter((_, i) => i !== 1)]]), 1);
    expect(lost.lost).toBe(1);
    expect(lost.duplicated).toBe(0);
    expect(lost.problems[0]).toMatch(
      /^market 1 quarter 0: 1 x "NCL draft .*" sent, not in the journal/,
    );
    const twice = [...journal.slice(0, 3), journal[2]!, ...journal.slice(3)];
    const dup = reconcile(bots, new Map([[1, twice]]), 1);
    expect(dup).toMatchObject({ lost: 0, duplicated: 1 });
  });

  it('counts a seal in the wrong quarter as lost there and duplicated in the next', () => {
    const { bots, journal } = cleanRun();
    const late = [...journal.filter((e) => e.kind !== 'seat'), journal[3]!];
    const out = reconcile(bots, new Map([[1, late]]), 1);
    expect(out).toMatchObject({ lost: 1, duplicated: 1 });
  });

  it('counts a quarter message never received as lost, and one received twice as duplicated', () => {
    const { bots, journal } = cleanRun();
    const none = reconcile([{ ...bots[0]!, quarters: [] }], new Map([[1, journal]]), 1);
    expect(none.lost).toBe(1);
    expect(none.problems).toContain('bot1: never got quarter 0');
    const got = bots[0]!.quarters[0]!;
    const twice = reconcile([{ ...bots[0]!, quarters: [got, got] }], new Map([[1, journal]]), 1);
    expect(twice.duplicated).toBe(1);
  });

  it('flags a quarter resolved with another decision than the last draft, or different on two devices', () => {
    const { bots, journal } = cleanRun();
    const other: LogEntry = {
      quarter: '2023Q2',
      decisions: { NCL: decision(-0.01) },
      hash: 'ab12cd34',
    };
    const wrong = reconcile(
      [{ ...bots[0]!, quarters: [{ index: 0, entry: other }] }],
      new Map([[1, journal]]),
      1,
    );
    expect(wrong.mismatched).toBe(1);
    expect(wrong.problems[0]).toMatch(/NCL resolved with another decision than its last draft/);
    const forked = { ...bots[0]!.quarters[0]!.entry, hash: 'ffff0000' };
    const teammate: BotLog = {
      ...bots[0]!,
      name: 'bot2',
      sent: [],
      quarters: [{ index: 0, entry: forked }],
    };
    const split = reconcile([bots[0]!, teammate], new Map([[1, journal]]), 1);
    expect(split.mismatched).toBe(1);
    expect(split.problems).toContain("bot2: quarter 0 differs from its market's other devices");
  });

  it('says when a journal resolved fewer quarters than were played', () => {
    const { bots, journal } = cleanRun();
    const out = reconcile(bots, new Map([[1, journal]]), 2);
    expect(out.problems).toContain('market 1: the journal resolved 1 of 2 quarters');
    expect(out.lost).toBe(1); // quarter 1 never reached the bot
  });
});

describe('classBenchRows', () => {
  const figures: ClassBenchFigures = {
    clients: 60,
    markets: 10,
    seats: 6,
    quarters: 2,
    latenciesMs: [100, 200, 300, 400],
    engineQuarterMs: 5,
    engineRoundMs: 50,
    reducerRoundMs: 80,
    hashes: { matched: 20, replayed: 20 },
    messages: { toServer: 600, toClients: 3000, seconds: 10 },
    memoryMb: { joined: 150, peak: 180 },
    hostCpuSeconds: 2.5,
    reconciled: { checked: 500, lost: 0, duplicated: 0, mismatched: 0, problems: [] },
    load: { before: 0.2, after: 0.4 },
    cores: 2,
  };
  const row = (f: ClassBenchFigures, name: string) => classBenchRows(f).find((r) => r[0] === name)!;

  it('prints the percentiles, the ratio to the engine alone and messages per second', () => {
    expect(row(figures, 'quarter resolve latency p50')[1]).toBe('200 ms');
    expect(row(figures, 'quarter resolve latency p95')[1]).toBe('400 ms');
    expect(row(figures, 'quarter resolve latency p95')[2]).toMatch(
      /^goal <= 1000 ms at 60 clients: met;/,
    );
    expect(row(figures, '  ratio latency p50 / engine alone')[1]).toBe('4.0x');
    expect(row(figures, 'messages client -> server')[1]).toBe('60 msg/s');
    expect(row(figures, 'messages server -> clients')[1]).toBe('300 msg/s');
    expect(row(figures, 'host memory (RSS)')[1]).toBe('180 MB');
    expect(row(figures, 'host CPU while playing')[1]).toBe('25 % of a core');
    expect(row(figures, 'host reducer alone: all markets, one quarter')[1]).toBe('80 ms');
    expect(goalMet(figures)).toBe(true);
    expect(row(figures, 'goal')[1]).toBe('met');
  });

  it('says MISSED when p95 is over a second or a decision was lost or duplicated', () => {
    const slow = { ...figures, latenciesMs: [100, 200, 300, 1500] };
    expect(row(slow, 'quarter resolve latency p95')[2]).toMatch(/MISSED/);
    expect(row(slow, 'goal')[1]).toBe('MISSED');
    const lossy = { ...figures, reconciled: { ...figures.reconciled, lost: 1 } };
    expect(row(lossy, 'lost / duplicated decisions')[1]).toBe('1 / 0');
    expect(row(lossy, 'lost / duplicated decisions')[2]).toMatch(/^goal 0 \/ 0: MISSED/);
    expect(goalMet(lossy)).toBe(false);
    const duplicated = { ...figures, reconciled: { ...figures.reconciled, duplicated: 2 } };
    expect(goalMet(duplicated)).toBe(false);
  });

  it('counts hashes the in-process replay did not reproduce as mismatched', () => {
    const off = { ...figures, hashes: { matched: 19, replayed: 20 } };
    expect(row(off, 'mismatched results')[1]).toBe('1');
  });
});

describe('replayInProcess', () => {
  it('reproduces the hashes of quarters a class session played, and counts one that differs', async () => {
    const scenario = await loadClassroom();
    const game = { seed: 11, humans: ['NCL', 'SCL'] };
    let data = startSession(scenario, game);
    for (let q = 0; q < 2; q++) {
      for (const seat of game.humans) data = commit(data, seat).data;
      data = endQuarter(data).data;
    }
    expect(data.log).toHaveLength(2);
    const played = replayInProcess(scenario, game, [data.log, data.log]);
    expect(played.hashes).toEqual({ matched: 4, replayed: 4 });
    const forged = [{ ...data.log[0]!, hash: '0'.repeat(16) }, data.log[1]!];
    expect(replayInProcess(scenario, game, [forged]).hashes).toEqual({ matched: 1, replayed: 2 });
  });
});
