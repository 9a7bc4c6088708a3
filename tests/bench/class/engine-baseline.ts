// The class benchmark's baseline: the quarters the class played, resolved again in this process
// by the engine alone (playQuarter on the logged decisions, stateHash included), with no
// network, journal or messages. It also checks that every replayed hash is the one the host sent.
// Beside it, the host's own reducer replaying each market's journal (session table and engine:
// seals, fresh drafts for the next quarter), to tell the host's computing from its messaging.

import {
  DEFAULT_HANDICAP,
  applyHandicap,
  playQuarter,
  startGame,
} from '../../../game/engine/index.ts';
import type { LogEntry, Scenario } from '../../../game/engine/index.ts';
import { applyEntry, openMarket } from '../../../game/classroom/market.ts';
import type { MarketEntry } from '../../../game/classroom/market-entry.ts';
import { startSession } from '../../../game/session/index.ts';
import { median } from '../measure.ts';

export interface Baseline {
  /** One market's quarter (median over markets and quarters, ms). */
  quarterMs: number;
  /** One quarter of every market, one after another (median over quarters, ms). */
  roundMs: number;
  hashes: { matched: number; replayed: number };
}

/** Timed runs, after warm-up runs (the first of which checks the hashes). */
const RUNS = 9;
const WARM_UP = 2;

export function replayInProcess(
  base: Scenario,
  game: { seed: number; humans: string[] },
  logs: readonly (readonly LogEntry[])[],
): Baseline {
  // The class server plays the scenario with the default handicap, as its session does.
  const scenario = applyHandicap(base, game.humans, DEFAULT_HANDICAP);
  const hashes = { matched: 0, replayed: 0 };
  /** times[m][q]: every timed run of market m's quarter q. */
  const times = logs.map((log) => log.map(() => [] as number[]));
  for (let run = 0; run < WARM_UP + RUNS; run++)
    logs.forEach((log, m) => {
      let state = startGame(scenario, game).state;
      log.forEach((entry, q) => {
        const start = performance.now();
        const step = playQuarter(scenario, state, entry.decisions);
        const took = performance.now() - start;
        state = step.state;
        if (run === 0) {
          hashes.replayed++;
          if (step.entry.hash === entry.hash) hashes.matched++;
        }
        if (run >= WARM_UP) times[m]![q]!.push(took);
      });
    });
  const perQuarter = times.map((market) => market.map((runs) => median(runs)));
  const quarters = Math.max(0, ...logs.map((l) => l.length));
  const rounds = Array.from({ length: quarters }, (_, q) =>
    perQuarter.reduce((sum, market) => sum + (market[q] ?? 0), 0),
  );
  return {
    quarterMs: median(perQuarter.flat()),
    roundMs: median(rounds),
    hashes,
  };
}

/**
 * Each market's journal replayed through the host's reducer, timing its resolve entries: one
 * quarter of one market (median) and of every market one after another (median over quarters).
 */
export function replayJournals(
  scenario: Scenario,
  game: { seed: number; humans: string[] },
  journals: readonly (readonly MarketEntry[])[],
): { quarterMs: number; roundMs: number } {
  const times = journals.map(() => [] as number[][]);
  for (let run = 0; run < WARM_UP + RUNS; run++)
    journals.forEach((entries, m) => {
      let state = openMarket(startSession(scenario, game), 3_600_000, 'all');
      let q = 0;
      for (const entry of entries) {
        const start = performance.now();
        state = applyEntry(state, entry).state;
        const took = performance.now() - start;
        if (entry.kind !== 'resolve') continue;
        if (run >= WARM_UP) (times[m]![q] ??= []).push(took);
        q++;
      }
    });
  const perQuarter = times.map((market) => market.map((runs) => median(runs)));
  const quarters = Math.max(0, ...perQuarter.map((m) => m.length));
  const rounds = Array.from({ length: quarters }, (_, q) =>
    perQuarter.reduce((sum, market) => sum + (market[q] ?? 0), 0),
  );
  return { quarterMs: median(perQuarter.flat()), roundMs: median(rounds) };
}
