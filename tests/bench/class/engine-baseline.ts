// The class benchmark's baseline: the quarters the class played, resolved again in this process
// by the engine alone (playQuarter on the logged decisions, stateHash included), with no
// network, journal or messages. It also checks that every replayed hash is the one the host sent.

import {
  DEFAULT_HANDICAP,
  applyHandicap,
  playQuarter,
  startGame,
} from '../../../game/engine/index.ts';
import type { LogEntry, Scenario } from '../../../game/engine/index.ts';
import { median } from '../measure.ts';

export interface Baseline {
  /** One market's quarter (median over markets and quarters, ms). */
  quarterMs: number;
  /** One quarter of every market, one after another (median over quarters, ms). */
  roundMs: number;
  hashes: { matched: number; replayed: number };
}

/** Timed runs after one warm-up run (which checks the hashes). */
const RUNS = 5;

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
  for (let run = 0; run <= RUNS; run++)
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
        } else times[m]![q]!.push(took);
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
