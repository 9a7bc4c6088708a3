// The figures of `npm run bench:class` as table rows, and the percentiles they use. Pure, so a
// test can check the goal lines against made-up figures.

import type { Reconciled } from './reconcile.ts';

/** Issue 10's goals: the quarter at the 95th percentile, at 60 clients, and nothing lost. */
export const GOAL_P95_MS = 1000;
export const GOAL_CLIENTS = 60;

/** The nearest-rank percentile (p in 0..100) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = values.slice().sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface ClassBenchFigures {
  clients: number;
  markets: number;
  seats: number;
  quarters: number;
  /** Per market and quarter: the last seal sent to the last device holding the result (ms). */
  latenciesMs: readonly number[];
  /** The same quarters in-process: one market's quarter (median), and all markets' (ms). */
  engineQuarterMs: number;
  engineRoundMs: number;
  /** The host's reducer (session table and engine) on the journals: all markets' quarter (ms). */
  reducerRoundMs: number;
  /** Quarters whose hash the in-process replay reproduced, of those replayed. */
  hashes: { matched: number; replayed: number };
  /** Messages counted at the clients over the seconds the quarters took. */
  messages: { toServer: number; toClients: number; seconds: number };
  /** The host process's resident memory (MB): after every device joined, and its peak. */
  memoryMb: { joined: number; peak: number };
  /** CPU time the host used while the quarters were played (s). */
  hostCpuSeconds: number;
  reconciled: Reconciled;
  /** 1-minute load average when the quarters began and when they ended. */
  load: { before: number; after: number };
  cores: number;
}

const ms = (v: number): string => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
const met = (ok: boolean): string => (ok ? 'met' : 'MISSED');

export function goalMet(f: ClassBenchFigures): boolean {
  const r = f.reconciled;
  return percentile(f.latenciesMs, 95) <= GOAL_P95_MS && r.lost === 0 && r.duplicated === 0;
}

export function classBenchRows(f: ClassBenchFigures): string[][] {
  const p50 = percentile(f.latenciesMs, 50);
  const p95 = percentile(f.latenciesMs, 95);
  const max = percentile(f.latenciesMs, 100);
  const r = f.reconciled;
  const perSecond = (n: number) => `${(n / f.messages.seconds).toFixed(0)} msg/s`;
  const at60 = f.clients === GOAL_CLIENTS ? '' : ` (the goal is set at ${GOAL_CLIENTS} clients)`;
  return [
    [
      'quarter resolve latency p50',
      ms(p50),
      `last seal of a market -> every device of it holds the quarter; ${f.latenciesMs.length} samples (${f.markets} markets x ${f.quarters} quarters)`,
    ],
    [
      'quarter resolve latency p95',
      ms(p95),
      `goal <= ${GOAL_P95_MS} ms at ${GOAL_CLIENTS} clients: ${met(p95 <= GOAL_P95_MS)}${at60}; max ${ms(max)}`,
    ],
    [
      'engine alone: one market, one quarter',
      ms(f.engineQuarterMs),
      'playQuarter in-process on the same decisions (stateHash included), median',
    ],
    [
      'engine alone: all markets, one quarter',
      ms(f.engineRoundMs),
      `the ${f.markets} markets' quarter one after another, as the host's one thread resolves them`,
    ],
    [
      '  ratio latency p50 / engine alone',
      `${(p50 / f.engineRoundMs).toFixed(1)}x`,
      `what the network, journal (fsync) and messages add; p95 ${(p95 / f.engineRoundMs).toFixed(1)}x`,
    ],
    [
      'host reducer alone: all markets, one quarter',
      ms(f.reducerRoundMs),
      "the journals replayed in-process through the host's reducer: engine, seals, next quarter's drafts",
    ],
    [
      'messages client -> server',
      perSecond(f.messages.toServer),
      `${f.messages.toServer} drafts, seals and hashes in ${f.messages.seconds.toFixed(1)} s`,
    ],
    [
      'messages server -> clients',
      perSecond(f.messages.toClients),
      `${f.messages.toClients} drafts, status and quarter messages, counted at the clients`,
    ],
    [
      'host memory (RSS)',
      `${f.memoryMb.peak.toFixed(0)} MB`,
      `peak while playing; ${f.memoryMb.joined.toFixed(0)} MB once every device had joined`,
    ],
    [
      'host CPU while playing',
      `${((100 * f.hostCpuSeconds) / f.messages.seconds).toFixed(0)} % of a core`,
      `${f.hostCpuSeconds.toFixed(1)} s of CPU in ${f.messages.seconds.toFixed(1)} s, all its threads: what the host itself needed, bots and other processes aside`,
    ],
    [
      'lost / duplicated decisions',
      `${r.lost} / ${r.duplicated}`,
      `goal 0 / 0: ${met(r.lost === 0 && r.duplicated === 0)}; ${r.checked} decisions and quarter messages checked against the journals`,
    ],
    [
      'mismatched results',
      String(r.mismatched + (f.hashes.replayed - f.hashes.matched)),
      `resolved with the sealed draft, same on every device; in-process replay reproduced ${f.hashes.matched} of ${f.hashes.replayed} hashes`,
    ],
    [
      '  machine load (1-minute average)',
      f.load.after.toFixed(2),
      `${f.load.before.toFixed(2)} when the quarters began; on ${f.cores} cores, bots and host share them: above ~0.5 latency is pessimistic`,
    ],
    [
      'goal',
      met(goalMet(f)),
      `p95 <= ${GOAL_P95_MS} ms at ${GOAL_CLIENTS} clients and 0 lost or duplicated (${f.clients} clients, ${f.markets} markets x ${f.seats} seats)`,
    ],
  ];
}
