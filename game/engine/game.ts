// The engine's entry points for a whole game: start (with the history before the players'
// first quarter played by scenario policies), step, finish, and replay of a decision log.

import { labelAt, tOf } from './calendar.ts';
import { copyPlain } from './copy-plain.ts';
import { stateHash } from './hash.ts';
import type { QuarterReport } from './report.ts';
import { EngineError, resolveQuarter } from './resolve.ts';
import { originState } from './setup.ts';
import type { NewGameOptions } from './setup.ts';
import type { Decision, GameState, InjectedEvent, Scenario } from './types.ts';

/** Seeds are 32-bit: the generator's state is seeded from the low 32 bits. */
export const MAX_SEED = 0xffffffff;

export interface LogEntry {
  quarter: string;
  decisions: Record<string, Decision>;
  /** stateHash after the quarter resolved, checked on replay. */
  hash: string;
  /**
   * Events the teacher injected into this quarter of a class game, replayed with it. Absent when
   * there were none, so every other entry keeps its shape.
   */
  injected?: InjectedEvent[] | undefined;
}

export interface StartedGame {
  state: GameState;
  /** Reports of the quarters played before the players' first decision (history). */
  history: QuarterReport[];
}

export function startGame(scenario: Scenario, options: NewGameOptions): StartedGame {
  for (const id of options.humans)
    if (!scenario.providers.some((p) => p.id === id))
      throw new EngineError(
        `no provider ${id} in ${scenario.id}; choose from ${scenario.providers.map((p) => p.id).join(', ')}`,
      );
  if (!Number.isSafeInteger(options.seed) || options.seed < 0 || options.seed > MAX_SEED)
    throw new EngineError(`seed must be an integer from 0 to ${MAX_SEED}, got ${options.seed}`);
  let state = originState(scenario, options);
  const history: QuarterReport[] = [];
  const first = tOf(scenario.origin, scenario.start);
  while (state.t < first - 1) {
    const step = resolveQuarter(scenario, state);
    state = step.state;
    history.push(step.report);
  }
  // Cumulative scores count from the players' first quarter.
  state = {
    ...state,
    providers: state.providers.map((p) => ({ ...p, cumEbita: 0, cumFcf: 0, cumInjection: 0 })),
  };
  return { state, history };
}

export function newGame(scenario: Scenario, options: NewGameOptions): GameState {
  return startGame(scenario, options).state;
}

/** The quarter the next resolution decides, e.g. "2023Q2". */
export function nextQuarter(scenario: Scenario, state: GameState): string {
  return labelAt(scenario.origin, state.t + 1);
}

/** Quarters already played by the players. */
export function quartersPlayed(scenario: Scenario, state: GameState): number {
  return state.t - (tOf(scenario.origin, scenario.start) - 1);
}

export function isFinished(scenario: Scenario, state: GameState): boolean {
  return quartersPlayed(scenario, state) >= scenario.quarters;
}

export interface Step {
  state: GameState;
  report: QuarterReport;
  entry: LogEntry;
}

/**
 * Resolves the next quarter with the submitted decisions (others play their policies) and the
 * events a teacher injected into it (checked beforehand by game/scenario's `checkInjected`).
 */
export function playQuarter(
  scenario: Scenario,
  state: GameState,
  decisions: Readonly<Record<string, Decision>>,
  injected: readonly InjectedEvent[] = [],
): Step {
  if (isFinished(scenario, state))
    throw new EngineError(`the game ended after ${scenario.quarters} quarters`);
  for (const id of Object.keys(decisions))
    if (!state.humans.includes(id))
      throw new EngineError(
        `a decision was given for ${id}, which no human plays in this game (humans: ${state.humans.join(', ') || 'none'})`,
      );
  const quarter = nextQuarter(scenario, state);
  const { state: next, report } = resolveQuarter(scenario, state, decisions, injected);
  const entry: LogEntry = { quarter, decisions: { ...decisions }, hash: stateHash(next) };
  if (injected.length > 0) entry.injected = copyPlain([...injected]);
  return { state: next, report, entry };
}

export interface ReplayResult {
  state: GameState;
  reports: QuarterReport[];
  history: QuarterReport[];
}

/** Rebuilds a game from its seed, humans and decision log, checking every recorded hash. */
export function replay(
  scenario: Scenario,
  save: { seed: number; humans: string[]; log: readonly LogEntry[] },
): ReplayResult {
  const started = startGame(scenario, { seed: save.seed, humans: save.humans });
  let state = started.state;
  const reports: QuarterReport[] = [];
  save.log.forEach((entry, i) => {
    const expected = nextQuarter(scenario, state);
    if (entry.quarter !== expected)
      throw new EngineError(
        `log entry ${i + 1} is for ${entry.quarter} but the game is at ${expected}`,
      );
    const step = playQuarter(scenario, state, entry.decisions, entry.injected ?? []);
    if (typeof entry.hash !== 'string' || entry.hash === '')
      throw new EngineError(
        `log entry ${i + 1} (${entry.quarter}) has no state hash to check against`,
      );
    if (step.entry.hash !== entry.hash)
      throw new EngineError(
        `replay diverged at ${entry.quarter} (log entry ${i + 1}): state hash ${step.entry.hash}, the save recorded ${entry.hash}`,
      );
    state = step.state;
    reports.push(step.report);
  });
  return { state, reports, history: started.history };
}
