// Playing whole games in tests: humans follow a plan of genes (see drafts.ts), everyone else
// plays their scenario policy. Returns every state (the start first), report and log entry.

import type {
  Decision,
  GameState,
  LogEntry,
  QuarterReport,
  Scenario,
} from '../../game/engine/index.ts';
import { isFinished, playQuarter, startGame } from '../../game/engine/index.ts';
import type { Genes } from './drafts.ts';
import { validDraft } from './drafts.ts';

export interface Played {
  states: GameState[];
  reports: QuarterReport[];
  log: LogEntry[];
}

export interface PlayOptions {
  seed: number;
  humans: string[];
  /** plan[q][h]: genes of human h in the q-th played quarter; missing quarters end the game. */
  plan?: readonly (readonly Genes[])[] | undefined;
  /** Or a rule giving each human's decision from the current state. */
  decide?: ((state: GameState, human: string, q: number) => Decision) | undefined;
  /** Stop after this many quarters (default: the scenario's length, or the plan's). */
  quarters?: number | undefined;
  /** Called after every quarter, e.g. to check invariants. */
  onQuarter?: ((prev: GameState, next: GameState, report: QuarterReport) => void) | undefined;
}

export function play(scenario: Scenario, options: PlayOptions): Played {
  let state = startGame(scenario, { seed: options.seed, humans: options.humans }).state;
  const states = [state];
  const reports: QuarterReport[] = [];
  const log: LogEntry[] = [];
  const limit = options.quarters ?? options.plan?.length ?? Infinity;
  for (let q = 0; q < limit && !isFinished(scenario, state); q++) {
    const decisions: Record<string, Decision> = {};
    options.humans.forEach((h, i) => {
      if (options.decide) decisions[h] = options.decide(state, h, q);
      else if (options.plan) decisions[h] = validDraft(scenario, state, h, options.plan[q]![i]!);
    });
    const step = playQuarter(scenario, state, decisions);
    options.onQuarter?.(state, step.state, step.report);
    state = step.state;
    states.push(state);
    reports.push(step.report);
    log.push(step.entry);
  }
  return { states, reports, log };
}
